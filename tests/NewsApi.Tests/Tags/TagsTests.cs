using System.Net;
using NewsApi.Tests.Infrastructure;
using static NewsApi.Tests.Infrastructure.TestArticles;

namespace NewsApi.Tests.Tags;

public sealed class TagsTests
{
    private static async Task<NewsApiFactory> TaggedArticlesAsync()
    {
        var factory = EmptyFactory();
        await factory.WaitUntilReadyAsync();
        await factory.StoreAllAsync(
            Draft("Volcano wakes", new DateTimeOffset(2024, 7, 1, 0, 0, 0, TimeSpan.Zero), tags: ["volcanoes", "science"], places: ["Reykjavik"]),
            Draft("Lava reaches road", new DateTimeOffset(2024, 7, 2, 0, 0, 0, TimeSpan.Zero), tags: ["volcanoes"]));
        return factory;
    }

    [Fact]
    public async Task ListTagsIsSortedByNameWithKindAndArticleCount()
    {
        using var factory = await TaggedArticlesAsync();
        var client = await factory.CreateReadyClientAsync();

        using var response = await client.GetAsync("/api/tags");
        var page = await response.ReadJsonAsync();

        Assert.Equal(["Reykjavik", "science", "volcanoes"], page["items"].Strings("name"));
        Assert.Equal(["place", "topic", "topic"], page["items"].Strings("kind"));
        Assert.Equal(2, page["items"]![2]!.Int("articleCount"));
        Assert.Equal("3", response.Header("X-Total-Count"));
    }

    [Fact]
    public async Task ListTagsSortsByArticleCountAndFiltersByName()
    {
        using var factory = await TaggedArticlesAsync();
        var client = await factory.CreateReadyClientAsync();

        var byCount = await (await client.GetAsync("/api/tags?sort=articles")).ReadJsonAsync();
        var matching = await (await client.GetAsync("/api/tags?q=SCI")).ReadJsonAsync();

        Assert.Equal("volcanoes", byCount["items"]![0]!.Str("name"));
        Assert.Equal(["science"], matching["items"].Strings("name"));
    }

    [Fact]
    public async Task GetTagGivesKindAndArticleCount()
    {
        using var factory = await TaggedArticlesAsync();
        var client = await factory.CreateReadyClientAsync();

        var tag = await (await client.GetAsync("/api/tags/volcanoes")).ReadJsonAsync();
        var byId = await (await client.GetAsync($"/api/tags/{tag.Int("id")}")).ReadJsonAsync();

        Assert.Equal("topic", tag.Str("kind"));
        Assert.Equal(2, tag.Int("articleCount"));
        Assert.Equal("volcanoes", byId.Str("slug"));
    }

    [Fact]
    public async Task GetTagArticlesListsTaggedArticlesNewestFirst()
    {
        using var factory = await TaggedArticlesAsync();
        var client = await factory.CreateReadyClientAsync();

        using var response = await client.GetAsync("/api/tags/volcanoes/articles?pageSize=1");
        var page = await response.ReadJsonAsync();

        Assert.Equal(["Lava reaches road"], page.Headlines());
        Assert.Equal(2, page.Int("totalPages"));
        Assert.Contains("rel=\"next\"", response.Header("Link"), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/api/tags/no-such-tag")]
    [InlineData("/api/tags/no-such-tag/articles")]
    public async Task UnknownTagIsNotFoundProblem(string path)
    {
        using var factory = EmptyFactory();
        var client = await factory.CreateReadyClientAsync();

        using var response = await client.GetAsync(path);

        await response.ReadProblemAsync(HttpStatusCode.NotFound);
    }

    [Theory]
    [InlineData("/api/tags?sort=oldest", "sort")]
    [InlineData("/api/tags/Caps", "idOrSlug")]
    [InlineData("/api/tags/caps/articles?page=0", "page")]
    public async Task BadTagRequestsAreValidationProblems(string path, string field)
    {
        using var factory = EmptyFactory();
        var client = await factory.CreateReadyClientAsync();

        using var response = await client.GetAsync(path);

        await response.ReadValidationProblemAsync(field);
    }

    [Fact]
    public async Task TagSearchLongerThanTheLimitIsValidationProblem()
    {
        using var factory = EmptyFactory();
        var client = await factory.CreateReadyClientAsync();

        using var response = await client.GetAsync("/api/tags?q=" + new string('x', 201));

        await response.ReadValidationProblemAsync("q");
    }
}
