using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using NewsApi.Tests.Auth;
using NewsApi.Tests.Infrastructure;
using static NewsApi.Tests.Infrastructure.TestArticles;

namespace NewsApi.Tests.Security;

/// <summary>
/// OWASP API8:2023 (Security Misconfiguration): every kind of error the API gives is a problem that says what the client
/// did wrong and nothing about the server: no stack trace, exception or framework type, file path or SQL, never cached.
/// </summary>
public sealed class ErrorDisclosureTests
{
    private static HttpRequestMessage Json(HttpMethod method, string url, string json, string? key = TestApiKeys.Admin, string? ifMatch = null,
        string mediaType = "application/json")
    {
        var request = new HttpRequestMessage(method, url) { Content = new StringContent(json, Encoding.UTF8, new MediaTypeHeaderValue(mediaType)) };
        if (key is not null)
        {
            request.Headers.Add("X-Api-Key", key);
        }
        if (ifMatch is not null)
        {
            request.Headers.TryAddWithoutValidation("If-Match", ifMatch);
        }
        return request;
    }

    [Fact]
    public async Task Api8EveryErrorKindIsAProblemWithoutInternalDetail()
    {
        using var factory = EmptyFactory();
        var client = await factory.CreateReadyClientAsync();
        await factory.StoreAsync(Draft("Harbour pilots strike", people: [Person("Ada Quill")]));
        var article = (await (await client.GetAsync("/api/articles")).ReadJsonAsync())["items"]![0]!.Str("slug");
        var personETag = (await client.GetAsync("/api/people/ada-quill")).Headers.ETag!.ToString();
        using var tag = await factory.CreateClient().WithApiKey(TestApiKeys.Editor).PostAsJsonAsync("/api/tags", new { name = "Quays" });
        Assert.Equal(HttpStatusCode.Created, tag.StatusCode);

        var cases = new List<(string What, HttpStatusCode Status, Func<HttpRequestMessage> Request)>
        {
            ("400 malformed JSON", HttpStatusCode.BadRequest, () => Json(HttpMethod.Post, "/api/tags", "{\"name\": ")),
            ("400 JSON of the wrong type", HttpStatusCode.BadRequest, () => Json(HttpMethod.Post, "/api/tags", "{\"name\": {\"a\": [1]}}")),
            ("400 JSON nested too deep", HttpStatusCode.BadRequest, () => Json(HttpMethod.Post, "/api/tags", new string('[', 200) + new string(']', 200))),
            ("400 enum out of range", HttpStatusCode.BadRequest, () => Json(HttpMethod.Post, "/api/tags", "{\"name\": \"x\", \"kind\": 99}")),
            ("400 merge patch of the wrong type", HttpStatusCode.BadRequest,
                () => Json(HttpMethod.Patch, "/api/people/ada-quill", "{\"aliases\": 5}", ifMatch: personETag, mediaType: "application/merge-patch+json")),
            ("400 query of the wrong type", HttpStatusCode.BadRequest, () => new(HttpMethod.Get, "/api/articles?pageSize=abc&page=1e99")),
            ("400 tampered cursor", HttpStatusCode.BadRequest, () => new(HttpMethod.Get, "/api/articles?cursor=AAAA%2F%2F%2F%2Bzzzz")),
            ("400 date out of range", HttpStatusCode.BadRequest, () => new(HttpMethod.Get, "/api/articles?from=2024-13-45")),
            ("401 no key", HttpStatusCode.Unauthorized, () => Json(HttpMethod.Post, "/api/tags", "{}", key: null)),
            ("403 editor deletes", HttpStatusCode.Forbidden, () => Json(HttpMethod.Delete, "/api/tags/quays", "", key: TestApiKeys.Editor, ifMatch: "\"x\"")),
            ("404 no such article", HttpStatusCode.NotFound, () => new(HttpMethod.Get, "/api/articles/no-such-article")),
            ("404 no such route", HttpStatusCode.NotFound, () => new(HttpMethod.Get, "/api/no/such/route")),
            ("404 no such feed", HttpStatusCode.NotFound, () => new(HttpMethod.Get, "/feeds/tags/no-such-tag.atom")),
            ("405 method not allowed", HttpStatusCode.MethodNotAllowed, () => Json(HttpMethod.Put, "/api/articles", "{}")),
            ("405 TRACE", HttpStatusCode.MethodNotAllowed, () => new(HttpMethod.Trace, "/api/articles")),
            ("406 unsupported Accept", HttpStatusCode.NotAcceptable,
                () => new(HttpMethod.Get, $"/api/articles/{article}") { Headers = { Accept = { new MediaTypeWithQualityHeaderValue("text/csv") } } }),
            ("409 person still linked", HttpStatusCode.Conflict, () => Json(HttpMethod.Delete, "/api/people/ada-quill", "", ifMatch: personETag)),
            ("409 name taken", HttpStatusCode.Conflict, () => Json(HttpMethod.Post, "/api/tags", "{\"name\": \"Quays\"}")),
            ("412 stale If-Match", HttpStatusCode.PreconditionFailed,
                () => Json(HttpMethod.Put, "/api/people/ada-quill", "{\"name\": \"Ada Quill\"}", ifMatch: "\"stale\"")),
            ("413 body too large", HttpStatusCode.RequestEntityTooLarge,
                () => Json(HttpMethod.Post, "/api/tags", "{\"name\":\"" + new string('x', 300 * 1024) + "\"}")),
            ("414 query too long", HttpStatusCode.RequestUriTooLong, () => new(HttpMethod.Get, "/api/articles?q=" + new string('a', 3000))),
            ("415 wrong content type", HttpStatusCode.UnsupportedMediaType,
                () => Json(HttpMethod.Post, "/api/tags", "<tag name='x'/>", mediaType: "application/xml")),
            ("422 no article in the document", HttpStatusCode.UnprocessableEntity,
                () => Json(HttpMethod.Post, "/api/articles/ingest", "   \n\n  ...  \n", mediaType: "text/plain")),
            ("428 no If-Match", HttpStatusCode.PreconditionRequired, () => Json(HttpMethod.Put, "/api/people/ada-quill", "{\"name\": \"Ada Quill\"}")),
            ("431 headers too large", HttpStatusCode.RequestHeaderFieldsTooLarge,
                () => new(HttpMethod.Get, "/api/articles") { Headers = { { "X-Padding", new string('p', 20 * 1024) } } }),
        };

        foreach (var (what, status, make) in cases)
        {
            using var request = make();
            using var response = await client.SendAsync(request);

            await SecurityChecks.AssertSafeProblemAsync(response, status, what);
        }
    }

    [Fact]
    public async Task Api8TooManyRequestsIsAProblemWithoutInternalDetail()
    {
        using var factory = new ProbeFactory(("RateLimits:Writes:PermitLimit", "1"), ("RateLimits:Writes:WindowSeconds", "3600"));
        var client = (await factory.CreateReadyClientAsync()).WithApiKey(TestApiKeys.Editor);

        using var first = await client.PostAsJsonAsync("/api/tags", new { name = "First" });
        using var second = await client.PostAsJsonAsync("/api/tags", new { name = "Second" });

        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        await SecurityChecks.AssertSafeProblemAsync(second, HttpStatusCode.TooManyRequests, "429");
    }

    [Fact]
    public async Task Api8TheLeakCheckItselfCatchesAStackTrace()
    {
        // The checker must be able to fail: a body with what an unhandled exception page would show.
        using var response = new HttpResponseMessage(HttpStatusCode.BadRequest)
        {
            Content = new StringContent("{\"detail\":\"System.InvalidOperationException: x\\n   at NewsApi.Articles.ArticlesController.List() in /work/main/src/NewsApi/Articles/ArticlesController.cs:line 42\"}"),
        };

        await Assert.ThrowsAnyAsync<Xunit.Sdk.XunitException>(() => SecurityChecks.AssertNoInternalDetailAsync(response, "sample"));
        foreach (var leak in new[] { "SQLite Error 1: no such table", "SELECT \"a\".\"Id\" FROM \"Articles\"", "Microsoft.EntityFrameworkCore", "DbUpdateConcurrencyException" })
        {
            using var sample = new HttpResponseMessage(HttpStatusCode.BadRequest) { Content = new StringContent($"{{\"detail\":\"{leak}\"}}") };
            await Assert.ThrowsAnyAsync<Xunit.Sdk.XunitException>(() => SecurityChecks.AssertNoInternalDetailAsync(sample, leak));
        }
    }
}
