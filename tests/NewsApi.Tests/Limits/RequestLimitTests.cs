using System.Net;
using System.Text;
using NewsApi.Tests.Auth;
using NewsApi.Tests.Infrastructure;

namespace NewsApi.Tests.Limits;

public sealed class RequestLimitTests
{
    [Fact]
    public async Task LongQueryStringIsUriTooLongProblem()
    {
        using var factory = new ProbeFactory();
        var client = await factory.CreateReadyClientAsync();

        using var response = await client.GetAsync("/api/articles?q=" + new string('a', 3000));

        var problem = await response.ReadProblemAsync(HttpStatusCode.RequestUriTooLong);
        Assert.Contains("2048", problem.Str("detail"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task QueryStringAtTheLimitIsServed()
    {
        using var factory = new ProbeFactory(("RequestLimits:QueryStringLength", "40"));
        var client = await factory.CreateReadyClientAsync();

        using var atLimit = await client.GetAsync("/test-probe/read?x=" + new string('a', 38));
        using var over = await client.GetAsync("/test-probe/read?x=" + new string('a', 39));

        Assert.Equal(HttpStatusCode.OK, atLimit.StatusCode);
        await over.ReadProblemAsync(HttpStatusCode.RequestUriTooLong);
    }

    [Fact]
    public async Task OversizedHeadersAreRequestHeaderFieldsTooLargeProblem()
    {
        using var factory = new ProbeFactory();
        var client = await factory.CreateReadyClientAsync();
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/articles");
        for (var i = 0; i < 4; i++)
        {
            request.Headers.Add($"X-Padding-{i}", new string('p', 5000));
        }

        using var response = await client.SendAsync(request);

        await response.ReadProblemAsync(HttpStatusCode.RequestHeaderFieldsTooLarge);
    }

    [Fact]
    public async Task JsonBodyOver256KilobytesIsPayloadTooLargeProblem()
    {
        using var factory = new ProbeFactory();
        var client = (await factory.CreateReadyClientAsync()).WithApiKey(TestApiKeys.Editor);
        var json = "{\"a\":\"" + new string('x', 256 * 1024) + "\"}";

        using var response = await client.PostAsync("/test-probe/json", new StringContent(json, Encoding.UTF8, "application/json"));

        var problem = await response.ReadProblemAsync(HttpStatusCode.RequestEntityTooLarge);
        Assert.Contains("262144", problem.Str("detail"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task JsonBodyUnderTheLimitIsRead()
    {
        using var factory = new ProbeFactory();
        var client = (await factory.CreateReadyClientAsync()).WithApiKey(TestApiKeys.Editor);
        var json = "{\"a\":\"" + new string('x', 200 * 1024) + "\"}";

        using var response = await client.PostAsync("/test-probe/json", new StringContent(json, Encoding.UTF8, "application/json"));

        Assert.Equal(1, (await response.ReadJsonAsync()).Int("count"));
    }

    [Fact]
    public async Task MergePatchBodiesHaveTheJsonLimit()
    {
        using var factory = new ProbeFactory(("RequestLimits:JsonBodyBytes", "100"));
        var client = (await factory.CreateReadyClientAsync()).WithApiKey(TestApiKeys.Editor);

        using var response = await client.PostAsync("/test-probe/json",
            new StringContent("{\"a\":\"" + new string('x', 200) + "\"}", Encoding.UTF8, "application/merge-patch+json"));

        await response.ReadProblemAsync(HttpStatusCode.RequestEntityTooLarge);
    }

    [Fact]
    public async Task DocumentsMayBeUpToOneMegabyteButNoMore()
    {
        using var factory = new ProbeFactory();
        var client = await factory.CreateReadyClientAsync();
        var lead = "00:44 GMT16 January 2021\n\nA senior officer visited the capital to discuss closer ties.\n\n";

        using var under = await client.PostAsync("/api/articles/preview", JsonAssertions.PlainText(lead + new string('a', 600 * 1024)));
        using var over = await client.PostAsync("/api/articles/preview", JsonAssertions.PlainText(lead + new string('a', 1024 * 1024)));

        Assert.Equal(HttpStatusCode.OK, under.StatusCode);
        await over.ReadProblemAsync(HttpStatusCode.RequestEntityTooLarge);
    }
}
