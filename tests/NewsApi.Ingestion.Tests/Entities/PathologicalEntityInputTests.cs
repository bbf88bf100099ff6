using System.Text;
using NewsApi.Ingestion.Entities;
using NewsApi.Ingestion.Layout;

namespace NewsApi.Ingestion.Tests.Entities;

/// <summary>
/// Inputs shaped to make entity extraction throw or give nonsense; each must end with a sane answer. How fast they run is
/// measured by bench/NewsApi.Benchmarks (PathologicalInputBenchmarks), not asserted here: a shared CI machine makes
/// wall-clock asserts flaky.
/// </summary>
public sealed class PathologicalEntityInputTests
{
    private static EntityExtraction Extract(params string[] paragraphs) =>
        EntityExtractor.Extract(new DocumentLayout { Headline = "Headline", Body = paragraphs });

    [Fact]
    public void TenThousandCapitalizedWordsInARow()
    {
        var words = string.Join(' ', Enumerable.Range(0, 10_000).Select(i => "Capital" + (char)('a' + i % 26) + (char)('a' + i / 26 % 26)));

        var extraction = Extract(words + " said.");

        Assert.Empty(extraction.People);
    }

    [Fact]
    public void TenThousandTitledNamesInARow()
    {
        var text = string.Concat(Enumerable.Repeat("Dr Amara Okonjo-Bello, a senior analyst at the Delta Policy Institute, said \"yes,\" she said. ", 2_000));

        var extraction = Extract(text);

        Assert.Equal("Amara Okonjo-Bello", Assert.Single(extraction.People).Name);
        Assert.Equal(2_000, extraction.Quotes.Count);
    }

    [Fact]
    public void HundredThousandQuoteMarks()
    {
        var extraction = Extract(new string('"', 100_000), string.Concat(Enumerable.Repeat("\u201Ca\u201D he said. ", 25_000)));

        Assert.All(extraction.Quotes, quote => Assert.Null(quote.Speaker));
    }

    [Fact]
    public void OneMegabyteWithoutANewline()
    {
        var text = new StringBuilder(1_000_000);
        while (text.Length < 1_000_000)
        {
            text.Append("Maria Lopes-Duarte said in Lisbon that the \"plan works\", and ");
        }

        var extraction = Extract(text.ToString());

        Assert.Single(extraction.People);
        Assert.Contains("Lisbon", extraction.Places);
    }

    [Theory]
    [InlineData("")]
    [InlineData("\"")]
    [InlineData("\u201D\u201C")]
    [InlineData("'s 's 's")]
    [InlineData("Mr. . Dr. , Prof")]
    [InlineData("( ) ( ( EBRD )")]
    [InlineData("al- el- d' l' -based X-based")]
    [InlineData("The The The of of of and and")]
    [InlineData("\u0000\uFFFF\uD800 Lisbon")]
    [InlineData("A, said B. \"C,\" he said, \"D\" she added")]
    public void OddFragmentsNeverThrow(string paragraph)
    {
        var extraction = EntityExtractor.Extract(new DocumentLayout
        {
            Headline = paragraph,
            Standfirst = paragraph,
            Body = [paragraph, paragraph],
            Images = [new ImageDraft(paragraph, paragraph)],
            Byline = [new BylineAuthor(paragraph, paragraph)],
            Dateline = paragraph,
        });

        Assert.NotNull(extraction.Places);
    }
}
