using System.Net;
using NewsApi.Ingestion;
using NewsApi.Tests.Infrastructure;
using static NewsApi.Tests.Infrastructure.TestArticles;

namespace NewsApi.Tests.People;

public sealed class PeopleTests
{
    private static readonly DateTimeOffset March = new(2024, 3, 1, 10, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset April = new(2024, 4, 1, 10, 0, 0, TimeSpan.Zero);

    private static async Task<NewsApiFactory> ThreePeopleAsync()
    {
        var factory = EmptyFactory();
        var analyst = Person("Nadia Orlov", "senior analyst", "Institute of Coastal Studies", aliases: ["Orlov"]);
        await factory.WaitUntilReadyAsync();
        await factory.StoreAllAsync(
            Draft("Coast erodes", March, people: [analyst, Person("Bram Keller")], organizations: [Organization("Institute of Coastal Studies", "research institute")],
                quotes: [new QuoteDraft("The coast loses a metre a year", "Nadia Orlov", false), new QuoteDraft("alarming", "Nadia Orlov", true)]),
            Draft("Sea walls planned", April, people: [analyst], quotes: [new QuoteDraft("Walls buy time, not safety", "Nadia Orlov", false)]),
            Draft("Beach closed", April.AddDays(1), people: [Person("Carla Abend")]));
        return factory;
    }

    [Fact]
    public async Task ListPeopleIsSortedByNameWithArticleCounts()
    {
        using var factory = await ThreePeopleAsync();
        var client = await factory.CreateReadyClientAsync();

        using var response = await client.GetAsync("/api/people");
        var page = await response.ReadJsonAsync();

        Assert.Equal(["Bram Keller", "Carla Abend", "Nadia Orlov"], page["items"].Strings("name"));
        Assert.Equal(2, page["items"]![2]!.Int("articleCount"));
        Assert.Equal("3", response.Header("X-Total-Count"));
        Assert.NotNull(response.Header("Link"));
    }

    [Fact]
    public async Task ListPeopleSortsByArticleCountOnRequest()
    {
        using var factory = await ThreePeopleAsync();
        var client = await factory.CreateReadyClientAsync();

        var page = await (await client.GetAsync("/api/people?sort=articles")).ReadJsonAsync();

        Assert.Equal("Nadia Orlov", page["items"]![0]!.Str("name"));
    }

    [Theory]
    [InlineData("orlov")]
    [InlineData("NADIA")]
    public async Task ListPeopleMatchesNamePartsCaseInsensitively(string q)
    {
        using var factory = await ThreePeopleAsync();
        var client = await factory.CreateReadyClientAsync();

        var page = await (await client.GetAsync($"/api/people?q={q}")).ReadJsonAsync();

        Assert.Equal(["Nadia Orlov"], page["items"].Strings("name"));
        Assert.Equal("senior analyst", page["items"]![0]!.Str("title"));
    }

    [Theory]
    [InlineData("emile")]
    [InlineData("DUÇRET")]
    public async Task ListPeopleMatchesIgnoringAccents(string q)
    {
        using var factory = EmptyFactory();
        var client = await factory.CreateReadyClientAsync();
        await factory.StoreAllAsync(Draft("Accented names", people: [Person("Émile Duçret"), Person("Emma Stone-Wall")]));

        var page = await (await client.GetAsync($"/api/people?q={Uri.EscapeDataString(q)}")).ReadJsonAsync();

        Assert.Equal(["Émile Duçret"], page["items"].Strings("name"));
    }

    [Fact]
    public async Task ListPeoplePagesWithEnvelope()
    {
        using var factory = await ThreePeopleAsync();
        var client = await factory.CreateReadyClientAsync();

        var page = await (await client.GetAsync("/api/people?pageSize=2&page=2")).ReadJsonAsync();

        Assert.Equal(["Nadia Orlov"], page["items"].Strings("name"));
        Assert.Equal(3, page.Int("totalItems"));
        Assert.Equal(2, page.Int("totalPages"));
    }

    [Fact]
    public async Task GetPersonGivesTitleAffiliationAliasesAndArticleCount()
    {
        using var factory = await ThreePeopleAsync();
        var client = await factory.CreateReadyClientAsync();

        var person = await (await client.GetAsync("/api/people/nadia-orlov")).ReadJsonAsync();

        Assert.Equal("Nadia Orlov", person.Str("name"));
        Assert.Equal("senior analyst", person.Str("title"));
        Assert.Equal("institute-of-coastal-studies", person["affiliation"]!.Str("slug"));
        Assert.Equal("Institute of Coastal Studies", person["affiliation"]!.Str("name"));
        Assert.Contains("Orlov", person["aliases"].Strings());
        Assert.Equal(2, person.Int("articleCount"));

        var byId = await (await client.GetAsync($"/api/people/{person.Int("id")}")).ReadJsonAsync();
        Assert.Equal("Nadia Orlov", byId.Str("name"));
    }

    [Fact]
    public async Task GetPersonArticlesListsTheirArticlesNewestFirst()
    {
        using var factory = await ThreePeopleAsync();
        var client = await factory.CreateReadyClientAsync();

        using var response = await client.GetAsync("/api/people/nadia-orlov/articles");
        var page = await response.ReadJsonAsync();

        Assert.Equal(["Sea walls planned", "Coast erodes"], page.Headlines());
        Assert.Equal("2", response.Header("X-Total-Count"));
        Assert.Contains("Nadia Orlov", page["items"]![0]!["people"].Strings("name"));
    }

    [Fact]
    public async Task GetPersonQuotesListsQuotesWithTheirArticle()
    {
        using var factory = await ThreePeopleAsync();
        var client = await factory.CreateReadyClientAsync();

        var page = await (await client.GetAsync("/api/people/nadia-orlov/quotes")).ReadJsonAsync();

        var quotes = page["items"]!.AsArray();
        Assert.Equal(3, page.Int("totalItems"));
        Assert.Equal("Walls buy time, not safety", quotes[0]!.Str("text"));
        Assert.Equal("Sea walls planned", quotes[0]!["article"]!.Str("headline"));
        Assert.Equal("2024-04-01T10:00:00Z", quotes[0]!["article"]!.Str("publishedAt"));
        Assert.Contains(quotes, q => q!.Str("text") == "alarming" && q!["partial"]!.GetValue<bool>());
    }

    [Theory]
    [InlineData("/api/people/nobody-here")]
    [InlineData("/api/people/424242")]
    [InlineData("/api/people/nobody-here/articles")]
    [InlineData("/api/people/nobody-here/quotes")]
    public async Task UnknownPersonIsNotFoundProblem(string path)
    {
        using var factory = EmptyFactory();
        var client = await factory.CreateReadyClientAsync();

        using var response = await client.GetAsync(path);

        await response.ReadProblemAsync(HttpStatusCode.NotFound);
    }

    [Theory]
    [InlineData("/api/people?sort=newest", "sort")]
    [InlineData("/api/people?pageSize=500", "pageSize")]
    [InlineData("/api/people?page=0", "page")]
    [InlineData("/api/people/Not_A_Slug", "idOrSlug")]
    [InlineData("/api/people/nadia-orlov/quotes?page=x", "page")]
    public async Task BadPeopleRequestsAreValidationProblems(string path, string field)
    {
        using var factory = EmptyFactory();
        var client = await factory.CreateReadyClientAsync();

        using var response = await client.GetAsync(path);

        await response.ReadValidationProblemAsync(field);
    }
}
