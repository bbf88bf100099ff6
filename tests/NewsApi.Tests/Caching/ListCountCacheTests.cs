using NewsApi.Articles;
using NewsApi.Tests.Infrastructure;
using static NewsApi.Tests.Infrastructure.TestArticles;

namespace NewsApi.Tests.Caching;

public sealed class ListCountCacheTests
{
    private static readonly DateTimeOffset Day = new(2024, 7, 1, 8, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task TotalsAndFacetsFollowAWriteThatNoRequestAnnounced()
    {
        using var factory = EmptyFactory();
        var client = await factory.CreateReadyClientAsync();
        await factory.StoreAllAsync(
            Draft("Ferry fares rise", Day, tags: ["ferries", "fares"]),
            Draft("Ferry timetable changes", Day.AddDays(1), tags: ["ferries"]));
        const string url = "/api/articles?tag=ferries&facets=tags&pageSize=1";
        var before = await (await client.GetAsync(url)).ReadJsonAsync();

        // Stored through the upsert service, as another process or the seeder would: no HTTP write evicts anything.
        await factory.StoreAsync(Draft("Ferry strike called off", Day.AddDays(2), tags: ["ferries", "fares"]));
        using var response = await client.GetAsync(url);
        var after = await response.ReadJsonAsync();

        Assert.Equal(2, before.Int("totalItems"));
        Assert.Equal(1, FacetCount(before, "fares"));
        Assert.Equal(3, after.Int("totalItems"));
        Assert.Equal("3", response.Headers.GetValues("X-Total-Count").Single());
        Assert.Equal(3, FacetCount(after, "ferries"));
        Assert.Equal(2, FacetCount(after, "fares"));
    }

    [Fact]
    public async Task ARepeatedListCountsOnlyOnce()
    {
        using var factory = EmptyFactory();
        var client = await factory.CreateReadyClientAsync();
        await factory.StoreAllAsync(Draft("Tram line extended", Day, tags: ["trams"]), Draft("Tram fares frozen", Day, tags: ["trams"]));
        const string url = "/api/articles?tag=trams&facets=tags,people,organizations,sources,years";

        factory.Commands.Start();
        var first = await (await client.GetAsync(url)).Content.ReadAsStringAsync();
        var firstCommands = factory.Commands.Stop();
        factory.Commands.Start();
        var second = await (await client.GetAsync(url)).Content.ReadAsStringAsync();
        var secondCommands = factory.Commands.Stop();

        Assert.Equal(first, second);
        // The second request leaves out the count, the five facet queries and the summaries' links (kept per data version).
        Assert.Equal(firstCommands - 7, secondCommands);
    }

    [Fact]
    public async Task AValueIsReusedOnlyUnderTheVersionItWasComputedFor()
    {
        var cache = new ListCountCache();
        var computed = 0;
        Task<int> Count() => Task.FromResult(++computed);

        var first = await cache.GetOrComputeAsync("count a", 7, Count);
        var again = await cache.GetOrComputeAsync("count a", 7, Count);
        var otherKey = await cache.GetOrComputeAsync("count b", 7, Count);
        var newerVersion = await cache.GetOrComputeAsync("count a", 8, Count);

        Assert.Equal(1, first);
        Assert.Equal(1, again);
        Assert.Equal(2, otherKey);
        Assert.Equal(3, newerVersion);
    }

    [Fact]
    public async Task ConcurrentRequestsShareOneCountAndOneThatGivesUpDoesNotCancelItForTheOthers()
    {
        var cache = new ListCountCache();
        var computed = 0;
        var release = new TaskCompletionSource<int>(TaskCreationOptions.RunContinuationsAsynchronously);
        Task<int> Count()
        {
            Interlocked.Increment(ref computed);
            return release.Task;
        }
        using var gaveUp = new CancellationTokenSource();

        var first = cache.GetOrComputeAsync("count a", 1, Count, gaveUp.Token);
        var second = cache.GetOrComputeAsync("count a", 1, Count);
        await gaveUp.CancelAsync();
        release.SetResult(42);

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => first);
        Assert.Equal(42, await second);
        Assert.Equal(42, await cache.GetOrComputeAsync("count a", 1, () => Task.FromResult(-1)));
        Assert.Equal(1, computed);
    }

    [Fact]
    public async Task AnOlderCountNeverReplacesANewerOne()
    {
        var cache = new ListCountCache();
        await cache.GetOrComputeAsync("count a", 9, () => Task.FromResult(90));

        // A slow request that read version 8 before a write finishes after a request that read 9.
        var late = await cache.GetOrComputeAsync("count a", 8, () => Task.FromResult(80));
        var current = await cache.GetOrComputeAsync("count a", 9, () => Task.FromResult(-1));

        Assert.Equal(80, late);
        Assert.Equal(90, current);
    }

    [Fact]
    public async Task TheCacheStaysWithinItsBound()
    {
        var cache = new ListCountCache();
        var computed = 0;
        for (var i = 0; i <= ListCountCache.MaxEntries; i++)
        {
            await cache.GetOrComputeAsync($"count {i}", 1, () => Task.FromResult(++computed));
        }

        // Filling past the bound started over, so the first key is counted again.
        var firstAgain = await cache.GetOrComputeAsync("count 0", 1, () => Task.FromResult(-1));

        Assert.Equal(ListCountCache.MaxEntries + 1, computed);
        Assert.Equal(-1, firstAgain);
    }

    private static int FacetCount(System.Text.Json.Nodes.JsonNode page, string slug) =>
        page["facets"]!["tags"]!.AsArray().Single(f => f!["slug"]!.GetValue<string>() == slug)!["count"]!.GetValue<int>();
}
