using NewsApi.Tests.Infrastructure;

namespace NewsApi.Tests.Auth;

public sealed class SwaggerSecurityTests
{
    [Fact]
    public async Task ApiKeySchemeIsDeclaredAndOnlyAuthorizedOperationsRequireIt()
    {
        using var factory = new ProbeFactory();
        var client = await factory.CreateReadyClientAsync();

        var document = await (await client.GetAsync("/swagger/v1/swagger.json")).ReadJsonAsync();

        var scheme = document["components"]!["securitySchemes"]!["ApiKey"]!;
        Assert.Equal("apiKey", scheme.Str("type"));
        Assert.Equal("header", scheme.Str("in"));
        Assert.Equal("X-Api-Key", scheme.Str("name"));
        Assert.Null(document["security"]);

        var write = document["paths"]!["/test-probe/editor"]!["post"]!;
        Assert.NotNull(write["security"]![0]!["ApiKey"]);
        Assert.NotNull(write["responses"]!["401"]!["content"]!["application/problem+json"]);
        Assert.NotNull(write["responses"]!["403"]!["content"]!["application/problem+json"]);

        var read = document["paths"]!["/api/articles"]!["get"]!;
        Assert.Null(read["security"]);
        Assert.Null(read["responses"]!["401"]);
    }
}
