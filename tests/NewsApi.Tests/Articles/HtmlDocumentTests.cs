using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using NewsApi.Tests.Formats;
using NewsApi.Tests.Infrastructure;
using static NewsApi.Tests.Infrastructure.TestArticles;

namespace NewsApi.Tests.Articles;

/// <summary>HTML pages through preview, ingest and the article formats; every page here is invented for the test.</summary>
public sealed class HtmlDocumentTests
{
    internal const string Canonical = "https://www.harbour-gazette.example/news/2026/03/02/tide-gauge";
    internal const string ImageUrl = "https://www.harbour-gazette.example/media/tide-gauge.jpg";
    internal const string Headline = "Harbour installs a new tide gauge after forty years";

    internal static string Page(string extraParagraph = "") => $$"""
        <!doctype html>
        <html lang="en"><head><meta charset="utf-8">
        <title>{{Headline}} | Harbour Gazette</title>
        <link rel="canonical" href="{{Canonical}}">
        <script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"{{Headline}}","datePublished":"2026-03-02T08:00:00Z"}</script>
        </head><body>
        <nav><ul><li><a href="/">Home</a></li><li><a href="/news">News</a></li><li><a href="/sport">Sport</a></li></ul></nav>
        <article>
        <h1>{{Headline}}</h1>
        <p>The harbour board replaced the tide gauge at the north pier on Monday, forty years after the old one was installed by volunteers.</p>
        <p>The new gauge reports the water level every minute and sends it to the coast guard, which had asked for the upgrade after two near groundings last winter.</p>
        <figure><img src="/media/tide-gauge.jpg" alt=""><figcaption>The new tide gauge at the north pier. Photo: Odile Fenwick</figcaption></figure>
        <p>Board members said the readings would also be published on the harbour's website for fishing crews and sailors.</p>
        {{extraParagraph}}
        </article>
        <section class="comments"><p>seaview says:</p><p>About time.</p></section>
        </body></html>
        """;

    private static ByteArrayContent Html(byte[] bytes, string contentType)
    {
        var content = new ByteArrayContent(bytes);
        content.Headers.ContentType = MediaTypeHeaderValue.Parse(contentType);
        return content;
    }

    private static ByteArrayContent Html(string page) => Html(Encoding.UTF8.GetBytes(page), "text/html");

    private static Encoding Windows1252 => CodePagesEncodingProvider.Instance.GetEncoding(1252)!;

    [Fact]
    public async Task PreviewOfHtmlReadsHeadlineBodyCanonicalUrlAndImageUrl()
    {
        using var factory = EmptyFactory();
        var client = await factory.CreateReadyClientAsync();

        using var response = await client.PostAsync("/api/articles/preview", Html(Page()));
        var draft = await response.ReadJsonAsync();

        Assert.Equal(Headline, draft.Str("headline"));
        Assert.Equal("2026-03-02T08:00:00Z", draft.Str("publishedAt"));
        Assert.Equal(Canonical, draft.Str("canonicalUrl"));
        var body = draft["body"].Strings();
        Assert.Contains(body, p => p.StartsWith("The harbour board replaced the tide gauge", StringComparison.Ordinal));
        Assert.DoesNotContain(body, p => p.Contains("Sport", StringComparison.Ordinal) || p.Contains("About time", StringComparison.Ordinal));
        var image = Assert.Single(draft["images"]!.AsArray());
        Assert.Equal(ImageUrl, image.Str("url"));
        Assert.Contains("tide gauge", image.Str("caption"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task IngestOfTheSameHtmlPageTwiceStoresOneArticle()
    {
        using var factory = EmptyFactory();
        var client = (await factory.CreateReadyClientAsync()).WithApiKey(TestApiKeys.Editor);

        using var first = await client.PostAsync("/api/articles/ingest?sourceName=tide-gauge.html", Html(Page()));
        using var second = await client.PostAsync("/api/articles/ingest?sourceName=tide-gauge.html", Html(Page()));

        var created = await first.ReadJsonAsync(HttpStatusCode.Created);
        var again = await second.ReadJsonAsync(HttpStatusCode.OK);
        Assert.Equal(created.Str("slug"), again.Str("slug"));
        Assert.Equal(Canonical, again.Str("canonicalUrl"));
        Assert.Equal(ImageUrl, Assert.Single(again["images"]!.AsArray()).Str("url"));
        var list = await (await client.GetAsync("/api/articles")).ReadJsonAsync();
        Assert.Equal(1, list.Int("totalItems"));
        Assert.Equal(ImageUrl, list["items"]![0]!["image"].Str("url"));
    }

    [Fact]
    public async Task IngestOfANewVersionOfAPageUpdatesItsUrls()
    {
        using var factory = EmptyFactory();
        var client = (await factory.CreateReadyClientAsync()).WithApiKey(TestApiKeys.Editor);
        await (await client.PostAsync("/api/articles/ingest?sourceName=tide-gauge.html", Html(Page()))).ReadJsonAsync(HttpStatusCode.Created);
        var moved = Page("<p>A second gauge will follow at the south pier in the autumn, the board said.</p>")
            .Replace(Canonical, Canonical + "-updated", StringComparison.Ordinal)
            .Replace("/media/tide-gauge.jpg", "/media/tide-gauge-2.jpg", StringComparison.Ordinal);

        var updated = await (await client.PostAsync("/api/articles/ingest?sourceName=tide-gauge.html", Html(moved))).ReadJsonAsync(HttpStatusCode.OK);

        Assert.Equal(Canonical + "-updated", updated.Str("canonicalUrl"));
        Assert.Equal("https://www.harbour-gazette.example/media/tide-gauge-2.jpg", Assert.Single(updated["images"]!.AsArray()).Str("url"));
    }

    [Theory]
    [InlineData("text/html; charset=windows-1252", "")]
    [InlineData("text/html", "<meta charset=\"windows-1252\">")]
    [InlineData("text/html", "<meta http-equiv=\"Content-Type\" content=\"text/html; charset=iso-8859-1\">")]
    [InlineData("text/html", "")]
    public async Task PreviewDecodesWindows1252Pages(string contentType, string meta)
    {
        using var factory = EmptyFactory();
        var client = await factory.CreateReadyClientAsync();
        // Without header or meta, these bytes are not valid UTF-8, so the last fallback, windows-1252, applies.
        var page = Page().Replace("<meta charset=\"utf-8\">", meta, StringComparison.Ordinal)
            .Replace("forty years after", "forty years after the café owner Zoë Brandão’s father", StringComparison.Ordinal);

        using var response = await client.PostAsync("/api/articles/preview", Html(Windows1252.GetBytes(page), contentType));
        var draft = await response.ReadJsonAsync();

        Assert.Contains(draft["body"].Strings(), p => p.Contains("café owner Zoë Brandão", StringComparison.Ordinal));
    }

    [Fact]
    public async Task PreviewReadsValidUtf8WithoutAnyCharsetAsUtf8()
    {
        using var factory = EmptyFactory();
        var client = await factory.CreateReadyClientAsync();
        var page = Page().Replace("<meta charset=\"utf-8\">", "", StringComparison.Ordinal)
            .Replace("forty years after", "forty years after Zoë Brandão", StringComparison.Ordinal);

        using var response = await client.PostAsync("/api/articles/preview", Html(Encoding.UTF8.GetBytes(page), "text/html"));
        var draft = await response.ReadJsonAsync();

        Assert.Contains(draft["body"].Strings(), p => p.Contains("Zoë Brandão", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("/api/articles/preview")]
    [InlineData("/api/articles/ingest")]
    public async Task PageWithOnlyScriptsIsUnprocessableProblem(string path)
    {
        using var factory = EmptyFactory();
        var client = (await factory.CreateReadyClientAsync()).WithApiKey(TestApiKeys.Editor);
        const string page = "<!doctype html><html><head><script>var app = {};</script></head><body><div id=\"root\"></div><script src=\"/app.js\"></script></body></html>";

        using var response = await client.PostAsync(path, Html(page));

        var problem = await response.ReadProblemAsync(HttpStatusCode.UnprocessableEntity);
        Assert.Equal("The page holds no article.", problem.Str("title"));
        Assert.Contains("no headline", problem.Str("detail"), StringComparison.Ordinal);
        Assert.Equal(0, (await (await client.GetAsync("/api/articles")).ReadJsonAsync()).Int("totalItems"));
    }

    [Fact]
    public async Task JsonLdCarriesTheCanonicalAndImageUrls()
    {
        using var factory = EmptyFactory();
        var client = (await factory.CreateReadyClientAsync()).WithApiKey(TestApiKeys.Editor);
        var slug = (await (await client.PostAsync("/api/articles/ingest", Html(Page()))).ReadJsonAsync(HttpStatusCode.Created)).Str("slug");

        var node = await GetAsAsync(client, slug, "application/ld+json");

        Assert.Equal(Canonical, node.Str("url"));
        Assert.Equal(Canonical, node["mainEntityOfPage"].Str("@id"));
        Assert.EndsWith($"/api/articles/{slug}", node.Str("@id"), StringComparison.Ordinal);
        var image = Assert.Single(node["image"]!.AsArray());
        Assert.Equal("ImageObject", image.Str("@type"));
        Assert.Equal(ImageUrl, image.Str("url"));
        Assert.Equal(ImageUrl, image.Str("contentUrl"));
        Assert.Equal("Odile Fenwick", image.Str("creditText"));
    }

    [Fact]
    public async Task NinjsWithCanonicalAndImageUrlsValidatesAgainstTheOfficialSchema()
    {
        using var factory = EmptyFactory();
        var client = (await factory.CreateReadyClientAsync()).WithApiKey(TestApiKeys.Editor);
        var slug = (await (await client.PostAsync("/api/articles/ingest", Html(Page()))).ReadJsonAsync(HttpStatusCode.Created)).Str("slug");

        var item = await GetAsAsync(client, slug, "application/ninjs+json");

        Assert.Equal("", NinjsSchema.Errors(item));
        Assert.EndsWith($"/api/articles/{slug}", item.Str("uri"), StringComparison.Ordinal);
        var page = Assert.Single(item["renditions"]!.AsArray());
        Assert.Equal(("canonical", Canonical, "text/html"), (page.Str("name"), page.Str("href"), page.Str("contentType")));
        var picture = Assert.Single(item["associations"]!.AsArray());
        Assert.Equal(ImageUrl, Assert.Single(picture!["renditions"]!.AsArray()).Str("href"));
    }

    [Fact]
    public async Task JsonCreateAcceptsCanonicalAndImageUrlsAndRefusesRelativeOnes()
    {
        using var factory = EmptyFactory();
        var client = (await factory.CreateReadyClientAsync()).WithApiKey(TestApiKeys.Editor);
        var article = new JsonObject
        {
            ["headline"] = "Gauge readings go online",
            ["body"] = new JsonArray("The harbour board now publishes its tide readings every minute."),
            ["canonicalUrl"] = Canonical,
            ["images"] = new JsonArray(new JsonObject { ["caption"] = "The gauge", ["url"] = ImageUrl }),
        };

        var created = await (await client.PostAsync("/api/articles", JsonContent(article))).ReadJsonAsync(HttpStatusCode.Created);
        article["canonicalUrl"] = "/news/tide-gauge";
        article["images"]![0]!["url"] = "javascript:alert(1)";
        using var refused = await client.PostAsync("/api/articles", JsonContent(article));

        Assert.Equal(Canonical, created.Str("canonicalUrl"));
        Assert.Equal(ImageUrl, Assert.Single(created["images"]!.AsArray()).Str("url"));
        await refused.ReadValidationProblemAsync("canonicalUrl");
    }

    private static StringContent JsonContent(JsonNode node) => new(node.ToJsonString(), Encoding.UTF8, "application/json");

    private static async Task<JsonNode> GetAsAsync(HttpClient client, string slug, string accept)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, $"/api/articles/{slug}");
        request.Headers.TryAddWithoutValidation("Accept", accept);
        using var response = await client.SendAsync(request);
        return await response.ReadJsonAsync();
    }
}
