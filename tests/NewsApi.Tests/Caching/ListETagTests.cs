using System.Net;
using System.Net.Http.Headers;
using System.Text.Json.Nodes;
using NewsApi.Tests.Articles.Writes;
using NewsApi.Tests.Infrastructure;
using static NewsApi.Tests.Infrastructure.TestArticles;

namespace NewsApi.Tests.Caching;

public sealed class ListETagTests
{
    private static readonly DateTimeOffset Day = new(2024, 6, 1, 8, 0, 0, TimeSpan.Zero);

    [Theory]
    [InlineData("/api/articles?tag=ferries")]
    [InlineData("/api/tags")]
    [InlineData("/api/people")]
    [InlineData("/api/organizations")]
    [InlineData("/api/tags/ferries/articles")]
    public async Task ListsAnswerNotModifiedToTheirOwnETag(string url)
    {
        using var factory = EmptyFactory();
        var client = await factory.CreateReadyClientAsync();
        await factory.StoreAsync(Draft("Ferry timetable changes", Day, tags: ["ferries"],
            people: [Person("Ilse Vandermaar")], organizations: [Organization("Harbour Ferry Board", "agency")]));

        using var first = await client.GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        var etag = first.Headers.ETag;
        Assert.NotNull(etag);
        Assert.False(etag.IsWeak);

        using var again = new HttpRequestMessage(HttpMethod.Get, url);
        again.Headers.IfNoneMatch.Add(etag);
        using var second = await client.SendAsync(again);

        Assert.Equal(HttpStatusCode.NotModified, second.StatusCode);
        Assert.Empty(await second.Content.ReadAsByteArrayAsync());
        Assert.Equal(etag, second.Headers.ETag);
    }

    [Fact]
    public async Task EditingAnArticleInTheFilterChangesTheListETag()
    {
        using var factory = EmptyFactory();
        var client = await factory.CreateReadyClientAsync();
        var stored = await factory.StoreAsync(Draft("Ferry fares rise", Day, tags: ["ferries"]));
        await factory.StoreAsync(Draft("Unrelated rail story", Day, tags: ["rail"]));
        const string url = "/api/articles?tag=ferries";
        var before = (await client.GetAsync(url)).Headers.ETag!;

        var (_, articleETag) = await client.GetArticleAsync(stored.Slug);
        using var patch = ArticleWrites.Write(HttpMethod.Patch, $"/api/articles/{stored.ArticleId}",
            ArticleWrites.Json(new JsonObject { ["headline"] = "Ferry fares rise again" }, ArticleWrites.MergePatchType), ifMatch: articleETag);
        using var patched = await client.SendAsync(patch);
        Assert.Equal(HttpStatusCode.OK, patched.StatusCode);

        using var conditional = new HttpRequestMessage(HttpMethod.Get, url);
        conditional.Headers.IfNoneMatch.Add(before);
        using var after = await client.SendAsync(conditional);

        Assert.Equal(["Ferry fares rise again"], (await after.ReadJsonAsync()).Headlines());
        Assert.NotEqual(before, after.Headers.ETag);
    }

    [Fact]
    public async Task AnArticleAddedToTheFilterChangesTheListETagButOneOutsideDoesNot()
    {
        using var factory = EmptyFactory();
        var client = await factory.CreateReadyClientAsync();
        await factory.StoreAsync(Draft("Ferry strike ends", Day, tags: ["ferries"]));
        const string url = "/api/articles?tag=ferries";
        var original = (await client.GetAsync(url)).Headers.ETag!;

        await factory.StoreAsync(Draft("Rail strike begins", Day, tags: ["rail"]));
        var unchanged = (await client.GetAsync(url)).Headers.ETag!;
        await factory.StoreAsync(Draft("Ferry strike resumes", Day.AddDays(1), tags: ["ferries"]));
        var changed = (await client.GetAsync(url)).Headers.ETag!;

        Assert.Equal(original, unchanged);
        Assert.NotEqual(original, changed);
    }

    [Fact]
    public async Task ErrorsCarryNoETag()
    {
        using var factory = EmptyFactory();
        var client = await factory.CreateReadyClientAsync();

        using var response = await client.GetAsync("/api/articles?pageSize=0");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Null(response.Headers.ETag);
    }

    [Fact]
    public async Task AWildcardIfNoneMatchIsNotModified()
    {
        using var factory = EmptyFactory();
        var client = await factory.CreateReadyClientAsync();

        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/articles");
        request.Headers.IfNoneMatch.Add(EntityTagHeaderValue.Any);
        using var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.NotModified, response.StatusCode);
    }
}
