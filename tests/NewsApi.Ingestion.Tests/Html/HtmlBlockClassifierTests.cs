using NewsApi.Ingestion.Html;

namespace NewsApi.Ingestion.Tests.Html;

/// <summary>The block classifier: blocks the rules pass over inside the article's span, which the model reads as its text.</summary>
public sealed class HtmlBlockClassifierTests
{
    private const string Paragraphs = """
        <p>The ferry between Olsenby and the island of Karrow will run twice a day from next month, the county's transport board said on Tuesday, after a summer of complaints from islanders.</p>
        <p>The new timetable adds an evening crossing that leaves the mainland at half past six, so that people who work in Olsenby can get home on the same day without paying for a water taxi.</p>
        <p>The board said the extra crossing would cost about as much as a year of the water taxi subsidy it pays now, and that it would review the timetable again in the spring.</p>
        """;

    private static string Page(string before = "", string after = "") => $"""
        <html><head><title>Karrow ferry to run twice a day</title></head><body>
        <div class="wrap"><h1>Karrow ferry to run twice a day</h1>
        <div class="entry-content">
        {before}
        {Paragraphs}
        {after}
        </div></div>
        </body></html>
        """;

    [Fact]
    public void ALeadThatLinksItsNamesIsText()
    {
        // Half its words are links, so no rule reads it as prose; where it stands and what follows say it is the lead.
        var draft = NewsDocumentParser.ParseHtml(Page(before: """
            <p><a href="/places/olsenby">Olsenby</a>'s <a href="/org/transport-board">county transport board</a> has agreed to <a href="/topics/karrow-ferry">run the Karrow ferry</a> twice a day.</p>
            """));

        Assert.Equal("Olsenby's county transport board has agreed to run the Karrow ferry twice a day.", draft.Body[0]);
        Assert.Equal(4, draft.Body.Count);
    }

    [Theory]
    [InlineData("<div class=\"share\">Share this story</div>")]
    [InlineData("<div class=\"newsletter\"><p>Sign up for the Karrow weekly letter, with the ferry times, the harbour news and the island's events, every Friday.</p></div>")]
    [InlineData("<div class=\"related-stories\"><p>Karrow's pier reopens after a winter of repairs, and the island's shop extends its hours for the summer.</p></div>")]
    [InlineData("<p>Back to top</p>")]
    [InlineData("<p>See also: <a href=\"/k\">Karrow's new pier opens</a></p>")]
    [InlineData("<p>Photographs by the county archive</p>")]
    public void ShortLinesAndFurnitureUnderTheArticleStayOut(string after)
    {
        // Guard: the model adds no furniture, and under a finished article no short line that reads as a label or a link onward.
        var draft = NewsDocumentParser.ParseHtml(Page(after: after));

        Assert.Equal(3, draft.Body.Count);
    }

    [Fact]
    public void TheShippedWeightsFitTheFeatures()
    {
        // Guard: a features list changed without retraining would leave the model silently off.
        Assert.Equal(BlockFeatures.Count + 1, BlockClassifier.Weights.Length);
        Assert.Contains(BlockClassifier.Weights, w => w != 0);
    }
}
