using System.Text.Json.Nodes;
using NewsApi.Articles;
using NewsApi.Tests.Infrastructure;
using NewsApi.Tests.People.Writes;
using static NewsApi.Tests.Infrastructure.TestArticles;

namespace NewsApi.Tests.Caching;

public sealed class VersionedCacheTests
{
    private static readonly DateTimeOffset Day = new(2024, 7, 1, 8, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task ARenamedTagShowsInTheNextListOfTheArticlesItTags()
    {
        using var factory = EmptyFactory();
        var client = await factory.CreateReadyClientAsync();
        await factory.StoreAllAsync(Draft("Tram line extended", Day, tags: ["trams"]), Draft("Bus lane opened", Day.AddDays(1), tags: ["buses"]));
        var before = await (await client.GetAsync("/api/articles")).ReadJsonAsync();

        await EditAsync(factory, client, "/api/tags/trams", """{ "name": "light rail" }""");
        var after = await (await client.GetAsync("/api/articles")).ReadJsonAsync();

        Assert.Equal(["trams"], TagNames(before, "Tram line extended"));
        Assert.Equal(["light rail"], TagNames(after, "Tram line extended"));
        Assert.Equal(["buses"], TagNames(after, "Bus lane opened"));
    }

    [Fact]
    public async Task ARenamedTagShowsInTheNextSearchResults()
    {
        using var factory = EmptyFactory();
        var client = await factory.CreateReadyClientAsync();
        await factory.StoreAllAsync(Draft("Tram line extended", Day, tags: ["trams"]), Draft("Tram fares frozen", Day.AddDays(1), tags: ["fares"]));
        var before = await (await client.GetAsync("/api/articles?q=tram")).ReadJsonAsync();

        await EditAsync(factory, client, "/api/tags/trams", """{ "name": "light rail" }""");
        var after = await (await client.GetAsync("/api/articles?q=tram")).ReadJsonAsync();

        Assert.Equal(["trams"], TagNames(before, "Tram line extended"));
        Assert.Equal(["light rail"], TagNames(after, "Tram line extended"));
        Assert.Equal(["fares"], TagNames(after, "Tram fares frozen"));
    }

    [Fact]
    public async Task AnEditedHeadlineShowsInTheNextSearchHighlights()
    {
        using var factory = EmptyFactory();
        var client = await factory.CreateReadyClientAsync();
        await factory.StoreAsync(Draft("Tram line extended", Day, tags: ["trams"]));
        var before = await (await client.GetAsync("/api/articles?q=tram")).ReadJsonAsync();

        await EditAsync(factory, client, "/api/articles/tram-line-extended", """{ "headline": "Tram line extended to the port" }""");
        var after = await (await client.GetAsync("/api/articles?q=tram")).ReadJsonAsync();

        Assert.Equal("Tram line extended", HeadlineFragment(before));
        Assert.Equal("Tram line extended to the port", HeadlineFragment(after));
    }

    [Fact]
    public async Task AnArticleStoredByAnotherWriterShowsWithItsLinksInTheNextList()
    {
        using var factory = EmptyFactory();
        var client = await factory.CreateReadyClientAsync();
        await factory.StoreAsync(Draft("Tram line extended", Day, tags: ["trams"]));
        (await client.GetAsync("/api/articles")).Dispose();

        // Stored through the upsert service, as the seeder or another instance would: no HTTP write evicts anything here.
        await factory.StoreAsync(Draft("Tram fares frozen", Day.AddDays(1), tags: ["trams", "fares"]));
        var after = await (await client.GetAsync("/api/articles")).ReadJsonAsync();

        Assert.Equal(["fares", "trams"], TagNames(after, "Tram fares frozen"));
        Assert.Equal(["trams"], TagNames(after, "Tram line extended"));
    }

    [Fact]
    public async Task ARenamedTagShowsInTheNextReadOfTheArticleByIdAndBySlug()
    {
        using var factory = EmptyFactory();
        var client = await factory.CreateReadyClientAsync();
        await factory.StoreAsync(Draft("Tram line extended", Day, tags: ["trams"]));
        var (articleETag, before) = await client.GetWithETagAsync("/api/articles/tram-line-extended");
        var byId = $"/api/articles/{before.Int("id")}";
        (await client.GetAsync(byId)).Dispose();

        await EditAsync(factory, client, "/api/tags/trams", """{ "name": "light rail" }""");
        var (slugETag, bySlug) = await client.GetWithETagAsync("/api/articles/tram-line-extended");
        var (idETag, byIdAfter) = await client.GetWithETagAsync(byId);

        Assert.Equal("trams", before["tags"]![0]!["name"]!.GetValue<string>());
        Assert.Equal("light rail", bySlug["tags"]![0]!["name"]!.GetValue<string>());
        Assert.Equal("light rail", byIdAfter["tags"]![0]!["name"]!.GetValue<string>());
        Assert.NotEqual(articleETag, slugETag);
        Assert.Equal(slugETag, idETag);
    }

    [Fact]
    public void ASummaryIsServedOnlyAtTheVersionItWasReadAt()
    {
        var cache = new VersionedCache<int, ArticleSummary>(maxEntries: 10);
        var summary = new ArticleSummary(7, "tram-line-extended", "Tram line extended", Day, "The line reaches the port.", null, null, [], [], []);

        cache.Add(3, [KeyValuePair.Create(7, summary)]);

        Assert.True(cache.TryGet(3, 7, out var found));
        Assert.Same(summary, found);
        Assert.False(cache.TryGet(3, 8, out _));
        Assert.False(cache.TryGet(4, 7, out _));
        // A request that read the older version files nothing over the newer set.
        cache.Add(4, []);
        cache.Add(3, [KeyValuePair.Create(7, summary)]);
        Assert.False(cache.TryGet(3, 7, out _));
        Assert.False(cache.TryGet(4, 7, out _));
    }

    /// <summary>A merge patch by an editor, with the resource's current ETag, as a client would send it.</summary>
    private static async Task EditAsync(NewsApiFactory factory, HttpClient client, string url, string patch)
    {
        var (etag, _) = await client.GetWithETagAsync(url);
        using var response = await factory.CreateClient().WithApiKey(TestApiKeys.Editor).MergePatchAsync(url, patch, etag);
        Assert.True(response.IsSuccessStatusCode, $"PATCH {url} answered {(int)response.StatusCode}");
    }

    private static string HeadlineFragment(JsonNode results) =>
        results["items"]!.AsArray().Single()!["highlights"]!.AsArray().Single(field => field!["field"]!.GetValue<string>() == "headline")!
            ["fragments"]![0]!["text"]!.GetValue<string>();

    private static List<string> TagNames(JsonNode list, string headline) =>
        list["items"]!.AsArray().Single(item => item!["headline"]!.GetValue<string>() == headline)!["tags"]!.AsArray()
            .Select(tag => tag!["name"]!.GetValue<string>()).ToList();
}
