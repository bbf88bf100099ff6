using System.Net;
using NewsApi.Ingestion;
using NewsApi.Tests.Infrastructure;
using static NewsApi.Tests.Infrastructure.TestArticles;

namespace NewsApi.Tests.Related;

public sealed class RelatedTests
{
    private static async Task<(NewsApiFactory Factory, HttpClient Client)> ThreeArticlesAsync()
    {
        var factory = EmptyFactory();
        var client = await factory.CreateReadyClientAsync();
        await factory.StoreAllAsync(
            Draft("Council debates the bridge",
                people: [Person("Hale Brandt"), Person("Iris Lowe")],
                organizations: [Organization("River Council"), Organization("Bridge Trust")]),
            Draft("Bridge vote delayed again",
                people: [Person("Hale Brandt"), Person("Iris Lowe"), Person("Jory Penn")],
                organizations: [Organization("River Council")]),
            Draft("Ferry timetable changes",
                people: [Person("Jory Penn")],
                organizations: [Organization("Ferry Board")]));
        return (factory, client);
    }

    [Fact]
    public async Task PersonRelatedCountsSharedArticlesMostSharedFirst()
    {
        var (factory, client) = await ThreeArticlesAsync();
        using var _ = factory;

        var related = await (await client.GetAsync("/api/people/hale-brandt/related")).ReadJsonAsync();

        Assert.Equal(2, related.Int("articles"));
        Assert.Equal(["iris-lowe", "jory-penn"], related["people"].Strings("slug"));
        Assert.Equal([2, 1], related["people"]!.AsArray().Select(p => p.Int("articles")).ToArray());
        Assert.Equal(["river-council", "bridge-trust"], related["organizations"].Strings("slug"));
        Assert.Equal([2, 1], related["organizations"]!.AsArray().Select(o => o.Int("articles")).ToArray());
    }

    [Fact]
    public async Task OrganizationRelatedLeavesOutItselfAndHonoursLimit()
    {
        var (factory, client) = await ThreeArticlesAsync();
        using var _ = factory;

        var related = await (await client.GetAsync("/api/organizations/river-council/related?limit=1")).ReadJsonAsync();

        Assert.Equal(2, related.Int("articles"));
        Assert.Equal(["bridge-trust"], related["organizations"].Strings("slug"));
        Assert.Single(related["people"]!.AsArray());
        Assert.Equal(2, related["people"]![0].Int("articles"));
    }

    [Fact]
    public async Task UnknownPersonIsNotFound()
    {
        var (factory, client) = await ThreeArticlesAsync();
        using var _ = factory;

        await (await client.GetAsync("/api/people/nobody-here/related")).ReadProblemAsync(HttpStatusCode.NotFound);
        await (await client.GetAsync("/api/organizations/nothing-here/related")).ReadProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task LimitOutOfRangeIsAValidationProblem()
    {
        var (factory, client) = await ThreeArticlesAsync();
        using var _ = factory;

        await (await client.GetAsync("/api/people/hale-brandt/related?limit=0")).ReadValidationProblemAsync("limit");
    }
}
