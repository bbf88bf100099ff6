using System.Net;
using NewsApi.Infrastructure.Auth;
using NewsApi.Tests.Infrastructure;

namespace NewsApi.Tests.Auth;

public sealed class ApiKeyAuthenticationTests
{
    [Fact]
    public async Task PostWithoutApiKeyIsUnauthorizedProblem()
    {
        using var factory = new ProbeFactory();
        var client = await factory.CreateReadyClientAsync();

        using var response = await client.PostAsync("/test-probe/editor", null);

        var problem = await response.ReadProblemAsync(HttpStatusCode.Unauthorized);
        Assert.StartsWith("ApiKey", response.Headers.WwwAuthenticate.ToString(), StringComparison.Ordinal);
        Assert.Contains("X-Api-Key", problem.Str("detail"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task PostWithUnknownApiKeyIsUnauthorizedProblem()
    {
        using var factory = new ProbeFactory();
        var client = (await factory.CreateReadyClientAsync()).WithApiKey(TestApiKeys.Unknown);

        using var response = await client.PostAsync("/test-probe/editor", null);

        var problem = await response.ReadProblemAsync(HttpStatusCode.Unauthorized);
        Assert.StartsWith("ApiKey", response.Headers.WwwAuthenticate.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain(TestApiKeys.Unknown, problem.ToJsonString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(TestApiKeys.Editor, TestApiKeys.EditorName)]
    [InlineData(TestApiKeys.Admin, TestApiKeys.AdminName)]
    public async Task EditorAndAdminKeysMayEdit(string key, string name)
    {
        using var factory = new ProbeFactory();
        var client = (await factory.CreateReadyClientAsync()).WithApiKey(key);

        using var response = await client.PostAsync("/test-probe/editor", null);

        Assert.Equal(name, (await response.ReadJsonAsync()).Str("name"));
    }

    [Fact]
    public async Task EditorKeyMayNotDeleteForbiddenProblem()
    {
        using var factory = new ProbeFactory();
        var client = (await factory.CreateReadyClientAsync()).WithApiKey(TestApiKeys.Editor);

        using var response = await client.DeleteAsync("/test-probe/admin");

        var problem = await response.ReadProblemAsync(HttpStatusCode.Forbidden);
        Assert.Contains("admin", problem.Str("detail"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AdminKeyMayDelete()
    {
        using var factory = new ProbeFactory();
        var client = (await factory.CreateReadyClientAsync()).WithApiKey(TestApiKeys.Admin);

        using var response = await client.DeleteAsync("/test-probe/admin");

        Assert.Equal(TestApiKeys.AdminName, (await response.ReadJsonAsync()).Str("name"));
    }

    [Fact]
    public async Task KeyDiffersOnlyInCaseOrWhitespaceIsUnauthorized()
    {
        using var factory = new ProbeFactory();
        var client = await factory.CreateReadyClientAsync();

        foreach (var key in new[] { TestApiKeys.Editor.ToUpperInvariant(), TestApiKeys.Editor + " x", TestApiKeys.Editor[..^1], new string('k', 600) })
        {
            using var response = await client.WithApiKey(key).PostAsync("/test-probe/editor", null);
            await response.ReadProblemAsync(HttpStatusCode.Unauthorized);
        }
    }

    [Fact]
    public async Task ReadsNeedNoKeyAndAWrongKeyDoesNotBlockThem()
    {
        using var factory = new ProbeFactory();
        var client = await factory.CreateReadyClientAsync();

        using var anonymous = await client.GetAsync("/api/articles");
        using var wrongKey = await client.WithApiKey(TestApiKeys.Unknown).GetAsync("/api/articles");

        Assert.Equal(HttpStatusCode.OK, anonymous.StatusCode);
        Assert.Equal(HttpStatusCode.OK, wrongKey.StatusCode);
    }

    [Fact]
    public async Task NoLogLineContainsAKey()
    {
        using var factory = new ProbeFactory();
        var client = await factory.CreateReadyClientAsync();

        foreach (var key in new[] { TestApiKeys.Editor, TestApiKeys.Admin, TestApiKeys.Unknown })
        {
            using var post = await client.WithApiKey(key).PostAsync("/test-probe/editor", null);
            using var delete = await client.DeleteAsync("/test-probe/admin");
        }

        Assert.NotEmpty(factory.LogLines);
        Assert.Contains(factory.LogLines, line => line.Contains("ApiKey", StringComparison.Ordinal));
        foreach (var key in new[] { TestApiKeys.Editor, TestApiKeys.Admin, TestApiKeys.Unknown })
        {
            // Any eight consecutive characters would be a partial leak.
            var fragments = Enumerable.Range(0, key.Length - 7).Select(i => key.Substring(i, 8)).ToList();
            Assert.DoesNotContain(factory.LogLines, line => fragments.Any(f => line.Contains(f, StringComparison.Ordinal)));
        }
    }

    [Fact]
    public void ProductionRefusesToStartWithTheDevelopmentKey()
    {
        using var factory = new ProbeFactory(
            ("ApiKeys:Keys:5:Name", "copied-from-development"),
            ("ApiKeys:Keys:5:Sha256", ApiKeyOptions.HashHex("dev-admin-key-change-me")),
            ("ApiKeys:Keys:5:Role", ApiKeyRoles.Admin)) { Environment = "Production" };

        var exception = Record.Exception(() => factory.CreateClient());

        Assert.NotNull(exception);
        var messages = string.Join(" | ", Flatten(exception).Select(e => e.Message));
        Assert.Contains("published development key", messages, StringComparison.Ordinal);
        Assert.Contains("copied-from-development", messages, StringComparison.Ordinal);
    }

    [Fact]
    public async Task DevelopmentStartsWithTheDevelopmentKeysAndTheyWork()
    {
        using var factory = new ProbeFactory { Environment = "Development" };
        var client = (await factory.CreateReadyClientAsync()).WithApiKey("dev-admin-key-change-me");

        using var response = await client.DeleteAsync("/test-probe/admin");

        Assert.Equal("dev-admin", (await response.ReadJsonAsync()).Str("name"));
    }

    [Fact]
    public void MalformedKeyConfigurationStopsStartup()
    {
        using var factory = new ProbeFactory(
            ("ApiKeys:Keys:5:Name", "broken"),
            ("ApiKeys:Keys:5:Sha256", "not-hex"),
            ("ApiKeys:Keys:5:Role", "superuser"));

        var exception = Record.Exception(() => factory.CreateClient());

        var messages = string.Join(" | ", Flatten(exception!).Select(e => e.Message));
        Assert.Contains("Sha256", messages, StringComparison.Ordinal);
        Assert.Contains("Role", messages, StringComparison.Ordinal);
    }

    private static IEnumerable<Exception> Flatten(Exception exception)
    {
        yield return exception;
        if (exception is AggregateException aggregate)
        {
            foreach (var inner in aggregate.InnerExceptions.SelectMany(Flatten))
            {
                yield return inner;
            }
        }
        else if (exception.InnerException is not null)
        {
            foreach (var inner in Flatten(exception.InnerException))
            {
                yield return inner;
            }
        }
    }
}
