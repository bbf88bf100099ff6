using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using NewsApi.Tests.Auth;
using NewsApi.Tests.Caching;
using NewsApi.Tests.Infrastructure;
using static NewsApi.Tests.Infrastructure.TestArticles;

namespace NewsApi.Tests.Security;

/// <summary>
/// OWASP API8:2023 (Security Misconfiguration) and API9:2023 (Improper Inventory Management): security headers on every
/// answer, CORS closed to unlisted origins for writes, Swagger switchable off, and no endpoint outside the inventory.
/// </summary>
public sealed class MisconfigurationTests
{
    private const string ListedOrigin = "https://editor.example";

    [Fact]
    public async Task Api8EveryKindOfAnswerCarriesTheSecurityHeaders()
    {
        using var factory = new OutputCacheFactory();
        var client = await factory.CreateReadyClientAsync();
        var stored = await factory.StoreAsync(Draft("Lock gates replaced"));
        var etag = (await client.GetAsync($"/api/articles/{stored.Slug}")).Headers.ETag!.ToString();
        var editor = factory.CreateClient(new() { AllowAutoRedirect = false }).WithApiKey(TestApiKeys.Editor);

        var answers = new List<(string What, HttpResponseMessage Response)>
        {
            ("200 list", await client.GetAsync("/api/articles")),
            ("200 list from the output cache", await client.GetAsync("/api/articles")),
            ("200 article", await client.GetAsync($"/api/articles/{stored.Slug}")),
            ("304", await client.SendAsync(new HttpRequestMessage(HttpMethod.Get, $"/api/articles/{stored.Slug}") { Headers = { { "If-None-Match", etag } } })),
            ("200 feed", await client.GetAsync("/feeds/articles.atom")),
            ("200 health", await client.GetAsync("/health/ready")),
            ("302 root", await client.GetAsync("/")),
            ("200 OpenAPI document", await client.GetAsync("/swagger/v1/swagger.json")),
            ("200 Swagger UI", await client.GetAsync("/swagger/index.html")),
            ("204 preflight", await client.SendAsync(new HttpRequestMessage(HttpMethod.Options, "/api/articles")
            {
                Headers = { { "Origin", "https://reader.example" }, { "Access-Control-Request-Method", "GET" } },
            })),
            ("201 write", await editor.PostAsJsonAsync("/api/tags", new { name = "Lock gates" })),
            ("401", await client.PostAsJsonAsync("/api/tags", new { name = "Anonymous" })),
            ("404", await client.GetAsync("/api/articles/no-such-article")),
            ("414", await client.GetAsync("/api/articles?q=" + new string('a', 3000))),
        };

        try
        {
            foreach (var (what, response) in answers)
            {
                Assert.True(response.StatusCode != HttpStatusCode.InternalServerError, what);
                Assert.Equal("nosniff", response.Header("X-Content-Type-Options"));
                Assert.Equal("DENY", response.Header("X-Frame-Options"));
                Assert.Equal("no-referrer", response.Header("Referrer-Policy"));
                Assert.Contains("frame-ancestors 'none'", response.Header("Content-Security-Policy"), StringComparison.Ordinal);
                Assert.False(response.Headers.Contains("Server"), $"{what}: Server header");
            }
            // The API's own answers load nothing; Swagger UI needs its scripts and styles, so it only forbids framing.
            Assert.StartsWith("default-src 'none'", answers.Single(a => a.What == "200 list").Response.Header("Content-Security-Policy"), StringComparison.Ordinal);
            Assert.DoesNotContain("default-src", answers.Single(a => a.What == "200 Swagger UI").Response.Header("Content-Security-Policy"), StringComparison.Ordinal);
        }
        finally
        {
            answers.ForEach(a => a.Response.Dispose());
        }
    }

    [Fact]
    public async Task Api8ErrorsAndWritesAreNoStoreWhileAnonymousReadsStayCacheable()
    {
        using var factory = new OutputCacheFactory();
        var client = await factory.CreateReadyClientAsync();
        var editor = factory.CreateClient().WithApiKey(TestApiKeys.Editor);

        using var read = await client.GetAsync("/api/tags");
        using var created = await editor.PostAsJsonAsync("/api/tags", new { name = "Sluices" });
        using var reread = await client.GetAsync("/api/tags");
        using var revalidated = await client.SendAsync(new HttpRequestMessage(HttpMethod.Get, "/api/tags") { Headers = { { "If-None-Match", reread.Headers.ETag!.ToString() } } });
        using var error = await client.GetAsync("/api/tags?pageSize=0");

        Assert.Equal("public, max-age=45", read.Headers.CacheControl?.ToString());
        Assert.NotNull(read.Headers.ETag);
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        Assert.True(created.Headers.CacheControl?.NoStore, $"write: '{created.Headers.CacheControl}'");
        Assert.Equal(1, (await reread.ReadJsonAsync()).Int("totalItems"));
        Assert.Equal(HttpStatusCode.NotModified, revalidated.StatusCode);
        Assert.Equal("public, max-age=45", revalidated.Headers.CacheControl?.ToString());
        Assert.True(error.Headers.CacheControl?.NoStore, $"error: '{error.Headers.CacheControl}'");
    }

    [Fact]
    public void Api8KestrelSendsNoServerHeader()
    {
        using var factory = EmptyFactory();

        var kestrel = factory.Services.GetRequiredService<IOptions<KestrelServerOptions>>().Value;

        Assert.False(kestrel.AddServerHeader);
    }

    [Fact]
    public async Task Api8CorsGivesUnlistedOriginsNoWriteAccessOnAnyWriteOperation()
    {
        using var factory = new ProbeFactory(("Cors:AllowedOrigins:0", ListedOrigin));
        var client = await factory.CreateReadyClientAsync();
        var writes = (await SecurityChecks.WriteOperationsAsync(client)).Where(w => w.Secured).ToList();
        // Look-alikes of the listed origin: another scheme, port, subdomain or suffix, and the opaque origin of a sandbox or file.
        var unlisted = new[]
        {
            "https://evil.example", "http://editor.example", "https://editor.example:8443", "https://editor.example.evil.example",
            "https://evil-editor.example", "https://sub.editor.example", "null",
        };

        foreach (var write in writes)
        {
            foreach (var origin in unlisted)
            {
                using var preflight = Preflight(write, origin);
                using var refused = await client.SendAsync(preflight);
                Assert.True(refused.Header("Access-Control-Allow-Origin") is null, $"{write.Name} preflight from {origin}");
                Assert.Null(refused.Header("Access-Control-Allow-Methods"));
            }
            using var listedPreflight = Preflight(write, ListedOrigin);
            using var allowed = await client.SendAsync(listedPreflight);
            Assert.True(allowed.Header("Access-Control-Allow-Origin") == ListedOrigin, $"{write.Name} preflight from the listed origin");
            Assert.Contains(write.Method.ToUpperInvariant(), allowed.Header("Access-Control-Allow-Methods"), StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Api8CorsActualWritesFromUnlistedOriginsGetNoAllowOrigin()
    {
        using var factory = new ProbeFactory(("Cors:AllowedOrigins:0", ListedOrigin));
        var client = (await factory.CreateReadyClientAsync()).WithApiKey(TestApiKeys.Editor);

        using var fromUnlisted = await client.SendAsync(new HttpRequestMessage(HttpMethod.Post, "/api/tags")
        {
            Content = JsonContent.Create(new { name = "From elsewhere" }),
            Headers = { { "Origin", "https://evil.example" } },
        });
        using var fromListed = await client.SendAsync(new HttpRequestMessage(HttpMethod.Post, "/api/tags")
        {
            Content = JsonContent.Create(new { name = "From the newsroom" }),
            Headers = { { "Origin", ListedOrigin } },
        });
        using var readFromUnlisted = await client.SendAsync(new HttpRequestMessage(HttpMethod.Get, "/api/tags") { Headers = { { "Origin", "https://evil.example" } } });

        Assert.Null(fromUnlisted.Header("Access-Control-Allow-Origin"));
        Assert.Equal(ListedOrigin, fromListed.Header("Access-Control-Allow-Origin"));
        // Reads are public by design: any origin may read them, but never with credentials.
        Assert.Equal("*", readFromUnlisted.Header("Access-Control-Allow-Origin"));
        Assert.Null(readFromUnlisted.Header("Access-Control-Allow-Credentials"));
    }

    [Theory]
    [InlineData("Production", null, false)]
    [InlineData("Production", "false", false)]
    [InlineData("Production", "true", true)]
    [InlineData("Testing", null, true)]
    [InlineData("Testing", "false", false)]
    [InlineData("Development", null, true)]
    public async Task Api9SwaggerIsOffInProductionUnlessSwitchedOnAndSwitchableOffElsewhere(string environment, string? enabled, bool served)
    {
        var settings = enabled is null ? Array.Empty<(string, string?)>() : [("Swagger:Enabled", enabled)];
        using var factory = new ProbeFactory(settings) { Environment = environment };
        var client = await factory.CreateReadyClientAsync();

        foreach (var path in new[] { "/swagger", "/swagger/index.html", "/swagger/v1/swagger.json" })
        {
            using var response = await client.GetAsync(path);
            if (served)
            {
                Assert.True(response.StatusCode is HttpStatusCode.OK or HttpStatusCode.MovedPermanently or HttpStatusCode.Redirect,
                    $"{environment} {path}: {(int)response.StatusCode}");
            }
            else
            {
                Assert.True(response.StatusCode == HttpStatusCode.NotFound, $"{environment} {path}: {(int)response.StatusCode}");
            }
        }
        using var root = await client.GetAsync("/");
        Assert.Equal(served ? HttpStatusCode.Redirect : HttpStatusCode.NotFound, root.StatusCode);
        using var api = await client.GetAsync("/api/articles");
        Assert.Equal(HttpStatusCode.OK, api.StatusCode);
    }

    [Fact]
    public async Task Api9EveryEndpointTheAppServesIsInTheOpenApiDocument()
    {
        using var factory = EmptyFactory();
        var client = await factory.CreateReadyClientAsync();
        var document = await (await client.GetAsync("/swagger/v1/swagger.json")).ReadJsonAsync();
        var documented = document["paths"]!.AsObject()
            .SelectMany(p => p.Value!.AsObject().Select(m => $"{m.Key.ToUpperInvariant()} {p.Key}"))
            .ToHashSet(StringComparer.OrdinalIgnoreCase);
        // Infrastructure outside the API's contract: probes for orchestrators, and the redirect to the documentation.
        var infrastructure = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { "* /health/live", "* /health/ready", "GET /" };

        var served = factory.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .SelectMany(e => (e.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods ?? ["*"]).Select(m => $"{m} /{e.RoutePattern.RawText?.TrimStart('/')}"))
            .Where(name => !infrastructure.Contains(name))
            .ToList();

        Assert.NotEmpty(served);
        var undocumented = served.Where(name => !documented.Contains(name)).ToList();
        Assert.True(undocumented.Count == 0, "served but not documented: " + string.Join(", ", undocumented));
    }

    private static HttpRequestMessage Preflight(WriteOperation write, string origin) => new(HttpMethod.Options, write.Url())
    {
        Headers =
        {
            { "Origin", origin },
            { "Access-Control-Request-Method", write.Method.ToUpperInvariant() },
            { "Access-Control-Request-Headers", "x-api-key, if-match, content-type" },
        },
    };
}
