namespace NewsApi.Ingestion.Tests.Html;

/// <summary>Lists typed as one line per <c>&lt;div&gt;</c> or paragraph, with no list markup, under a line that introduces them.</summary>
public sealed class HtmlTypedListTests
{
    // The post the list follows in both pages: five paragraphs, enough for the box to be the article's.
    private const string ArticleParagraphs = """
        <div>My grandmother in Ostervik made this barley soup every winter, and I have kept her recipe almost as she wrote it on a card.</div>
        <div>It takes about an hour, most of it simmering, so it is a good soup for a slow Sunday afternoon with the radio on.</div>
        <div>She always said the barley must be rinsed twice, or the broth turns cloudy and thick, and I have never dared to skip it since.</div>
        <div>The carrots and the leek go in first, softened in a little butter, and the barley follows once the kitchen smells of onions.</div>
        <div>Serve it with dark rye bread and a sharp cheese, and keep what is left for Monday, when it tastes better than on the first day.</div>
        """;

    [Fact]
    public void LinesInTheBoxOfALineThatIntroducesThemWithAColonAreKept()
    {
        var html = $$"""
            <html><head><title>Barley soup for a cold week</title></head><body>
            <nav><ul><li><a href="/">Home</a></li><li><a href="/soups">Soups</a></li></ul></nav>
            <div class="post-body">
              {{ArticleParagraphs}}
              <div>Ingredients for six bowls:</div>
              <div>1 cup pearl barley</div>
              <div>2 carrots, diced</div>
              <div>1 leek, sliced</div>
              <div>salt to taste</div>
              <div><a href="/pin">Pin it</a></div>
            </div>
            <div class="sidebar"><a href="/about">About this blog</a></div>
            </body></html>
            """;

        var draft = NewsDocumentParser.ParseHtml(html);

        Assert.Contains("Ingredients for six bowls:", draft.Body);
        Assert.Contains("1 cup pearl barley", draft.Body);
        Assert.Equal("salt to taste", draft.Body[^1]);
    }

    [Fact]
    public void OneLineUnderALabelAfterTheArticleIsNoList()
    {
        // Guard: a comment form's label and its one prompt stand in the article's box as a list's introduction would.
        var html = $$"""
            <html><head><title>Barley soup for a cold week</title></head><body>
            <div class="post-body">
              {{ArticleParagraphs}}
              <div>Readers say:</div>
              <div>Leave a word below</div>
            </div>
            </body></html>
            """;

        var draft = NewsDocumentParser.ParseHtml(html);

        Assert.DoesNotContain("Leave a word below", draft.Body);
    }
}
