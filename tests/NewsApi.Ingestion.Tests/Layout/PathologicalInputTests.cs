using System.Text;
using NewsApi.Ingestion.Layout;
using NewsApi.Ingestion.Normalization;

namespace NewsApi.Ingestion.Tests.Layout;

/// <summary>Inputs shaped to make backtracking or quadratic code hang; each must simply finish with a sane layout.</summary>
public sealed class PathologicalInputTests
{
    private static DocumentLayout Parse(string text) => LayoutParser.Parse(TextNormalizer.Normalize(text));

    [Fact]
    public void OneMegabyteWithoutANewline()
    {
        var text = new StringBuilder(1_000_000);
        while (text.Length < 1_000_000)
        {
            text.Append("word, ");
        }

        var layout = Parse(text.ToString());

        Assert.Single(layout.Body);
        Assert.InRange(layout.Headline.Length, 1, HeadlineDeriver.MaxLength);
    }

    [Fact]
    public void HundredThousandQuoteMarks()
    {
        var layout = Parse("Headline about quotes in the text\n" + new string('"', 100_000) + "\n" + string.Concat(Enumerable.Repeat("“a” ", 25_000)));

        Assert.Equal("Headline about quotes in the text", layout.Headline);
        Assert.NotEmpty(layout.Body);
    }

    [Fact]
    public void TenThousandCapitalizedWordsInARow()
    {
        var words = string.Join(' ', Enumerable.Range(0, 10_000).Select(i => "Capital" + (char)('a' + i % 26)));

        var layout = Parse(words + ".\nBy " + words + "\n" + words);

        Assert.NotEmpty(layout.Body);
        Assert.Empty(layout.Byline);
    }

    [Fact]
    public void ManyShortLinesOfDigitsAndDashes()
    {
        var text = string.Concat(Enumerable.Repeat("12:30 - 1.2.3 -- (a) - ©\n", 50_000));

        var layout = Parse(text);

        Assert.NotNull(layout.Headline);
    }

    [Theory]
    [InlineData(".")]
    [InlineData("©")]
    [InlineData("By")]
    [InlineData("Tags:")]
    [InlineData("Read more:")]
    [InlineData("CHISINAU (Sputnik) -")]
    [InlineData("\u200B\u00A0\t")]
    public void DegenerateDocumentsDoNotThrow(string text)
    {
        var layout = Parse(text);

        Assert.NotNull(layout.Headline);
        Assert.NotNull(layout.Body);
    }
}
