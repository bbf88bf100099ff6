using System.Net;
using NewsApi.Tests.Auth;
using NewsApi.Tests.Infrastructure;

namespace NewsApi.Tests.Cors;

public sealed class CorsTests
{
    private const string Allowed = "https://editor.example";

    private static ProbeFactory Factory() => new(("Cors:AllowedOrigins:0", Allowed), ("Cors:AllowedOrigins:1", "http://localhost:5173"));

    private static HttpRequestMessage Preflight(string origin, string method, string headers) => new(HttpMethod.Options, "/test-probe/editor")
    {
        Headers =
        {
            { "Origin", origin },
            { "Access-Control-Request-Method", method },
            { "Access-Control-Request-Headers", headers },
        },
    };

    [Fact]
    public async Task PreflightFromAllowedOriginMayWriteWithKeyAndPreconditions()
    {
        using var factory = Factory();
        var client = await factory.CreateReadyClientAsync();

        using var response = await client.SendAsync(Preflight(Allowed, "PUT", "x-api-key, if-match, content-type"));

        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        Assert.Equal(Allowed, response.Header("Access-Control-Allow-Origin"));
        Assert.Contains("PUT", response.Header("Access-Control-Allow-Methods"), StringComparison.Ordinal);
        var allowedHeaders = response.Header("Access-Control-Allow-Headers")!.ToLowerInvariant();
        Assert.Contains("x-api-key", allowedHeaders, StringComparison.Ordinal);
        Assert.Contains("if-match", allowedHeaders, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PreflightFromDisallowedOriginGetsNoAllowOrigin()
    {
        using var factory = Factory();
        var client = await factory.CreateReadyClientAsync();

        using var response = await client.SendAsync(Preflight("https://evil.example", "DELETE", "x-api-key, if-match"));

        Assert.Null(response.Header("Access-Control-Allow-Origin"));
        Assert.Null(response.Header("Access-Control-Allow-Methods"));
    }

    [Fact]
    public async Task WriteResponsesExposeTheHeadersBrowserCodeNeeds()
    {
        using var factory = Factory();
        var client = (await factory.CreateReadyClientAsync()).WithApiKey(TestApiKeys.Editor);
        using var request = new HttpRequestMessage(HttpMethod.Post, "/test-probe/editor") { Headers = { { "Origin", Allowed } } };

        using var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(Allowed, response.Header("Access-Control-Allow-Origin"));
        var exposed = response.Header("Access-Control-Expose-Headers")!.Split(',', StringSplitOptions.TrimEntries);
        foreach (var header in new[] { "ETag", "Link", "Location", "X-Total-Count", "Retry-After", "RateLimit", "RateLimit-Policy" })
        {
            Assert.Contains(header, exposed, StringComparer.OrdinalIgnoreCase);
        }
    }

    [Fact]
    public async Task AnyOriginMayReadButOnlyAllowedOriginsMayWrite()
    {
        using var factory = Factory();
        var client = (await factory.CreateReadyClientAsync()).WithApiKey(TestApiKeys.Editor);
        using var read = new HttpRequestMessage(HttpMethod.Get, "/api/articles") { Headers = { { "Origin", "https://reader.example" } } };
        using var write = new HttpRequestMessage(HttpMethod.Post, "/test-probe/editor") { Headers = { { "Origin", "https://reader.example" } } };
        using var readPreflight = Preflight("https://reader.example", "GET", "if-none-match");

        using var readResponse = await client.SendAsync(read);
        using var writeResponse = await client.SendAsync(write);
        using var readPreflightResponse = await client.SendAsync(readPreflight);

        Assert.Equal("*", readResponse.Header("Access-Control-Allow-Origin"));
        Assert.Null(writeResponse.Header("Access-Control-Allow-Origin"));
        Assert.Equal("*", readPreflightResponse.Header("Access-Control-Allow-Origin"));
    }

    [Fact]
    public async Task ProblemAnswersCarryCorsHeadersToo()
    {
        using var factory = Factory();
        var client = await factory.CreateReadyClientAsync();
        using var request = new HttpRequestMessage(HttpMethod.Post, "/test-probe/editor") { Headers = { { "Origin", Allowed } } };

        using var response = await client.SendAsync(request);

        await response.ReadProblemAsync(HttpStatusCode.Unauthorized);
        Assert.Equal(Allowed, response.Header("Access-Control-Allow-Origin"));
    }
}
