using System.Net;
using System.Net.Http.Headers;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using NewsApi.Data;
using NewsApi.Tests.Infrastructure;
using static NewsApi.Tests.Articles.Writes.ArticleWrites;

namespace NewsApi.Tests.Articles.Writes;

public sealed class EditArticleTests(WritesFactory factory) : IClassFixture<WritesFactory>
{
    [Fact]
    public async Task PutReplacesTheArticleAndKeepsItsSlug()
    {
        var client = await factory.CreateReadyClientAsync();
        var (created, etag) = await client.CreateAsync(NewArticle("Bridge opens to traffic"));
        var replacement = NewArticle("Bridge opening delayed", b =>
        {
            b["body"] = new JsonArray("The opening of the bridge was put off by a week.");
            b["tags"] = new JsonArray("bridges");
            b["standfirst"] = null;
        });

        using var response = await client.SendAsync(Write(HttpMethod.Put, $"/api/articles/{created.Str("slug")}", Json(replacement), ifMatch: etag));
        var replaced = await response.ReadJsonAsync();

        Assert.Equal(created.Str("slug"), replaced.Str("slug"));
        Assert.Equal(created.Int("id"), replaced.Int("id"));
        Assert.Equal(created["provenance"].Str("contentHash"), replaced["provenance"].Str("contentHash"));
        Assert.Equal("Bridge opening delayed", replaced.Str("headline"));
        Assert.Equal(["The opening of the bridge was put off by a week."], replaced["body"].Strings());
        Assert.Null(replaced["standfirst"]);
        Assert.Equal(["bridges"], replaced["tags"].Strings("slug"));
        Assert.NotEqual(etag, response.Headers.ETag!.Tag);
        Assert.Equal((await client.GetArticleAsync(created.Str("slug"))).ETag, response.Headers.ETag.Tag);
    }

    [Fact]
    public async Task PutWithoutIfMatchIsPreconditionRequired()
    {
        var client = await factory.CreateReadyClientAsync();
        var (created, _) = await client.CreateAsync(NewArticle("Ferry timetable changes"));

        using var response = await client.SendAsync(Write(HttpMethod.Put, $"/api/articles/{created.Str("slug")}", Json(NewArticle("Ferry timetable changed"))));

        await response.ReadProblemAsync(HttpStatusCode.PreconditionRequired);
        Assert.Equal("Ferry timetable changes", (await client.GetArticleAsync(created.Str("slug"))).Article.Str("headline"));
    }

    [Fact]
    public async Task PutWithAStaleETagIsPreconditionFailedWithTheCurrentETag()
    {
        var client = await factory.CreateReadyClientAsync();
        var (created, etag) = await client.CreateAsync(NewArticle("Harbour dredging starts"));
        var slug = created.Str("slug");
        using var first = await client.SendAsync(Write(HttpMethod.Put, $"/api/articles/{slug}", Json(NewArticle("Harbour dredging begins")), ifMatch: etag));
        await first.ReadJsonAsync();

        using var stale = await client.SendAsync(Write(HttpMethod.Put, $"/api/articles/{slug}", Json(NewArticle("Harbour dredging stalls")), ifMatch: etag));

        await stale.ReadProblemAsync(HttpStatusCode.PreconditionFailed);
        Assert.Equal(first.Headers.ETag!.Tag, stale.Headers.ETag!.Tag);
        Assert.Equal("Harbour dredging begins", (await client.GetArticleAsync(slug)).Article.Str("headline"));
    }

    [Fact]
    public async Task FiftyConcurrentPutsWithOneETagGiveOneSuccess()
    {
        var client = await factory.CreateReadyClientAsync();
        var (created, etag) = await client.CreateAsync(NewArticle("Tram line extended"));
        var slug = created.Str("slug");

        var responses = await Task.WhenAll(Enumerable.Range(0, 50).Select(async i =>
        {
            using var request = Write(HttpMethod.Put, $"/api/articles/{slug}", Json(NewArticle($"Tram line extended, version {i}")), ifMatch: etag);
            using var response = await client.SendAsync(request);
            return (response.StatusCode, Headline: response.IsSuccessStatusCode ? (await response.ReadJsonAsync()).Str("headline") : null);
        }));

        Assert.Equal(1, responses.Count(r => r.StatusCode == HttpStatusCode.OK));
        Assert.Equal(49, responses.Count(r => r.StatusCode == HttpStatusCode.PreconditionFailed));
        var winner = responses.Single(r => r.StatusCode == HttpStatusCode.OK).Headline;
        Assert.Equal(winner, (await client.GetArticleAsync(slug)).Article.Str("headline"));
    }

    [Fact]
    public async Task GetWithTheCurrentETagIsNotModified()
    {
        var client = await factory.CreateReadyClientAsync();
        var (created, etag) = await client.CreateAsync(NewArticle("Canal reopens after repairs"));
        using var request = new HttpRequestMessage(HttpMethod.Get, $"/api/articles/{created.Str("slug")}");
        request.Headers.IfNoneMatch.Add(EntityTagHeaderValue.Parse(etag));

        using var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.NotModified, response.StatusCode);
        Assert.Equal(etag, response.Headers.ETag!.Tag);
        Assert.Empty(await response.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task RenamingATagOrPersonShownInTheArticleChangesItsETag()
    {
        var client = await factory.CreateReadyClientAsync();
        var (person, _, _) = await factory.StorePeopleAsync("Rename");
        var (created, etag) = await client.CreateAsync(NewArticle("Airport expansion approved", b =>
        {
            b["tags"] = new JsonArray("airports");
            b["people"] = new JsonArray(new JsonObject { ["slug"] = person });
        }));
        var slug = created.Str("slug");

        // Renamed through their own resources, after a GET that an ETag computed once per article would keep answering.
        await RenameAsync(client, "/api/tags/airports", "Air Travel");
        var (afterTag, tagETag) = await client.GetArticleAsync(slug);
        await RenameAsync(client, $"/api/people/{person}", "Anna Renamed");
        var (afterPerson, personETag) = await client.GetArticleAsync(slug);

        Assert.Equal("Air Travel", afterTag["tags"]![0]!.Str("name"));
        Assert.NotEqual(etag, tagETag);
        Assert.Equal("Anna Renamed", afterPerson["people"]![0]!.Str("name"));
        Assert.NotEqual(tagETag, personETag);
        using var stale = await client.SendAsync(Write(HttpMethod.Put, $"/api/articles/{slug}", Json(NewArticle("Airport expansion halted")), ifMatch: etag));
        await stale.ReadProblemAsync(HttpStatusCode.PreconditionFailed);
    }

    [Fact]
    public async Task PatchChangesOnlyTheNamedFields()
    {
        var client = await factory.CreateReadyClientAsync();
        var (person, other, organization) = await factory.StorePeopleAsync("Patch");
        var (created, etag) = await client.CreateAsync(NewArticle("Port workers vote on deal", b =>
        {
            b["people"] = new JsonArray(new JsonObject { ["slug"] = person, ["title"] = "union leader" });
            b["organizations"] = new JsonArray(organization);
            b["quotes"] = new JsonArray(new JsonObject { ["text"] = "We will vote yes", ["speaker"] = person });
        }));
        var patch = new JsonObject
        {
            ["section"] = "Business",
            ["standfirst"] = null,
            ["quotes"] = new JsonArray(new JsonObject { ["text"] = "It is a fair offer", ["speaker"] = other }),
        };

        using var response = await client.SendAsync(Write(HttpMethod.Patch, $"/api/articles/{created.Str("slug")}", Json(patch, MergePatchType), ifMatch: etag));
        var patched = await response.ReadJsonAsync();

        Assert.Equal("Business", patched.Str("section"));
        Assert.Null(patched["standfirst"]);
        Assert.Equal(created.Str("headline"), patched.Str("headline"));
        Assert.Equal(created["body"].Strings(), patched["body"].Strings());
        Assert.Equal(created["tags"].Strings("slug"), patched["tags"].Strings("slug"));
        Assert.Equal([organization], patched["organizations"].Strings("slug"));
        Assert.Equal(["It is a fair offer"], patched["quotes"].Strings("text"));
        var people = patched["people"]!.AsArray().ToDictionary(p => p!.Str("slug"), p => p!["roles"].Strings());
        Assert.Equal(["mentioned"], people[person]);
        Assert.Equal(["quoted"], people[other]);
        Assert.Equal("union leader", patched["people"]!.AsArray().Single(p => p!.Str("slug") == person)!.Str("title"));
        Assert.Equal((await client.GetArticleAsync(created.Str("slug"))).ETag, response.Headers.ETag!.Tag);
    }

    [Theory]
    [InlineData("""{"id": 5}""", "id")]
    [InlineData("""{"contentHash": "abc"}""", "contentHash")]
    [InlineData("""{"createdAt": "2020-01-01T00:00:00Z"}""", "createdAt")]
    [InlineData("""{"people": [{"slug": "x", "admin": true}]}""", "people[0].admin")]
    [InlineData("""{"headline": null}""", "headline")]
    [InlineData("""{"body": []}""", "body")]
    [InlineData("""{"tags": ["Bad Slug"]}""", "tags[0]")]
    [InlineData("""{"people": [{"slug": "nobody-known"}]}""", "people[0]")]
    [InlineData("""[{"op": "replace", "path": "/headline", "value": "x"}]""", "")]
    public async Task AnInvalidPatchIsABadRequestAndChangesNothing(string patch, string field)
    {
        var client = await factory.CreateReadyClientAsync();
        var (created, etag) = await client.CreateAsync(NewArticle($"Patched badly {Guid.NewGuid():N}"));

        using var response = await client.SendAsync(Write(HttpMethod.Patch, $"/api/articles/{created.Str("slug")}", Json(patch, MergePatchType), ifMatch: etag));

        var problem = await response.ReadProblemAsync(HttpStatusCode.BadRequest);
        Assert.Contains(problem["errors"]!.AsObject(), e => e.Key == field);
        Assert.Equal(etag, (await client.GetArticleAsync(created.Str("slug"))).ETag);
    }

    [Fact]
    public async Task PatchAsPlainJsonIsUnsupported()
    {
        var client = await factory.CreateReadyClientAsync();
        var (created, etag) = await client.CreateAsync(NewArticle("Patched with the wrong type"));

        using var response = await client.SendAsync(Write(HttpMethod.Patch, $"/api/articles/{created.Str("slug")}", Json("""{"section": "x"}"""), ifMatch: etag));

        await response.ReadProblemAsync(HttpStatusCode.UnsupportedMediaType);
    }

    [Fact]
    public async Task PatchWithoutIfMatchIsPreconditionRequired()
    {
        var client = await factory.CreateReadyClientAsync();
        var (created, _) = await client.CreateAsync(NewArticle("Patched without a precondition"));

        using var response = await client.SendAsync(Write(HttpMethod.Patch, $"/api/articles/{created.Str("slug")}", Json("""{"section": "x"}""", MergePatchType)));

        await response.ReadProblemAsync(HttpStatusCode.PreconditionRequired);
    }

    [Fact]
    public async Task EditsWithoutKeyAreUnauthorized()
    {
        var client = await factory.CreateReadyClientAsync();
        var (created, etag) = await client.CreateAsync(NewArticle("Keyless edit story"));
        var url = $"/api/articles/{created.Str("slug")}";

        using var put = await client.SendAsync(Write(HttpMethod.Put, url, Json(NewArticle("Keyless edit story, changed")), key: null, ifMatch: etag));
        using var patch = await client.SendAsync(Write(HttpMethod.Patch, url, Json("""{"section": "x"}""", MergePatchType), key: TestApiKeys.Unknown, ifMatch: etag));

        await put.ReadProblemAsync(HttpStatusCode.Unauthorized);
        await patch.ReadProblemAsync(HttpStatusCode.Unauthorized);
        Assert.Equal(etag, (await client.GetArticleAsync(created.Str("slug"))).ETag);
    }

    [Fact]
    public async Task EditingAMissingArticleIsNotFound()
    {
        var client = await factory.CreateReadyClientAsync();

        using var response = await client.SendAsync(Write(HttpMethod.Put, "/api/articles/no-such-article", Json(NewArticle("Nothing here")), ifMatch: "\"abc\""));

        await response.ReadProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task IngestingTheSameDocumentAgainDoesNotUndoAnEdit()
    {
        var client = await factory.CreateReadyClientAsync();
        var document = "Lighthouse restored on the coast\n\n5 February 2025\n\nRestorers finished work on the old lighthouse on Monday, the council said.\n\nIt will open to visitors in spring.\n";
        using var ingest = await client.SendAsync(Write(HttpMethod.Post, "/api/articles/ingest?sourceName=lighthouse.txt", new StringContent(document, System.Text.Encoding.UTF8, "text/plain")));
        var ingested = await ingest.ReadJsonAsync(HttpStatusCode.Created);
        using var patch = await client.SendAsync(Write(HttpMethod.Patch, $"/api/articles/{ingested.Str("slug")}", Json("""{"headline": "Lighthouse restored, opens in spring"}""", MergePatchType), ifMatch: ingest.Headers.ETag!.Tag));
        await patch.ReadJsonAsync();

        using var again = await client.SendAsync(Write(HttpMethod.Post, "/api/articles/ingest?sourceName=lighthouse.txt", new StringContent(document, System.Text.Encoding.UTF8, "text/plain")));

        Assert.Equal("Lighthouse restored, opens in spring", (await again.ReadJsonAsync()).Str("headline"));
        Assert.Equal(1, await factory.WithScopeAsync(s => s.GetRequiredService<NewsDbContext>().Articles.CountAsync(a => a.SourceDocumentName == "lighthouse.txt")));
    }

    private static async Task RenameAsync(HttpClient client, string url, string name)
    {
        using var current = await client.GetAsync(url);
        current.EnsureSuccessStatusCode();
        using var renamed = await client.SendAsync(Write(HttpMethod.Patch, url, Json($$"""{ "name": "{{name}}" }""", "application/merge-patch+json"), ifMatch: current.Headers.ETag!.Tag));
        renamed.EnsureSuccessStatusCode();
    }
}
