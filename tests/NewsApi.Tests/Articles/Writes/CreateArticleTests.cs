using System.Net;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using NewsApi.Data;
using NewsApi.Tests.Infrastructure;
using static NewsApi.Tests.Articles.Writes.ArticleWrites;

namespace NewsApi.Tests.Articles.Writes;

public sealed class CreateArticleTests(WritesFactory factory) : IClassFixture<WritesFactory>
{
    [Fact]
    public async Task PostCreatesAnArticleWithLocationAndETag()
    {
        var client = await factory.CreateReadyClientAsync();
        var (person, _, organization) = await factory.StorePeopleAsync("Create");
        var body = NewArticle("Ministers agree on a rail link", b =>
        {
            b["people"] = new JsonArray(new JsonObject { ["slug"] = person, ["title"] = "transport minister", ["roles"] = new JsonArray("byline") });
            b["organizations"] = new JsonArray(organization);
            b["quotes"] = new JsonArray(new JsonObject { ["text"] = "This line changes everything", ["speaker"] = person });
        });

        using var response = await client.SendAsync(Write(HttpMethod.Post, "/api/articles", Json(body)));
        var created = await response.ReadJsonAsync(HttpStatusCode.Created);

        Assert.Equal($"http://localhost/api/articles/{created.Str("slug")}", response.Headers.Location!.OriginalString);
        Assert.Equal("ministers-agree-on-a-rail-link", created.Str("slug"));
        Assert.Equal("Ministers agree on a rail link: the first paragraph, which is the lead.", created["body"]![0]!.GetValue<string>());
        Assert.Null(created["lead"]);
        Assert.Equal(["rail-transport"], created["tags"].Strings("slug"));
        Assert.Equal("Rail Transport", created["tags"]![0]!.Str("name"));
        Assert.Equal([organization], created["organizations"].Strings("slug"));
        var linked = created["people"]![0]!;
        Assert.Equal(person, linked.Str("slug"));
        Assert.Equal("transport minister", linked.Str("title"));
        Assert.Equal(["byline", "quoted"], linked["roles"].Strings().Order(StringComparer.Ordinal));
        Assert.Equal(person, created["quotes"]![0]!["speaker"]!.Str("slug"));
        Assert.Equal(64, created["provenance"].Str("contentHash").Length);

        var (fetched, etag) = await client.GetArticleAsync(created.Str("slug"));
        Assert.Equal(etag, response.Headers.ETag!.Tag);
        Assert.True(JsonNode.DeepEquals(created, fetched));
    }

    [Fact]
    public async Task PostWithoutPublishedAtIsPublishedWhenCreatedAndListedAmongTheNewest()
    {
        var client = await factory.CreateReadyClientAsync();
        var before = DateTimeOffset.UtcNow.AddSeconds(-1);
        var headline = "Undated wire note " + Guid.NewGuid().ToString("N")[..8];

        using var response = await client.SendAsync(Write(HttpMethod.Post, "/api/articles", Json(NewArticle(headline, b => b.Remove("publishedAt")))));
        var created = await response.ReadJsonAsync(HttpStatusCode.Created);

        var publishedAt = DateTimeOffset.Parse(created.Str("publishedAt"), System.Globalization.CultureInfo.InvariantCulture);
        Assert.InRange(publishedAt, before, DateTimeOffset.UtcNow.AddSeconds(1));
        var newest = await (await client.GetAsync("/api/articles?pageSize=1")).ReadJsonAsync();
        Assert.Equal(headline, newest["items"]![0]!.Str("headline"));
    }

    [Fact]
    public async Task PostWithoutApiKeyIsUnauthorized()
    {
        var client = await factory.CreateReadyClientAsync();

        using var response = await client.SendAsync(Write(HttpMethod.Post, "/api/articles", Json(NewArticle("No key story")), key: null));

        await response.ReadProblemAsync(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task PostWithAnUnknownKeyIsUnauthorized()
    {
        var client = await factory.CreateReadyClientAsync();

        using var response = await client.SendAsync(Write(HttpMethod.Post, "/api/articles", Json(NewArticle("Wrong key story")), key: TestApiKeys.Unknown));

        await response.ReadProblemAsync(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task AnAdminMayCreateToo()
    {
        var client = await factory.CreateReadyClientAsync();

        using var response = await client.SendAsync(Write(HttpMethod.Post, "/api/articles", Json(NewArticle("Admin-made story")), key: TestApiKeys.Admin));

        await response.ReadJsonAsync(HttpStatusCode.Created);
    }

    [Theory]
    [InlineData("id", "7")]
    [InlineData("slug", "\"my-own-slug\"")]
    [InlineData("createdAt", "\"2020-01-01T00:00:00Z\"")]
    [InlineData("updatedAt", "\"2020-01-01T00:00:00Z\"")]
    [InlineData("contentHash", "\"0000000000000000000000000000000000000000000000000000000000000000\"")]
    [InlineData("version", "\"00000000-0000-0000-0000-000000000000\"")]
    [InlineData("wordCount", "3")]
    [InlineData("parserVersion", "\"9.9\"")]
    [InlineData("isAdmin", "true")]
    public async Task ServerOwnedOrUnknownPropertiesAreRejected(string property, string value)
    {
        var client = await factory.CreateReadyClientAsync();
        var body = NewArticle($"Mass assignment {property}", b => b[property] = JsonNode.Parse(value));

        using var response = await client.SendAsync(Write(HttpMethod.Post, "/api/articles", Json(body)));

        var problem = await response.ReadProblemAsync(HttpStatusCode.BadRequest);
        Assert.Equal([property], problem["errors"]!.AsObject().Select(e => e.Key));
        Assert.DoesNotContain("NewsApi", problem.ToJsonString(), StringComparison.Ordinal);
        Assert.False(await factory.WithScopeAsync(s => s.GetRequiredService<NewsDbContext>().Articles.AnyAsync(a => a.Headline == $"Mass assignment {property}")));
    }

    [Fact]
    public async Task AnUnknownPropertyInsideAPersonIsRejected()
    {
        var client = await factory.CreateReadyClientAsync();
        var body = NewArticle("Nested mass assignment", b => b["people"] = new JsonArray(new JsonObject { ["slug"] = "someone", ["id"] = 3 }));

        using var response = await client.SendAsync(Write(HttpMethod.Post, "/api/articles", Json(body)));

        var problem = await response.ReadProblemAsync(HttpStatusCode.BadRequest);
        Assert.Equal(["people[0].id"], problem["errors"]!.AsObject().Select(e => e.Key));
    }

    public static TheoryData<string, string, string> InvalidBodies() => new()
    {
        { "headline", "null", "headline" },
        { "headline", "\"   \"", "headline" },
        { "headline", $"\"{new string('h', 301)}\"", "headline" },
        { "standfirst", $"\"{new string('s', 1001)}\"", "standfirst" },
        { "section", $"\"{new string('s', 101)}\"", "section" },
        { "source", $"\"{new string('s', 101)}\"", "source" },
        { "dateline", $"\"{new string('d', 101)}\"", "dateline" },
        { "body", "[]", "body" },
        { "body", "[\"\"]", "body[0]" },
        { "body", $"[{string.Join(',', Enumerable.Repeat("\"p\"", 501))}]", "body" },
        { "publishedAt", "\"1899-12-31T00:00:00Z\"", "publishedAt" },
        { "publishedAt", "\"2999-01-01T00:00:00Z\"", "publishedAt" },
        { "publishedAt", "\"not a date\"", "publishedAt" },
        { "tags", "[\"Not A Slug\"]", "tags[0]" },
        { "tags", "[\"same\", \"same\"]", "tags" },
        { "tags", $"[{string.Join(',', Enumerable.Range(0, 51).Select(i => $"\"t{i}\""))}]", "tags" },
        { "tags", $"[\"{new string('t', 101)}\"]", "tags[0]" },
        { "organizations", "[\"UPPER\"]", "organizations[0]" },
        { "organizations", "[\"a\", \"a\"]", "organizations" },
        { "people", "[{\"slug\": \"bad slug\"}]", "people[0].slug" },
        { "people", "[{\"slug\": \"a\"}, {\"slug\": \"a\"}]", "people" },
        { "people", $"[{{\"slug\": \"a\", \"title\": \"{new string('t', 201)}\"}}]", "people[0].title" },
        { "people", "[{\"slug\": \"a\", \"roles\": [\"emperor\"]}]", "people[0].roles[0]" },
        { "people", "[{\"slug\": \"a\", \"roles\": [99]}]", "people[0].roles" },
        { "images", "[{\"caption\": \"\"}]", "images[0].caption" },
        { "images", $"[{{\"caption\": \"c\", \"credit\": \"{new string('c', 301)}\"}}]", "images[0].credit" },
        { "images", $"[{string.Join(',', Enumerable.Repeat("{\"caption\": \"c\"}", 101))}]", "images" },
        { "related", "[\"\"]", "related[0]" },
        { "related", $"[\"{new string('r', 301)}\"]", "related[0]" },
        { "quotes", "[{\"text\": \"\"}]", "quotes[0].text" },
        { "quotes", $"[{{\"text\": \"{new string('q', 4001)}\"}}]", "quotes[0].text" },
        { "quotes", "[{\"text\": \"words\", \"speaker\": \"Not Slug\"}]", "quotes[0].speaker" },
        { "quotes", $"[{string.Join(',', Enumerable.Repeat("{\"text\": \"q\"}", 101))}]", "quotes" },
    };

    [Theory]
    [MemberData(nameof(InvalidBodies))]
    public async Task EachValidationRuleHasAFailingExample(string property, string value, string expectedField)
    {
        var client = await factory.CreateReadyClientAsync();
        var body = NewArticle($"Invalid {property} {Guid.NewGuid():N}", b => b[property] = JsonNode.Parse(value));

        using var response = await client.SendAsync(Write(HttpMethod.Post, "/api/articles", Json(body)));

        await response.ReadValidationProblemAsync(expectedField);
    }

    [Fact]
    public async Task UnknownPeopleAndOrganizationsAreNamedAtTheirPath()
    {
        var client = await factory.CreateReadyClientAsync();
        var (person, _, organization) = await factory.StorePeopleAsync("Unknown");
        var body = NewArticle("Story with strangers", b =>
        {
            b["people"] = new JsonArray(new JsonObject { ["slug"] = person }, new JsonObject { ["slug"] = "nobody-at-all" });
            b["organizations"] = new JsonArray(organization, "no-such-board");
            b["quotes"] = new JsonArray(new JsonObject { ["text"] = "Who said this?", ["speaker"] = "ghost-writer" });
        });

        using var response = await client.SendAsync(Write(HttpMethod.Post, "/api/articles", Json(body)));

        var problem = await response.ReadValidationProblemAsync("people[1]");
        var errors = problem["errors"]!.AsObject();
        Assert.Contains("nobody-at-all", errors["people[1]"]![0]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Contains("no-such-board", errors["organizations[1]"]![0]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Contains("ghost-writer", errors["quotes[0].speaker"]![0]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.False(errors.ContainsKey("people[0]"));
        Assert.False(await factory.WithScopeAsync(s => s.GetRequiredService<NewsDbContext>().Articles.AnyAsync(a => a.Headline == "Story with strangers")));
    }

    [Fact]
    public async Task TheSameContentTwiceIsAConflict()
    {
        var client = await factory.CreateReadyClientAsync();
        var (first, _) = await client.CreateAsync(NewArticle("Twice told story"));

        using var response = await client.SendAsync(Write(HttpMethod.Post, "/api/articles", Json(NewArticle("Twice told story"))));

        await response.ReadProblemAsync(HttpStatusCode.Conflict);
        Assert.Equal($"http://localhost/api/articles/{first.Str("slug")}", response.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task AJsonBodyOver256KilobytesIsTooLarge()
    {
        var client = await factory.CreateReadyClientAsync();
        var body = NewArticle("Huge story", b => b["standfirst"] = new string('x', 300 * 1024));

        using var response = await client.SendAsync(Write(HttpMethod.Post, "/api/articles", Json(body)));

        await response.ReadProblemAsync(HttpStatusCode.RequestEntityTooLarge);
    }

    [Fact]
    public async Task ABodyThatIsNotJsonIsUnsupported()
    {
        var client = await factory.CreateReadyClientAsync();

        using var response = await client.SendAsync(Write(HttpMethod.Post, "/api/articles", Json("headline=x", "application/x-www-form-urlencoded")));

        await response.ReadProblemAsync(HttpStatusCode.UnsupportedMediaType);
    }

    [Fact]
    public async Task MalformedJsonIsABadRequest()
    {
        var client = await factory.CreateReadyClientAsync();

        using var response = await client.SendAsync(Write(HttpMethod.Post, "/api/articles", Json("{\"headline\": ")));

        await response.ReadProblemAsync(HttpStatusCode.BadRequest);
    }
}
