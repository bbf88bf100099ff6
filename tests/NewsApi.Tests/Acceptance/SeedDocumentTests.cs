using NewsApi.Tests.Infrastructure;

namespace NewsApi.Tests.Acceptance;

/// <summary>The app seeded from the repository's own seeds/ folder, as `dotnet run` would be.</summary>
public sealed class SeedDocumentTests
{
    [Fact]
    public async Task ListArticlesIncludesTheSeedArticlePublishedAt2021_01_16T00_44Z()
    {
        using var factory = new NewsApiFactory();
        var client = await factory.CreateReadyClientAsync();

        var page = await (await client.GetAsync("/api/articles?pageSize=100&sort=oldest")).ReadJsonAsync();

        Assert.Contains(page["items"]!.AsArray(), item => item!["publishedAt"]?.GetValue<string>() == "2021-01-16T00:44:00Z");
    }

    [Fact]
    public async Task PeopleSearchFindsVasilyKashinWithHisTitle()
    {
        using var factory = new NewsApiFactory();
        var client = await factory.CreateReadyClientAsync();

        var page = await (await client.GetAsync("/api/people?q=Kashin")).ReadJsonAsync();

        var kashin = Assert.Single(page["items"]!.AsArray(), p => p!.Str("name") == "Vasily Kashin")!;
        Assert.Contains("senior research fellow", kashin["title"]?.GetValue<string>() ?? "", StringComparison.OrdinalIgnoreCase);
    }
}
