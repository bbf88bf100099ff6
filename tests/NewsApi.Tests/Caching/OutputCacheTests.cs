using System.Net;
using System.Text.Json.Nodes;
using NewsApi.Tests.Articles.Writes;
using NewsApi.Tests.Infrastructure;
using static NewsApi.Tests.Infrastructure.TestArticles;

namespace NewsApi.Tests.Caching;

public sealed class OutputCacheTests
{
    [Fact]
    public async Task ARepeatedAnonymousReadRunsNoSql()
    {
        using var factory = new OutputCacheFactory();
        var client = await factory.CreateReadyClientAsync();
        await factory.StoreAsync(Draft("Tram line extended", tags: ["trams"]));

        var first = await (await client.GetAsync("/api/articles?tag=trams")).Content.ReadAsStringAsync();
        factory.Commands.Start();
        using var second = await client.GetAsync("/api/articles?tag=trams");
        var queries = factory.Commands.Stop();

        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        Assert.Equal(first, await second.Content.ReadAsStringAsync());
        Assert.Equal(0, queries);
    }

    [Fact]
    public async Task TheCacheVariesByTheWholeQueryString()
    {
        using var factory = new OutputCacheFactory();
        var client = await factory.CreateReadyClientAsync();
        await factory.StoreAllAsync(Draft("Tram fares", tags: ["trams"]), Draft("Bus fares", tags: ["buses"]));

        var trams = await (await client.GetAsync("/api/articles?tag=trams")).ReadJsonAsync();
        var buses = await (await client.GetAsync("/api/articles?tag=buses")).ReadJsonAsync();

        Assert.Equal(["Tram fares"], trams.Headlines());
        Assert.Equal(["Bus fares"], buses.Headlines());
    }

    [Fact]
    public async Task ASuccessfulWriteEvictsCachedReads()
    {
        using var factory = new OutputCacheFactory();
        var client = await factory.CreateReadyClientAsync();
        var stored = await factory.StoreAsync(Draft("Ferry pier closes", tags: ["piers"]));
        var before = await (await client.GetAsync("/api/articles?tag=piers")).ReadJsonAsync();
        var (_, etag) = await client.GetArticleAsync(stored.Slug);

        using var patch = ArticleWrites.Write(HttpMethod.Patch, $"/api/articles/{stored.ArticleId}",
            ArticleWrites.Json(new JsonObject { ["headline"] = "Ferry pier reopens" }, ArticleWrites.MergePatchType), ifMatch: etag);
        using var patched = await client.SendAsync(patch);
        Assert.Equal(HttpStatusCode.OK, patched.StatusCode);
        var list = await (await client.GetAsync("/api/articles?tag=piers")).ReadJsonAsync();
        var (article, _) = await client.GetArticleAsync(stored.Slug);

        Assert.Equal(["Ferry pier closes"], before.Headlines());
        Assert.Equal(["Ferry pier reopens"], list.Headlines());
        Assert.Equal("Ferry pier reopens", article.Str("headline"));
    }

    [Fact]
    public async Task AFailedWriteEvictsNothing()
    {
        using var factory = new OutputCacheFactory();
        var client = await factory.CreateReadyClientAsync();
        var stored = await factory.StoreAsync(Draft("Quay wall repaired"));
        await client.GetAsync("/api/articles");

        using var patch = ArticleWrites.Write(HttpMethod.Patch, $"/api/articles/{stored.ArticleId}",
            ArticleWrites.Json(new JsonObject { ["headline"] = "Never applied" }, ArticleWrites.MergePatchType), ifMatch: "\"stale\"");
        using var refused = await client.SendAsync(patch);
        factory.Commands.Start();
        using var again = await client.GetAsync("/api/articles");
        var queries = factory.Commands.Stop();

        Assert.Equal(HttpStatusCode.PreconditionFailed, refused.StatusCode);
        Assert.Equal(0, queries);
    }

    [Fact]
    public async Task ReadsWithAKeyBypassTheCache()
    {
        using var factory = new OutputCacheFactory();
        var client = await factory.CreateReadyClientAsync();
        await factory.StoreAsync(Draft("Canal dredging starts"));
        var editor = factory.CreateClient().WithApiKey(TestApiKeys.Editor);
        await editor.GetAsync("/api/articles");

        factory.Commands.Start();
        using var response = await editor.GetAsync("/api/articles");
        var queries = factory.Commands.Stop();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.True(queries > 0);
    }

    [Fact]
    public async Task ACachedReadStillAnswersNotModifiedToItsETag()
    {
        using var factory = new OutputCacheFactory();
        var client = await factory.CreateReadyClientAsync();
        await factory.StoreAsync(Draft("Harbour crane installed"));
        using var first = await client.GetAsync("/api/articles");
        var etag = first.Headers.ETag!;

        using var conditional = new HttpRequestMessage(HttpMethod.Get, "/api/articles");
        conditional.Headers.IfNoneMatch.Add(etag);
        factory.Commands.Start();
        using var response = await client.SendAsync(conditional);
        var queries = factory.Commands.Stop();

        Assert.Equal(HttpStatusCode.NotModified, response.StatusCode);
        Assert.Equal(0, queries);
        Assert.Equal("public, max-age=45", response.Headers.CacheControl?.ToString());
    }

    [Fact]
    public async Task ErrorsAreNeverCached()
    {
        using var factory = new OutputCacheFactory();
        var client = await factory.CreateReadyClientAsync();
        using var missing = await client.GetAsync("/api/articles/bridge-of-sighs");
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);

        await factory.StoreAsync(Draft("Bridge of sighs"));
        using var found = await client.GetAsync("/api/articles/bridge-of-sighs");

        Assert.Equal(HttpStatusCode.OK, found.StatusCode);
    }
}
