using System.Net;
using System.Text.Json.Nodes;
using NewsApi.Tests.Articles.Writes;
using NewsApi.Tests.Infrastructure;
using NewsApi.Tests.People.Writes;
using static NewsApi.Tests.Infrastructure.TestArticles;

namespace NewsApi.Tests.Search;

public sealed class SearchIndexSyncTests
{
    /// <summary>What the database finds (sort=newest), checked against what the in-memory index finds (relevance) after the same writes.</summary>
    private static async Task<IReadOnlyList<string>> FoundAsync(HttpClient client, string query)
    {
        using var response = await client.GetAsync("/api/articles?sort=newest&q=" + Uri.EscapeDataString(query));
        var found = (await response.ReadJsonAsync()).Headlines();
        using var ranked = await client.GetAsync("/api/articles?sort=relevance&q=" + Uri.EscapeDataString(query));
        Assert.Equal(found.Order(StringComparer.Ordinal), (await ranked.ReadJsonAsync()).Headlines().Order(StringComparer.Ordinal));
        return found;
    }

    [Fact]
    public async Task IngestedArticleIsFound()
    {
        using var factory = EmptyFactory();
        var client = await factory.CreateReadyClientAsync();
        await factory.StoreAsync(Draft("Glassblowers open workshop", body: ["The glassblowers of Murlow opened a workshop.", "Visitors came."]));

        using var ingest = ArticleWrites.Write(HttpMethod.Post, "/api/articles/ingest",
            JsonAssertions.PlainText("10 March 2024\n\nLanterns return to the river\n\nThe lantern makers of Oskvel floated lanterns on the river on Sunday evening, as they do every spring.\n"));
        using var ingested = await client.SendAsync(ingest);
        Assert.True(ingested.IsSuccessStatusCode, $"{(int)ingested.StatusCode}");

        Assert.Equal(["Glassblowers open workshop"], await FoundAsync(client, "glassblowers"));
        Assert.Single(await FoundAsync(client, "oskvel lanterns"));
    }

    [Fact]
    public async Task EditedArticleIsFoundByItsNewTextOnly()
    {
        using var factory = EmptyFactory();
        var client = await factory.CreateReadyClientAsync();
        var (article, etag) = await client.CreateAsync(ArticleWrites.NewArticle("Ferry timetable changes", b => b["body"] = new JsonArray("The quarrymen complained.", "More.")));
        Assert.Single(await FoundAsync(client, "quarrymen"));

        var replacement = ArticleWrites.NewArticle("Ferry timetable changes", b => b["body"] = new JsonArray("The beekeepers complained.", "More."));
        using var put = ArticleWrites.Write(HttpMethod.Put, $"/api/articles/{article.Str("slug")}", ArticleWrites.Json(replacement), ifMatch: etag);
        using var response = await client.SendAsync(put);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);

        Assert.Empty(await FoundAsync(client, "quarrymen"));
        Assert.Equal(["Ferry timetable changes"], await FoundAsync(client, "beekeepers"));
    }

    [Fact]
    public async Task DeletedArticleIsNotFound()
    {
        using var factory = EmptyFactory();
        var client = await factory.CreateReadyClientAsync();
        var (article, etag) = await client.CreateAsync(ArticleWrites.NewArticle("Orchard harvest early", b => b["body"] = new JsonArray("The cidermakers rejoiced.", "More.")));
        Assert.Single(await FoundAsync(client, "cidermakers"));

        using var delete = ArticleWrites.Write(HttpMethod.Delete, $"/api/articles/{article.Str("slug")}", key: TestApiKeys.Admin, ifMatch: etag);
        using var response = await client.SendAsync(delete);
        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);

        Assert.Empty(await FoundAsync(client, "cidermakers"));
    }

    [Fact]
    public async Task RenamedTagIsFoundByItsNewName()
    {
        using var factory = EmptyFactory();
        var client = await factory.CreateReadyClientAsync();
        await factory.StoreAsync(Draft("Tram line extended", tags: ["Tramways"]));
        Assert.Single(await FoundAsync(client, "tramways"));

        var editor = factory.CreateClient().WithApiKey(TestApiKeys.Editor);
        var (etag, _) = await editor.GetWithETagAsync("/api/tags/tramways");
        using var renamed = await editor.PutJsonAsync("/api/tags/tramways", """{ "name": "Streetcars", "kind": "topic" }""", etag);
        Assert.Equal(HttpStatusCode.OK, renamed.StatusCode);

        Assert.Empty(await FoundAsync(client, "tramways"));
        Assert.Equal(["Tram line extended"], await FoundAsync(client, "streetcars"));
    }

    [Fact]
    public async Task MergedPersonsArticlesAreFoundByTheSurvivorsName()
    {
        using var factory = EmptyFactory();
        var client = await factory.CreateReadyClientAsync();
        await factory.StoreAsync(Draft("Mayor opens library", people: [Person("Ilse Brandvik")]));
        await factory.StoreAsync(Draft("Council approves budget", people: [Person("Ilsa Brandvikova")]));
        Assert.Equal(["Council approves budget"], await FoundAsync(client, "brandvikova"));

        var editor = factory.CreateClient().WithApiKey(TestApiKeys.Editor);
        using var merged = await editor.PostJsonAsync("/api/people/ilse-brandvik/merge", """{ "into": "ilsa-brandvikova" }""");
        Assert.Equal(HttpStatusCode.OK, merged.StatusCode);

        Assert.Equal(2, (await FoundAsync(client, "brandvikova")).Count);
    }

    [Fact]
    public async Task RelatedArticlesRankByWeightedOverlapThenNewest()
    {
        using var factory = EmptyFactory();
        var client = await factory.CreateReadyClientAsync();
        var day = new DateTimeOffset(2024, 6, 1, 9, 0, 0, TimeSpan.Zero);
        var subject = await factory.StoreAsync(Draft("Subject story", day, tags: ["Rivers", "Bridges"], people: [Person("Tomas Lindqvar")], organizations: [Organization("Valley Water Board")]));
        await factory.StoreAsync(Draft("Shares person and tag", day.AddDays(-3), tags: ["Rivers"], people: [Person("Tomas Lindqvar")]));
        await factory.StoreAsync(Draft("Shares organization, older", day.AddDays(-5), organizations: [Organization("Valley Water Board")]));
        await factory.StoreAsync(Draft("Shares organization, newer", day.AddDays(-1), organizations: [Organization("Valley Water Board")]));
        await factory.StoreAsync(Draft("Shares one tag", day.AddDays(-2), tags: ["Bridges"]));
        await factory.StoreAsync(Draft("Shares nothing", day, tags: ["Deserts"]));

        using var response = await client.GetAsync($"/api/articles/{subject.Slug}/related");
        var items = (await response.ReadJsonAsync())["items"]!.AsArray();

        Assert.Equal(
            ["Shares person and tag", "Shares organization, newer", "Shares organization, older", "Shares one tag"],
            items.Select(i => i!["article"]!.Str("headline")));
        Assert.Equal([4, 2, 2, 1], items.Select(i => i!.Int("score")));

        using var paged = await client.GetAsync($"/api/articles/{subject.ArticleId}/related?page=2&pageSize=1");
        var second = await paged.ReadJsonAsync();
        Assert.Equal("Shares organization, newer", Assert.Single(second["items"]!.AsArray())!["article"]!.Str("headline"));
        Assert.Equal(4, second.Int("totalItems"));
        Assert.Equal(4, second.Int("totalPages"));
        using var missing = await client.GetAsync("/api/articles/no-such-story/related");
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
    }
}
