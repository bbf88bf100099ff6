namespace NewsApi.Ingestion.Tests.Html;

/// <summary>A short title over a list of links that the article leaves out goes with the list; the writer's own lines stay.</summary>
public sealed class HtmlLinkListTitleTests
{
    private static string Page(string title, string firstItem, string secondItem) => $"""
        <html><head><title>Orsund quay to close</title></head><body><article>
        <h1>Orsund quay to close</h1>
        <p>The harbour board voted on Monday to close the old ferry quay at Orsund for eighteen months, after divers found its timber piles rotten.</p>
        {title}
        <ul><li><a href="#repairs">{firstItem}</a></li><li><a href="#ferries">{secondItem}</a></li></ul>
        <h2 id="repairs">Quay repairs</h2>
        <p>The board said the new piles would be of concrete, and that the work would be done in two stages so that fishing boats can still land.</p>
        <h2 id="ferries">Ferry times</h2>
        <p>A temporary pontoon will carry foot passengers from next week, the board said in a statement, and cars will use the north ramp.</p>
        </article></body></html>
        """;

    [Fact]
    public void ATableOfContentsTitleGoesWithItsLinks()
    {
        var draft = NewsDocumentParser.ParseHtml(Page("<h2>Table of contents</h2>", "Quay repairs", "Ferry times"));

        Assert.DoesNotContain("Table of contents", draft.Body);
        Assert.Contains("Quay repairs", draft.Body);
        Assert.Equal(5, draft.Body.Count);
    }

    [Fact]
    public void ALineEndingInAColonOverLinksStays()
    {
        // Guard: the writer introduces what follows; a colon line is the article's own, whatever is done with the links.
        var draft = NewsDocumentParser.ParseHtml(Page("<p>Where to read more:</p>", "The board's statement on the quay", "The ferry company's timetable"));

        Assert.Contains("Where to read more:", draft.Body);
    }

    [Fact]
    public void AShortSentenceOverLinksStays()
    {
        // Guard: the closing line of a paragraph run, too short to read as prose, is no list's title.
        var draft = NewsDocumentParser.ParseHtml(Page("<p>More will follow.</p>", "Quay repairs", "Ferry times"));

        Assert.Contains("More will follow.", draft.Body);
    }
}
