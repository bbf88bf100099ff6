namespace NewsApi.Ingestion.Tests.Html;

/// <summary>A box about the writer under the article, named by no class: a name with a role or a "By" over a paragraph that opens with the name.</summary>
public sealed class HtmlWriterBoxTests
{
    private const string Article = """
        <h1>Velmora harbour gets a tidal clock</h1>
        <p>The harbour trust of Velmora unveiled a tidal clock on the old pier on Saturday, the first of its kind on this coast, after two years of fundraising.</p>
        <p>The clock shows the height of the water rather than the hour, and the trust says fishermen have already started setting their departures by it.</p>
        <p>A second clock is planned for the marina next spring, if the trust can raise the money from local businesses as it did for the first one.</p>
        """;

    private static string Page(string box) => $"""
        <html><head><title>Velmora harbour gets a tidal clock</title></head><body><main>
        {Article}
        {box}
        </main></body></html>
        """;

    [Fact]
    public void ANameAndRoleOverABiographyAreNoArticleText()
    {
        var draft = NewsDocumentParser.ParseHtml(Page("""
            <div><div>Brivelle Orvelle</div><div>Contributing Writer</div>
            <p>Brivelle Orvelle is a freelance writer who covers coastal towns, boats and the people who mend them, and has written for regional papers for twelve years.</p></div>
            """));

        Assert.Equal(3, draft.Body.Count);
        Assert.DoesNotContain(draft.Body, paragraph => paragraph.Contains("freelance writer", StringComparison.Ordinal));
        Assert.DoesNotContain("Contributing Writer", draft.Body);
    }

    [Fact]
    public void AByLineOverAFirstNameBiographyIsNoArticleText()
    {
        var draft = NewsDocumentParser.ParseHtml(Page("""
            <div><div>By</div><p><a href="/authors/brivelle">Brivelle</a></p>
            <div>Brivelle has written about the harbour towns of the north coast since 2019. She is a writer and editor with a background in marine biology.</div></div>
            """));

        Assert.Equal(3, draft.Body.Count);
        Assert.DoesNotContain(draft.Body, paragraph => paragraph.Contains("marine biology", StringComparison.Ordinal));
    }

    [Fact]
    public void AListEntryNamedLikeItsParagraphStays()
    {
        // Guard: a listicle's last entry has a name over a paragraph that opens with it, but nothing says it is a person.
        var draft = NewsDocumentParser.ParseHtml(Page("""
            <h3>Orvelle Tide Tables</h3>
            <p>Orvelle Tide Tables is a free app that gives the height of the water for every harbour on the coast, updated each hour from the trust's gauges.</p>
            """));

        Assert.Contains(draft.Body, paragraph => paragraph.StartsWith("Orvelle Tide Tables is a free app", StringComparison.Ordinal));
    }

    [Fact]
    public void AProfileThatIsThePageStays()
    {
        // Guard: where the biography is all the prose there is, it is the page's text.
        var draft = NewsDocumentParser.ParseHtml("""
            <html><head><title>Brivelle Orvelle</title></head><body><main>
            <h1>Brivelle Orvelle</h1><div>Contributing Writer</div>
            <p>Brivelle Orvelle is a freelance writer who covers coastal towns, boats and the people who mend them, and has written for regional papers for twelve years.</p>
            </main></body></html>
            """);

        Assert.Contains(draft.Body, paragraph => paragraph.Contains("freelance writer", StringComparison.Ordinal));
    }

    [Fact]
    public void ABoxNamedPostAuthorIsTheWritersBox()
    {
        // Blog themes name the box under the post "post-author"; its biography opens with no name of the writer's, so only
        // the name tells it from the post.
        var draft = NewsDocumentParser.ParseHtml(Page("""
            <div class="post-author"><p>A marine biologist by training, she writes about the harbour towns of the north coast, their boats and
            the people who mend them, and she has written for regional papers and magazines for twelve years from a cottage near the pier.</p></div>
            """));

        Assert.Equal(3, draft.Body.Count);
        Assert.DoesNotContain(draft.Body, paragraph => paragraph.Contains("marine biologist", StringComparison.Ordinal));
    }

    [Fact]
    public void ABoxNamedForThePostsAuthorsNameIsNotTheWritersBox()
    {
        // Guard: "post-author-name" is the byline's own box; the name match stops at the word.
        var draft = NewsDocumentParser.ParseHtml(Page("""
            <div class="post-author-name-note"><p>A marine biologist by training, she writes about the harbour towns of the north coast, their boats and
            the people who mend them, and she has written for regional papers and magazines for twelve years from a cottage near the pier.</p></div>
            """));

        Assert.Contains(draft.Body, paragraph => paragraph.Contains("marine biologist", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("author__bio")]
    [InlineData("profile-writer__bio")]
    [InlineData("entry-author__info")]
    [InlineData("writer--details")]
    public void ABoxNamedTheBemWayIsTheWritersBox(string className)
    {
        // BEM class names part the block from its element with "__" or "--": the writer's box is named so on many sites.
        var draft = NewsDocumentParser.ParseHtml(Page($"""
            <div class="{className}"><p>A marine biologist by training, she writes about the harbour towns of the north coast, their boats and
            the people who mend them, and she has written for regional papers and magazines for twelve years from a cottage near the pier.</p></div>
            """));

        Assert.Equal(3, draft.Body.Count);
        Assert.DoesNotContain(draft.Body, paragraph => paragraph.Contains("marine biologist", StringComparison.Ordinal));
    }
}
