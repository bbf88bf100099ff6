using System.Net;
using NewsApi.Ingestion;
using NewsApi.Tests.Infrastructure;
using static NewsApi.Tests.Infrastructure.TestArticles;

namespace NewsApi.Tests.Quotes;

public sealed class QuotesTests
{
    private static async Task<(NewsApiFactory Factory, HttpClient Client)> TwoArticlesAsync()
    {
        var factory = EmptyFactory();
        var client = await factory.CreateReadyClientAsync();
        await factory.StoreAllAsync(
            Draft(
                "Dock workers vote to strike",
                new DateTimeOffset(2022, 5, 2, 8, 0, 0, TimeSpan.Zero),
                tags: ["labour"],
                people: [Person("Nell Farrow", "union leader", "Dockers Guild", [PersonRole.Quoted])],
                organizations: [Organization("Dockers Guild", "union")],
                quotes: [
                    new QuoteDraft("We have no other choice left", "Nell Farrow", false),
                    new QuoteDraft("The port will stand still", "Nell Farrow", false),
                ]),
            Draft(
                "Port authority answers the union",
                new DateTimeOffset(2022, 5, 9, 8, 0, 0, TimeSpan.Zero),
                tags: ["shipping"],
                people: [Person("Osric Vale", "port director", roles: [PersonRole.Quoted])],
                quotes: [new QuoteDraft("Our door remains open 100% of the time", "Osric Vale", false)]));
        return (factory, client);
    }

    [Fact]
    public async Task ListsQuotesNewestArticleFirstWithSpeakerAndSource()
    {
        var (factory, client) = await TwoArticlesAsync();
        using var _ = factory;

        var page = await (await client.GetAsync("/api/quotes")).ReadJsonAsync();

        Assert.Equal(3, page.Int("totalItems"));
        Assert.Equal(
            ["Our door remains open 100% of the time", "We have no other choice left", "The port will stand still"],
            page["items"].Strings("text"));
        var first = page["items"]![0]!;
        Assert.Equal("osric-vale", first["speaker"]!.Str("slug"));
        Assert.Equal("port director", first.Str("speakerTitle"));
        Assert.Equal("Port authority answers the union", first["article"]!.Str("headline"));
        Assert.Equal("2022-05-09T08:00:00Z", first["article"]!.Str("publishedAt"));
    }

    [Theory]
    [InlineData("person=nell-farrow", 2)]
    [InlineData("organization=dockers-guild", 2)]
    [InlineData("tag=shipping", 1)]
    [InlineData("q=PORT", 1)]
    [InlineData("q=100%25", 1)]
    [InlineData("from=2022-05-03", 1)]
    [InlineData("to=2022-05-02", 2)]
    [InlineData("person=nell-farrow&tag=shipping", 0)]
    public async Task FiltersCombine(string query, int expected)
    {
        var (factory, client) = await TwoArticlesAsync();
        using var _ = factory;

        var page = await (await client.GetAsync($"/api/quotes?{query}")).ReadJsonAsync();

        Assert.Equal(expected, page.Int("totalItems"));
    }

    [Fact]
    public async Task PagesWithTheSharedEnvelope()
    {
        var (factory, client) = await TwoArticlesAsync();
        using var _ = factory;

        var response = await client.GetAsync("/api/quotes?pageSize=2&page=2");
        var page = await response.ReadJsonAsync();

        Assert.Equal(["The port will stand still"], page["items"].Strings("text"));
        Assert.Equal(2, page.Int("totalPages"));
        Assert.Equal("3", response.Headers.GetValues("X-Total-Count").Single());
    }

    [Theory]
    [InlineData("person=Not%20A%20Slug", "Person")]
    [InlineData("pageSize=0", "pageSize")]
    [InlineData("from=yesterday", "from")]
    public async Task MalformedFiltersAreValidationProblems(string query, string field)
    {
        var (factory, client) = await TwoArticlesAsync();
        using var _ = factory;

        var response = await client.GetAsync($"/api/quotes?{query}");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.ReadProblemAsync(HttpStatusCode.BadRequest);
        Assert.Contains(problem["errors"]!.AsObject(), e => e.Key.Contains(field, StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task FromAfterToIsAValidationProblem()
    {
        var (factory, client) = await TwoArticlesAsync();
        using var _ = factory;

        await (await client.GetAsync("/api/quotes?from=2022-06-01&to=2022-05-01")).ReadValidationProblemAsync("from");
    }
}
