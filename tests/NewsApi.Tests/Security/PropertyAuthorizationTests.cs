using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using NewsApi.Tests.Infrastructure;
using static NewsApi.Tests.Infrastructure.TestArticles;

namespace NewsApi.Tests.Security;

/// <summary>
/// OWASP API3:2023 (Broken Object Property Level Authorization): a client may not set what the server owns (mass
/// assignment) on any JSON write body, top level or nested, and a refused write changes nothing.
/// </summary>
public sealed class PropertyAuthorizationTests(PropertyAuthorizationTests.Fixture fixture) : IClassFixture<PropertyAuthorizationTests.Fixture>
{
    /// <summary>Properties the server owns, with a value of a plausible type for each.</summary>
    public static readonly IReadOnlyDictionary<string, JsonNode> ServerOwned = new Dictionary<string, JsonNode>
    {
        ["id"] = 999,
        ["slug"] = "hijacked-slug",
        ["createdAt"] = "2001-01-01T00:00:00Z",
        ["updatedAt"] = "2001-01-01T00:00:00Z",
        ["version"] = 1,
        ["rowVersion"] = 1,
        ["contentHash"] = new string('0', 64),
        ["articleCount"] = 0,
        ["wordCount"] = 0,
        ["quoteCount"] = 0,
        ["sequence"] = 1,
    };

    public sealed class Fixture : IAsyncLifetime
    {
        public NewsApiFactory Factory { get; } = EmptyFactory();

        public HttpClient Client { get; private set; } = null!;

        public IReadOnlyList<WriteOperation> Writes { get; private set; } = [];

        public async Task InitializeAsync()
        {
            Client = (await Factory.CreateReadyClientAsync()).WithApiKey(TestApiKeys.Admin);
            Writes = await SecurityChecks.WriteOperationsAsync(Client);
        }

        public Task DisposeAsync()
        {
            Factory.Dispose();
            return Task.CompletedTask;
        }
    }

    /// <summary>A valid body for each resource's create and replace; a write on a resource missing here fails the test until it is added.</summary>
    /// <summary>A batch ingest line: one raw document, which server-owned properties may not ride along with either.</summary>
    private static JsonObject ValidBatchLine(string unique) =>
        new() { ["sourceName"] = "tides-" + unique + ".txt", ["text"] = "Tide tables " + unique + "\n\nHarbour pilots read the tide tables " + unique + "." };

    private static JsonObject ValidBody(string resource, string unique) => resource switch
    {
        "articles" => new JsonObject { ["headline"] = "Tide tables " + unique, ["body"] = new JsonArray("Harbour pilots read the tide tables " + unique + ".") },
        "people" => new JsonObject { ["name"] = "Ada Quill " + unique },
        "organizations" => new JsonObject { ["name"] = "Harbour Board " + unique },
        "tags" => new JsonObject { ["name"] = "Tides " + unique },
        _ => throw new Xunit.Sdk.XunitException($"No valid body known for /api/{resource}: add one so that its writes are tested for mass assignment."),
    };

    private static string Unique() => Guid.NewGuid().ToString("N")[..8];

    private static string ResourceOf(WriteOperation write) => write.Path.Split('/')[2];

    private IEnumerable<WriteOperation> JsonWrites =>
        fixture.Writes.Where(w => w.ContentType is not null && w.ContentType.Contains("json", StringComparison.Ordinal));

    [Fact]
    public async Task Api3EveryJsonWriteRefusesEveryServerOwnedPropertyAndChangesNothing()
    {
        Assert.True(JsonWrites.Count() >= 12, $"only {JsonWrites.Count()} JSON write operations in the OpenAPI document");
        foreach (var write in JsonWrites)
        {
            var resource = ResourceOf(write);
            var target = await CreateAsync(resource);
            var other = write.Path.EndsWith("/merge", StringComparison.Ordinal) ? await CreateAsync(resource) : null;
            var countBefore = await CountAsync(resource);
            foreach (var (property, value) in ServerOwned)
            {
                var body = write.Method == "patch" ? new JsonObject()
                    : other is not null ? new JsonObject { ["into"] = other }
                    : write.Path.EndsWith("/ingest/batch", StringComparison.Ordinal) ? ValidBatchLine(Unique())
                    : ValidBody(resource, Unique());
                body[property] = value.DeepClone();
                var etag = await ETagAsync(resource, target);

                using var response = await SendAsync(write, target, body, etag);

                var problem = await response.ReadValidationProblemAsync(property);
                Assert.True(await ETagAsync(resource, target) == etag, $"{write.Name} with '{property}' changed the {resource} it was refused for");
                Assert.DoesNotContain("hijacked", problem.ToJsonString(), StringComparison.Ordinal);
            }
            Assert.Equal(countBefore, await CountAsync(resource));
            if (other is not null)
            {
                using var survivor = await fixture.Client.GetAsync($"/api/{resource}/{target}");
                Assert.Equal(HttpStatusCode.OK, survivor.StatusCode);
            }
        }
    }

    [Theory]
    [InlineData("people", "id")]
    [InlineData("images", "id")]
    [InlineData("quotes", "id")]
    [InlineData("people", "createdAt")]
    [InlineData("quotes", "articleId")]
    [InlineData("images", "articleId")]
    public async Task Api3NestedArticleItemsRefuseServerOwnedProperties(string list, string property)
    {
        var person = await CreateAsync("people");
        JsonObject item = list switch
        {
            "people" => new JsonObject { ["slug"] = person },
            "images" => new JsonObject { ["caption"] = "Pilots at the quay" },
            _ => new JsonObject { ["text"] = "The tides will not wait", ["speaker"] = person },
        };
        item[property] = property == "createdAt" ? "2001-01-01T00:00:00Z" : 3;
        var body = ValidBody("articles", Unique());
        body[list] = new JsonArray(item);
        var before = await CountAsync("articles");

        using var response = await SendAsync(new WriteOperation("post", "/api/articles", "application/json", true), "", body, null);

        await response.ReadValidationProblemAsync($"{list}[0].{property}");
        Assert.Equal(before, await CountAsync("articles"));
    }

    [Fact]
    public async Task Api3NoWriteBodyInTheOpenApiDocumentOffersAServerOwnedProperty()
    {
        using var response = await fixture.Client.GetAsync("/swagger/v1/swagger.json");
        var document = await response.ReadJsonAsync();
        var schemas = document["components"]!["schemas"]!.AsObject();
        var offending = new List<string>();
        foreach (var (path, item) in document["paths"]!.AsObject())
        {
            foreach (var (method, operation) in item!.AsObject())
            {
                foreach (var (mediaType, content) in operation!["requestBody"]?["content"]?.AsObject() ?? [])
                {
                    var seen = new HashSet<string>(StringComparer.Ordinal);
                    Walk(content!["schema"], topLevel: true, $"{method} {path} ({mediaType})");

                    void Walk(JsonNode? schema, bool topLevel, string where)
                    {
                        if (schema is null)
                        {
                            return;
                        }
                        if (schema["$ref"]?.GetValue<string>() is { } reference)
                        {
                            var name = reference.Split('/')[^1];
                            if (seen.Add(name))
                            {
                                Walk(schemas[name], topLevel, where + " → " + name);
                            }
                            return;
                        }
                        foreach (var (property, child) in schema["properties"]?.AsObject() ?? [])
                        {
                            // Nested items name other resources by slug (people[0].slug); only the written resource's own slug is the server's.
                            if (ServerOwned.ContainsKey(property) && (topLevel || property != "slug"))
                            {
                                offending.Add($"{where}: {property}");
                            }
                            Walk(child, topLevel: false, where);
                        }
                        Walk(schema["items"], topLevel: false, where);
                        foreach (var part in (schema["allOf"] ?? schema["oneOf"] ?? schema["anyOf"])?.AsArray() ?? [])
                        {
                            Walk(part, topLevel, where);
                        }
                    }
                }
            }
        }

        Assert.Empty(offending);
    }

    private async Task<HttpResponseMessage> SendAsync(WriteOperation write, string target, JsonObject body, string? etag)
    {
        using var request = new HttpRequestMessage(new HttpMethod(write.Method.ToUpperInvariant()), write.Url(target))
        {
            Content = new StringContent(body.ToJsonString(), Encoding.UTF8, new MediaTypeHeaderValue(write.ContentType!)),
        };
        if (etag is not null)
        {
            request.Headers.IfMatch.Add(EntityTagHeaderValue.Parse(etag));
        }
        return await fixture.Client.SendAsync(request);
    }

    private async Task<string> CreateAsync(string resource)
    {
        using var response = await fixture.Client.PostAsJsonAsync($"/api/{resource}", ValidBody(resource, Unique()));
        return (await response.ReadJsonAsync(HttpStatusCode.Created)).Str("slug");
    }

    private async Task<string> ETagAsync(string resource, string slug)
    {
        using var response = await fixture.Client.GetAsync($"/api/{resource}/{slug}");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return response.Headers.ETag!.ToString();
    }

    private async Task<int> CountAsync(string resource)
    {
        using var response = await fixture.Client.GetAsync($"/api/{resource}?pageSize=1");
        return (await response.ReadJsonAsync()).Int("totalItems");
    }
}
