using System.Net;
using System.Net.Http.Headers;
using System.Text;
using NewsApi.Tests.Infrastructure;
using static NewsApi.Tests.Infrastructure.TestArticles;

namespace NewsApi.Tests.Security;

/// <summary>
/// Injection of NUL (API8:2023): PostgreSQL takes no NUL in text, so before the refusal a NUL in a JSON string answered
/// 500 there. Every JSON write refuses it with a 400 and stores nothing; an escaped backslash before "u0000" is text.
/// </summary>
public sealed class NulCharacterTests
{
    [Theory]
    [InlineData("POST", "/api/tags", """{"name": "Quay\u0000s"}""", "application/json")]
    [InlineData("POST", "/api/people", """{"name": "Ada Quill", "aliases": ["A\u0000Q"]}""", "application/json")]
    [InlineData("POST", "/api/organizations", """{"name": "Pilots Guild", "kind": "guild\u0000"}""", "application/json")]
    [InlineData("POST", "/api/articles", """{"headline": "Tide\u0000 tables", "body": ["Pilots read them."]}""", "application/json")]
    [InlineData("POST", "/api/tags", """{"name": "Escapes \\\u0000 too"}""", "application/json")]
    public async Task Api8NulInAJsonStringIsABadRequestAndStoresNothing(string method, string path, string json, string mediaType)
    {
        using var factory = EmptyFactory();
        var client = (await factory.CreateReadyClientAsync()).WithApiKey(TestApiKeys.Editor);
        var before = await TotalAsync(client, path);
        using var request = new HttpRequestMessage(new HttpMethod(method), path)
        {
            Content = new StringContent(json, Encoding.UTF8, new MediaTypeHeaderValue(mediaType)),
        };

        using var response = await client.SendAsync(request);

        await response.ReadValidationProblemAsync("body");
        Assert.Equal(before, await TotalAsync(client, path));
    }

    [Fact]
    public async Task Api8NulInAMergePatchIsABadRequest()
    {
        using var factory = EmptyFactory();
        var client = (await factory.CreateReadyClientAsync()).WithApiKey(TestApiKeys.Editor);
        using var created = await client.PostAsync("/api/tags", new StringContent("""{"name": "Breakwaters"}""", Encoding.UTF8, "application/json"));
        var etag = created.Headers.ETag!.ToString();
        using var patch = new HttpRequestMessage(HttpMethod.Patch, "/api/tags/breakwaters")
        {
            Content = new StringContent("""{"name": "Break\u0000waters"}""", Encoding.UTF8, new MediaTypeHeaderValue("application/merge-patch+json")),
            Headers = { { "If-Match", etag } },
        };

        using var response = await client.SendAsync(patch);
        using var after = await client.GetAsync("/api/tags/breakwaters");

        await response.ReadValidationProblemAsync("body");
        Assert.Equal(etag, after.Headers.ETag!.ToString());
    }

    [Fact]
    public async Task Api8AnEscapedBackslashBeforeU0000IsTextNotNul()
    {
        using var factory = EmptyFactory();
        var client = (await factory.CreateReadyClientAsync()).WithApiKey(TestApiKeys.Editor);

        // JSON "Path \\u0000 x" is the text: Path \u0000 x (a backslash, then "u0000").
        using var response = await client.PostAsync("/api/tags", new StringContent("""{"name": "Path \\u0000 x"}""", Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.Equal("Path \\u0000 x", (await response.ReadJsonAsync(HttpStatusCode.Created)).Str("name"));
    }

    private static async Task<int> TotalAsync(HttpClient client, string path)
    {
        using var response = await client.GetAsync(path + "?pageSize=1");
        return (await response.ReadJsonAsync()).Int("totalItems");
    }
}
