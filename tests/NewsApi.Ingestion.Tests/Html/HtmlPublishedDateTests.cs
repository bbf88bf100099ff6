namespace NewsApi.Ingestion.Tests.Html;

/// <summary>Which of the dates an HTML page states becomes <c>publishedAt</c>.</summary>
public sealed class HtmlPublishedDateTests
{
    private static string Page(string head, string body = "") => $"""
        <html><head><title>Haldenvik quay to close</title>{head}</head><body><article><h1>Haldenvik quay to close</h1>{body}
        <p>The harbour board voted on Monday to close the old ferry quay at Haldenvik for eighteen months, after divers found its timber piles rotten.</p>
        <p>A temporary pontoon will carry foot passengers from next week, and repairs are expected to cost about 40 million crowns.</p>
        </article></body></html>
        """;

    [Fact]
    public void AJavaStyleDateMetaIsRead()
    {
        var draft = NewsDocumentParser.ParseHtml(Page("""<meta property="article:published_time" content="Mon Sep 24 09:30:00 EDT 2018">"""));

        Assert.Equal(new DateTimeOffset(2018, 9, 24, 13, 30, 0, TimeSpan.Zero), draft.PublishedAt);
    }

    [Fact]
    public void AnUnreadableStampGivesWayToTheNextStatedDate()
    {
        var draft = NewsDocumentParser.ParseHtml(Page("""<meta property="article:published_time" content="yesterday-ish"><meta name="dc.date" content="2018-09-24">"""));

        Assert.Equal(new DateTimeOffset(2018, 9, 24, 0, 0, 0, TimeSpan.Zero), draft.PublishedAt);
    }

    [Fact]
    public void TheArticlesMarkedTimeWinsOverABareDateMeta()
    {
        // A bare <meta name="date"> often carries the day the page was served; the <time pubdate> is the article's own.
        var draft = NewsDocumentParser.ParseHtml(Page(
            """<meta name="date" content="July 31, 2012, 2:36 pm">""",
            """<time pubdate datetime="2012-07-23T20:57:59-04:00">23 Jul</time>"""));

        Assert.Equal(new DateTimeOffset(2012, 7, 24, 0, 57, 59, TimeSpan.Zero), draft.PublishedAt);
    }

    [Fact]
    public void AStampUnderTheLastParagraphDatesTheArticle()
    {
        // Far below the headline, where the search for a stamp under it does not reach.
        var paragraphs = string.Concat(Enumerable.Range(1, 24).Select(n => $"""
            <p>The harbour board heard from witness number {n} on Monday, who said the old ferry quay at Haldenvik was no longer safe.</p>
            """));
        var html = $"""
            <html><head><title>Haldenvik quay to close</title></head><body><div class="story"><h1>Haldenvik quay to close</h1>
            {paragraphs}
            <p><span class="stamp">6:40pm Thursday 3rd March 2011</span></p>
            <p><a href="/print">Print</a> <a href="/mail">E-mail</a></p>
            </div></body></html>
            """;

        var draft = NewsDocumentParser.ParseHtml(html);

        Assert.Equal(new DateOnly(2011, 3, 3), DateOnly.FromDateTime(draft.PublishedAt!.Value.UtcDateTime));
        Assert.DoesNotContain(draft.Body, p => p.Contains("6:40pm", StringComparison.Ordinal));
    }
}
