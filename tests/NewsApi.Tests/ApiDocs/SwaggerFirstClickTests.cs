using System.Text.Json.Nodes;
using NewsApi.Tests.Infrastructure;

namespace NewsApi.Tests.ApiDocs;

/// <summary>
/// What Swagger UI sends on "Try it out" then "Execute" without a change: every parameter that has an example, filled with
/// it. On the repository's seeds every GET must then answer 2xx, and a list must list something, so that an integrator's
/// first click shows the API working. openapi/browser/swagger-ui.test.mjs clicks the same buttons in Chromium.
/// </summary>
public sealed class SwaggerFirstClickTests
{
    private static readonly string[] ExclusiveParameters = ["page", "cursor"];

    private static IEnumerable<(string Path, JsonNode Operation)> GetOperations(JsonNode document) =>
        document["paths"]!.AsObject()
            .Where(path => path.Value!["get"] is not null)
            .Select(path => (path.Key, path.Value!["get"]!));

    private static JsonNode? Example(JsonNode parameter) => parameter["example"] ?? parameter["schema"]?["example"];

    /// <summary>The request Swagger UI builds: path parameters substituted, query parameters repeated for arrays (form, explode).</summary>
    private static string FirstClickUrl(string path, JsonNode operation)
    {
        var query = new List<string>();
        foreach (var parameter in operation["parameters"]?.AsArray() ?? [])
        {
            var name = parameter.Str("name");
            var example = Example(parameter!);
            switch (parameter.Str("in"))
            {
                case "path":
                    Assert.True(example is not null, $"GET {path}: the path parameter '{name}' has no example, so Swagger UI cannot execute it");
                    path = path.Replace("{" + name + "}", Uri.EscapeDataString(Scalar(example!)), StringComparison.Ordinal);
                    break;
                case "query" when example is JsonArray values:
                    query.AddRange(values.Select(v => $"{name}={Uri.EscapeDataString(Scalar(v!))}"));
                    break;
                case "query" when example is not null:
                    query.Add($"{name}={Uri.EscapeDataString(Scalar(example))}");
                    break;
            }
        }
        return query.Count == 0 ? path : path + "?" + string.Join('&', query);
    }

    private static string Scalar(JsonNode value) =>
        value.GetValueKind() == System.Text.Json.JsonValueKind.String ? value.GetValue<string>() : value.ToJsonString();

    [Fact]
    public async Task NoOperationPrefillsBothPageAndCursor()
    {
        using var factory = TestArticles.EmptyFactory();
        var client = await factory.CreateReadyClientAsync();
        var document = await (await client.GetAsync("/swagger/v1/swagger.json")).ReadJsonAsync();

        Assert.All(document["paths"]!.AsObject().SelectMany(path => path.Value!.AsObject().Select(op => (Path: path.Key, Operation: op.Value!))), op =>
        {
            var prefilled = (op.Operation["parameters"]?.AsArray() ?? [])
                .Where(p => ExclusiveParameters.Contains(p!.Str("name")) && Example(p!) is not null)
                .Select(p => p!.Str("name"))
                .ToList();
            Assert.True(prefilled.Count < 2, $"{op.Path} pre-fills {string.Join(" and ", prefilled)}, which together are a 400");
        });
    }

    [Fact]
    public async Task EveryGetOperationAnswersSuccessWithItsExamplesOnTheSeeds()
    {
        using var factory = new NewsApiFactory();
        var client = await factory.CreateReadyClientAsync();
        var document = await (await client.GetAsync("/swagger/v1/swagger.json")).ReadJsonAsync();

        var failures = new List<string>();
        foreach (var (path, operation) in GetOperations(document))
        {
            var url = FirstClickUrl(path, operation);
            using var response = await client.GetAsync(url);
            var body = await response.Content.ReadAsStringAsync();
            if (!response.IsSuccessStatusCode)
            {
                failures.Add($"GET {url} answered {(int)response.StatusCode}: {body[..Math.Min(body.Length, 300)]}");
                continue;
            }
            // An example that matches nothing answers 200 with an empty list: a working API that looks broken.
            if (response.Content.Headers.ContentType?.MediaType == "application/json"
                && JsonNode.Parse(body) is JsonObject json && json["items"] is JsonArray { Count: 0 })
            {
                failures.Add($"GET {url} listed nothing: its examples match nothing in the seeds");
            }
        }
        Assert.True(failures.Count == 0, string.Join(Environment.NewLine, failures));
    }
}
