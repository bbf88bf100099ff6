using System.Globalization;
using System.Text;
using System.Text.Json;
using CsCheck;
using Xunit.Abstractions;
using Xunit.Sdk;

namespace NewsApi.Ingestion.Tests.Properties;

/// <summary>
/// Random tag soup, mutated pages and pathological pages through <see cref="NewsDocumentParser.ParseHtml"/>: it throws
/// nothing but the two typed errors, and every draft keeps the invariants of <see cref="HtmlDraftInvariants"/>.
/// </summary>
/// <remarks>
/// As <see cref="ParserPropertyTests"/>: a fixed seed, so CI parses the same pages every time; PARSER_PROPERTY_SEED and
/// PARSER_PROPERTY_ITERATIONS run others or more. A failure names the iteration, its CsCheck seed and the page, then lets
/// CsCheck shrink from that seed. Time limits are not asserted here (a loaded machine makes them flaky): the 5 MB and
/// deeply nested pages are timed in bench/NewsApi.Benchmarks (HtmlParserBenchmarks).
/// </remarks>
public sealed class HtmlParserPropertyTests(ITestOutputHelper output)
{
    private const ulong DefaultSeed = 20_261_204;
    private const int SoupIterations = 2_000;
    private const int MutatedIterations = 2_000;
    private const int DeterminismIterations = 300;
    private const int ConcurrentPages = 60;

    private static readonly string[] HiddenMarkers = [HtmlPageGenerators.ScriptMarker, HtmlPageGenerators.StyleMarker];

    [Fact]
    public void RandomTagSoupParsesAndKeepsTheInvariants()
    {
        var seen = Run(HtmlPageGenerators.TagSoup, html => html, SoupIterations, stream: 11, HiddenMarkers);

        Assert.Equal(Iterations(SoupIterations), seen.Pages);
        // The invariants on bodies, dates and image addresses only bite if the soup gets that far.
        Assert.True(seen.Articles > seen.Pages / 4 && seen.Dated > 0 && seen.Images > 0,
            $"tag soup gave {seen.Articles} articles, {seen.Dated} published times and {seen.Images} image addresses in {seen.Pages} pages");
    }

    /// <summary>
    /// Mutations may cut a script's start tag and so rightly show its text: the hidden markers are not looked for here,
    /// only raw script and style tags (which no mutation can turn into text).
    /// </summary>
    [Fact]
    public void MutatedPagesParseAndKeepTheInvariants()
    {
        var pages = HtmlPageGenerators.Pages;
        var seen = Run(
            HtmlPageGenerators.MutatedPage,
            sample => HtmlPageGenerators.Apply(pages[sample.Page], sample.Mutations),
            MutatedIterations,
            stream: 12,
            hiddenMarkers: null,
            describe: sample => $"page {sample.Page} with {string.Join(", ", sample.Mutations)}");

        Assert.Equal(Iterations(MutatedIterations), seen.Pages);
        Assert.True(seen.Articles > seen.Pages / 2 && seen.Dated > seen.Pages / 4 && seen.Images > 0,
            $"mutated pages gave {seen.Articles} articles, {seen.Dated} published times and {seen.Images} image addresses in {seen.Pages} pages");
    }

    /// <summary>Whether each page reads as an article is the quality tests' business; here, that none shows its scripts.</summary>
    [Fact]
    public void OurOwnPagesKeepTheInvariantsAndHideTheirScripts()
    {
        foreach (var page in HtmlPageGenerators.Pages)
        {
            Assert.Empty(HtmlDraftInvariants.Check(page, HiddenMarkers));
        }
    }

    /// <summary>The same page gives the same draft, also after another page went through in between.</summary>
    [Fact]
    public void ParsingIsDeterministicFromOnePageToTheNext()
    {
        var pages = HtmlPageGenerators.Pages;
        var previous = pages[^1];
        var iterations = Iterations(DeterminismIterations);
        for (var i = 0; i < iterations; i++)
        {
            var html = MutatedPageAt(i, stream: 13);

            var first = Snapshot(html);
            Snapshot(previous);
            var second = Snapshot(html);

            Assert.True(first == second, $"Iteration {i}: two parses differ:{Environment.NewLine}{first}{Environment.NewLine}{second}");
            previous = html;
        }
    }

    /// <summary>Ingest requests and seeding parse at the same time: drafts made on four threads at once equal those made one by one.</summary>
    [Fact]
    public void ParsingOnFourThreadsAtOnceGivesTheSameDrafts()
    {
        var htmls = Enumerable.Range(0, ConcurrentPages)
            .Select(i => i % 3 == 0 ? TagSoupAt(i, stream: 14) : MutatedPageAt(i, stream: 14))
            .ToArray();
        ConcurrentParsing.AssertSameOnFourThreads(htmls, Snapshot);
    }

    [Theory]
    [InlineData("")]
    [InlineData(" ")]
    [InlineData("\r\n\t \n")]
    public void OnlyABlankPageIsAnEmptyDocument(string html)
    {
        Assert.Throws<EmptyDocumentException>(() => NewsDocumentParser.ParseHtml(html));
        Assert.Empty(HtmlDraftInvariants.Check(html));
    }

    [Theory]
    [InlineData("<html></html>")]
    [InlineData("<!doctype html><html><head><title></title></head><body></body></html>")]
    [InlineData("<script>var a = 'Zq9ScriptLeak';</script>")]
    [InlineData("<html><head><script src=\"/app.js\"></script><style>body{}</style></head><body><script>render('Zq9ScriptLeak')</script><noscript>Enable JavaScript.</noscript></body></html>")]
    [InlineData("<div><div><span>   </span></div></div>")]
    [InlineData("<img src=\"/a.jpg\"><img src=\"/b.jpg\">")]
    public void APageWithoutTextIsNoArticle(string html)
    {
        Assert.Throws<NoArticleException>(() => NewsDocumentParser.ParseHtml(html));
    }

    /// <summary>The pathological pages of the issue, built outright: each parses or throws a typed error, and keeps the invariants.</summary>
    [Theory]
    [MemberData(nameof(PathologicalPageNames))]
    public void PathologicalPagesParseAndKeepTheInvariants(string name)
    {
        var (html, markers) = PathologicalPages[name]();

        var clock = System.Diagnostics.Stopwatch.StartNew();
        var problems = HtmlDraftInvariants.Check(html, markers);
        output.WriteLine($"{name}: {html.Length:N0} characters in {clock.ElapsedMilliseconds} ms");

        Assert.True(problems.Count == 0, string.Join("; ", problems));
    }

    public static TheoryData<string> PathologicalPageNames() => new(PathologicalPages.Keys.Order(StringComparer.Ordinal));

    private static readonly string Paragraph =
        "<p>The council said on Tuesday that the new sea wall would be finished before the winter storms, the mayor told reporters.</p>";

    private static readonly Dictionary<string, Func<(string Html, string[]? Markers)>> PathologicalPages = new(StringComparer.Ordinal)
    {
        ["20000 nested divs"] = () => (Repeat("<div>", 20_000) + Paragraph + Repeat("</div>", 20_000), null),
        ["20000 nested divs with text at every level"] = () => (Repeat("<div>Level text, with a comma.", 20_000) + Paragraph, null),
        ["20000 nested spans, unclosed"] = () => (Repeat("<span>", 20_000) + Paragraph + Paragraph, null),
        ["20000 nested unclosed b and i"] = () => (Repeat("<b><i>word ", 10_000) + Paragraph, null),
        ["10000 nested formatting elements misnested"] = () => (Repeat("<b><p><i></b>text ", 10_000), null),
        // 5,000, not 20,000: at 20,000 (40,000 elements deep) AngleSharp's tree builder alone, whose scope checks scan the
        // whole stack of open elements for each tag, takes minutes on a loaded machine. An open issue, see HtmlParserBenchmarks.
        ["5000 unclosed p and li"] = () => (Repeat("<ul><li><p>An item of a list that goes on. ", 5_000), null),
        ["5000 nested tables"] = () => (Repeat("<table><tr><td>", 5_000) + Paragraph, null),
        ["20000 nested blockquotes"] = () => (Repeat("<blockquote>", 20_000) + Paragraph, null),
        ["5 MB page of paragraphs"] = () => (HugePage(5_000_000), [HtmlPageGenerators.ScriptMarker]),
        ["5 MB single text node"] = () => ("<html><body><p>" + Repeat("word ", 1_000_000) + "</p></body></html>", null),
        ["5 MB of one tag name"] = () => ("<" + new string('a', 5_000_000) + ">" + Paragraph, null),
        ["5 MB attribute value"] = () => ("<div class=\"" + new string('x', 5_000_000) + "\">" + Paragraph + "</div>", null),
        ["giant image src and srcset"] = () => ("<article>" + Paragraph + "<img src=\"/" + new string('a', 3_000_000) + "\" srcset=\"" + Repeat("a.jpg 1x,", 100_000) + "\">" + Paragraph + "</article>", null),
        ["giant canonical"] = () => ("<link rel=canonical href=\"https://example.org/" + new string('p', 1_000_000) + "\">" + Paragraph, null),
        ["20000 images"] = () => ("<article>" + Paragraph + Repeat("<figure><img src=\"/i.jpg?n\" width=800><figcaption>A caption.</figcaption></figure>", 20_000) + Paragraph + "</article>", null),
        ["20000 paragraphs"] = () => ("<article>" + Repeat(Paragraph, 20_000) + "</article>", null),
        ["binary garbage as Latin-1"] = () => (Encoding.Latin1.GetString(RandomBytes(1, 200_000)), null),
        ["binary garbage as UTF-8"] = () => (Encoding.UTF8.GetString(RandomBytes(2, 200_000)), null),
        ["binary garbage inside a page"] = () => ("<html><body><p>" + Encoding.Latin1.GetString(RandomBytes(3, 50_000)) + "</p>" + Paragraph, null),
        ["NUL everywhere"] = () => (Paragraph.Replace(" ", "\0 ", StringComparison.Ordinal).Replace("<p", "<\0p", StringComparison.Ordinal) + "<h1>\0</h1>\0", null),
        ["lone surrogates"] = () => ("<title>\uD800 Headline \uDFFF</title><h1>\uDC00\uD800</h1><p>\uD83D" + Paragraph[3..] + "<img alt=\"\uDE00\" src=\"/\uD800.jpg\">", null),
        ["mis-declared charset utf-16"] = () => ("<meta charset=\"utf-16\">" + Paragraph, null),
        ["mis-declared charset shift_jis over Latin-1 bytes"] = () => ("<meta http-equiv=\"Content-Type\" content=\"text/html; charset=shift_jis\">" + Encoding.Latin1.GetString(Encoding.UTF8.GetBytes("<p>Caf\u00E9 \u00FCber na\u00EFve \u2014 \u4E2D\u6587 text that goes on for a while.</p>")) + Paragraph, null),
        ["unknown charset"] = () => ("<meta charset=\"x-no-such-charset-\uD800\">" + Paragraph, null),
        ["script-only page"] = () => ("<html><head><script>" + Repeat("var a = '" + HtmlPageGenerators.ScriptMarker + "';", 10_000) + "</script></head><body><script>document.write('<p>Hello</p>')</script></body></html>", [HtmlPageGenerators.ScriptMarker]),
        ["unclosed script"] = () => (Paragraph + "<script>var a = '" + HtmlPageGenerators.ScriptMarker + "'; " + Paragraph, [HtmlPageGenerators.ScriptMarker]),
        ["unclosed style"] = () => (Paragraph + "<style>p::after { content: '" + HtmlPageGenerators.StyleMarker + "' } " + Paragraph, [HtmlPageGenerators.StyleMarker]),
        ["JSON-LD invalid"] = () => (JsonLd("{\"@type\":\"NewsArticle\",\"headline\":\"A headline\"\n\"datePublished\": 2024-03-09 }") + Paragraph, null),
        ["JSON-LD deeply nested"] = () => (JsonLd(Repeat("{\"@graph\":[", 5_000) + "{\"@type\":\"NewsArticle\",\"headline\":\"Deep headline\"}" + Repeat("]}", 5_000)) + Paragraph, null),
        ["JSON-LD deeply nested arrays"] = () => (JsonLd("{\"@type\":\"NewsArticle\",\"author\":" + Repeat("[", 60) + "\"Ana Lima\"" + Repeat("]", 60) + "}") + Paragraph, null),
        ["JSON-LD huge"] = () => (JsonLd("{\"@type\":\"NewsArticle\",\"headline\":\"Huge\",\"articleBody\":\"" + Repeat("A sentence of the body. ", 200_000) + "\",\"keywords\":[" + string.Join(',', Enumerable.Repeat("\"k\"", 100_000)) + "]}") + Paragraph, null),
        ["JSON-LD over the size limit"] = () => (JsonLd("{\"@type\":\"NewsArticle\",\"headline\":\"" + new string('h', 2_100_000) + "\"}") + Paragraph, null),
        ["JSON-LD with script in articleBody"] = () => (JsonLd("{\"@type\":\"NewsArticle\",\"headline\":\"Rail plan agreed\",\"articleBody\":\"" + Repeat("<p>Ministers agreed the rail plan on Monday, officials said.</p>", 8) + "<script>var leak = '" + HtmlPageGenerators.ScriptMarker + "';<\\/script><style>p{content:'" + HtmlPageGenerators.StyleMarker + "'}<\\/style>\"}"), HiddenMarkers),
        ["JSON-LD with unclosed script in articleBody"] = () => (JsonLd("{\"@type\":\"NewsArticle\",\"headline\":\"Rail plan agreed\",\"articleBody\":\"" + Repeat("<p>Ministers agreed the rail plan on Monday, officials said.</p>", 8) + "<script>var leak = '" + HtmlPageGenerators.ScriptMarker + "';\"}"), [HtmlPageGenerators.ScriptMarker]),
        ["JSON-LD with hostile values"] = () => (JsonLd("{\"@type\":[\"NewsArticle\",7],\"headline\":\"\\u0000\\ud800\\u00a0\",\"datePublished\":\"9999-12-31T23:59:59-14:00\",\"dateModified\":\"0001-01-01T00:00:00+14:00\",\"url\":\"javascript:alert(1)\",\"image\":{\"url\":\"http://[bad\"},\"author\":{\"name\":{\"name\":{\"name\":\"X\"}}}}") + Paragraph, null),
        ["hostile dates in meta and time"] = () => ("<meta property=\"article:published_time\" content=\"0001-01-01T00:00:00+14:00\"><time datetime=\"9999-12-31T23:59:59-14:00\">x</time>" + Paragraph, null),
        ["thousands of meta tags"] = () => (Repeat("<meta name=\"keywords\" content=\"a, b, c, d\"><meta property=\"article:tag\" content=\"Tag\">", 20_000) + Paragraph, null),
        ["thousands of links"] = () => ("<nav>" + Repeat("<a href=\"/section\">Section</a> ", 50_000) + "</nav>" + Paragraph, null),
        ["thousands of headings"] = () => (Repeat("<h1>A headline that repeats itself</h1>", 20_000) + Paragraph, null),
        ["frameset"] = () => ("<frameset><frame src=\"a.html\"></frameset>" + Paragraph, null),
        ["base href javascript"] = () => ("<base href=\"javascript:alert(1)//\"><article>" + Paragraph + "<img src=\"x.jpg\"></article>", null),
        ["relative image without base"] = () => ("<article>" + Paragraph + "<figure><img src=\"x.jpg\" width=800><figcaption>A caption</figcaption></figure>" + Paragraph + "</article>", null),
        ["nbsp everywhere"] = () => ("<title>A&nbsp;headline\u00A0here</title><meta property=\"article:section\" content=\"World&nbsp;news\"><meta name=\"description\" content=\"A&nbsp;standfirst\u00A0here\"><meta name=\"keywords\" content=\"one&nbsp;tag\"><article>" + Paragraph.Replace(" ", "&nbsp;", StringComparison.Ordinal) + "<figure><img src=\"https://x.example/a.jpg\"><figcaption>A&nbsp;caption</figcaption></figure></article>", null),
    };

    private static string JsonLd(string json) => "<script type=\"application/ld+json\">" + json + "</script>";

    private static string Repeat(string text, int count) => new StringBuilder(text.Length * count).Insert(0, text, count).ToString();

    private static byte[] RandomBytes(int seed, int length)
    {
        var bytes = new byte[length];
        new Random(seed).NextBytes(bytes);
        return bytes;
    }

    /// <summary>A realistic page repeated to <paramref name="length"/> characters: an article with chrome, scripts and figures.</summary>
    internal static string HugePage(int length)
    {
        var html = new StringBuilder(length + 10_000).Append(HtmlPageGenerators.Pages[0].Replace("</body></html>", "", StringComparison.Ordinal));
        var i = 0;
        while (html.Length < length)
        {
            html.Append(CultureInfo.InvariantCulture, $"<div class=\"block-{i++}\">").Append(Paragraph).Append(Paragraph)
                .Append("<script>track('").Append(HtmlPageGenerators.ScriptMarker).Append("')</script>")
                .Append("<ul class=\"related\"><li><a href=\"/a\">A related story</a></li><li><a href=\"/b\">Another</a></li></ul></div>");
        }
        return html.Append("</body></html>").ToString();
    }

    private readonly record struct Seen(int Pages, int Articles, int Dated, int Images);

    /// <summary>Checks the invariants on each generated page; returns how many pages, articles, dated drafts and image addresses it saw.</summary>
    private Seen Run<T>(Gen<T> gen, Func<T, string> toHtml, int defaultIterations, uint stream, string[]? hiddenMarkers, Func<T, string>? describe = null)
    {
        var seed = Seed();
        var iterations = Iterations(defaultIterations);
        var characters = 0L;
        var (articles, dated, images) = (0, 0, 0);
        for (var i = 0; i < iterations; i++)
        {
            var pcg = new PCG(stream, seed + (ulong)i);
            var seedText = pcg.ToString();
            var sample = gen.Generate(pcg, null, out _);
            var html = toHtml(sample);
            characters += html.Length;
            string? failure;
            try
            {
                var problems = HtmlDraftInvariants.Check(html, hiddenMarkers, draft =>
                {
                    articles++;
                    dated += draft.PublishedAt is null ? 0 : 1;
                    images += draft.Images.Count(image => image.Url is not null);
                });
                failure = problems.Count == 0 ? null : string.Join("; ", problems);
            }
            catch (Exception exception) when (exception is not OutOfMemoryException)
            {
                failure = exception.ToString();
            }
            if (failure is not null)
            {
                throw new XunitException(
                    $"Iteration {i} (CsCheck seed \"{seedText}\") failed: {failure}{Environment.NewLine}"
                    + (describe is null ? "" : $"Page: {describe(sample)}{Environment.NewLine}")
                    + $"HTML: {DraftInvariants.Show(html, 4000)}{Environment.NewLine}"
                    + Shrink(gen, toHtml, seedText, hiddenMarkers));
            }
        }
        output.WriteLine($"{iterations} pages, {characters:N0} characters, {articles} articles, {dated} with a published time, {images} image addresses, seed {seed}, stream {stream}");
        return new Seen(iterations, articles, dated, images);
    }

    private static string Shrink<T>(Gen<T> gen, Func<T, string> toHtml, string seedText, string[]? hiddenMarkers)
    {
        try
        {
            gen.Sample(sample => Assert.Empty(HtmlDraftInvariants.Check(toHtml(sample), hiddenMarkers)), seed: seedText, iter: 2_000, time: 20, threads: 1,
                print: sample => DraftInvariants.Show(toHtml(sample), 4000));
            return "CsCheck found no failure from that seed (the failure depends on more than the page?).";
        }
        catch (Exception shrunk) when (shrunk is not OutOfMemoryException)
        {
            return "Shrunk by CsCheck: " + shrunk.Message;
        }
    }

    private static string MutatedPageAt(int i, uint stream)
    {
        var sample = HtmlPageGenerators.MutatedPage.Generate(new PCG(stream, Seed() + (ulong)i), null, out _);
        return HtmlPageGenerators.Apply(HtmlPageGenerators.Pages[sample.Page], sample.Mutations);
    }

    private static string TagSoupAt(int i, uint stream) => HtmlPageGenerators.TagSoup.Generate(new PCG(stream, Seed() + (ulong)i), null, out _);

    private static ulong Seed() =>
        ulong.TryParse(Environment.GetEnvironmentVariable("PARSER_PROPERTY_SEED"), CultureInfo.InvariantCulture, out var seed)
            ? seed
            : DefaultSeed;

    private static string Snapshot(string html)
    {
        try
        {
            return JsonSerializer.Serialize(NewsDocumentParser.ParseHtml(html, "property.html"));
        }
        catch (EmptyDocumentException)
        {
            return "(empty)";
        }
        catch (NoArticleException)
        {
            return "(no article)";
        }
    }

    private static int Iterations(int defaultIterations) =>
        int.TryParse(Environment.GetEnvironmentVariable("PARSER_PROPERTY_ITERATIONS"), CultureInfo.InvariantCulture, out var n) && n > 0
            ? n
            : defaultIterations;
}
