namespace NewsApi.Ingestion.Tests.Html;

/// <summary>Subheadings over the article's first paragraph: the opening section's title is the article's, a label over the story is not.</summary>
public sealed class HtmlOpeningHeadingTests
{
    private const string Paragraphs = """
        <p>The harbour board voted on Monday to close the old ferry quay at Orsund for eighteen months, after divers found its timber piles rotten.</p>
        <p>A temporary pontoon will carry foot passengers from next week, the board said in a statement, and cars will use the north ramp.</p>
        <p>The board said the new piles would be of concrete, and that the work would be done in two stages so that fishing boats can still land.</p>
        """;

    [Fact]
    public void ASummarysHeadingOverTheFirstParagraphsIsKept()
    {
        // The heading stands before the first prose, where only a sentence used to be taken in.
        var html = $"""
            <html><head><title>Orsund quay to close</title></head><body><article>
            <h1>Orsund quay to close</h1>
            <div class="summary"><h2>Key takeaways</h2>
            <ul><li><p>The old ferry quay at Orsund closes for eighteen months from next week.</p></li>
            <li><p>Foot passengers will use a temporary pontoon, and cars the north ramp.</p></li></ul>
            {Paragraphs}</div>
            </article></body></html>
            """;

        var draft = NewsDocumentParser.ParseHtml(html);

        Assert.Equal("Key takeaways", draft.Body[0]);
        Assert.StartsWith("The old ferry quay at Orsund closes", draft.Body[1], StringComparison.Ordinal);
    }

    [Fact]
    public void AnIntroductionHeadingOverTheFirstParagraphIsKept()
    {
        var html = $"""
            <html><head><title>Orsund quay to close</title></head><body><article>
            <h1>Orsund quay to close</h1>
            <section><h3>Introduction</h3>
            {Paragraphs}</section>
            </article></body></html>
            """;

        var draft = NewsDocumentParser.ParseHtml(html);

        Assert.Equal("Introduction", draft.Body[0]);
        Assert.Equal(4, draft.Body.Count);
    }

    [Fact]
    public void ASectionLabelInABoxOfItsOwnOverTheStoryIsLeftOut()
    {
        // Guard: the page's label for the day's paper stands in its own box, not in the one that holds the story.
        var html = $"""
            <html><head><title>Orsund quay to close</title></head><body><div class="page">
            <h1>Orsund quay to close</h1>
            <div class="label"><h4>Weekend paper</h4></div>
            <div class="story">{Paragraphs}</div>
            </div></body></html>
            """;

        var draft = NewsDocumentParser.ParseHtml(html);

        Assert.DoesNotContain("Weekend paper", draft.Body);
        Assert.StartsWith("The harbour board voted on Monday", draft.Body[0], StringComparison.Ordinal);
    }

    [Fact]
    public void AStampUnderADeckThatOpensTheArticleStillDatesIt()
    {
        // Guard: the deck is a sentence, so it reads as prose; the stamp under it stands above the first paragraph all the same.
        var html = $"""
            <html><head><title>Harbour news from the coast</title></head><body><div class="page">
            <div class="story"><h2>Ferry passengers will use a temporary pontoon at the north ramp until the spring.</h2>
            <p>January 7, 2008</p>
            {Paragraphs}</div>
            </div></body></html>
            """;

        var draft = NewsDocumentParser.ParseHtml(html);

        Assert.Equal(new DateOnly(2008, 1, 7), DateOnly.FromDateTime(draft.PublishedAt!.Value.UtcDateTime));
    }
}
