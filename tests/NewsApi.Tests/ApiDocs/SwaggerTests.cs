using System.Net;
using System.Text.Json.Nodes;
using NewsApi.Tests.Infrastructure;

namespace NewsApi.Tests.ApiDocs;

public sealed class SwaggerTests
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
    public async Task SwaggerDocumentListsEveryEndpoint()
    {
        using var factory = TestArticles.EmptyFactory();
        var document = await DocumentAsync(factory);

        var paths = document["paths"]!.AsObject().Select(p => p.Key).ToHashSet();
        string[] expected =
        [
            "/api/articles", "/api/articles/{idOrSlug}", "/api/articles/preview",
            "/api/people", "/api/people/{idOrSlug}", "/api/people/{idOrSlug}/articles", "/api/people/{idOrSlug}/quotes",
            "/api/organizations", "/api/organizations/{idOrSlug}", "/api/organizations/{idOrSlug}/articles", "/api/organizations/{idOrSlug}/people",
            "/api/tags", "/api/tags/{idOrSlug}", "/api/tags/{idOrSlug}/articles",
        ];
        Assert.All(expected, path => Assert.Contains(path, paths));
    }

    [Fact]
    public async Task EveryOperationHasSummaryDescriptionAndProblemResponses()
    {
        using var factory = TestArticles.EmptyFactory();
        var document = await DocumentAsync(factory);

        var operations = Operations(document).ToList();
        Assert.NotEmpty(operations);
        Assert.All(operations, op =>
        {
            Assert.False(string.IsNullOrWhiteSpace(op.Operation["summary"]?.GetValue<string>()), $"{op.Method} {op.Path} has no summary");
            Assert.False(string.IsNullOrWhiteSpace(op.Operation["description"]?.GetValue<string>()), $"{op.Method} {op.Path} has no description");
            var responses = op.Operation["responses"]!.AsObject();
            Assert.True(responses.Any(r => r.Key.StartsWith('2')), $"{op.Method} {op.Path} documents no success response");
            Assert.True(responses.ContainsKey("400"), $"{op.Method} {op.Path} documents no 400");
            Assert.NotNull(responses["400"]!["content"]?["application/problem+json"]);
        });
    }

    [Fact]
    public async Task ListParametersDocumentTheirLimits()
    {
        using var factory = TestArticles.EmptyFactory();
        var document = await DocumentAsync(factory);

        var parameters = document["paths"]!["/api/articles"]!["get"]!["parameters"]!.AsArray();
        JsonNode Schema(string name) => parameters.Single(p => p!["name"]!.GetValue<string>() == name)!["schema"]!;

        Assert.Equal(1, Schema("page")["minimum"]!.GetValue<int>());
        Assert.Equal(1, Schema("pageSize")["minimum"]!.GetValue<int>());
        Assert.Equal(100, Schema("pageSize")["maximum"]!.GetValue<int>());
        var sort = Schema("sort");
        var sortEnum = (sort["enum"] ?? ResolveRef(document, sort)["enum"])!.AsArray().Select(v => v!.GetValue<string>());
        Assert.Equal(["newest", "oldest", "relevance"], sortEnum);
        Assert.Equal("^[a-z0-9-]+$", Schema("tag")["items"]!["pattern"]!.GetValue<string>());
        Assert.Equal(100, Schema("tag")["items"]!["maxLength"]!.GetValue<int>());
        Assert.DoesNotContain(parameters, p => p!["name"]!.GetValue<string>() is "Skip" or "skip");
        Assert.Contains("idOrSlug", document["paths"]!["/api/articles/{idOrSlug}"]!["get"]!["parameters"]!.ToJsonString(), StringComparison.Ordinal);
        Assert.Contains("\"pattern\"", document["paths"]!["/api/articles/{idOrSlug}"]!["get"]!["parameters"]!.ToJsonString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ResponseSchemasCarryExamples()
    {
        using var factory = TestArticles.EmptyFactory();
        var document = await DocumentAsync(factory);

        var summary = document["components"]!["schemas"]!["ArticleSummary"]!["properties"]!;

        Assert.Equal("2021-01-16T00:44:00Z", summary["publishedAt"]!["example"]!.GetValue<string>());
        Assert.NotNull(summary["headline"]!["example"]);
    }

    [Fact]
    public async Task PreviewOperationDocumentsPlainTextBody()
    {
        using var factory = TestArticles.EmptyFactory();
        var document = await DocumentAsync(factory);

        var preview = document["paths"]!["/api/articles/preview"]!["post"]!;

        Assert.NotNull(preview["requestBody"]!["content"]!["text/plain"]);
        Assert.NotNull(preview["responses"]!["413"]);
        Assert.NotNull(preview["responses"]!["415"]);
    }

    [Fact]
    public async Task SwaggerUiIsServed()
    {
        using var factory = TestArticles.EmptyFactory();
        var client = await factory.CreateReadyClientAsync();

        using var response = await client.GetAsync("/swagger/index.html");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("swagger", await response.Content.ReadAsStringAsync(), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task RootRedirectsToSwagger()
    {
        using var factory = TestArticles.EmptyFactory();
        var client = await factory.CreateReadyClientAsync();

        using var response = await client.GetAsync("/");

        Assert.True(response.StatusCode is HttpStatusCode.Redirect or HttpStatusCode.MovedPermanently or HttpStatusCode.Found);
        Assert.Equal("/swagger", response.Headers.Location?.OriginalString);
    }

    private static JsonNode ResolveRef(JsonNode document, JsonNode schema)
    {
        var reference = schema["$ref"]?.GetValue<string>() ?? schema["allOf"]?[0]?["$ref"]?.GetValue<string>()
            ?? throw new Xunit.Sdk.XunitException($"No enum or $ref in {schema.ToJsonString()}");
        return document["components"]!["schemas"]![reference.Split('/').Last()]!;
    }

    [Fact]
    public async Task TagsGroupByResourceAndDescribeItWithoutClassNames()
    {
        using var factory = TestArticles.EmptyFactory();
        var document = await DocumentAsync(factory);

        var tags = document["tags"]!.AsArray().Select(t => (Name: t.Str("name"), Description: t!["description"]?.GetValue<string>())).ToList();
        Assert.Equal(["Articles", "People", "Organizations", "Tags", "Quotes", "Search", "Feeds", "Changes"], tags.Select(t => t.Name));
        Assert.All(tags, t => Assert.False(string.IsNullOrWhiteSpace(t.Description), $"{t.Name} has no description"));
        Assert.All(tags, t => Assert.DoesNotMatch(@"NewsApi\.|Controller|Service\b", t.Description!));
        var operationTags = Operations(document).SelectMany(op => op.Operation["tags"]!.AsArray().Select(t => t!.GetValue<string>())).ToHashSet();
        Assert.Equal(tags.Select(t => t.Name).ToHashSet(), operationTags);
        Assert.Equal("Articles", Operations(document).Single(op => op.Path == "/api/articles/{idOrSlug}/related").Operation["tags"]![0]!.GetValue<string>());
        Assert.Equal("Articles", Operations(document).Single(op => op.Path == "/api/articles/ingest").Operation["tags"]![0]!.GetValue<string>());
    }

    [Fact]
    public async Task EveryOperationDocumentsTheRateLimitAndServerFailureAnswers()
    {
        using var factory = TestArticles.EmptyFactory();
        var document = await DocumentAsync(factory);

        Assert.Equal("/", document["servers"]![0]!.Str("url"));
        Assert.All(Operations(document), op =>
        {
            var responses = op.Operation["responses"]!;
            Assert.NotNull(responses["429"]?["content"]?["application/problem+json"]);
            Assert.NotNull(responses["429"]!["headers"]?["Retry-After"]);
            Assert.NotNull(responses["500"]?["content"]?["application/problem+json"]);
        });
    }
}
