using System.Net;
using System.Text.RegularExpressions;
using NewsApi.Tests.Auth;
using NewsApi.Tests.Infrastructure;

namespace NewsApi.Tests.RateLimiting;

public sealed partial class RateLimitTests
{
    private static ProbeFactory LowLimits() => new(
        ("RateLimits:Reads:PermitLimit", "3"),
        ("RateLimits:Reads:WindowSeconds", "3600"),
        ("RateLimits:Writes:PermitLimit", "2"),
        ("RateLimits:Writes:WindowSeconds", "3600"));

    private static HttpRequestMessage Read(string address) =>
        new(HttpMethod.Get, "/test-probe/read") { Headers = { { ProbeFactory.ClientAddressHeader, address } } };

    private static HttpRequestMessage Write(string address) =>
        new(HttpMethod.Post, "/test-probe/editor") { Headers = { { ProbeFactory.ClientAddressHeader, address } } };

    [Fact]
    public async Task ReadBurstBeyondTheLimitIsTooManyRequestsWithHeaders()
    {
        using var factory = LowLimits();
        var client = await factory.CreateReadyClientAsync();

        for (var i = 0; i < 3; i++)
        {
            using var admitted = await client.SendAsync(Read("203.0.113.7"));
            Assert.Equal(HttpStatusCode.OK, admitted.StatusCode);
            Assert.Equal("3;w=3600", admitted.Header("RateLimit-Policy"));
            Assert.StartsWith($"limit=3, remaining={2 - i}, reset=", admitted.Header("RateLimit"), StringComparison.Ordinal);
        }
        using var refused = await client.SendAsync(Read("203.0.113.7"));

        var problem = await refused.ReadProblemAsync(HttpStatusCode.TooManyRequests);
        var retryAfter = int.Parse(refused.Header("Retry-After")!, System.Globalization.CultureInfo.InvariantCulture);
        Assert.InRange(retryAfter, 1, 3600);
        Assert.Equal("3;w=3600", refused.Header("RateLimit-Policy"));
        var match = RateLimitValue().Match(refused.Header("RateLimit")!);
        Assert.True(match.Success, refused.Header("RateLimit"));
        Assert.Equal("0", match.Groups["remaining"].Value);
        Assert.Equal(retryAfter, int.Parse(match.Groups["reset"].Value, System.Globalization.CultureInfo.InvariantCulture));
        Assert.Contains("rate limit", problem.Str("detail"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnonymousReadsArePartitionedByClientAddress()
    {
        using var factory = LowLimits();
        var client = await factory.CreateReadyClientAsync();

        for (var i = 0; i < 3; i++)
        {
            using var spent = await client.SendAsync(Read("198.51.100.1"));
        }
        using var sameAddress = await client.SendAsync(Read("198.51.100.1"));
        using var otherAddress = await client.SendAsync(Read("198.51.100.2"));

        Assert.Equal(HttpStatusCode.TooManyRequests, sameAddress.StatusCode);
        Assert.Equal(HttpStatusCode.OK, otherAddress.StatusCode);
    }

    [Fact]
    public async Task KeysArePartitionedSeparatelyFromEachOtherAndFromTheAddress()
    {
        using var factory = LowLimits();
        var client = await factory.CreateReadyClientAsync();

        var editor = new List<HttpStatusCode>();
        for (var i = 0; i < 3; i++)
        {
            using var request = Write("192.0.2.9");
            request.Headers.Add("X-Api-Key", TestApiKeys.Editor);
            using var response = await client.SendAsync(request);
            editor.Add(response.StatusCode);
        }
        using var adminRequest = Write("192.0.2.9");
        adminRequest.Headers.Add("X-Api-Key", TestApiKeys.Admin);
        using var admin = await client.SendAsync(adminRequest);
        using var anonymousRead = await client.SendAsync(Read("192.0.2.9"));

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests], editor);
        Assert.Equal(HttpStatusCode.OK, admin.StatusCode);
        Assert.Equal(HttpStatusCode.OK, anonymousRead.StatusCode);
    }

    [Fact]
    public async Task WritesAreStricterThanReads()
    {
        using var factory = LowLimits();
        var client = await factory.CreateReadyClientAsync();

        using var firstWrite = await client.SendAsync(Write("192.0.2.50"));
        using var firstRead = await client.SendAsync(Read("192.0.2.50"));

        Assert.Equal("2;w=3600", firstWrite.Header("RateLimit-Policy"));
        Assert.Equal("3;w=3600", firstRead.Header("RateLimit-Policy"));
        Assert.StartsWith("limit=3, remaining=2,", firstRead.Header("RateLimit"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task HealthProbesAreNeverLimited()
    {
        using var factory = LowLimits();
        var client = await factory.CreateReadyClientAsync();

        for (var i = 0; i < 10; i++)
        {
            using var response = await client.GetAsync("/health/ready");
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Null(response.Header("RateLimit"));
        }
    }

    [Fact]
    public async Task DisabledLimitsAdmitEverythingWithoutHeaders()
    {
        using var factory = new ProbeFactory(("RateLimits:Enabled", "false"), ("RateLimits:Reads:PermitLimit", "1"));
        var client = await factory.CreateReadyClientAsync();

        for (var i = 0; i < 5; i++)
        {
            using var response = await client.SendAsync(Read("203.0.113.99"));
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Null(response.Header("RateLimit-Policy"));
        }
    }

    [GeneratedRegex(@"^limit=(?<limit>\d+), remaining=(?<remaining>\d+), reset=(?<reset>\d+)$")]
    private static partial Regex RateLimitValue();
}
