using NewsApi.Ingestion.Tests.Properties;

namespace NewsApi.Ingestion.Tests.Regressions;

/// <summary>Pages that the HTML property tests or AFL found crashing <see cref="NewsDocumentParser.ParseHtml"/> or breaking an invariant.</summary>
public sealed class HtmlRegressionTests
{
    private const string Paragraph = "<p>The council said on Tuesday that the new sea wall would be finished before the winter storms, the mayor told reporters.</p>";

    private static string JsonLd(string json) => "<script type=\"application/ld+json\">" + json + "</script>" + Paragraph;

    /// <summary>JsonElement.GetString threw InvalidOperationException on an escaped lone surrogate: a 500 instead of a draft.</summary>
    [Theory]
    [InlineData("\\ud800")]
    [InlineData("\\uDFFF")]
    [InlineData("a\\ud800\\ud800b")]
    [InlineData("\\ude00\\ud83d")]
    public void EscapedLoneSurrogateInJsonLdParses(string escape)
    {
        var html = JsonLd("{\"@type\":\"NewsArticle\",\"headline\":\"Sea wall " + escape + " vote\",\"author\":\"Ana " + escape + "\",\"keywords\":[\"k" + escape + "\"]}");

        var draft = NewsDocumentParser.ParseHtml(html);

        Assert.Empty(HtmlDraftInvariants.Check(html, draft));
        Assert.Contains("\uFFFD", draft.Headline, StringComparison.Ordinal);
    }

    [Fact]
    public void EscapedSurrogatePairInJsonLdIsKept()
    {
        var draft = NewsDocumentParser.ParseHtml(JsonLd("{\"@type\":\"NewsArticle\",\"headline\":\"Sea wall vote \\ud83d\\ude00\"}"));

        Assert.Equal("Sea wall vote \U0001F600", draft.Headline);
    }

    // Facts, not InlineData: xUnit's serialization of theory data does not carry unpaired surrogates through intact.
    [Fact]
    public void RawLoneSurrogateInJsonLdParses()
    {
        var html = JsonLd("{\"@type\":\"NewsArticle\",\"headline\":\"Sea wall \uD800 vote\",\"author\":\"Ana \uDC00\"}");

        var draft = NewsDocumentParser.ParseHtml(html);

        Assert.Empty(HtmlDraftInvariants.Check(html, draft));
        Assert.Equal("Sea wall \uFFFD vote", draft.Headline);
    }

    /// <summary>An articleBody in markup with a script in it, closed or not: the script's code went into the body.</summary>
    [Theory]
    [InlineData("<script>var leak = 'Zq9ScriptLeak';<\\/script>")]
    [InlineData("<script>var leak = 'Zq9ScriptLeak';")]
    [InlineData("<style>p::after { content: 'Zq9StyleLeak' }")]
    [InlineData("<noscript>Zq9ScriptLeak</noscript><template>Zq9ScriptLeak</template>")]
    public void ScriptInsideJsonLdArticleBodyStaysOutOfTheBody(string hidden)
    {
        var body = string.Concat(Enumerable.Repeat("<p>Ministers agreed the rail plan on Monday, officials said.</p>", 8));
        var html = "<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"headline\":\"Rail plan agreed\",\"articleBody\":\"" + body + hidden + "\"}</script>";

        var draft = NewsDocumentParser.ParseHtml(html);

        Assert.NotEmpty(draft.Body);
        Assert.Empty(HtmlDraftInvariants.Check(html, draft, [HtmlPageGenerators.ScriptMarker, HtmlPageGenerators.StyleMarker]));
    }

    /// <summary>
    /// Nested lists with text at every level (20,000 of "&lt;ul&gt;&lt;li&gt;&lt;p&gt;text", never closed, 40,000 elements deep):
    /// the content finder walked every block's ancestors, blocks times depth, and the parse did not end within four minutes.
    /// A smaller page of the same shape (3,000 levels) must parse, or be no article, and keep the invariants.
    /// </summary>
    [Fact]
    public void DeeplyNestedListWithTextAtEveryLevelParses()
    {
        var html = string.Concat(Enumerable.Repeat("<ul><li><p>An item of a list that goes on. ", 3_000));

        Assert.Empty(HtmlDraftInvariants.Check(html));
    }

    /// <summary>Crash inputs saved by afl-fuzz on the HTML path (FUZZ_TARGET=html scripts/fuzz-parser.sh), decoded as the harness decodes them.</summary>
    [Theory]
    [InlineData("afl-html-empty-headline.bin")]
    [InlineData("afl-html-select-in-table.bin")]
    public void InputSavedByAflOnTheHtmlPathKeepsTheInvariants(string name)
    {
        var html = NewsApi.Ingestion.Fuzz.FuzzInput.Decode(File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "Regressions", "HtmlInputs", name)));

        Assert.Empty(HtmlDraftInvariants.Check(html));
    }

    [Fact]
    public void HeadlineOfControlCharactersOnlyIsNoHeadline()
    {
        const string Html = "<title>\u007F\u0001\u007F\u0002\u007F\u200B</title>" + Paragraph;

        var draft = NewsDocumentParser.ParseHtml(Html);

        Assert.NotEqual("", draft.Headline.Trim());
        Assert.True(draft.HeadlineDerived);
    }

    /// <summary>A streamed segment that holds its own placeholder: moving its nodes to the placeholder moved them back into it for ever.</summary>
    [Fact]
    public async Task AStreamedSegmentHoldingItsOwnPlaceholderDoesNotHang()
    {
        var html = "<html><body><h1>Sea wall vote</h1>" + Paragraph
            + "<div hidden id=\"S:1\"><template id=\"B:1\"></template>" + Paragraph + "</div>"
            + "<div hidden id=\"S:2\"><div><template id=\"B:2\"></template></div><p>Second part.</p></div></body></html>";

        var parse = Task.Run(() => NewsDocumentParser.ParseHtml(html));

        Assert.Same(parse, await Task.WhenAny(parse, Task.Delay(TimeSpan.FromSeconds(10))));
        Assert.Empty(HtmlDraftInvariants.Check(html, await parse));
    }
}
