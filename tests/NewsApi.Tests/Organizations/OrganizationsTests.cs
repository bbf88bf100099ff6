using System.Net;
using NewsApi.Tests.Infrastructure;
using static NewsApi.Tests.Infrastructure.TestArticles;

namespace NewsApi.Tests.Organizations;

public sealed class OrganizationsTests
{
    private static async Task<NewsApiFactory> TwoOrganizationsAsync()
    {
        var factory = EmptyFactory();
        await factory.WaitUntilReadyAsync();
        var bureau = Organization("Bureau of Fisheries", "ministry", "Ministry of the Sea", ["BoF"]);
        await factory.StoreAllAsync(
            Draft("Quotas cut", new DateTimeOffset(2024, 5, 1, 0, 0, 0, TimeSpan.Zero),
                organizations: [bureau, Organization("Ministry of the Sea", "ministry")],
                people: [Person("Lena Voss", "director", "Bureau of Fisheries")]),
            Draft("Boats return", new DateTimeOffset(2024, 5, 2, 0, 0, 0, TimeSpan.Zero), organizations: [bureau]));
        return factory;
    }

    [Fact]
    public async Task ListOrganizationsIsSortedByNameWithArticleCounts()
    {
        using var factory = await TwoOrganizationsAsync();
        var client = await factory.CreateReadyClientAsync();

        using var response = await client.GetAsync("/api/organizations");
        var page = await response.ReadJsonAsync();

        Assert.Equal(["Bureau of Fisheries", "Ministry of the Sea"], page["items"].Strings("name"));
        Assert.Equal(2, page["items"]![0]!.Int("articleCount"));
        Assert.Equal("2", response.Header("X-Total-Count"));
    }

    [Fact]
    public async Task ListOrganizationsSortsByArticleCountOnRequest()
    {
        using var factory = await TwoOrganizationsAsync();
        var client = await factory.CreateReadyClientAsync();

        var page = await (await client.GetAsync("/api/organizations?sort=articles")).ReadJsonAsync();

        Assert.Equal([2, 1], page["items"]!.AsArray().Select(o => o!.Int("articleCount")));
    }

    [Fact]
    public async Task ListOrganizationsMatchesAliases()
    {
        using var factory = await TwoOrganizationsAsync();
        var client = await factory.CreateReadyClientAsync();

        var page = await (await client.GetAsync("/api/organizations?q=bof")).ReadJsonAsync();

        Assert.Equal(["Bureau of Fisheries"], page["items"].Strings("name"));
    }

    [Fact]
    public async Task GetOrganizationGivesKindParentAliasesAndArticleCount()
    {
        using var factory = await TwoOrganizationsAsync();
        var client = await factory.CreateReadyClientAsync();

        var organization = await (await client.GetAsync("/api/organizations/bureau-of-fisheries")).ReadJsonAsync();

        Assert.Equal("ministry", organization.Str("kind"));
        Assert.Equal("ministry-of-the-sea", organization["parent"]!.Str("slug"));
        Assert.Contains("BoF", organization["aliases"].Strings());
        Assert.Equal(2, organization.Int("articleCount"));
    }

    [Fact]
    public async Task GetOrganizationArticlesListsItsArticlesNewestFirst()
    {
        using var factory = await TwoOrganizationsAsync();
        var client = await factory.CreateReadyClientAsync();

        var page = await (await client.GetAsync("/api/organizations/bureau-of-fisheries/articles")).ReadJsonAsync();

        Assert.Equal(["Boats return", "Quotas cut"], page.Headlines());
    }

    [Fact]
    public async Task GetOrganizationPeopleListsAffiliatedPeople()
    {
        using var factory = await TwoOrganizationsAsync();
        var client = await factory.CreateReadyClientAsync();

        var page = await (await client.GetAsync("/api/organizations/bureau-of-fisheries/people")).ReadJsonAsync();
        var parentPeople = await (await client.GetAsync("/api/organizations/ministry-of-the-sea/people")).ReadJsonAsync();

        Assert.Equal(["Lena Voss"], page["items"].Strings("name"));
        Assert.Equal(0, parentPeople.Int("totalItems"));
    }

    [Theory]
    [InlineData("/api/organizations/no-such-body")]
    [InlineData("/api/organizations/no-such-body/articles")]
    [InlineData("/api/organizations/no-such-body/people")]
    public async Task UnknownOrganizationIsNotFoundProblem(string path)
    {
        using var factory = EmptyFactory();
        var client = await factory.CreateReadyClientAsync();

        using var response = await client.GetAsync(path);

        await response.ReadProblemAsync(HttpStatusCode.NotFound);
    }

    [Theory]
    [InlineData("/api/organizations?sort=size", "sort")]
    [InlineData("/api/organizations/Bad.Slug", "idOrSlug")]
    [InlineData("/api/organizations/x/people?pageSize=0", "pageSize")]
    public async Task BadOrganizationRequestsAreValidationProblems(string path, string field)
    {
        using var factory = EmptyFactory();
        var client = await factory.CreateReadyClientAsync();

        using var response = await client.GetAsync(path);

        await response.ReadValidationProblemAsync(field);
    }
}
