using NewsApi.Ingestion.Layout.Bylines;

namespace NewsApi.Ingestion.Tests.Layout;

/// <summary>
/// Bylines with a social handle, a desk before the job title, a workplace or a title after a comma, a separator before "By",
/// and writers stacked one per line; every name is invented.
/// </summary>
public sealed class BylineHandlesAndStackedWritersTests
{
    [Theory]
    [InlineData("By Maelis Corrandet  @mcorrandet", new[] { "Maelis Corrandet" })]
    [InlineData("By Maelis Corrandet @mcorrandet and Tobin Vask @tvask", new[] { "Maelis Corrandet", "Tobin Vask" })]
    public void ASocialHandleAfterTheNameIsNoPartOfIt(string line, string[] expected)
    {
        Assert.True(BylineParser.TryParseByLine(line, out var authors));

        Assert.Equal(expected, authors.Select(a => a.Name));
    }

    [Theory]
    [InlineData("By Samira al-Haddadi and Piotr Wenclewicz", new[] { "Samira al-Haddadi", "Piotr Wenclewicz" })]
    [InlineData("By Yusuf el-Masrawi", new[] { "Yusuf el-Masrawi" })]
    public void AFamilyNameAfterItsArticleIsTheCapitalizedWordOfTheName(string line, string[] expected)
    {
        Assert.True(BylineParser.TryParseByLine(line, out var authors));

        Assert.Equal(expected, authors.Select(a => a.Name));
    }

    [Fact]
    public void ATownInCapitalsAfterADashIsNoPartOfTheName()
    {
        Assert.True(BylineParser.TryParseNameLine("Sevgi Dervişoğlu - ANKARA", out var author));

        Assert.Equal("Sevgi Dervişoğlu", author.Name);
    }

    [Fact]
    public void ADeskBeforeACapitalizedJobTitleBelongsToTheTitle()
    {
        Assert.True(BylineParser.TryParseByLine("By Ewart Lindqvist-Moore Crime Reporter", out var authors));

        var author = Assert.Single(authors);
        Assert.Equal("Ewart Lindqvist-Moore", author.Name);
        Assert.Equal("Crime Reporter", author.Title);
    }

    [Fact]
    public void WritersOnLinesOfTheirOwnUnderTheHeadlineAreAllInTheByline()
    {
        var draft = NewsDocumentParser.Parse("""
            Two insurers agree to merge

            The deal will need clearance from the competition regulator, which has blocked two tie-ups since 2019.

            Tamsin Welborough-Hale Senior insurance reporter
            Ravi Kanthasamy Markets reporter
            Updated May 21, 2024 – 7.15pm AEST

            Two of the country's largest general insurers agreed on Tuesday to merge in an all-share deal.

            The combined group would insure one in five homes, the companies said in a statement.
            """);

        Assert.Equal(["Tamsin Welborough-Hale", "Ravi Kanthasamy"], draft.Byline);
    }

    [Theory]
    [InlineData("by Laura Vennström-Aho, Kainuu University", "Laura Vennström-Aho", null)]
    [InlineData("By Trịnh Thu Lan, Southeast Asia Editor", "Trịnh Thu Lan", "Southeast Asia Editor")]
    [InlineData("/ By Jessamine Quarrell", "Jessamine Quarrell", null)]
    [InlineData("Text Marjatta Keinänen-Roos", "Marjatta Keinänen-Roos", null)]
    public void AWorkplaceOrATitleAfterTheCommaIsNoSecondWriter(string line, string name, string? title)
    {
        Assert.True(BylineParser.TryParseByLine(line, out var authors));

        var author = Assert.Single(authors);
        Assert.Equal(name, author.Name);
        Assert.Equal(title, author.Title);
    }

    [Fact]
    public void ADesksNameAboveTheByLineIsNoWriter()
    {
        var draft = NewsDocumentParser.Parse("""
            Inquiry told gas alarms were silenced before mine blast

            QTown Coalfields North
            / By Jessamine Quarrell and Darby Hollister
            Posted Tue 19 Mar 2024 at 4:12pm AEST

            Gas alarms at a coal mine were switched off repeatedly in the week before an explosion, a board of inquiry has heard.

            The inquiry continues on Wednesday.
            """);

        Assert.Equal(["Jessamine Quarrell", "Darby Hollister"], draft.Byline);
    }

    [Fact]
    public void ATownAfterTheCommaOfANameLineIsNoPartOfTheName()
    {
        Assert.True(BylineParser.TryParseNameLine("Juliane Brettschneider, Munich", out var author));

        Assert.Equal("Juliane Brettschneider", author.Name);
        Assert.Null(author.Title);
    }
}
