using System.Net;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using NewsApi.Data;
using NewsApi.Tests.Infrastructure;
using static NewsApi.Tests.Articles.Writes.ArticleWrites;

namespace NewsApi.Tests.Articles.Writes;

public sealed class DeleteArticleTests(WritesFactory factory) : IClassFixture<WritesFactory>
{
    [Fact]
    public async Task DeleteRemovesTheArticleWithItsLinksQuotesAndImages()
    {
        var client = await factory.CreateReadyClientAsync();
        var (person, _, organization) = await factory.StorePeopleAsync("Delete");
        var (created, etag) = await client.CreateAsync(NewArticle("Old pier demolished", b =>
        {
            b["people"] = new JsonArray(new JsonObject { ["slug"] = person });
            b["organizations"] = new JsonArray(organization);
            b["quotes"] = new JsonArray(new JsonObject { ["text"] = "It had to go", ["speaker"] = person });
        }));
        var id = created.Int("id");

        using var response = await client.SendAsync(Write(HttpMethod.Delete, $"/api/articles/{created.Str("slug")}", key: TestApiKeys.Admin, ifMatch: etag));

        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        await (await client.GetAsync($"/api/articles/{created.Str("slug")}")).ReadProblemAsync(HttpStatusCode.NotFound);
        var left = await factory.WithScopeAsync(async s =>
        {
            var db = s.GetRequiredService<NewsDbContext>();
            return new[]
            {
                await db.ArticlePeople.CountAsync(l => l.ArticleId == id),
                await db.ArticleOrganizations.CountAsync(l => l.ArticleId == id),
                await db.ArticleTags.CountAsync(l => l.ArticleId == id),
                await db.Quotes.CountAsync(q => q.ArticleId == id),
                await db.Images.CountAsync(i => i.ArticleId == id),
                await db.RelatedHeadlines.CountAsync(r => r.ArticleId == id),
                await db.People.CountAsync(p => p.Slug == person),
                await db.Organizations.CountAsync(o => o.Slug == organization),
            };
        });
        Assert.Equal([0, 0, 0, 0, 0, 0, 1, 1], left);
    }

    [Fact]
    public async Task DeleteAsEditorIsForbidden()
    {
        var client = await factory.CreateReadyClientAsync();
        var (created, etag) = await client.CreateAsync(NewArticle("Editor may not delete this"));

        using var response = await client.SendAsync(Write(HttpMethod.Delete, $"/api/articles/{created.Str("slug")}", key: TestApiKeys.Editor, ifMatch: etag));

        await response.ReadProblemAsync(HttpStatusCode.Forbidden);
        await client.GetArticleAsync(created.Str("slug"));
    }

    [Fact]
    public async Task DeleteWithoutKeyIsUnauthorized()
    {
        var client = await factory.CreateReadyClientAsync();
        var (created, etag) = await client.CreateAsync(NewArticle("Anonymous may not delete this"));

        using var response = await client.SendAsync(Write(HttpMethod.Delete, $"/api/articles/{created.Str("slug")}", key: null, ifMatch: etag));

        await response.ReadProblemAsync(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task DeleteWithoutIfMatchIsPreconditionRequired()
    {
        var client = await factory.CreateReadyClientAsync();
        var (created, _) = await client.CreateAsync(NewArticle("Delete needs a precondition"));

        using var response = await client.SendAsync(Write(HttpMethod.Delete, $"/api/articles/{created.Str("slug")}", key: TestApiKeys.Admin));

        await response.ReadProblemAsync(HttpStatusCode.PreconditionRequired);
        await client.GetArticleAsync(created.Str("slug"));
    }

    [Fact]
    public async Task DeleteWithAStaleETagIsPreconditionFailed()
    {
        var client = await factory.CreateReadyClientAsync();
        var (created, etag) = await client.CreateAsync(NewArticle("Deleted after a change"));
        var slug = created.Str("slug");
        using var change = await client.SendAsync(Write(HttpMethod.Patch, $"/api/articles/{slug}", Json("""{"section": "Local"}""", MergePatchType), ifMatch: etag));
        await change.ReadJsonAsync();

        using var response = await client.SendAsync(Write(HttpMethod.Delete, $"/api/articles/{slug}", key: TestApiKeys.Admin, ifMatch: etag));

        await response.ReadProblemAsync(HttpStatusCode.PreconditionFailed);
        Assert.Equal(change.Headers.ETag!.Tag, response.Headers.ETag!.Tag);
        Assert.Equal("Local", (await client.GetArticleAsync(slug)).Article.Str("section"));
    }
}
