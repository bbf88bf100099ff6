using NewsApi.Ingestion.Html;

namespace NewsApi.Ingestion.Tests.Html;

/// <summary>The HTML path on small pages of our own making, one page shape per test.</summary>
public sealed class HtmlArticleTests
{
    private const string ArticleParagraphs = """
        <p>HALDENVIK, Norway (Nordwire) — The harbour authority in Haldenvik said on Tuesday it would close the old ferry quay for eighteen months, after divers found the timber piles rotten well below the waterline.</p>
        <p>Mayor Ingrid Solvang told reporters the closure was regrettable but unavoidable, and that a temporary pontoon would carry foot passengers from next week.</p>
        <p>"We cannot ask people to stand on a quay that may not hold them," Solvang said, adding that repairs would cost about 40 million crowns.</p>
        <p>Local businesses fear the loss of summer visitors, who mostly arrive by ferry from the islands to the west of the town.</p>
        """;

    private static string Page(string head = "", string article = ArticleParagraphs, string before = "", string after = "") => $$"""
        <!DOCTYPE html>
        <html lang="en"><head><meta charset="utf-8"><title>Haldenvik closes old ferry quay for repairs | The Fjord Courier</title>{{head}}</head>
        <body>
          <header><nav><ul><li><a href="/">Home</a></li><li><a href="/news">News</a></li><li><a href="/sport">Sport</a></li><li><a href="/weather">Weather</a></li></ul></nav></header>
          {{before}}
          <main><article>
            <h1>Haldenvik closes old ferry quay for repairs</h1>
            <div class="article-body">{{article}}</div>
          </article></main>
          {{after}}
          <footer><p>© 2024 The Fjord Courier. All rights reserved.</p><a href="/privacy">Privacy</a></footer>
        </body></html>
        """;

    [Fact]
    public void BodyHoldsTheArticleParagraphsAndNotTheMenuOrFooter()
    {
        var draft = NewsDocumentParser.ParseHtml(Page());

        Assert.Equal("Haldenvik closes old ferry quay for repairs", draft.Headline);
        Assert.Equal(4, draft.Body.Count);
        Assert.StartsWith("The harbour authority in Haldenvik", draft.Body[0], StringComparison.Ordinal);
        Assert.DoesNotContain(draft.Body, p => p.Contains("All rights reserved", StringComparison.Ordinal) || p == "Home");
        Assert.Equal("HALDENVIK", draft.Dateline);
        Assert.Equal("Nordwire", draft.Source);
    }

    [Fact]
    public void EntitiesAndQuotesRunOnTheCleanBody()
    {
        var draft = NewsDocumentParser.ParseHtml(Page());

        Assert.Contains(draft.People, p => p.Name == "Ingrid Solvang");
        var quote = Assert.Single(draft.Quotes);
        Assert.Equal("Ingrid Solvang", quote.Speaker);
    }

    [Fact]
    public void JsonLdInsideGraphGivesDatesAuthorsSectionAndKeywords()
    {
        const string jsonLd = """
            <script type="application/ld+json">
            {"@context":"https://schema.org","@graph":[
              {"@type":"WebSite","name":"The Fjord Courier"},
              {"@type":"NewsArticle","headline":"Haldenvik closes old ferry quay for repairs","datePublished":"2024-03-05T09:30:00+01:00",
               "dateModified":"2024-03-05T11:00:00+01:00","articleSection":"Local","keywords":["Ferries","Haldenvik","Infrastructure"],
               "author":[{"@type":"Person","name":"Maren Tveit"},{"@type":"Person","name":"Olav Brekke"}]}]}
            </script>
            """;
        var draft = NewsDocumentParser.ParseHtml(Page(head: jsonLd));

        Assert.Equal(new DateTimeOffset(2024, 3, 5, 8, 30, 0, TimeSpan.Zero), draft.PublishedAt);
        Assert.False(draft.PublishedDateOnly);
        Assert.Equal(new[] { "Maren Tveit", "Olav Brekke" }, draft.Byline);
        Assert.Equal("Local", draft.Section);
        Assert.Equal(new[] { "Ferries", "Haldenvik", "Infrastructure" }, draft.Tags);
    }

    [Fact]
    public void OpenGraphAndMetaTagsAreReadWhenThereIsNoJsonLd()
    {
        const string meta = """
            <meta property="og:title" content="Haldenvik closes old ferry quay for repairs">
            <meta property="og:url" content="https://courier.example/local/ferry-quay">
            <meta property="article:published_time" content="2024-03-05">
            <meta property="article:section" content="Local">
            <meta property="article:tag" content="Ferries"><meta property="article:tag" content="Harbours">
            <meta name="author" content="Maren Tveit">
            <meta name="description" content="Divers found the quay's piles rotten below the waterline.">
            """;
        var draft = NewsDocumentParser.ParseHtml(Page(head: meta));

        Assert.Equal("https://courier.example/local/ferry-quay", draft.CanonicalUrl);
        Assert.Equal(new DateTimeOffset(2024, 3, 5, 0, 0, 0, TimeSpan.Zero), draft.PublishedAt);
        Assert.True(draft.PublishedDateOnly);
        Assert.Equal(new[] { "Ferries", "Harbours" }, draft.Tags);
        Assert.Equal(new[] { "Maren Tveit" }, draft.Byline);
        Assert.Equal("Divers found the quay's piles rotten below the waterline.", draft.Standfirst);
    }

    [Fact]
    public void CanonicalLinkWinsAndRelativeImageAddressesAreResolvedAgainstIt()
    {
        const string head = """<link rel="canonical" href="https://courier.example/local/ferry-quay">""";
        const string figure = """
            <figure><img src="/media/quay.jpg" alt="The old quay"><figcaption>Divers inspect the piles under the old quay. Photo: Per Lunde/Courier</figcaption></figure>
            """;
        var draft = NewsDocumentParser.ParseHtml(Page(head: head, article: figure + ArticleParagraphs));

        Assert.Equal("https://courier.example/local/ferry-quay", draft.CanonicalUrl);
        var image = Assert.Single(draft.Images);
        Assert.Equal("https://courier.example/media/quay.jpg", image.Url);
        Assert.StartsWith("Divers inspect the piles under the old quay", image.Caption, StringComparison.Ordinal);
        Assert.Equal("Per Lunde/Courier", image.Credit);
        Assert.DoesNotContain(draft.Body, p => p.Contains("Divers inspect", StringComparison.Ordinal));
    }

    [Fact]
    public void CommentThreadAfterTheArticleIsNotBody()
    {
        const string comments = """
            <h3>3 Comments</h3>
            <div><p>Arne says:</p><p>This quay has been falling apart for years and nobody in the council listened to the fishermen who use it every day.</p></div>
            <div><p>Sigrid says:</p><p>Good decision, better safe than sorry. The pontoon will do fine for the summer if they keep it staffed properly.</p></div>
            """;
        var draft = NewsDocumentParser.ParseHtml(Page(article: ArticleParagraphs + comments));

        Assert.Equal(4, draft.Body.Count);
        Assert.DoesNotContain(draft.Body, p => p.Contains("fishermen", StringComparison.Ordinal) || p.Contains("pontoon will do fine", StringComparison.Ordinal));
    }

    [Fact]
    public void RelatedHeadlinesWithBlurbsAreNotBody()
    {
        const string related = """
            <section><h2>More from Local</h2>
              <h4><a href="/a">Bridge inspection finds cracks in the old span</a></h4><p>Engineers say the crossing is safe for cars but not for lorries until spring.</p>
              <h4><a href="/b">Island school to share a teacher with the mainland</a></h4><p>Parents on the island have asked for a second teacher since the autumn term began.</p>
              <h4><a href="/c">Harbour fees to rise by four percent next year</a></h4><p>The council says higher maintenance costs leave it no choice but to raise the fees.</p>
            </section>
            """;
        var draft = NewsDocumentParser.ParseHtml(Page(after: related));

        Assert.Equal(4, draft.Body.Count);
        Assert.DoesNotContain(draft.Body, p => p.Contains("Engineers say", StringComparison.Ordinal));
    }

    [Fact]
    public void HeadlineIsTheSocialTitleWithoutTheSiteNameWhenNoHeadingMatchesTheTitle()
    {
        const string html = """
            <html><head><title>Quay closed | The Fjord Courier</title><meta property="og:title" content="Haldenvik closes its old ferry quay | The Fjord Courier"><meta property="og:site_name" content="The Fjord Courier"></head>
            <body><h1>The Fjord Courier</h1><div><p>The harbour authority in Haldenvik said on Tuesday it would close the old ferry quay for eighteen months, after divers found the piles rotten.</p>
            <p>Mayor Ingrid Solvang said a temporary pontoon would carry foot passengers from next week, and the repairs would cost about 40 million crowns.</p></div></body></html>
            """;

        var draft = NewsDocumentParser.ParseHtml(html);

        Assert.Equal("Haldenvik closes its old ferry quay", draft.Headline);
    }

    private const string QuayParagraphs = """
        <div><p>The harbour authority in Haldenvik said on Tuesday it would close the old ferry quay for eighteen months, after divers found the piles rotten.</p>
        <p>Mayor Ingrid Solvang said a temporary pontoon would carry foot passengers from next week, and the repairs would cost about 40 million crowns.</p></div>
        """;

    [Fact]
    public void HeadingThatOpensTheTitleIsTheHeadlineHoweverLongTheTitlesTail()
    {
        var html = $"""
            <html><head><title>Quay closed for repairs | Harbour Works Programme | Fjord Region Authority</title></head>
            <body><h1>Quay closed for repairs</h1>{QuayParagraphs}</body></html>
            """;

        Assert.Equal("Quay closed for repairs", NewsDocumentParser.ParseHtml(html).Headline);
    }

    [Fact]
    public void PostHeadingOutranksTheBlogNameHeadingThatTheTitleAlsoHolds()
    {
        var html = $"""
            <html><head><title>Ferry timetables - Solvang's Harbour Notes</title></head>
            <body><h1>Solvang's Harbour Notes</h1><h1>Ferry timetables</h1>{QuayParagraphs}</body></html>
            """;

        Assert.Equal("Ferry timetables", NewsDocumentParser.ParseHtml(html).Headline);
    }

    [Fact]
    public void HeadingMatchesTheTitleWhateverItsQuotesAndBulletSeparator()
    {
        var html = $"""
            <html><head><title>Haldenvik&#039;s quay closed &bull; The Fjord Courier</title></head>
            <body><h1>Haldenvik’s quay closed</h1>{QuayParagraphs}</body></html>
            """;

        Assert.Equal("Haldenvik’s quay closed", NewsDocumentParser.ParseHtml(html).Headline);
    }

    [Theory]
    [InlineData("Quay closed - Fjord Gym | Open 24/7 near you", "Fjord Gym | Open 24/7 near you", "Quay closed")]
    [InlineData("Quay closed • The Fjord Courier", "The Fjord Courier", "Quay closed")]
    [InlineData("Quay closed for eighteen months | Local", null, "Quay closed for eighteen months")]
    public void SiteNameIsCutFromTheTitle(string title, string? siteName, string expected) =>
        Assert.Equal(expected, HtmlArticleReader.StripSiteName(title, siteName));

    [Fact]
    public void PageWideFormOfOldFrameworksDoesNotHideTheArticle()
    {
        var html = Page().Replace("<body>", "<body><form id=\"aspnetForm\" method=\"post\">", StringComparison.Ordinal)
            .Replace("</body>", "</form></body>", StringComparison.Ordinal);

        var draft = NewsDocumentParser.ParseHtml(html);

        Assert.Equal(4, draft.Body.Count);
    }

    [Fact]
    public void UnclosedTitleDoesNotSwallowThePage()
    {
        var html = Page().Replace("| The Fjord Courier</title>", "| The Fjord Courier", StringComparison.Ordinal);

        var draft = NewsDocumentParser.ParseHtml(html);

        Assert.Equal(4, draft.Body.Count);
    }

    [Fact]
    public void AnEndTagThatOnlyStartsWithTitleDoesNotCloseIt()
    {
        // A template's slip: "</titlevalue=...>" is an end tag of another name, so the title ran on over the whole page.
        var html = Page().Replace("| The Fjord Courier</title>", "| The Fjord Courier</titlevalue=\"true\" -->", StringComparison.Ordinal);

        var draft = NewsDocumentParser.ParseHtml(html);

        Assert.Equal(4, draft.Body.Count);
    }

    [Fact]
    public void ScriptSourceShownAsTextIsNotTheArticle()
    {
        // A page saved from the middle of a script: its source stands as text before the article, and was its first paragraph.
        const string html = """
            preloadImages() {
              if (document.images) { tools_print_over = newImage("images/toolbar/print-over.gif"); tools_mail_over = newImage("images/toolbar/mail-over.gif"); }
              var loaded = true; window.status = (loaded) ? "done" : "";
            }
            </script>
            <html><head><title>Ferry quay to close for repairs</title></head><body>
            <h1>Ferry quay to close for repairs</h1>
            <p>The harbour board voted on Monday to close the old ferry quay at Haldenvik for eighteen months, after divers found its timber piles rotten.</p>
            <p>A temporary pontoon will carry foot passengers from next week. To check the timetable, type <code>if (ferry.late) { wait(); }</code> into the board's app, its staff joked.</p>
            </body></html>
            """;

        var draft = NewsDocumentParser.ParseHtml(html);

        Assert.StartsWith("The harbour board voted", draft.Body[0], StringComparison.Ordinal);
        Assert.DoesNotContain(draft.Body, p => p.Contains("newImage", StringComparison.Ordinal));
        Assert.Contains(draft.Body, p => p.Contains("if (ferry.late) { wait(); }", StringComparison.Ordinal));
    }

    [Fact]
    public void JapaneseArticleWithoutSpacesGivesABody()
    {
        const string html = """
            <html lang="ja"><head><title>港の古い桟橋を閉鎖へ</title></head><body>
            <nav><a href="/">ホーム</a><a href="/news">ニュース</a></nav>
            <article><h1>港の古い桟橋を閉鎖へ</h1>
            <p>港湾当局は火曜日、古いフェリー桟橋を十八か月間閉鎖すると発表した。潜水士の調査で、水面下の木製の杭が腐っていることが分かった。</p>
            <p>市長は記者団に対し、閉鎖は残念だが避けられないと述べ、来週から仮設の浮き桟橋で歩行者を運ぶと説明した。</p>
            </article></body></html>
            """;

        var draft = NewsDocumentParser.ParseHtml(html);

        Assert.Equal(2, draft.Body.Count);
        Assert.StartsWith("港湾当局は火曜日", draft.Body[0], StringComparison.Ordinal);
        Assert.Equal("港の古い桟橋を閉鎖へ", draft.Headline);
    }

    [Fact]
    public void ArticleParkedInAHiddenElementIsStillRead()
    {
        var html = Page().Replace("<main>", "<main><div hidden>", StringComparison.Ordinal).Replace("</main>", "</div></main>", StringComparison.Ordinal);

        var draft = NewsDocumentParser.ParseHtml(html);

        Assert.Equal(4, draft.Body.Count);
    }

    [Theory]
    [InlineData("<html><head><script>var a = 1;</script></head><body><script>document.write('x')</script></body></html>")]
    [InlineData("<html><body><nav><a href='/'>Home</a></nav></body></html>")]
    public void PageWithoutArticleTextIsATypedError(string html)
    {
        Assert.Throws<NoArticleException>(() => NewsDocumentParser.ParseHtml(html));
    }

    [Fact]
    public void EmptyPageIsAnEmptyDocument()
    {
        Assert.Throws<EmptyDocumentException>(() => NewsDocumentParser.ParseHtml("  \n "));
    }

    [Fact]
    public void SamePageWithOtherLineEndingsHasTheSameContentHash()
    {
        var page = Page();

        Assert.Equal(NewsDocumentParser.ParseHtml(page).ContentHash, NewsDocumentParser.ParseHtml(page.ReplaceLineEndings("\r\n")).ContentHash);
        Assert.NotEqual(NewsDocumentParser.ParseHtml(page).ContentHash, NewsDocumentParser.ParseHtml(page.Replace("eighteen", "twelve", StringComparison.Ordinal)).ContentHash);
    }
}

public sealed class NestingLimiterTests
{
    [Fact]
    public void ShallowPagesAreLeftAlone()
    {
        const string html = "<html><body><div><p>One<br>two</p><ul><li>a<li>b</ul></div></body></html>";

        Assert.Same(html, NestingLimiter.Limit(html));
    }

    [Fact]
    public void ElementsPastTheDepthLimitLoseTheirTagsButNotTheirText()
    {
        var depth = NestingLimiter.MaxDepth + 300;
        var html = "<body>" + string.Concat(Enumerable.Repeat("<div class=\"x\">", depth)) + "deep text" + string.Concat(Enumerable.Repeat("</div>", depth)) + "<p>after</p></body>";

        var limited = NestingLimiter.Limit(html);

        Assert.Equal(NestingLimiter.MaxDepth, CountOccurrences(limited, "<div"));
        Assert.Equal(NestingLimiter.MaxDepth, CountOccurrences(limited, "</div>"));
        Assert.Contains("deep text", limited, StringComparison.Ordinal);
        Assert.EndsWith("<p>after</p></body>", limited, StringComparison.Ordinal);
    }

    [Fact]
    public void UnclosedParagraphsAndListItemsDoNotCountAsNesting()
    {
        var html = "<body>" + string.Concat(Enumerable.Repeat("<p>para<li>item", 2_000)) + "</body>";

        Assert.Same(html, NestingLimiter.Limit(html));
    }

    [Fact]
    public void TagsInsideScriptsAndCommentsAreNotCounted()
    {
        var html = "<body><script>" + string.Concat(Enumerable.Repeat("<div>", 2_000)) + "</script><!--" + string.Concat(Enumerable.Repeat("<span>", 2_000)) + "--></body>";

        Assert.Same(html, NestingLimiter.Limit(html));
    }

    private static int CountOccurrences(string text, string value)
    {
        var count = 0;
        for (var i = text.IndexOf(value, StringComparison.Ordinal); i >= 0; i = text.IndexOf(value, i + 1, StringComparison.Ordinal))
        {
            count++;
        }
        return count;
    }
}

public sealed class HtmlRelatedAndAsideTests
{
    private const string Page = """
        <html><head><title>Quay to close | Courier</title></head><body><article><h1>Quay to close</h1>
        <p>The harbour authority said on Thursday it would close the old ferry quay for eighteen months, after divers found rot.</p>
        <p>Harbour master Ingrid Solheim said a temporary pontoon would carry foot passengers from next week, at no cost to them.</p>
        <aside class="related-inline"><a href="/a">Read more: Quay inspection ordered after winter storms</a></aside>
        <p>Work on the new quay is due to start in May and to end in the autumn of next year.</p></article>
        <section><h2>More from Local</h2>
        <h4><a href="/b">Bridge inspection finds cracks in the old span</a></h4><p>Engineers say the crossing is safe for cars but not for lorries.</p>
        <h4><a href="/c">Island school to share a teacher with the mainland</a></h4><p>Parents have asked for a second teacher since the autumn term began.</p>
        </section></body></html>
        """;

    [Fact]
    public void AReadMoreAsideInsideTheArticleNeitherEndsItNorTakesTheNextParagraph()
    {
        var draft = NewsDocumentParser.ParseHtml(Page);

        Assert.Equal(3, draft.Body.Count);
        Assert.StartsWith("Work on the new quay", draft.Body[2], StringComparison.Ordinal);
    }

    [Fact]
    public void RelatedHeadlinesAreListedNotKeptAsBody()
    {
        var draft = NewsDocumentParser.ParseHtml(Page);

        Assert.Equal(
            ["Quay inspection ordered after winter storms", "Bridge inspection finds cracks in the old span", "Island school to share a teacher with the mainland"],
            draft.Related);
    }
}
