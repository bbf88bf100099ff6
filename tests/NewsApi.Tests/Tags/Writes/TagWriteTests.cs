using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using NewsApi.Data;
using NewsApi.Tests.Infrastructure;
using NewsApi.Tests.People.Writes;
using static NewsApi.Tests.Infrastructure.TestArticles;
using static NewsApi.Tests.People.Writes.EntityWriteFixture;

namespace NewsApi.Tests.Tags.Writes;

public sealed class TagWriteTests(EntityWriteFixture fixture) : IClassFixture<EntityWriteFixture>
{
    private async Task<JsonNodeAndTag> CreateTagAsync(string kind = "topic")
    {
        var created = await fixture.Editor().CreateAsync("/api/tags", new { name = Unique("Fisheries"), kind });
        var url = $"/api/tags/{created.Str("slug")}";
        var (etag, body) = await fixture.Anonymous().GetWithETagAsync(url);
        return new JsonNodeAndTag(body, etag, url);
    }

    [Fact]
    public async Task CreateWithoutApiKeyIsUnauthorized()
    {
        using var response = await fixture.Anonymous().PostAsJsonAsync("/api/tags", new { name = Unique("Fisheries") });
        await response.ReadProblemAsync(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task CreateGivesLocationETagAndTheKind()
    {
        var name = Unique("Baltic Sea");
        using var response = await fixture.Editor().PostAsJsonAsync("/api/tags", new { name, kind = "place" });
        var created = await response.ReadJsonAsync(HttpStatusCode.Created);

        Assert.Equal("place", created.Str("kind"));
        Assert.Equal(0, created.Int("articleCount"));
        Assert.Equal($"http://localhost/api/tags/{created.Str("slug")}", response.Headers.Location?.OriginalString);
        var (etag, _) = await fixture.Anonymous().GetWithETagAsync($"/api/tags/{created.Str("slug")}");
        Assert.Equal(response.Headers.ETag?.Tag, etag);
    }

    [Fact]
    public async Task KindDefaultsToTopic()
    {
        var created = await fixture.Editor().CreateAsync("/api/tags", new { name = Unique("Shipping") });
        Assert.Equal("topic", created.Str("kind"));
    }

    [Theory]
    [InlineData("""{ "name": "" }""", "name")]
    [InlineData("""{ "name": "Ports", "kind": "planet" }""", "kind")]
    [InlineData("""{ "name": "Ports", "kind": 7 }""", "kind")]
    [InlineData("""{ "name": "Ports", "id": 7 }""", "id")]
    [InlineData("""{ "name": "Ports", "slug": "ports" }""", "slug")]
    [InlineData("""{ "name": "Ports", "articleCount": 1 }""", "articleCount")]
    public async Task CreateRejectsAnInvalidBodyNamingTheField(string json, string field)
    {
        using var response = await fixture.Editor().PostJsonAsync("/api/tags", json);
        await response.ReadValidationProblemAsync(field);
    }

    [Fact]
    public async Task CreateRejectsANameOverTheLimit()
    {
        using var response = await fixture.Editor().PostAsJsonAsync("/api/tags", new { name = new string('a', 101) });
        await response.ReadValidationProblemAsync("name");
    }

    [Fact]
    public async Task CreateWithATakenNameIsAConflict()
    {
        var tag = await CreateTagAsync();
        using var response = await fixture.Editor().PostAsJsonAsync("/api/tags", new { name = tag.Body.Str("name").ToLowerInvariant() });
        await response.ReadProblemAsync(HttpStatusCode.Conflict);
    }

    [Fact]
    public async Task MergePatchChangesTheKindAndNeedsIfMatch()
    {
        var tag = await CreateTagAsync();

        using var missing = await fixture.Editor().MergePatchAsync(tag.Url, """{ "kind": "place" }""", ifMatch: null);
        await missing.ReadProblemAsync((HttpStatusCode)428);

        using var stale = await fixture.Editor().MergePatchAsync(tag.Url, """{ "kind": "place" }""", "\"not-the-etag\"");
        await stale.ReadProblemAsync(HttpStatusCode.PreconditionFailed);

        using var patched = await fixture.Editor().MergePatchAsync(tag.Url, """{ "kind": "place" }""", tag.ETag);
        var body = await patched.ReadJsonAsync();
        Assert.Equal("place", body.Str("kind"));
        Assert.Equal(tag.Body.Str("name"), body.Str("name"));
    }

    [Fact]
    public async Task GetWithTheCurrentETagIsNotModifiedAndAChangedTagIsNot()
    {
        var tag = await CreateTagAsync();
        using var renamed = await fixture.Editor().PutJsonAsync(tag.Url, $$"""{ "name": "{{Unique("Renamed")}}" }""", tag.ETag);
        Assert.Equal(HttpStatusCode.OK, renamed.StatusCode);

        using var request = new HttpRequestMessage(HttpMethod.Get, tag.Url);
        request.Headers.TryAddWithoutValidation("If-None-Match", tag.ETag);
        using var changed = await fixture.Anonymous().SendAsync(request);
        Assert.Equal(HttpStatusCode.OK, changed.StatusCode);

        using var again = new HttpRequestMessage(HttpMethod.Get, tag.Url);
        again.Headers.TryAddWithoutValidation("If-None-Match", renamed.Headers.ETag!.Tag);
        using var unchanged = await fixture.Anonymous().SendAsync(again);
        Assert.Equal(HttpStatusCode.NotModified, unchanged.StatusCode);
    }

    [Fact]
    public async Task RenamingATagChangesTheETagOfAnArticleThatCarriesIt()
    {
        var name = Unique("Fish Stocks");
        var article = await fixture.Factory.StoreAsync(Draft(Unique("Quotas cut"), tags: [name]));
        var (articleETag, _) = await fixture.Anonymous().GetWithETagAsync($"/api/articles/{article.Slug}");
        var tagUrl = $"/api/tags/{await SlugOfAsync(name)}";
        var (tagETag, _) = await fixture.Anonymous().GetWithETagAsync(tagUrl);

        var newName = Unique("Fish Quotas");
        using var renamed = await fixture.Editor().PutJsonAsync(tagUrl, $$"""{ "name": "{{newName}}" }""", tagETag);
        Assert.Equal(HttpStatusCode.OK, renamed.StatusCode);

        var (afterETag, after) = await fixture.Anonymous().GetWithETagAsync($"/api/articles/{article.Slug}");
        Assert.NotEqual(articleETag, afterETag);
        Assert.Contains(newName, after["tags"]!.ToJsonString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task DeleteAsEditorIsForbiddenAndWithoutKeyUnauthorized()
    {
        var tag = await CreateTagAsync();
        using var editor = await fixture.Editor().DeleteAsync(tag.Url, tag.ETag);
        await editor.ReadProblemAsync(HttpStatusCode.Forbidden);
        using var anonymous = await fixture.Anonymous().DeleteAsync(tag.Url, tag.ETag);
        await anonymous.ReadProblemAsync(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task DeleteOfACarriedTagIsAConflictUnlessForced()
    {
        var name = Unique("Trawlers");
        var article = await fixture.Factory.StoreAsync(Draft(Unique("Trawler ban"), tags: [name]));
        var url = $"/api/tags/{await SlugOfAsync(name)}";
        var (etag, _) = await fixture.Anonymous().GetWithETagAsync(url);

        using var refused = await fixture.Admin().DeleteAsync(url, etag);
        var problem = await refused.ReadProblemAsync(HttpStatusCode.Conflict);
        Assert.Equal(1, problem.Int("articleCount"));

        using var forced = await fixture.Admin().DeleteAsync(url + "?force=true", etag);
        Assert.Equal(HttpStatusCode.NoContent, forced.StatusCode);
        using var gone = await fixture.Anonymous().GetAsync(url);
        await gone.ReadProblemAsync(HttpStatusCode.NotFound);
        var stored = await fixture.Anonymous().GetFromJsonAsync<System.Text.Json.Nodes.JsonNode>($"/api/articles/{article.Slug}");
        Assert.DoesNotContain(name, stored!["tags"]!.ToJsonString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task FiftyConcurrentReplacementsWithOneETagGiveOneSuccess()
    {
        var tag = await CreateTagAsync();
        var client = fixture.Editor();

        var responses = await Task.WhenAll(Enumerable.Range(0, 50).Select(i =>
            client.PutJsonAsync(tag.Url, $$"""{ "name": "{{tag.Body.Str("name")}} {{i}}" }""", tag.ETag)));

        Assert.Equal(1, responses.Count(r => r.StatusCode == HttpStatusCode.OK));
        Assert.Equal(49, responses.Count(r => r.StatusCode == HttpStatusCode.PreconditionFailed));
        foreach (var response in responses)
        {
            response.Dispose();
        }
    }

    private Task<string> SlugOfAsync(string name) =>
        fixture.Factory.WithScopeAsync(services => services.GetRequiredService<NewsDbContext>().Tags.Where(t => t.Name == name).Select(t => t.Slug).SingleAsync());
}
