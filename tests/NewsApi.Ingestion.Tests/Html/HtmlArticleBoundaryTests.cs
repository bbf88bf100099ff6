namespace NewsApi.Ingestion.Tests.Html;

/// <summary>Where the HTML path's article starts and ends when page furniture looks like prose.</summary>
public sealed class HtmlArticleBoundaryTests
{
    private const string ShortPost = """
        <p>The harbour board voted on Monday to close the old ferry quay at Haldenvik for eighteen months, after divers found its timber piles rotten.</p>
        <p>A temporary pontoon will carry foot passengers from next week.</p>
        <p>Repairs are expected to cost about 40 million crowns.</p>
        <p>The board said the new piles would be of concrete, and that the work would be done in two stages so that fishing boats can still land.</p>
        """;

    private const string Biography = """
        <p>Before starting this blog I spent twelve years as a harbour engineer on the west coast, working on quays, breakwaters and ferry terminals
        from the southern fjords to the islands in the north, and I have written for several trade magazines about the upkeep of old timber structures,
        the cost of concrete replacements and the way small towns pay for both. I now write about coastal infrastructure, local politics and the
        ferries that tie the islands to the mainland, and I answer every letter my readers send.</p>
        """;

    [Fact]
    public void ASidebarBiographyLongerThanAShortPostIsNotTheArticle()
    {
        var html = $"""
            <html><head><title>Haldenvik quay to close | Harbour Notes</title></head><body>
            <div id="main"><div class="post"><h3 class="post-title">Haldenvik quay to close</h3>
            <div class="post-body">{ShortPost}</div></div></div>
            <div id="sidebar" class="sidebar"><h2>About me</h2><dl><dd>{Biography}</dd></dl></div>
            </body></html>
            """;

        var draft = NewsDocumentParser.ParseHtml(html);

        Assert.StartsWith("The harbour board voted on Monday", draft.Body[0], StringComparison.Ordinal);
        Assert.DoesNotContain(draft.Body, p => p.Contains("harbour engineer", StringComparison.Ordinal));
    }

    [Fact]
    public void ALinkedCommentCounterUnderTheLeadDoesNotEndTheArticle()
    {
        var html = $"""
            <html><head><title>Haldenvik quay to close</title></head><body><div class="story">
            <h1>Haldenvik quay to close</h1>
            <p>Saturday 12 January 2008. The quay was in use for a hundred years, but not any more.</p>
            <div class="count"><a href="#comments">53 Comments</a></div>
            {ShortPost}
            <p>Ferry passengers are asked to allow an extra ten minutes for boarding while the pontoon is in use this summer.</p>
            </div></body></html>
            """;

        var draft = NewsDocumentParser.ParseHtml(html);

        Assert.Contains(draft.Body, p => p.StartsWith("The harbour board voted on Monday", StringComparison.Ordinal));
        Assert.Contains(draft.Body, p => p.StartsWith("Ferry passengers are asked", StringComparison.Ordinal));
    }

    [Fact]
    public void AnH3PostTitleThatTheTitleRepeatsIsTheHeadline()
    {
        // Blog software titles each post with an <h3> under the blog's own <h1>, and prefixes the page title with the blog's name.
        var html = $"""
            <html><head><title>Harbour Notes: Haldenvik quay to close</title></head><body>
            <h1>Harbour Notes</h1>
            <div class="post"><h3 class="post-title">Haldenvik quay to close</h3>
            <div class="post-body">{ShortPost}</div></div>
            </body></html>
            """;

        var draft = NewsDocumentParser.ParseHtml(html);

        Assert.Equal("Haldenvik quay to close", draft.Headline);
    }

    [Fact]
    public void ACommentThreadEndsAtItsFirstCommenterLineEvenWithAReplyFormBelow()
    {
        var html = $"""
            <html><head><title>Haldenvik quay to close</title></head><body><div class="content">
            <h3>Haldenvik quay to close</h3>
            {ShortPost}
            <p class="posted">Posted by Marit at September 10, 2012 9:01 AM</p>
            <div id="c1"><p>This quay has been falling apart for years and nobody in the council listened to the fishermen who use it every day.</p></div>
            <p class="posted">Posted by: Arne at September 10, 2012 11:40 AM</p>
            <div id="c2"><p>Good decision, better safe than sorry. The pontoon will do fine for the summer if they keep it staffed properly.</p></div>
            <p class="posted">Posted by: Sigrid at September 10, 2012 12:11 PM</p>
            <h2>Post a comment</h2>
            </div></body></html>
            """;

        var draft = NewsDocumentParser.ParseHtml(html);

        Assert.Contains(draft.Body, p => p.StartsWith("The harbour board voted on Monday", StringComparison.Ordinal));
        Assert.DoesNotContain(draft.Body, p => p.Contains("fishermen", StringComparison.Ordinal) || p.Contains("pontoon will do fine", StringComparison.Ordinal));
    }

    [Fact]
    public void ACommentThreadWhoseCommenterLinesSetTheDateAfterABarEndsTheArticle()
    {
        // Blog software of the 2000s signs each comment "Posted by: Name | Sep 10, 2012 2:00:18 PM", under a bare "Comments"
        // heading that names no count; the post's own "Posted by ... on" line is where the thread begins.
        var draft = ParsePostFollowedBy("""
            <p class="posted">Posted by Marit on September 10, 2012 | <a href="/quay.html">Permalink</a></p>
            <h2>Comments</h2>
            <p>This quay has been falling apart for years and nobody in the council listened to the fishermen who use it every day.</p>
            <p class="posted">Posted by: <a href="http://example.org/">Ingunn Breivoll</a> | Sep 10, 2012 2:00:18 PM</p>
            <p>Good decision, better safe than sorry. The pontoon will do fine for the summer if they keep it staffed properly.</p>
            <p class="posted">Posted by: Arne Eikrem | Sep 10, 2012 2:04:43 PM</p>
            """, titleTag: "h3");

        AssertPostEndsBefore(draft, "fishermen", "pontoon will do fine");
    }

    [Theory]
    [InlineData("This entry was posted on Monday, September 10th, 2012 at 8:40 pm and is filed under Harbours, Ferries. You can follow any responses to this entry through the RSS 2.0 feed. You can leave a response, or trackback from your own site.")]
    [InlineData("Posted in Harbours, Ferries | 2 Comments »")]
    public void BlogSoftwaresLineUnderThePostEndsIt(string postFooter)
    {
        // Each line is a blog theme's own, as long as a paragraph; the reader's note under it came in with it.
        var draft = ParsePostFollowedBy($"""
            <p class="postmetadata">{postFooter}</p>
            <p>Anyone who fished from the old quay in the seventies will remember the night the north end gave way under the ice.</p>
            """);

        AssertPostEndsBefore(draft, "Harbours, Ferries", "north end gave way");
    }

    [Theory]
    [InlineData("Most Popular Stories")]
    [InlineData("Today's Most Read")]
    public void AReadersChartUnderThePostEndsIt(string header)
    {
        // The chart's counters and the boxes after it stand in the post's own column; what follows a chart is no longer the post.
        var draft = ParsePostFollowedBy($"""
            <h3>{header}</h3>
            <ul><li><h4><a href="/ferry-timetable">Ferry timetable changes for the summer</a></h4><div>50486</div></li>
            <li><h4><a href="/pontoon">Where the new pontoon will be moored</a></h4><div>37948</div></li></ul>
            <h3><a href="/newsroom">Newsroom</a></h3><p>Visit the newsroom for the latest updates from the harbour board and its engineers.</p>
            <h3><a href="/archive">Archive</a></h3><p>Looking for a specific post? Visit our full archive of posts, sorted by category and date.</p>
            """);

        AssertPostEndsBefore(draft, "Visit the newsroom", "full archive");
    }

    /// <summary>The short post under its title in a blog's content column, then <paramref name="afterPost"/> in the same column.</summary>
    private static ArticleDraft ParsePostFollowedBy(string afterPost, string titleTag = "h2") =>
        NewsDocumentParser.ParseHtml($"""
            <html><head><title>Haldenvik quay to close</title></head><body><div class="content">
            <{titleTag}>Haldenvik quay to close</{titleTag}>
            {ShortPost}
            {afterPost}
            </div></body></html>
            """);

    /// <summary>The post's last paragraph is kept and nothing that holds any of <paramref name="droppedParts"/> is.</summary>
    private static void AssertPostEndsBefore(ArticleDraft draft, params string[] droppedParts)
    {
        Assert.Contains(draft.Body, p => p.StartsWith("The board said the new piles", StringComparison.Ordinal));
        Assert.DoesNotContain(draft.Body, p => droppedParts.Any(part => p.Contains(part, StringComparison.Ordinal)));
    }

    [Fact]
    public void TheWritersBiographyBoxUnderThePostIsNotPartOfIt()
    {
        // The box is named inside the post's own scheme ("post-author-bio"), which read as an article hint, and the biography
        // is prose, so the weak "author-bio" hint did not reach it.
        var html = $"""
            <html><head><title>Haldenvik quay to close | Harbour Notes</title></head><body>
            <article class="post"><h1>Haldenvik quay to close</h1>
            <div class="post-body">{ShortPost}</div>
            <div class="post-author-bio"><img src="/me.jpg" alt=""><h4>Written by Eirik Dalvang</h4>{Biography}</div>
            </article></body></html>
            """;

        var draft = NewsDocumentParser.ParseHtml(html);

        Assert.StartsWith("The harbour board voted on Monday", draft.Body[0], StringComparison.Ordinal);
        Assert.DoesNotContain(draft.Body, p => p.Contains("harbour engineer", StringComparison.Ordinal));
    }

    [Fact]
    public void TextThePublisherKeepsOutOfSearchSnippetsIsNotTheArticles()
    {
        // The writer's blurb under the byline is prose, and nothing but data-nosnippet says it is not the story.
        var html = $"""
            <html><head><title>Haldenvik quay to close</title></head><body>
            <article><h1>Haldenvik quay to close</h1>
            <div class="meta"><a href="/writers/dalvang">Eirik Dalvang</a><div class="with-excerpt" data-nosnippet>{Biography}</div></div>
            <div class="body">{ShortPost}</div>
            </article></body></html>
            """;

        var draft = NewsDocumentParser.ParseHtml(html);

        Assert.StartsWith("The harbour board voted on Monday", draft.Body[0], StringComparison.Ordinal);
        Assert.DoesNotContain(draft.Body, p => p.Contains("harbour engineer", StringComparison.Ordinal));
    }

    // "author_detail_box" names the writer's box as "author-bio" does, though only hyphens were read as joining the words;
    // magazines call their writers contributors ("ContributorBioWrapper-kx3"), and the box is the same biography; so is the
    // card that drops down or pops over the writer's name ("author-dropdown", "author-hovercard").
    [Theory]
    [InlineData("author_detail_box")]
    [InlineData("ContributorBioWrapper-kx3 q7")]
    [InlineData("author-dropdown")]
    [InlineData("f-dropdown author-hovercard js-popover")]
    public void AWritersBiographyBoxByAnyOfItsNamesIsFurniture(string boxClass)
    {
        var html = $"""
            <html><head><title>Haldenvik quay to close | Harbour Notes</title></head><body>
            <article class="post"><h1>Haldenvik quay to close</h1>
            <div class="entry">{ShortPost}</div>
            <div class="{boxClass}"><h4>Eirik Dalvang</h4>{Biography}</div>
            </article></body></html>
            """;

        var draft = NewsDocumentParser.ParseHtml(html);

        Assert.StartsWith("The harbour board voted on Monday", draft.Body[0], StringComparison.Ordinal);
        Assert.DoesNotContain(draft.Body, p => p.Contains("harbour engineer", StringComparison.Ordinal));
    }

    [Fact]
    public void AnAboutTheAuthorLineWithAColonEndsTheArticle()
    {
        // No box names the biography; its header, written with a colon, is the only mark of where the article ends.
        var html = $"""
            <html><head><title>Haldenvik quay to close | Harbour Notes</title></head><body>
            <div class="entry"><h1>Haldenvik quay to close</h1>
            {ShortPost}
            <p><strong>About the Author:</strong></p>
            {Biography}
            </div></body></html>
            """;

        var draft = NewsDocumentParser.ParseHtml(html);

        Assert.StartsWith("The board said the new piles", draft.Body[^1], StringComparison.Ordinal);
        Assert.DoesNotContain(draft.Body, p => p.Contains("harbour engineer", StringComparison.Ordinal));
    }

    [Fact]
    public void FurnitureNamedWithUnderscoresIsFurniture()
    {
        // "most_read" names the same box as "most-read"; only hyphens were read as joining the words.
        var html = $"""
            <html><head><title>Haldenvik quay to close | Harbour Notes</title></head><body>
            <article class="post"><h1>Haldenvik quay to close</h1>
            <div class="entry">{ShortPost}</div>
            <div class="most_read"><p>Readers this week also turned to our guide to the island ferries, which lists every crossing, its fare and the times the boats leave.</p></div>
            </article></body></html>
            """;

        var draft = NewsDocumentParser.ParseHtml(html);

        Assert.StartsWith("The harbour board voted on Monday", draft.Body[0], StringComparison.Ordinal);
        Assert.DoesNotContain(draft.Body, p => p.Contains("island ferries", StringComparison.Ordinal));
    }

    [Fact]
    public void ABoxOfRecentPostsWithBlurbsUnderTheArticleIsFurniture()
    {
        // The other posts' headlines are image links with no text, so no linked headline marks the blurbs as teasers; only the
        // box's name ("recent-posts-wrapper", "latest_news") says they are not the article's.
        var html = $"""
            <html><head><title>Haldenvik quay to close | Harbour Notes</title></head><body>
            <div class="page"><h1>Haldenvik quay to close</h1>
            {ShortPost}
            <div class="recent-posts-wrapper"><h3>Keep reading</h3>
            <div class="card"><a href="/ferries"><img src="/f.jpg" alt=""></a><p>Every crossing to the islands this winter, with its fare, the times the boats leave and what to do when the weather closes the sound.</p></div>
            <div class="card"><a href="/lighthouse"><img src="/l.jpg" alt=""></a><p>The keeper's cottage at Tarnby point opens to visitors in May, after a restoration that took the village volunteers four summers.</p></div>
            </div></div></body></html>
            """;

        var draft = NewsDocumentParser.ParseHtml(html);

        Assert.StartsWith("The board said the new piles", draft.Body[^1], StringComparison.Ordinal);
        Assert.DoesNotContain(draft.Body, p => p.Contains("crossing to the islands", StringComparison.Ordinal) || p.Contains("keeper's cottage", StringComparison.Ordinal));
    }

    [Fact]
    public void APublishersAffiliateNoteIsNotTheArticlesButTextAboutAffiliateLinksIs()
    {
        // The note over a buying guide reads as a sentence of prose, and was kept as its first paragraph.
        var html = """
            <html><head><title>The best rain jackets for the coast</title></head><body><article>
            <h1>The best rain jackets for the coast</h1>
            <p class="note">Every jacket here was picked by our editors. We may earn a commission when you buy through links on this page.</p>
            <p>We walked the cliff path in six jackets through a wet October, and only two of them kept us dry from the first mile to the last.</p>
            <p>Shops that sell outdoor gear often pay bloggers through affiliate links, so a list of jackets is worth reading with that in mind.</p>
            <p>The lighter of the two packs into its own pocket, while the heavier one has a hood that stays put in a strong wind off the sea.</p>
            </article></body></html>
            """;

        var draft = NewsDocumentParser.ParseHtml(html);

        Assert.StartsWith("We walked the cliff path", draft.Body[0], StringComparison.Ordinal);
        Assert.Contains(draft.Body, p => p.StartsWith("Shops that sell outdoor gear", StringComparison.Ordinal));
    }

    [Fact]
    public void AHeaderOverOtherStoriesCardsEndsTheArticle()
    {
        // Each card has an unlinked title and a blurb, then a one-word link: no linked headline tells them from paragraphs.
        var cards = string.Concat(Enumerable.Range(1, 3).Select(n => $"""
            <div class="item"><h3>Ferry timetable changes number {n}</h3>
            <p>The island routes get new departure times this spring, with fewer evening sailings on weekdays.</p>
            <div class="go"><a href="/story-{n}">Explore</a></div></div>
            """));
        var html = $"""
            <html><head><title>Haldenvik quay to close</title></head><body><div class="content">
            <h1>Haldenvik quay to close</h1>
            {ShortPost}
            <h2>Recent Articles</h2>
            {cards}
            </div></body></html>
            """;

        var draft = NewsDocumentParser.ParseHtml(html);

        Assert.Contains(draft.Body, p => p.StartsWith("The board said the new piles", StringComparison.Ordinal));
        Assert.DoesNotContain(draft.Body, p => p.Contains("departure times", StringComparison.Ordinal));
    }

    [Fact]
    public void AHeaderOverOtherStoriesNearTheTopDoesNotEndTheArticleBelowIt()
    {
        var html = $"""
            <html><head><title>Haldenvik quay to close</title></head><body><div class="content">
            <h1>Haldenvik quay to close</h1>
            <p>Saturday 12 January 2008. The quay was in use for a hundred years, but not any more.</p>
            <h4>Latest News</h4>
            <ul><li><a href="/a">Ferry fares to rise in March</a></li><li><a href="/b">New pontoon for Storvik</a></li></ul>
            {ShortPost}
            </div></body></html>
            """;

        var draft = NewsDocumentParser.ParseHtml(html);

        Assert.Contains(draft.Body, p => p.StartsWith("The board said the new piles", StringComparison.Ordinal));
    }

    [Fact]
    public void PostedByLinesWithAColonStartAThreadWithoutAHeader()
    {
        var comments = string.Concat(Enumerable.Range(1, 3).Select(n => $"""
            <div class="box">Posted by: reader{n}, Haldenvik on 8:2{n}pm Tue 1 Jan 08</div>
            <p>I have taken that ferry every summer since I was a child, and the quay should have been mended years ago; comment {n}.</p>
            """));
        var html = $"""
            <html><head><title>Haldenvik quay to close</title></head><body><div class="story">
            <h1>Haldenvik quay to close</h1>
            {ShortPost}
            {comments}
            </div></body></html>
            """;

        var draft = NewsDocumentParser.ParseHtml(html);

        Assert.Contains(draft.Body, p => p.StartsWith("The board said the new piles", StringComparison.Ordinal));
        Assert.DoesNotContain(draft.Body, p => p.Contains("every summer since I was a child", StringComparison.Ordinal));
    }
}
