using System.Text.Json.Nodes;
using NewsApi.Tests.Infrastructure;

namespace NewsApi.Tests.ApiDocs;

public sealed class OperationIdTests
{
    private static async Task<JsonNode> DocumentAsync(NewsApiFactory factory)
    {
        var client = await factory.CreateReadyClientAsync();
        return await (await client.GetAsync("/swagger/v1/swagger.json")).ReadJsonAsync();
    }

    private static IEnumerable<(string Path, string Method, JsonNode Operation)> Operations(JsonNode document) =>
        document["paths"]!.AsObject().SelectMany(path => path.Value!.AsObject()
            .Where(entry => entry.Key is "get" or "post" or "put" or "delete" or "patch")
            .Select(entry => (path.Key, entry.Key, entry.Value!)));

    [Fact]
    public async Task EveryOperationHasAUniqueOperationIdAndATag()
    {
        using var factory = TestArticles.EmptyFactory();
        var operations = Operations(await DocumentAsync(factory)).ToList();

        Assert.NotEmpty(operations);
        var ids = operations.Select(op => op.Operation["operationId"]?.GetValue<string>()).ToList();
        Assert.All(operations, op =>
        {
            Assert.False(string.IsNullOrWhiteSpace(op.Operation["operationId"]?.GetValue<string>()), $"{op.Method} {op.Path} has no operationId");
            Assert.NotEmpty(op.Operation["tags"]!.AsArray());
        });
        Assert.Equal(ids.Count, ids.Distinct(StringComparer.Ordinal).Count());
    }

    [Fact]
    public async Task OperationIdsNameControllerAndAction()
    {
        using var factory = TestArticles.EmptyFactory();
        var document = await DocumentAsync(factory);

        Assert.Equal("Articles_List", document["paths"]!["/api/articles"]!["get"]!["operationId"]!.GetValue<string>());
        Assert.Equal("Articles_Get", document["paths"]!["/api/articles/{idOrSlug}"]!["get"]!["operationId"]!.GetValue<string>());
        Assert.Equal("Articles_Preview", document["paths"]!["/api/articles/preview"]!["post"]!["operationId"]!.GetValue<string>());
    }

    [Fact]
    public async Task EveryParameterHasItsLimits()
    {
        using var factory = TestArticles.EmptyFactory();
        var document = await DocumentAsync(factory);

        var schemas = Operations(document)
            .SelectMany(op => op.Operation["parameters"]?.AsArray() ?? [])
            .Select(parameter => (Name: parameter!["name"]!.GetValue<string>(), Schema: parameter["schema"]!))
            .ToList();
        Assert.NotEmpty(schemas);
        Assert.All(schemas, p => AssertBounded(p.Name, p.Schema));
    }

    [Fact]
    public async Task EverySuccessAndClientErrorResponseDocumentsTheRateLimitHeaders()
    {
        using var factory = TestArticles.EmptyFactory();
        var document = await DocumentAsync(factory);

        var responses = Operations(document)
            .SelectMany(op => op.Operation["responses"]!.AsObject().Where(r => r.Key[0] is '2' or '4')
                .Select(r => (Where: $"{op.Method} {op.Path} {r.Key}", Response: r.Value!)))
            .ToList();
        Assert.NotEmpty(responses);
        Assert.All(responses, r =>
        {
            Assert.True(r.Response["headers"]?["RateLimit"] is not null, $"{r.Where} has no RateLimit header");
            Assert.True(r.Response["headers"]?["RateLimit-Policy"] is not null, $"{r.Where} has no RateLimit-Policy header");
        });
    }

    [Fact]
    public async Task DocumentedRateLimitHeadersAreReallySent()
    {
        using var factory = TestArticles.EmptyFactory();
        var client = await factory.CreateReadyClientAsync();

        var response = await client.GetAsync("/api/tags");

        Assert.True(response.Headers.Contains("RateLimit"));
        Assert.True(response.Headers.Contains("RateLimit-Policy"));
    }

    private static void AssertBounded(string name, JsonNode schema)
    {
        switch (schema["type"]?.GetValue<string>())
        {
            case "string":
                Assert.True(schema["maxLength"] is not null || schema["enum"] is not null, $"string parameter {name} has no maxLength or enum");
                break;
            case "integer":
                Assert.True(schema["minimum"] is not null && schema["maximum"] is not null, $"integer parameter {name} has no minimum and maximum");
                break;
            case "array":
                Assert.NotNull(schema["maxItems"]);
                AssertBounded(name, schema["items"]!);
                break;
        }
    }
}
