using System.Net;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using NewsApi.Data;
using NewsApi.Tests.Infrastructure;
using NewsApi.Tests.People.Writes;
using static NewsApi.Tests.People.Writes.EntityWriteFixture;

namespace NewsApi.Tests.Changes;

public sealed class ChangeFeedTests(EntityWriteFixture fixture) : IClassFixture<EntityWriteFixture>
{
    private async Task<List<JsonNode>> AllChangesAsync(int limit = 500)
    {
        var changes = new List<JsonNode>();
        string? cursor = null;
        while (true)
        {
            var url = cursor is null ? $"/api/changes?limit={limit}" : $"/api/changes?limit={limit}&since={cursor}";
            using var response = await fixture.Anonymous().GetAsync(url);
            var page = await response.ReadJsonAsync();
            var items = page["items"]!.AsArray().Select(i => i!).ToList();
            Assert.True(items.Count <= limit);
            changes.AddRange(items);
            if (!page["hasMore"]!.GetValue<bool>())
            {
                return changes;
            }
            cursor = page["next"]!.GetValue<string>();
        }
    }

    private async Task<List<JsonNode>> ChangesOfAsync(string type, string slug) =>
        [.. (await AllChangesAsync()).Where(c => c.Str("type") == type && c.Str("slug") == slug)];

    [Fact]
    public async Task SeedingRecordsACreatedChangeForEveryArticle()
    {
        using var factory = new NewsApiFactory();
        var client = await factory.CreateReadyClientAsync();
        var stored = await factory.WithScopeAsync(sp => sp.GetRequiredService<NewsDbContext>().Articles.Select(a => a.Slug).ToListAsync());

        using var response = await client.GetAsync("/api/changes?limit=500");
        var items = (await response.ReadJsonAsync())["items"]!.AsArray();
        var createdArticles = items.Where(i => i.Str("type") == "article" && i.Str("kind") == "created").Select(i => i.Str("slug")).ToList();

        Assert.NotEmpty(stored);
        Assert.Equal(stored.Order(StringComparer.Ordinal), createdArticles.Order(StringComparer.Ordinal));
        Assert.Contains(items, i => i.Str("type") == "person" && i.Str("kind") == "created");
    }

    [Fact]
    public async Task CreateThenEditRecordsCreatedThenUpdated()
    {
        var created = await fixture.Editor().CreateAsync("/api/tags", new { name = Unique("Fisheries") });
        var slug = created.Str("slug");
        var (etag, _) = await fixture.Anonymous().GetWithETagAsync($"/api/tags/{slug}");
        using var patched = await fixture.Editor().MergePatchAsync($"/api/tags/{slug}", """{ "kind": "place" }""", etag);
        await patched.ReadJsonAsync();

        var changes = await ChangesOfAsync("tag", slug);

        Assert.Equal(["created", "updated"], changes.Select(c => c.Str("kind")));
        Assert.All(changes, c => Assert.Equal(created.Int("id"), c.Int("id")));
        Assert.True(changes[0].Int("sequence") < changes[1].Int("sequence"));
    }

    [Fact]
    public async Task DeleteRecordsATombstoneWithTheSlug()
    {
        var created = await fixture.Editor().CreateAsync("/api/tags", new { name = Unique("Harbours") });
        var slug = created.Str("slug");
        var (etag, _) = await fixture.Anonymous().GetWithETagAsync($"/api/tags/{slug}");
        using var deleted = await fixture.Admin().DeleteAsync($"/api/tags/{slug}", etag);
        Assert.Equal(HttpStatusCode.NoContent, deleted.StatusCode);

        var tombstone = (await ChangesOfAsync("tag", slug)).Last();

        Assert.Equal("deleted", tombstone.Str("kind"));
        Assert.Equal(created.Int("id"), tombstone.Int("id"));
        Assert.Equal(slug, tombstone.Str("slug"));
    }

    [Fact]
    public async Task PagingByCursorReturnsEveryChangeOnceInOrder()
    {
        for (var i = 0; i < 5; i++)
        {
            await fixture.Editor().CreateAsync("/api/tags", new { name = Unique("Paging") });
        }
        var inOnePage = await AllChangesAsync(limit: 500);

        var inSmallPages = await AllChangesAsync(limit: 2);

        var sequences = inSmallPages.Select(c => c.Int("sequence")).ToList();
        Assert.True(sequences.Count >= 5);
        Assert.Equal(sequences.Order(), sequences);
        Assert.Equal(sequences.Count, sequences.Distinct().Count());
        Assert.Equal(inOnePage.Select(c => c.Int("sequence")), sequences);
    }

    [Fact]
    public async Task TheLastCursorGivesNothingUntilTheNextWrite()
    {
        using var first = await fixture.Anonymous().GetAsync("/api/changes?limit=500");
        var caughtUp = (await first.ReadJsonAsync())["next"];
        var cursor = caughtUp?.GetValue<string>();
        var created = await fixture.Editor().CreateAsync("/api/tags", new { name = Unique("Polling") });
        var all = await AllChangesAsync();
        var expected = all.SkipWhile(c => cursor is not null && ChangesCursorOf(c) != cursor).Skip(cursor is null ? 0 : 1).ToList();

        using var after = await fixture.Anonymous().GetAsync(cursor is null ? "/api/changes?limit=500" : $"/api/changes?limit=500&since={cursor}");
        var items = (await after.ReadJsonAsync())["items"]!.AsArray();

        Assert.Contains(items, i => i.Str("slug") == created.Str("slug") && i.Str("kind") == "created");
        Assert.Equal(expected.Select(c => c.Int("sequence")), items.Select(i => i!.Int("sequence")));
    }

    [Fact]
    public async Task ReingestingADocumentRecordsTheUpdateAndTombstonesForDroppedPeople()
    {
        var headline = Unique("Harbour pilots walk out");
        var person = Unique("Ilse Marrow");
        var first = await fixture.Factory.StoreAsync(TestArticles.Draft(headline, people: [TestArticles.Person(person, "harbour pilot")]));
        var personSlug = (await AllChangesAsync()).Single(c => c.Str("type") == "person" && c.Str("kind") == "created" && c.Str("slug").StartsWith("ilse-marrow", StringComparison.Ordinal)).Str("slug");

        var second = await fixture.Factory.StoreAsync(TestArticles.Draft(headline));

        Assert.Equal(first.ArticleId, second.ArticleId);
        Assert.Equal(["created", "updated"], (await ChangesOfAsync("article", first.Slug)).Select(c => c.Str("kind")));
        Assert.Equal(["created", "deleted"], (await ChangesOfAsync("person", personSlug)).Select(c => c.Str("kind")));
    }

    private static string ChangesCursorOf(JsonNode change) => NewsApi.Changes.ChangeCursor.Encode(change.Int("sequence"));

    [Theory]
    [InlineData("not-a-cursor")]
    [InlineData("YWJj")]
    [InlineData("bad%20cursor")]
    public async Task AMalformedCursorIsABadRequest(string since)
    {
        using var response = await fixture.Anonymous().GetAsync($"/api/changes?since={since}");
        await response.ReadValidationProblemAsync("since");
    }

    [Theory]
    [InlineData(0)]
    [InlineData(501)]
    public async Task ALimitOutOfRangeIsABadRequest(int limit)
    {
        using var response = await fixture.Anonymous().GetAsync($"/api/changes?limit={limit}");
        await response.ReadValidationProblemAsync("limit");
    }
}
