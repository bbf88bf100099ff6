using System.Globalization;
using System.Text;
using NewsApi.Ingestion.Tests.Scoring;
using Xunit.Abstractions;

namespace NewsApi.Ingestion.Tests;

/// <summary>Parses every document in Golden/ and holds it to everything its golden file states.</summary>
public sealed class GoldenFileTests(ITestOutputHelper output)
{
    private static readonly string GoldenFolder = Path.Combine(AppContext.BaseDirectory, "Golden");

    public static TheoryData<string> GoldenDocuments()
    {
        var data = new TheoryData<string>();
        foreach (var path in GoldenFiles())
        {
            data.Add(Path.GetFileName(path)[..^".golden.json".Length]);
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(GoldenDocuments))]
    public void ParseMatchesGoldenFile(string document)
    {
        var comparison = Score(document);

        Assert.True(
            comparison.IsPerfect,
            $"{document}: {comparison.Mismatches.Count} mismatch(es) with {document}.golden.json:{Environment.NewLine}- "
            + string.Join(Environment.NewLine + "- ", comparison.Mismatches));
    }

    [Fact]
    public void GoldenFolderHoldsEveryDocumentWithItsGoldenFile()
    {
        var texts = Directory.GetFiles(GoldenFolder, "*.txt").Select(Path.GetFileNameWithoutExtension).Order().ToArray();
        var goldens = GoldenFiles().Select(p => Path.GetFileName(p)[..^".golden.json".Length]).Order().ToArray();

        Assert.NotEmpty(texts);
        Assert.Equal(texts, goldens);
    }

    [Theory]
    [MemberData(nameof(GoldenDocuments))]
    public void GoldenFileIsConsistentWithItsDocument(string document)
    {
        var golden = GoldenDocument.Load(Path.Combine(GoldenFolder, document + ".golden.json"));
        var text = File.ReadAllText(Path.Combine(GoldenFolder, document + ".txt"));

        var problems = GoldenConsistency.Check(golden, text, document + ".txt");

        Assert.True(problems.Count == 0, string.Join(Environment.NewLine, problems));
    }

    /// <summary>Prints how far the parser is from the corpus field by field, then demands perfection overall.</summary>
    [Fact]
    public void EntityScoresOverTheWholeCorpusArePerfect()
    {
        var people = EntityScore.Empty;
        var organizations = EntityScore.Empty;
        var places = EntityScore.Empty;
        var quotes = QuoteScore.Empty;
        var mismatches = 0;

        var table = new StringBuilder();
        table.AppendLine(Row("document", "people R/P", "orgs R/P", "places R/P", "quotes", "mismatches"));
        foreach (var document in GoldenFiles().Select(p => Path.GetFileName(p)[..^".golden.json".Length]))
        {
            var comparison = Score(document);
            table.AppendLine(Row(
                document,
                Pair(comparison.People),
                Pair(comparison.Organizations),
                Pair(comparison.Places),
                Share(comparison.Quotes),
                comparison.Mismatches.Count.ToString(CultureInfo.InvariantCulture)));
            people = people.Add(comparison.People);
            organizations = organizations.Add(comparison.Organizations);
            places = places.Add(comparison.Places);
            quotes = quotes.Add(comparison.Quotes);
            mismatches += comparison.Mismatches.Count;
        }
        table.AppendLine(Row("TOTAL", Pair(people), Pair(organizations), Pair(places), Share(quotes), mismatches.ToString(CultureInfo.InvariantCulture)));
        output.WriteLine(table.ToString());

        Assert.Multiple(
            () => Assert.True(people.Recall == 1 && people.Precision == 1, "people recall/precision " + Pair(people)),
            () => Assert.True(organizations.Recall == 1 && organizations.Precision == 1, "organizations recall/precision " + Pair(organizations)),
            () => Assert.True(places.Recall == 1 && places.Precision == 1, "places recall/precision " + Pair(places)),
            () => Assert.True(quotes.Matched == quotes.Expected, "quotes with the right speaker " + Share(quotes)));
    }

    private static GoldenComparison Score(string document)
    {
        var golden = GoldenDocument.Load(Path.Combine(GoldenFolder, document + ".golden.json"));
        var text = File.ReadAllText(Path.Combine(GoldenFolder, document + ".txt"));

        return GoldenComparer.Compare(golden, NewsDocumentParser.Parse(text, document + ".txt"));
    }

    private static IEnumerable<string> GoldenFiles() =>
        Directory.GetFiles(GoldenFolder, "*.golden.json").Order(StringComparer.Ordinal);

    private static string Row(params string[] cells) =>
        $"{cells[0],-30} {cells[1],12} {cells[2],12} {cells[3],12} {cells[4],9} {cells[5],10}";

    private static string Pair(EntityScore score) =>
        string.Create(CultureInfo.InvariantCulture, $"{score.Recall:0.00}/{score.Precision:0.00}");

    private static string Share(QuoteScore score) =>
        string.Create(CultureInfo.InvariantCulture, $"{score.Matched}/{score.Expected}");
}
