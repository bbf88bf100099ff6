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
    public async Task PersonRelatedListsPeopleAndOrganizationsMostSharedFirstInTheListEnvelope()
    {
        var (factory, client) = await ThreeArticlesAsync();
        using var _ = factory;

        using var response = await client.GetAsync("/api/people/hale-brandt/related");
        var related = await response.ReadJsonAsync();

        Assert.Equal(["iris-lowe", "river-council", "bridge-trust", "jory-penn"], related["items"].Strings("slug"));
        Assert.Equal(["person", "organization", "organization", "person"], related["items"].Strings("type"));
        Assert.Equal([2, 2, 1, 1], related["items"]!.AsArray().Select(p => p.Int("articles")).ToArray());
        Assert.Equal(1, related.Int("page"));
        Assert.Equal(20, related.Int("pageSize"));
        Assert.Equal(4, related.Int("totalItems"));
        Assert.Equal(1, related.Int("totalPages"));
        Assert.Equal("4", response.Header("X-Total-Count"));
        Assert.Contains("rel=\"last\"", response.Header("Link"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task OrganizationRelatedLeavesOutItselfFiltersByTypeAndPages()
    {
        var (factory, client) = await ThreeArticlesAsync();
        using var _ = factory;

        var organizations = await (await client.GetAsync("/api/organizations/river-council/related?type=organization")).ReadJsonAsync();
        Assert.Equal(["bridge-trust"], organizations["items"].Strings("slug"));

        var second = await (await client.GetAsync("/api/organizations/river-council/related?page=2&pageSize=2")).ReadJsonAsync();
        Assert.Equal(["bridge-trust", "jory-penn"], second["items"].Strings("slug"));
        Assert.Equal(4, second.Int("totalItems"));
        Assert.Equal(2, second.Int("totalPages"));
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
    public async Task PagingOutOfRangeOrAnUnknownTypeIsAValidationProblem()
    {
        var (factory, client) = await ThreeArticlesAsync();
        using var _ = factory;

        await (await client.GetAsync("/api/people/hale-brandt/related?pageSize=0")).ReadValidationProblemAsync("pageSize");
        await (await client.GetAsync("/api/people/hale-brandt/related?type=tag")).ReadValidationProblemAsync("type");
    }
}
