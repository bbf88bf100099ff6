using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using NewsApi.Data;
using NewsApi.Infrastructure.Auth;
using NewsApi.Tests.Infrastructure;
using static NewsApi.Tests.Infrastructure.TestArticles;

namespace NewsApi.Tests.Security;

/// <summary>
/// OWASP API1:2023 (Broken Object Level Authorization), API2:2023 (Broken Authentication) and API5:2023 (Broken Function
/// Level Authorization) on every write operation of the OpenAPI document.
/// </summary>
public sealed class AuthorizationTests(AuthorizationTests.Fixture fixture) : IClassFixture<AuthorizationTests.Fixture>
{
    /// <summary>Writes that need no key, each with the reason: anything else without a security requirement fails the test.</summary>
    private static readonly IReadOnlySet<string> PublicWrites = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        // The parser's draft of a document; nothing is stored (checked below).
        "POST /api/articles/preview",
    };

    public sealed class Fixture : IAsyncLifetime
    {
        public NewsApiFactory Factory { get; } = EmptyFactory();

        public HttpClient Client { get; private set; } = null!;

        public IReadOnlyList<WriteOperation> Writes { get; private set; } = [];

        public async Task InitializeAsync()
        {
            Client = await Factory.CreateReadyClientAsync();
            Writes = await SecurityChecks.WriteOperationsAsync(Client);
        }

        public Task DisposeAsync()
        {
            Factory.Dispose();
            return Task.CompletedTask;
        }
    }

    private IEnumerable<WriteOperation> SecuredWrites => fixture.Writes.Where(w => !PublicWrites.Contains(w.Name));

    [Fact]
    public void Api5EveryWriteOperationButThePublicOnesNeedsAKey()
    {
        Assert.True(fixture.Writes.Count >= 15, $"only {fixture.Writes.Count} write operations found in the OpenAPI document");
        Assert.All(SecuredWrites, w => Assert.True(w.Secured, $"{w.Name} documents no security requirement"));
        Assert.All(fixture.Writes.Where(w => PublicWrites.Contains(w.Name)), w => Assert.False(w.Secured, w.Name));
    }

    [Fact]
    public async Task Api2EveryWriteWithoutAKeyIsUnauthorizedBeforeItsBodyIsRead()
    {
        foreach (var write in SecuredWrites)
        {
            using var request = write.Request();
            using var response = await fixture.Client.SendAsync(request);

            await SecurityChecks.AssertSafeProblemAsync(response, HttpStatusCode.Unauthorized, write.Name);
            Assert.StartsWith(ApiKeyAuthenticationHandler.SchemeName, response.Headers.WwwAuthenticate.ToString(), StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Api2EveryWriteWithAnUnknownKeyIsUnauthorized()
    {
        foreach (var write in SecuredWrites)
        {
            using var request = write.Request(TestApiKeys.Unknown);
            using var response = await fixture.Client.SendAsync(request);

            await SecurityChecks.AssertSafeProblemAsync(response, HttpStatusCode.Unauthorized, write.Name);
            Assert.DoesNotContain(TestApiKeys.Unknown, await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Api5EditorKeyIsForbiddenExactlyTheAdminOnlyOperations()
    {
        var adminOnly = SecurityChecks.AdminOnlyOperations(fixture.Factory.Services);
        Assert.NotEmpty(adminOnly);

        var forbidden = new List<string>();
        foreach (var write in SecuredWrites)
        {
            using var request = write.Request(TestApiKeys.Editor);
            using var response = await fixture.Client.SendAsync(request);

            Assert.NotEqual(HttpStatusCode.Unauthorized, response.StatusCode);
            if (response.StatusCode == HttpStatusCode.Forbidden)
            {
                await SecurityChecks.AssertSafeProblemAsync(response, HttpStatusCode.Forbidden, write.Name);
                forbidden.Add(write.Name);
            }
        }

        Assert.Equal(adminOnly.Order(StringComparer.OrdinalIgnoreCase), forbidden.Order(StringComparer.OrdinalIgnoreCase), StringComparer.OrdinalIgnoreCase);
        Assert.All(forbidden, name => Assert.StartsWith("DELETE ", name, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Api5AdminKeyPassesAuthorizationOnEveryWrite()
    {
        foreach (var write in SecuredWrites)
        {
            using var request = write.Request(TestApiKeys.Admin);
            using var response = await fixture.Client.SendAsync(request);

            Assert.True(response.StatusCode is not (HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden),
                $"{write.Name} answered the admin key {(int)response.StatusCode}");
            Assert.True((int)response.StatusCode < 500, $"{write.Name} answered {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        }
    }

    [Fact]
    public async Task Api1AnonymousAndEditorAnswersDoNotRevealWhetherTheTargetExists()
    {
        using var created = await fixture.Factory.CreateClient().WithApiKey(TestApiKeys.Editor).PostAsJsonAsync("/api/tags", new { name = "Existence probe " + Guid.NewGuid().ToString("N")[..6] });
        var slug = (await created.ReadJsonAsync(HttpStatusCode.Created)).Str("slug");

        foreach (var write in SecuredWrites.Where(w => w.Path.StartsWith("/api/tags/", StringComparison.Ordinal)))
        {
            foreach (var key in new string?[] { null, TestApiKeys.Editor })
            {
                using var existingRequest = write.Request(key, slug);
                using var missingRequest = write.Request(key);
                using var existing = await fixture.Client.SendAsync(existingRequest);
                using var missing = await fixture.Client.SendAsync(missingRequest);
                if (existing.StatusCode is HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden)
                {
                    // The same status and title whether or not the tag exists: the refusal is no existence oracle.
                    Assert.Equal(existing.StatusCode, missing.StatusCode);
                    var existingProblem = await existing.ReadProblemAsync(existing.StatusCode);
                    var missingProblem = await missing.ReadProblemAsync(missing.StatusCode);
                    Assert.Equal(existingProblem.Str("title"), missingProblem.Str("title"));
                    Assert.Equal(existingProblem.Str("detail"), missingProblem.Str("detail"));
                }
            }
        }
        using var still = await fixture.Client.GetAsync($"/api/tags/{slug}");
        Assert.Equal(HttpStatusCode.OK, still.StatusCode);
    }

    [Fact]
    public async Task Api1EditorCannotDeleteAnotherEditorsWorkButAdminCan()
    {
        var client = fixture.Factory.CreateClient().WithApiKey(TestApiKeys.Editor);
        using var created = await client.PostAsJsonAsync("/api/tags", new { name = "Owned elsewhere " + Guid.NewGuid().ToString("N")[..6] });
        var slug = (await created.ReadJsonAsync(HttpStatusCode.Created)).Str("slug");
        var etag = created.Headers.ETag!.ToString();

        using var byEditor = new HttpRequestMessage(HttpMethod.Delete, $"/api/tags/{slug}") { Headers = { { "If-Match", etag } } };
        using var editorAnswer = await client.SendAsync(byEditor);
        using var afterEditor = await client.GetAsync($"/api/tags/{slug}");
        using var byAdmin = new HttpRequestMessage(HttpMethod.Delete, $"/api/tags/{slug}") { Headers = { { "If-Match", etag } } };
        using var adminAnswer = await client.WithApiKey(TestApiKeys.Admin).SendAsync(byAdmin);

        await SecurityChecks.AssertSafeProblemAsync(editorAnswer, HttpStatusCode.Forbidden, "editor delete");
        Assert.Equal(HttpStatusCode.OK, afterEditor.StatusCode);
        Assert.True(adminAnswer.IsSuccessStatusCode, $"admin delete answered {(int)adminAnswer.StatusCode}");
    }

    [Theory]
    [InlineData("X-Api-Key")]
    [InlineData("api_key")]
    [InlineData("apiKey")]
    [InlineData("apikey")]
    [InlineData("key")]
    [InlineData("access_token")]
    public async Task Api2KeysInTheQueryStringAreNotAccepted(string parameter)
    {
        var client = fixture.Factory.CreateClient();

        using var response = await client.PostAsJsonAsync($"/api/tags?{parameter}={TestApiKeys.Admin}", new { name = "Query key " + parameter });

        await SecurityChecks.AssertSafeProblemAsync(response, HttpStatusCode.Unauthorized, parameter);
    }

    [Theory]
    [InlineData("Bearer")]
    [InlineData("ApiKey")]
    [InlineData("Basic")]
    public async Task Api2KeysInTheAuthorizationHeaderAreNotAccepted(string scheme)
    {
        var client = fixture.Factory.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/tags") { Content = JsonContent.Create(new { name = "Authorization " + scheme }) };
        request.Headers.TryAddWithoutValidation("Authorization", $"{scheme} {TestApiKeys.Admin}");

        using var response = await client.SendAsync(request);

        await SecurityChecks.AssertSafeProblemAsync(response, HttpStatusCode.Unauthorized, scheme);
    }

    [Fact]
    public async Task Api2KeyComparisonIsExactNotCaseOrWhitespaceLenient()
    {
        var client = fixture.Factory.CreateClient();
        var near = new[]
        {
            TestApiKeys.Admin.ToUpperInvariant(),
            char.ToUpperInvariant(TestApiKeys.Admin[0]) + TestApiKeys.Admin[1..],
            TestApiKeys.Admin + " ",
            TestApiKeys.Admin + " x",
            "x " + TestApiKeys.Admin,
            TestApiKeys.Admin.Replace("-", " ", StringComparison.Ordinal),
            TestApiKeys.Admin + "\u200B",
            TestApiKeys.Admin + "\u00A0",
            TestApiKeys.Admin[..^1],
            TestApiKeys.Admin + TestApiKeys.Admin,
            TestApiKeys.Admin + "," + TestApiKeys.Admin,
            ApiKeyOptions.HashHex(TestApiKeys.Admin),
        };
        foreach (var key in near)
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, "/api/tags") { Content = JsonContent.Create(new { name = "Near key" }) };
            Assert.True(request.Headers.TryAddWithoutValidation(ApiKeyOptions.HeaderName, key));

            using var response = await client.SendAsync(request);

            await SecurityChecks.AssertSafeProblemAsync(response, HttpStatusCode.Unauthorized, $"key '{key}'");
        }
    }

    [Fact]
    public async Task Api2TwoKeyHeadersAreRefusedEvenWhenOneIsValid()
    {
        var client = fixture.Factory.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/tags") { Content = JsonContent.Create(new { name = "Two keys" }) };
        request.Headers.Add(ApiKeyOptions.HeaderName, [TestApiKeys.Unknown, TestApiKeys.Admin]);

        using var response = await client.SendAsync(request);

        await SecurityChecks.AssertSafeProblemAsync(response, HttpStatusCode.Unauthorized, "two keys");
    }

    [Fact]
    public async Task Api5ThePublicPreviewStoresNothing()
    {
        var before = await CountArticlesAsync();
        using var response = await fixture.Client.PostAsync("/api/articles/preview",
            JsonAssertions.PlainText("VIENNA, Jan 5 (Reuters) - Harbour pilots met on Monday to discuss the new tide tables.\n\nTalks go on.\n"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(before, await CountArticlesAsync());
    }

    private Task<int> CountArticlesAsync() =>
        fixture.Factory.WithScopeAsync(s => s.GetRequiredService<NewsDbContext>().Articles.CountAsync());
}
