using System.Net;
using NewsApi.Tests.Articles.Writes;
using NewsApi.Tests.Infrastructure;
using static NewsApi.Tests.Infrastructure.TestArticles;

namespace NewsApi.Tests.Caching;

public sealed class CacheControlTests
{
    [Fact]
    public async Task AnonymousReadsArePublicForTheConfiguredMaxAge()
    {
        using var factory = new OutputCacheFactory();
        var client = await factory.CreateReadyClientAsync();
        var stored = await factory.StoreAsync(Draft("Lighthouse restored"));

        using var list = await client.GetAsync("/api/articles");
        using var one = await client.GetAsync($"/api/articles/{stored.Slug}");

        Assert.Equal("public, max-age=45", list.Headers.CacheControl?.ToString());
        Assert.Equal("public, max-age=45", one.Headers.CacheControl?.ToString());
    }

    [Fact]
    public async Task TheDefaultMaxAgeIsThirtySeconds()
    {
        using var factory = EmptyFactory();
        var client = await factory.CreateReadyClientAsync();

        using var response = await client.GetAsync("/api/articles");

        Assert.Equal("public, max-age=30", response.Headers.CacheControl?.ToString());
    }

    [Fact]
    public async Task ReadsWithAKeyAreNeverStored()
    {
        using var factory = EmptyFactory();
        var client = (await factory.CreateReadyClientAsync()).WithApiKey(TestApiKeys.Editor);

        using var response = await client.GetAsync("/api/articles");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.True(response.Headers.CacheControl!.NoStore);
        Assert.True(response.Headers.CacheControl.Private);
    }

    [Fact]
    public async Task ErrorsAndWritesAreNoStore()
    {
        using var factory = EmptyFactory();
        var client = await factory.CreateReadyClientAsync();

        using var notFound = await client.GetAsync("/api/articles/no-such-article");
        using var invalid = await client.GetAsync("/api/articles?pageSize=1000");
        var (created, etag) = await client.CreateAsync(ArticleWrites.NewArticle("Canal locks reopen"));
        using var delete = ArticleWrites.Write(HttpMethod.Delete, $"/api/articles/{created.Int("id")}", key: TestApiKeys.Admin, ifMatch: etag);
        using var deleted = await client.SendAsync(delete);

        Assert.Equal(HttpStatusCode.NotFound, notFound.StatusCode);
        Assert.Equal("no-store", notFound.Headers.CacheControl?.ToString());
        Assert.Equal("no-store", invalid.Headers.CacheControl?.ToString());
        Assert.True(deleted.IsSuccessStatusCode, $"DELETE answered {(int)deleted.StatusCode}");
        Assert.Equal("no-store", deleted.Headers.CacheControl?.ToString());
    }

    [Fact]
    public async Task ACreateAnswersNoStore()
    {
        using var factory = EmptyFactory();
        var client = await factory.CreateReadyClientAsync();

        using var request = ArticleWrites.Write(HttpMethod.Post, "/api/articles", ArticleWrites.Json(ArticleWrites.NewArticle("Dam inspection due")));
        using var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.Equal("no-store", response.Headers.CacheControl?.ToString());
    }
}
