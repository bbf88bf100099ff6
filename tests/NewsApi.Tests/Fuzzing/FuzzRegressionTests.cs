using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using NewsApi.Tests.Infrastructure;

namespace NewsApi.Tests.Fuzzing;

/// <summary>Plain regression tests for the bugs the OpenAPI fuzzer found, one request each, written as it found them.</summary>
public sealed class FuzzRegressionTests
{
    [Fact]
    public async Task MergePatchWithAMemberTwiceIsAValidationProblemAndChangesNothing()
    {
        using var factory = TestArticles.EmptyFactory();
        var client = (await factory.CreateReadyClientAsync()).WithApiKey(TestApiKeys.Editor);
        using var created = await client.PostAsJsonAsync("/api/tags", new { name = "Tide tables", kind = "topic" });
        var slug = (await created.ReadJsonAsync(HttpStatusCode.Created)).Str("slug");
        using var before = await client.GetAsync($"/api/tags/{slug}");
        var etag = before.Headers.ETag!.ToString();

        using var patch = new HttpRequestMessage(HttpMethod.Patch, $"/api/tags/{slug}")
        {
            Headers = { { "If-Match", etag } },
            Content = Body("{\"kind\":\"place\",\"kind\":\"place\"}", "application/merge-patch+json"),
        };
        using var response = await client.SendAsync(patch);

        await response.ReadProblemAsync(HttpStatusCode.BadRequest);
        using var after = await client.GetAsync($"/api/tags/{slug}");
        Assert.Equal(etag, after.Headers.ETag!.ToString());
    }

    [Fact]
    public async Task NestedMemberTwiceInAMergePatchIsAValidationProblem()
    {
        using var factory = TestArticles.EmptyFactory();
        var client = (await factory.CreateReadyClientAsync()).WithApiKey(TestApiKeys.Editor);
        using var created = await client.PostAsJsonAsync("/api/people", new { name = "Ama Serwaa Quist" });
        var slug = (await created.ReadJsonAsync(HttpStatusCode.Created)).Str("slug");

        using var patch = new HttpRequestMessage(HttpMethod.Patch, $"/api/people/{slug}")
        {
            Headers = { { "If-Match", "*" } },
            Content = Body("{\"aliases\":{\"a\":1,\"a\":2}}", "application/merge-patch+json"),
        };
        using var response = await client.SendAsync(patch);

        await response.ReadProblemAsync(HttpStatusCode.BadRequest);
    }

    [Theory]
    [InlineData("{\"kind\u00f0(\":\"topic\"}", new byte[] { 0xF0, 0x28, 0x8C, 0xBC })]
    [InlineData("{\"name\":\"a\\ud800\"}", new byte[0])]
    [InlineData("{\"\\udfff\":\"a\"}", new byte[0])]
    [InlineData("{\"name\":\"a\u00f0(\"}", new byte[] { 0xF0, 0x28, 0x8C, 0xBC })]
    public async Task MergePatchWithTextThatIsNotUnicodeIsAValidationProblem(string json, byte[] invalidUtf8)
    {
        using var factory = TestArticles.EmptyFactory();
        var client = (await factory.CreateReadyClientAsync()).WithApiKey(TestApiKeys.Editor);
        using var created = await client.PostAsJsonAsync("/api/tags", new { name = "Harbour dues", kind = "topic" });
        var slug = (await created.ReadJsonAsync(HttpStatusCode.Created)).Str("slug");
        // \u00f0( marks where the invalid bytes go: C# strings cannot hold bytes that are not UTF-8.
        var bytes = invalidUtf8.Length == 0
            ? Encoding.UTF8.GetBytes(json)
            : Splice(Encoding.UTF8.GetBytes(json), Encoding.UTF8.GetBytes("\u00f0("), invalidUtf8);

        using var patch = new HttpRequestMessage(HttpMethod.Patch, $"/api/tags/{slug}")
        {
            Headers = { { "If-Match", "*" } },
            Content = new ByteArrayContent(bytes) { Headers = { ContentType = new MediaTypeHeaderValue("application/merge-patch+json") } },
        };
        using var response = await client.SendAsync(patch);

        await response.ReadProblemAsync(HttpStatusCode.BadRequest);
    }

    [Theory]
    [InlineData("application/json; charset=utf-16", "{\"name\":\"abcd\"}")]
    [InlineData("application/json; charset=UTF-16", "{\"a\":1}")]
    public async Task JsonBodyThatItsCharsetCannotDecodeIsABadRequest(string contentType, string body)
    {
        using var factory = TestArticles.EmptyFactory();
        var client = (await factory.CreateReadyClientAsync()).WithApiKey(TestApiKeys.Editor);

        using var response = await client.PostAsync("/api/people", Body(body, contentType));

        await response.ReadProblemAsync(HttpStatusCode.BadRequest);
    }

    [Theory]
    [InlineData("text/html")]
    [InlineData("application/atom+xml")]
    [InlineData("image/png;q=1, text/*;q=0.5")]
    public async Task ProblemsAreProblemJsonWhateverAcceptNames(string accept)
    {
        using var factory = TestArticles.EmptyFactory();
        var client = (await factory.CreateReadyClientAsync()).WithApiKey(TestApiKeys.Editor);

        // Status-code pages (415), the request limits (414) and a controller's own problem (404) each once.
        using var wrongType = new HttpRequestMessage(HttpMethod.Post, "/api/articles/ingest") { Content = Body("x", "application/octet-stream") };
        using var longQuery = new HttpRequestMessage(HttpMethod.Get, "/api/tags?q=" + new string('x', 3_000));
        using var missing = new HttpRequestMessage(HttpMethod.Get, "/api/tags/no-such-tag");
        foreach (var request in new[] { wrongType, longQuery, missing })
        {
            request.Headers.TryAddWithoutValidation("Accept", accept);
        }

        await (await client.SendAsync(wrongType)).ReadProblemAsync(HttpStatusCode.UnsupportedMediaType);
        await (await client.SendAsync(longQuery)).ReadProblemAsync(HttpStatusCode.RequestUriTooLong);
        await (await client.SendAsync(missing)).ReadProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task AnonymousWriteInAContentTypeNoActionTakesIs415EvenWithNulInTheBody()
    {
        using var factory = TestArticles.EmptyFactory();
        var client = await factory.CreateReadyClientAsync();
        await factory.StoreAsync(TestArticles.Draft("Harbour cranes return to work", tags: ["Harbours"]));
        var slug = (await (await client.GetAsync("/api/articles")).ReadJsonAsync())["items"]![0].Str("slug");

        using var patch = new HttpRequestMessage(HttpMethod.Patch, $"/api/articles/{slug}")
        {
            Headers = { { "If-Match", "*" } },
            Content = Body("{\"headline\":\"a\\u0000b\"}", "application/json; charset=utf-7"),
        };
        using var response = await client.SendAsync(patch);

        await response.ReadProblemAsync(HttpStatusCode.UnsupportedMediaType);
    }

    [Fact]
    public async Task DocumentDeclaredUtf7IsReadAsUtf8NotAServerError()
    {
        using var factory = TestArticles.EmptyFactory();
        var client = await factory.CreateReadyClientAsync();
        const string document = "VIENNA, Jan 5 (Reuters) - Transport ministers agreed on Monday to build a new rail link.\n\nWork starts next year.\n";

        using var asUtf7 = await client.PostAsync("/api/articles/preview", Body(document, "text/plain; charset=utf-7"));
        using var asUtf8 = await client.PostAsync("/api/articles/preview", Body(document, "text/plain"));

        var draft = await asUtf7.ReadJsonAsync(HttpStatusCode.OK);
        Assert.Equal((await asUtf8.ReadJsonAsync(HttpStatusCode.OK)).ToJsonString(), draft.ToJsonString());
    }

    [Theory]
    [InlineData("/feeds/articles.atom")]
    [InlineData("/feeds/tags/tide-tables.atom")]
    public async Task AtomFeedsCarryStoredTextThatXmlForbids(string feed)
    {
        using var factory = TestArticles.EmptyFactory();
        var client = await factory.CreateReadyClientAsync();
        await factory.StoreAsync(TestArticles.Draft("Tide \uFFFF tables \u0001 for 2024", tags: ["Tide tables"]));

        using var response = await client.GetAsync(feed);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var atom = System.Xml.Linq.XDocument.Parse(await response.Content.ReadAsStringAsync());
        var title = atom.Descendants(System.Xml.Linq.XName.Get("title", "http://www.w3.org/2005/Atom")).Select(t => t.Value).Last();
        Assert.Equal("Tide \uFFFD tables \uFFFD for 2024", title);
    }

    private static byte[] Splice(byte[] bytes, byte[] marker, byte[] replacement)
    {
        var at = bytes.AsSpan().IndexOf(marker);
        return [.. bytes[..at], .. replacement, .. bytes[(at + marker.Length)..]];
    }

    private static ByteArrayContent Body(string text, string contentType)
    {
        var content = new ByteArrayContent(Encoding.UTF8.GetBytes(text));
        content.Headers.ContentType = MediaTypeHeaderValue.Parse(contentType);
        return content;
    }
}
