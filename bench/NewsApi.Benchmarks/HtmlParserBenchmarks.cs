using System.Globalization;
using System.Text;
using AngleSharp.Html.Parser;
using BenchmarkDotNet.Attributes;
using NewsApi.Ingestion;

namespace NewsApi.Benchmarks;

/// <summary>
/// <see cref="NewsDocumentParser.ParseHtml"/> on pages made here (no third-party page is committed): a realistic ~100 KB
/// news page (issue 12's target: median under 20 ms), the same page grown to 5 MB (under a second), and a page nested
/// 20,000 elements deep. Baseline: AngleSharp parsing the 100 KB page alone, the least the HTML path must do.
/// </summary>
[MemoryDiagnoser]
public class HtmlParserBenchmarks
{
    private static readonly HtmlParser AngleSharpParser = new();

    private string _newsPage = "";
    private string _fiveMegabytePage = "";
    private string _deeplyNestedPage = "";

    [GlobalSetup]
    public void BuildPages()
    {
        _newsPage = NewsPage(targetLength: 100_000);
        _fiveMegabytePage = NewsPage(targetLength: 5_000_000);
        _deeplyNestedPage = DeeplyNestedPage(depth: 20_000);
        // The gazetteer and other lazy tables load on first use; keep that out of the measured loop.
        NewsDocumentParser.ParseHtml(_newsPage, "bench.html");
    }

    [Benchmark(Baseline = true)]
    public int AngleSharpParseOf100KbPage()
    {
        using var document = AngleSharpParser.ParseDocument(_newsPage);
        return document.All.Length;
    }

    [Benchmark]
    public ArticleDraft ParseHtml100KbNewsPage() => NewsDocumentParser.ParseHtml(_newsPage, "bench.html");

    [Benchmark]
    public ArticleDraft ParseHtml5MbPage() => NewsDocumentParser.ParseHtml(_fiveMegabytePage, "bench.html");

    /// <summary>AngleSharp alone on the deep page: how much of that page's time the HTML5 tree builder takes (its scope checks scan the open elements).</summary>
    [Benchmark]
    public int AngleSharpParseOf20000DeepPage()
    {
        using var document = AngleSharpParser.ParseDocument(_deeplyNestedPage);
        return document.All.Length;
    }

    [Benchmark]
    public ArticleDraft ParseHtml20000DeepPage() => NewsDocumentParser.ParseHtml(_deeplyNestedPage, "bench.html");

    /// <summary>
    /// A news page as publishers build them: head metadata with JSON-LD, a mega-menu of links, an article of ~30 paragraphs
    /// with figures and subheadings, a share bar, a related list, a comment thread and a footer; padded with more comments
    /// (and, for the big page, more of everything) to <paramref name="targetLength"/> characters.
    /// </summary>
    internal static string NewsPage(int targetLength)
    {
        var html = new StringBuilder(targetLength + 20_000);
        html.Append("""
            <!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width">
            <title>Harbour town votes to rebuild its sea wall after winter floods | The Coast Gazette</title>
            <link rel="canonical" href="https://gazette.example.org/news/2024/03/09/sea-wall">
            <meta property="og:title" content="Harbour town votes to rebuild its sea wall after winter floods">
            <meta property="og:site_name" content="The Coast Gazette"><meta property="og:image" content="https://cdn.example.org/img/wall-lead.jpg">
            <meta property="article:published_time" content="2024-03-09T14:05:00+01:00"><meta property="article:section" content="Local">
            <meta name="description" content="The council approved the eleven-million plan by nine votes to two after a debate that ran past midnight.">
            <meta name="keywords" content="coast, flooding, councils, infrastructure">
            <script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"WebSite","name":"The Coast Gazette"},
            {"@type":"NewsArticle","headline":"Harbour town votes to rebuild its sea wall after winter floods","datePublished":"2024-03-09T14:05:00+01:00",
            "dateModified":"2024-03-09T18:30:00+01:00","author":[{"@type":"Person","name":"Ana Lima"},{"@type":"Person","name":"Bo Chen"}],
            "articleSection":"Local","keywords":["coast","flooding"],"image":{"@type":"ImageObject","url":"https://cdn.example.org/img/wall-lead.jpg"}}]}</script>
            <style>body{font:16px/1.5 Georgia,serif}.nav a{padding:4px}.share{display:flex}</style>
            <script>window.dataLayer=window.dataLayer||[];function gtag(){dataLayer.push(arguments)}gtag('js',new Date());</script>
            </head><body><a class="skip-link" href="#main">Skip to content</a>
            <div class="cookie-banner" role="dialog"><p>We use cookies to improve your experience. <button>Accept</button></p></div>
            <header class="masthead"><a href="/" class="logo">The Coast Gazette</a><nav class="nav" role="navigation"><ul>
            """);
        string[] sections = ["News", "Local", "World", "Business", "Sport", "Weather", "Opinion", "Culture", "Travel", "Obituaries"];
        foreach (var section in sections)
        {
            html.Append(CultureInfo.InvariantCulture, $"<li><a href=\"/{section.ToLowerInvariant()}\">{section}</a><ul class=\"submenu\">");
            for (var i = 0; i < 12; i++)
            {
                html.Append(CultureInfo.InvariantCulture, $"<li><a href=\"/{section.ToLowerInvariant()}/topic-{i}\">{section} topic {i}</a></li>");
            }
            html.Append("</ul></li>");
        }
        html.Append("""
            </ul></nav></header><div class="breadcrumb"><a href="/">Home</a> › <a href="/local">Local</a></div>
            <main id="main"><article class="article"><header><h1>Harbour town votes to rebuild its sea wall after winter floods</h1>
            <p class="byline">By <a href="/authors/ana-lima">Ana Lima</a> and <a href="/authors/bo-chen">Bo Chen</a></p>
            <time datetime="2024-03-09T14:05:00+01:00">9 March 2024, 14:05</time></header>
            <div class="share-bar"><a href="#">Share on Facebook</a><a href="#">Share on X</a><a href="#">Email</a></div>
            <div class="article-body" itemprop="articleBody">
            """);
        for (var p = 0; p < 30; p++)
        {
            if (p % 8 == 0)
            {
                html.Append(CultureInfo.InvariantCulture, $"<figure class=\"image\"><picture><source srcset=\"/img/p{p}.webp 1x, /img/p{p}@2x.webp 2x\"><img src=\"/img/p{p}.jpg\" alt=\"Waves over the wall, picture {p}\" width=\"1200\" height=\"800\" loading=\"lazy\"></picture>")
                    .Append(CultureInfo.InvariantCulture, $"<figcaption>Waves break over the old wall during the storm of January, picture {p}. <span class=\"credit\">Photo: Jo Roe / Gazette</span></figcaption></figure>");
            }
            if (p % 10 == 5)
            {
                html.Append(CultureInfo.InvariantCulture, $"<h2>What happens next, part {p / 10 + 1}</h2>");
            }
            if (p == 12)
            {
                html.Append("<div class=\"advert\"><script>googletag.cmd.push(function(){googletag.display('ad-1')})</script><p>Advertisement</p></div>");
            }
            html.Append(CultureInfo.InvariantCulture, $"<p>Paragraph {p + 1}: the council said on Tuesday that the new wall would stand two metres higher than the old one, ")
                .Append("and that work would begin in the spring once the contracts were signed. \u201CWe cannot wait for the next flood,\u201D the mayor, Ruth Evans, ")
                .Append("told reporters outside the town hall, adding that the <a href=\"/local/flood-fund\">flood fund</a> would cover a third of the cost.</p>");
        }
        html.Append("""
            </div><div class="tags"><a href="/tag/coast">Coast</a><a href="/tag/flooding">Flooding</a></div></article>
            <aside class="related"><h2>More on this story</h2><ul>
            """);
        for (var i = 0; i < 10; i++)
        {
            html.Append(CultureInfo.InvariantCulture, $"<li><a href=\"/local/story-{i}\"><img src=\"/img/thumb{i}.jpg\" width=\"80\" height=\"60\">Storm closes ferry route for the {i}th day</a><span>By Reuters</span></li>");
        }
        html.Append("</ul></aside><section class=\"comments\" id=\"comments\"><h2>Comments</h2>");
        var comment = 0;
        var footer = "</section></main><footer class=\"footer\"><p>&copy; 2024 The Coast Gazette</p><ul><li><a href=\"/about\">About</a></li><li><a href=\"/privacy\">Privacy</a></li></ul></footer><script src=\"/app.js\"></script></body></html>";
        while (html.Length + footer.Length < targetLength)
        {
            html.Append(CultureInfo.InvariantCulture, $"<div class=\"comment\"><p class=\"author\">Reader{comment} says:</p><p>I have lived here for {comment % 40 + 2} years and the wall has never been this bad; good to see the council act at last.</p>")
                .Append(CultureInfo.InvariantCulture, $"<div class=\"vote\"><button>Like</button> {comment % 17}</div></div>");
            comment++;
        }
        return html.Append(footer).ToString();
    }

    /// <summary>20,000 nested elements (divs, spans and sections in turn, every tenth with a line of text) around a short article.</summary>
    internal static string DeeplyNestedPage(int depth)
    {
        var html = new StringBuilder(depth * 40);
        html.Append("<html><head><title>A deeply nested page</title></head><body>");
        string[] tags = ["div", "span", "section"];
        for (var i = 0; i < depth; i++)
        {
            html.Append('<').Append(tags[i % 3]).Append('>');
            if (i % 10 == 0)
            {
                html.Append(CultureInfo.InvariantCulture, $"Level {i} text.");
            }
        }
        html.Append("<p>The council said on Tuesday that the new sea wall would be finished before the winter storms, the mayor told reporters.</p>");
        for (var i = depth - 1; i >= 0; i--)
        {
            html.Append("</").Append(tags[i % 3]).Append('>');
        }
        return html.Append("</body></html>").ToString();
    }
}
