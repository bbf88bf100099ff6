using NewsApi.Ingestion.Layout;
using NewsApi.Ingestion.Normalization;

namespace NewsApi.Ingestion.Tests.Layout;

/// <summary>Mangled versions of the golden documents: truncated, lines dropped or shuffled, noise inserted. None may throw.</summary>
public sealed class LayoutRobustnessTests
{
    private static readonly char[] Noise = ['(', ')', '©', '|', '›', ':', '-', '—', '"', '“', '\u00A0', '\u200B', '\r', '\n', '.', ',', 'A', '1', ' ', '/', '[', ']'];

    public static TheoryData<string> Documents()
    {
        var data = new TheoryData<string>();
        foreach (var path in Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "Golden"), "*.txt").Order(StringComparer.Ordinal))
        {
            data.Add(Path.GetFileNameWithoutExtension(path));
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(Documents))]
    public void MangledDocumentsParseWithoutThrowing(string document)
    {
        var text = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Golden", document + ".txt"));
        var random = new Random(document.Length);
        var parsed = 0;

        for (var cut = 0; cut < text.Length; cut += Math.Max(1, text.Length / 40))
        {
            AssertSane(Parse(text[..cut]));
            parsed++;
        }

        var lines = text.Split('\n');
        for (var round = 0; round < 30; round++)
        {
            var kept = lines.Where(_ => random.Next(4) != 0).ToArray();
            random.Shuffle(kept.AsSpan(0, Math.Min(kept.Length, round % 5 == 0 ? kept.Length : 0)));
            var mangled = string.Join('\n', kept).ToCharArray().ToList();
            for (var k = 0; k < 20 && mangled.Count > 0; k++)
            {
                mangled.Insert(random.Next(mangled.Count), Noise[random.Next(Noise.Length)]);
            }
            AssertSane(Parse(new string(mangled.ToArray())));
            parsed++;
        }

        Assert.True(parsed > 30);
    }

    private static DocumentLayout Parse(string text) => LayoutParser.Parse(TextNormalizer.Normalize(text));

    private static void AssertSane(DocumentLayout layout)
    {
        Assert.NotNull(layout.Headline);
        Assert.All(layout.Body, paragraph => Assert.False(string.IsNullOrWhiteSpace(paragraph)));
        Assert.All(layout.Body, paragraph => Assert.DoesNotContain('\u00A0', paragraph));
        Assert.True(!layout.HeadlineDerived || layout.Headline.Length <= HeadlineDeriver.MaxLength);
    }
}
