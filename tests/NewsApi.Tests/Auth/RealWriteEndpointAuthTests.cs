using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using NewsApi.Tests.Infrastructure;

namespace NewsApi.Tests.Auth;

/// <summary>The same rules on the real write endpoints, not only on the probe.</summary>
public sealed class RealWriteEndpointAuthTests
{
    [Fact]
    public async Task CreatingATagNeedsAKeyAndEditorSuffices()
    {
        using var factory = new ProbeFactory();
        var client = await factory.CreateReadyClientAsync();

        using var anonymous = await client.PostAsJsonAsync("/api/tags", new { name = "Harbour works" });
        using var unknown = await client.WithApiKey(TestApiKeys.Unknown).PostAsJsonAsync("/api/tags", new { name = "Harbour works" });
        using var editor = await client.WithApiKey(TestApiKeys.Editor).PostAsJsonAsync("/api/tags", new { name = "Harbour works" });

        await anonymous.ReadProblemAsync(HttpStatusCode.Unauthorized);
        await unknown.ReadProblemAsync(HttpStatusCode.Unauthorized);
        Assert.Equal(HttpStatusCode.Created, editor.StatusCode);
    }

    [Fact]
    public async Task DeletingATagIsForbiddenToEditorsAndAllowedToAdmins()
    {
        using var factory = new ProbeFactory();
        var client = (await factory.CreateReadyClientAsync()).WithApiKey(TestApiKeys.Editor);
        using var created = await client.PostAsJsonAsync("/api/tags", new { name = "Tide tables" });
        var slug = (await created.ReadJsonAsync(HttpStatusCode.Created)).Str("slug");
        using var get = await client.GetAsync($"/api/tags/{slug}");
        var etag = get.Headers.ETag!.ToString();

        using var byEditor = new HttpRequestMessage(HttpMethod.Delete, $"/api/tags/{slug}") { Headers = { { "If-Match", etag } } };
        using var editorResponse = await client.SendAsync(byEditor);
        using var byAdmin = new HttpRequestMessage(HttpMethod.Delete, $"/api/tags/{slug}") { Headers = { { "If-Match", etag } } };
        using var adminResponse = await client.WithApiKey(TestApiKeys.Admin).SendAsync(byAdmin);

        await editorResponse.ReadProblemAsync(HttpStatusCode.Forbidden);
        Assert.True(adminResponse.IsSuccessStatusCode, $"admin delete answered {(int)adminResponse.StatusCode}");
    }

    [Fact]
    public async Task EveryWriteOperationDocumentsTheKeyAnd401And403AndNoReadDoes()
    {
        using var factory = TestArticles.EmptyFactory();
        var client = await factory.CreateReadyClientAsync();

        var document = await (await client.GetAsync("/swagger/v1/swagger.json")).ReadJsonAsync();

        var operations = document["paths"]!.AsObject()
            .SelectMany(path => path.Value!.AsObject().Select(op => (Path: path.Key, Method: op.Key, Operation: op.Value!)))
            .Where(op => op.Method is "get" or "post" or "put" or "patch" or "delete")
            .ToList();
        var writes = operations.Where(op => op.Method != "get" && op.Path != "/api/articles/preview").ToList();
        Assert.NotEmpty(writes);
        Assert.All(writes, op =>
        {
            Assert.True(op.Operation["security"] is JsonArray { Count: > 0 }, $"{op.Method} {op.Path} shows no security requirement");
            Assert.NotNull(op.Operation["responses"]!["401"]);
            Assert.NotNull(op.Operation["responses"]!["403"]);
        });
        Assert.All(operations.Where(op => op.Method == "get"), op => Assert.Null(op.Operation["security"]));
    }
}
