using System.Net;
using System.Net.Http.Json;
using System.Text;
using NewsApi.Tests.Auth;
using NewsApi.Tests.Infrastructure;
using static NewsApi.Tests.Infrastructure.TestArticles;

namespace NewsApi.Tests.Security;

/// <summary>
/// OWASP API4:2023 (Unrestricted Resource Consumption) and API6:2023 (Unrestricted Access to Sensitive Business Flows):
/// every limit answers with its own status and a problem, on the real endpoints.
/// </summary>
public sealed class ResourceConsumptionTests(ResourceConsumptionTests.Fixture fixture) : IClassFixture<ResourceConsumptionTests.Fixture>
{
    public sealed class Fixture : IAsyncLifetime
    {
        public NewsApiFactory Factory { get; } = EmptyFactory();

        public HttpClient Client { get; private set; } = null!;

        public async Task InitializeAsync() => Client = await Factory.CreateReadyClientAsync();

        public Task DisposeAsync()
        {
            Factory.Dispose();
            return Task.CompletedTask;
        }
    }

    [Theory]
    [InlineData("/api/tags")]
    [InlineData("/api/people")]
    [InlineData("/api/organizations")]
    [InlineData("/api/articles")]
    public async Task Api4JsonBodyOverTheLimitIsPayloadTooLarge(string path)
    {
        var client = fixture.Factory.CreateClient().WithApiKey(TestApiKeys.Editor);
        var json = "{\"name\":\"" + new string('x', 300 * 1024) + "\"}";

        using var response = await client.PostAsync(path, new StringContent(json, Encoding.UTF8, "application/json"));

        await SecurityChecks.AssertSafeProblemAsync(response, HttpStatusCode.RequestEntityTooLarge, path);
    }

    [Fact]
    public async Task Api4DocumentOverOneMegabyteIsPayloadTooLargeOnIngest()
    {
        var client = fixture.Factory.CreateClient().WithApiKey(TestApiKeys.Editor);

        using var response = await client.PostAsync("/api/articles/ingest", JsonAssertions.PlainText(new string('a', 1024 * 1024 + 1)));

        await SecurityChecks.AssertSafeProblemAsync(response, HttpStatusCode.RequestEntityTooLarge, "ingest");
    }

    [Theory]
    [InlineData("/api/articles?q=")]
    [InlineData("/api/people?q=")]
    [InlineData("/api/quotes?q=")]
    [InlineData("/api/search?q=")]
    public async Task Api4UrlOverTheLimitIsUriTooLong(string path)
    {
        using var response = await fixture.Client.GetAsync(path + new string('a', 2100));

        await SecurityChecks.AssertSafeProblemAsync(response, HttpStatusCode.RequestUriTooLong, path);
    }

    [Fact]
    public async Task Api4HeadersOverTheLimitAreRequestHeaderFieldsTooLarge()
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/tags") { Content = JsonContent.Create(new { name = "Padding" }) };
        request.Headers.Add("X-Api-Key", TestApiKeys.Editor);
        request.Headers.Add("X-Padding", new string('p', 17 * 1024));

        using var response = await fixture.Client.SendAsync(request);

        await SecurityChecks.AssertSafeProblemAsync(response, HttpStatusCode.RequestHeaderFieldsTooLarge, "headers");
    }

    [Theory]
    [InlineData("/api/articles?pageSize=101", "pageSize")]
    [InlineData("/api/people?pageSize=101", "pageSize")]
    [InlineData("/api/organizations?pageSize=1000000", "pageSize")]
    [InlineData("/api/tags?pageSize=101", "pageSize")]
    [InlineData("/api/quotes?pageSize=101", "pageSize")]
    [InlineData("/api/tags/no-such-tag/articles?pageSize=101", "pageSize")]
    [InlineData("/api/changes?limit=501", "limit")]
    [InlineData("/api/search?q=tide&limit=1000", "limit")]
    public async Task Api4PageSizeAboveTheMaximumIsBadRequest(string path, string field)
    {
        using var response = await fixture.Client.GetAsync(path);

        await SecurityChecks.AssertSafeProblemAsync(response, HttpStatusCode.BadRequest, path);
        await response.ReadValidationProblemAsync(field);
    }

    [Theory]
    [InlineData("/api/articles")]
    [InlineData("/api/people")]
    [InlineData("/api/organizations")]
    [InlineData("/api/tags")]
    [InlineData("/api/quotes")]
    [InlineData("/api/search")]
    public async Task Api4QueryTextOverFiveHundredCharactersIsBadRequest(string path)
    {
        using var response = await fixture.Client.GetAsync($"{path}?q={new string('a', 501)}");

        await SecurityChecks.AssertSafeProblemAsync(response, HttpStatusCode.BadRequest, path);
        await response.ReadValidationProblemAsync("q");
    }

    [Fact]
    public async Task Api4ReadsBeyondTheRateLimitAreTooManyRequestsWithRetryAfter()
    {
        using var factory = new ProbeFactory(("RateLimits:Reads:PermitLimit", "3"), ("RateLimits:Reads:WindowSeconds", "3600"));
        var client = await factory.CreateReadyClientAsync();

        HttpResponseMessage? last = null;
        for (var i = 0; i < 4; i++)
        {
            last?.Dispose();
            last = await client.GetAsync("/api/articles");
        }
        using var refused = last!;

        await SecurityChecks.AssertSafeProblemAsync(refused, HttpStatusCode.TooManyRequests, "reads");
        var retryAfter = int.Parse(refused.Header("Retry-After")!, System.Globalization.CultureInfo.InvariantCulture);
        Assert.InRange(retryAfter, 1, 3600);
    }

    [Fact]
    public async Task Api6WritesBeyondTheRateLimitAreTooManyRequestsAndNotStored()
    {
        using var factory = new ProbeFactory(("RateLimits:Writes:PermitLimit", "2"), ("RateLimits:Writes:WindowSeconds", "3600"));
        var client = (await factory.CreateReadyClientAsync()).WithApiKey(TestApiKeys.Editor);

        for (var i = 0; i < 2; i++)
        {
            using var admitted = await client.PostAsJsonAsync("/api/tags", new { name = $"Admitted {i}" });
            Assert.Equal(HttpStatusCode.Created, admitted.StatusCode);
        }
        using var refused = await client.PostAsJsonAsync("/api/tags", new { name = "Refused" });
        using var refusedTag = await client.GetAsync("/api/tags/refused");

        await SecurityChecks.AssertSafeProblemAsync(refused, HttpStatusCode.TooManyRequests, "writes");
        Assert.NotNull(refused.Header("Retry-After"));
        Assert.Equal(HttpStatusCode.NotFound, refusedTag.StatusCode);
    }
}
