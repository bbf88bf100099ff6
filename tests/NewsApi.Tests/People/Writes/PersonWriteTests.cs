using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using NewsApi.Data;
using NewsApi.Ingestion;
using NewsApi.Tests.Infrastructure;
using static NewsApi.Tests.Infrastructure.TestArticles;
using static NewsApi.Tests.People.Writes.EntityWriteFixture;

namespace NewsApi.Tests.People.Writes;

public sealed class PersonWriteTests(EntityWriteFixture fixture) : IClassFixture<EntityWriteFixture>
{
    private async Task<JsonNodeAndTag> CreatePersonAsync(string? name = null, string? title = null)
    {
        var created = await fixture.Editor().CreateAsync("/api/people", new { name = name ?? Unique("Nadia"), title });
        var (etag, body) = await fixture.Anonymous().GetWithETagAsync($"/api/people/{created.Str("slug")}");
        return new JsonNodeAndTag(body, etag, $"/api/people/{created.Str("slug")}");
    }

    [Fact]
    public async Task CreateWithoutApiKeyIsUnauthorized()
    {
        using var response = await fixture.Anonymous().PostAsJsonAsync("/api/people", new { name = Unique("Nadia") });
        await response.ReadProblemAsync(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task CreateWithUnknownApiKeyIsUnauthorized()
    {
        using var response = await fixture.Anonymous().WithApiKey(TestApiKeys.Unknown).PostAsJsonAsync("/api/people", new { name = Unique("Nadia") });
        await response.ReadProblemAsync(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task CreateGivesLocationETagAndSlugFromTheName()
    {
        var name = Unique("Nadia Orlov");
        using var response = await fixture.Editor().PostAsJsonAsync("/api/people", new { name, title = "senior analyst", aliases = new[] { "Orlov", " Orlov ", "" + name } });
        var created = await response.ReadJsonAsync(HttpStatusCode.Created);

        var slug = created.Str("slug");
        Assert.StartsWith("nadia-orlov-", slug, StringComparison.Ordinal);
        Assert.Equal($"http://localhost/api/people/{slug}", response.Headers.Location?.OriginalString);
        Assert.Equal(["Orlov"], created["aliases"].Strings());
        var (etag, body) = await fixture.Anonymous().GetWithETagAsync($"/api/people/{slug}");
        Assert.Equal(response.Headers.ETag?.Tag, etag);
        Assert.Equal("senior analyst", body.Str("title"));
    }

    [Fact]
    public async Task CreateWithATakenNameIsAConflictNamingTheExistingPerson()
    {
        var person = await CreatePersonAsync();
        var sameNameOtherCase = person.Body.Str("name").ToUpperInvariant();

        using var response = await fixture.Editor().PostAsJsonAsync("/api/people", new { name = sameNameOtherCase });

        var problem = await response.ReadProblemAsync(HttpStatusCode.Conflict);
        Assert.Equal(person.Body.Str("slug"), problem.Str("existing"));
    }

    [Fact]
    public async Task CreateWithAnUnknownAffiliationIsABadRequestNamingTheField()
    {
        using var response = await fixture.Editor().PostAsJsonAsync("/api/people", new { name = Unique("Nadia"), affiliation = "no-such-organization" });
        var problem = await response.ReadValidationProblemAsync("affiliation");
        Assert.Contains("no-such-organization", problem["errors"]!["affiliation"]!.ToJsonString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task CreateWithAKnownAffiliationLinksIt()
    {
        var organization = await fixture.Editor().CreateAsync("/api/organizations", new { name = Unique("Institute") });

        var created = await fixture.Editor().CreateAsync("/api/people", new { name = Unique("Nadia"), affiliation = organization.Str("slug") });

        Assert.Equal(organization.Str("slug"), created["affiliation"].Str("slug"));
    }

    public static TheoryData<string, string> InvalidBodies() => new()
    {
        { """{ "name": "" }""", "name" },
        { """{ "title": "no name" }""", "name" },
        { """{ "name": "---" }""", "name" },
        { $$"""{ "name": "{{new string('a', 121)}}" }""", "name" },
        { $$"""{ "name": "Ann Lee", "title": "{{new string('t', 201)}}" }""", "title" },
        { """{ "name": "Ann Lee", "affiliation": "Not A Slug" }""", "affiliation" },
        { $$"""{ "name": "Ann Lee", "aliases": [{{string.Join(",", Enumerable.Range(0, 51).Select(i => $"\"a{i}\""))}}] }""", "aliases" },
        { """{ "name": "Ann Lee", "aliases": ["Lee", ""] }""", "aliases[1]" },
        { $$"""{ "name": "Ann Lee", "aliases": ["{{new string('a', 121)}}"] }""", "aliases[0]" },
        { """{ "name": 42 }""", "name" },
    };

    [Theory]
    [MemberData(nameof(InvalidBodies))]
    public async Task CreateRejectsAnInvalidBodyNamingTheField(string json, string field)
    {
        using var response = await fixture.Editor().PostJsonAsync("/api/people", json);
        await response.ReadValidationProblemAsync(field);
    }

    [Theory]
    [InlineData("id", "7")]
    [InlineData("slug", "\"chosen-slug\"")]
    [InlineData("createdAt", "\"2024-01-01T00:00:00Z\"")]
    [InlineData("version", "\"00000000-0000-0000-0000-000000000000\"")]
    [InlineData("articleCount", "99")]
    [InlineData("isAdmin", "true")]
    public async Task CreateRejectsPropertiesAClientMayNotSet(string property, string value)
    {
        using var response = await fixture.Editor().PostJsonAsync("/api/people", $$"""{ "name": "{{Unique("Nadia")}}", "{{property}}": {{value}} }""");
        await response.ReadValidationProblemAsync(property);
    }

    [Fact]
    public async Task CreateWithABodyOverTheJsonLimitIsTooLarge()
    {
        var json = $$"""{ "name": "{{Unique("Nadia")}}", "title": "{{new string('t', 300 * 1024)}}" }""";
        using var response = await fixture.Editor().PostJsonAsync("/api/people", json);
        await response.ReadProblemAsync(HttpStatusCode.RequestEntityTooLarge);
    }

    [Fact]
    public async Task GetWithTheCurrentETagIsNotModified()
    {
        var person = await CreatePersonAsync();
        using var request = new HttpRequestMessage(HttpMethod.Get, person.Url);
        request.Headers.TryAddWithoutValidation("If-None-Match", person.ETag);

        using var response = await fixture.Anonymous().SendAsync(request);

        Assert.Equal(HttpStatusCode.NotModified, response.StatusCode);
        Assert.Equal(person.ETag, response.Headers.ETag?.Tag);
    }

    [Fact]
    public async Task ReplaceWithoutIfMatchIsPreconditionRequired()
    {
        var person = await CreatePersonAsync();
        using var response = await fixture.Editor().PutJsonAsync(person.Url, $$"""{ "name": "{{Unique("Renamed")}}" }""", ifMatch: null);
        await response.ReadProblemAsync((HttpStatusCode)428);
    }

    [Fact]
    public async Task ReplaceWithAStaleETagFailsWithTheCurrentETag()
    {
        var person = await CreatePersonAsync();
        using var first = await fixture.Editor().PutJsonAsync(person.Url, $$"""{ "name": "{{Unique("First")}}" }""", person.ETag);
        Assert.Equal(HttpStatusCode.OK, first.StatusCode);

        using var second = await fixture.Editor().PutJsonAsync(person.Url, $$"""{ "name": "{{Unique("Second")}}" }""", person.ETag);

        await second.ReadProblemAsync(HttpStatusCode.PreconditionFailed);
        Assert.Equal(first.Headers.ETag?.Tag, second.Headers.ETag?.Tag);
    }

    [Fact]
    public async Task ReplaceRenamesKeepsTheSlugAndChangesTheETag()
    {
        var person = await CreatePersonAsync(title: "analyst");
        var newName = Unique("Renamed Person");

        using var response = await fixture.Editor().PutJsonAsync(person.Url, $$"""{ "name": "{{newName}}", "aliases": ["Renamed"] }""", person.ETag);
        var replaced = await response.ReadJsonAsync();

        Assert.Equal(newName, replaced.Str("name"));
        Assert.Equal(person.Body.Str("slug"), replaced.Str("slug"));
        Assert.Null(replaced["title"]);
        var (etag, body) = await fixture.Anonymous().GetWithETagAsync(person.Url);
        Assert.NotEqual(person.ETag, etag);
        Assert.Equal(response.Headers.ETag?.Tag, etag);
        Assert.Equal(newName, body.Str("name"));
    }

    [Fact]
    public async Task ReplaceRejectsForbiddenProperties()
    {
        var person = await CreatePersonAsync();
        using var response = await fixture.Editor().PutJsonAsync(person.Url, $$"""{ "name": "{{Unique("X")}}", "id": 1 }""", person.ETag);
        await response.ReadValidationProblemAsync("id");
    }

    [Fact]
    public async Task MergePatchChangesOnlyTheGivenMembersAndNullClears()
    {
        var person = await CreatePersonAsync(title: "analyst");

        using var titled = await fixture.Editor().MergePatchAsync(person.Url, """{ "title": "chief analyst", "aliases": ["Orlov"] }""", person.ETag);
        var afterTitle = await titled.ReadJsonAsync();
        Assert.Equal("chief analyst", afterTitle.Str("title"));
        Assert.Equal(person.Body.Str("name"), afterTitle.Str("name"));
        Assert.Equal(["Orlov"], afterTitle["aliases"].Strings());

        using var cleared = await fixture.Editor().MergePatchAsync(person.Url, """{ "title": null }""", titled.Headers.ETag!.Tag);
        var afterClear = await cleared.ReadJsonAsync();
        Assert.Null(afterClear["title"]);
        Assert.Equal(["Orlov"], afterClear["aliases"].Strings());
    }

    [Theory]
    [InlineData("""{ "slug": "taken-over" }""", "slug")]
    [InlineData("""{ "name": null }""", "name")]
    [InlineData("""{ "name": "" }""", "name")]
    [InlineData("""[ { "op": "replace", "path": "/name", "value": "x" } ]""", "")]
    public async Task MergePatchRejectsBadPatches(string patch, string field)
    {
        var person = await CreatePersonAsync();
        using var response = await fixture.Editor().MergePatchAsync(person.Url, patch, person.ETag);
        var problem = await response.ReadProblemAsync(HttpStatusCode.BadRequest);
        Assert.True(problem["errors"]!.AsObject().ContainsKey(field), problem.ToJsonString());
    }

    [Fact]
    public async Task MergePatchNeedsTheMergePatchMediaType()
    {
        var person = await CreatePersonAsync();
        using var response = await fixture.Editor().MergePatchAsync(person.Url, """{ "title": "x" }""", person.ETag, mediaType: "application/json");
        await response.ReadProblemAsync(HttpStatusCode.UnsupportedMediaType);
    }

    [Fact]
    public async Task MergePatchWithoutIfMatchIsPreconditionRequired()
    {
        var person = await CreatePersonAsync();
        using var response = await fixture.Editor().MergePatchAsync(person.Url, """{ "title": "x" }""", ifMatch: null);
        await response.ReadProblemAsync((HttpStatusCode)428);
    }

    [Fact]
    public async Task DeleteAsEditorIsForbidden()
    {
        var person = await CreatePersonAsync();
        using var response = await fixture.Editor().DeleteAsync(person.Url, person.ETag);
        await response.ReadProblemAsync(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task DeleteWithoutApiKeyIsUnauthorized()
    {
        var person = await CreatePersonAsync();
        using var response = await fixture.Anonymous().DeleteAsync(person.Url, person.ETag);
        await response.ReadProblemAsync(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task DeleteWithoutIfMatchIsPreconditionRequiredAndWithAStaleOneFails()
    {
        var person = await CreatePersonAsync();
        using var missing = await fixture.Admin().DeleteAsync(person.Url, ifMatch: null);
        await missing.ReadProblemAsync((HttpStatusCode)428);

        using var stale = await fixture.Admin().DeleteAsync(person.Url, "\"stale\"");
        await stale.ReadProblemAsync(HttpStatusCode.PreconditionFailed);
        Assert.Equal(person.ETag, stale.Headers.ETag?.Tag);
    }

    [Fact]
    public async Task DeleteOfAnUnlinkedPersonRemovesIt()
    {
        var person = await CreatePersonAsync();

        using var response = await fixture.Admin().DeleteAsync(person.Url, person.ETag);

        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        using var gone = await fixture.Anonymous().GetAsync(person.Url);
        await gone.ReadProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task DeleteOfALinkedPersonIsAConflictUnlessForced()
    {
        var name = Unique("Quoted Person");
        var article = await fixture.Factory.StoreAsync(Draft(Unique("Harbour closes"),
            people: [Person(name, roles: [PersonRole.Quoted])], quotes: [new QuoteDraft("The harbour stays shut", name, false)]));
        var slug = await SlugOfAsync(name);
        var (etag, _) = await fixture.Anonymous().GetWithETagAsync($"/api/people/{slug}");

        using var refused = await fixture.Admin().DeleteAsync($"/api/people/{slug}", etag);
        var problem = await refused.ReadProblemAsync(HttpStatusCode.Conflict);
        Assert.Equal(1, problem.Int("articleCount"));

        using var forced = await fixture.Admin().DeleteAsync($"/api/people/{slug}?force=true", etag);
        Assert.Equal(HttpStatusCode.NoContent, forced.StatusCode);

        var stored = await fixture.Anonymous().GetFromJsonAsync<System.Text.Json.Nodes.JsonNode>($"/api/articles/{article.Slug}");
        Assert.DoesNotContain(name, stored!["people"]!.ToJsonString(), StringComparison.Ordinal);
        var quote = Assert.Single(stored["quotes"]!.AsArray());
        Assert.Equal("The harbour stays shut", quote.Str("text"));
        Assert.Null(quote!["speaker"]);
    }

    [Fact]
    public async Task RenamingAPersonChangesTheETagOfAnArticleThatShowsThem()
    {
        var name = Unique("Shown Person");
        var article = await fixture.Factory.StoreAsync(Draft(Unique("Bridge reopens"), people: [Person(name)]));
        var (articleETag, _) = await fixture.Anonymous().GetWithETagAsync($"/api/articles/{article.Slug}");
        var personUrl = $"/api/people/{await SlugOfAsync(name)}";
        var (personETag, _) = await fixture.Anonymous().GetWithETagAsync(personUrl);

        var newName = Unique("Renamed Person");
        using var renamed = await fixture.Editor().MergePatchAsync(personUrl, $$"""{ "name": "{{newName}}" }""", personETag);
        Assert.Equal(HttpStatusCode.OK, renamed.StatusCode);

        var (afterETag, after) = await fixture.Anonymous().GetWithETagAsync($"/api/articles/{article.Slug}");
        Assert.NotEqual(articleETag, afterETag);
        Assert.Contains(newName, after["people"]!.ToJsonString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task FiftyConcurrentReplacementsWithOneETagGiveOneSuccess()
    {
        var person = await CreatePersonAsync();
        var client = fixture.Editor();

        var responses = await Task.WhenAll(Enumerable.Range(0, 50).Select(i =>
            client.PutJsonAsync(person.Url, $$"""{ "name": "{{person.Body.Str("name")}}", "title": "writer {{i}}" }""", person.ETag)));

        Assert.Equal(1, responses.Count(r => r.StatusCode == HttpStatusCode.OK));
        Assert.Equal(49, responses.Count(r => r.StatusCode == HttpStatusCode.PreconditionFailed));
        var winner = responses.Single(r => r.StatusCode == HttpStatusCode.OK);
        var (etag, body) = await fixture.Anonymous().GetWithETagAsync(person.Url);
        Assert.Equal(winner.Headers.ETag?.Tag, etag);
        Assert.Equal((await winner.ReadJsonAsync()).Str("title"), body.Str("title"));
        foreach (var response in responses)
        {
            response.Dispose();
        }
    }

    [Fact]
    public async Task EveryWriteBumpsTheStoredVersion()
    {
        var person = await CreatePersonAsync();
        var slug = person.Body.Str("slug");
        var before = await VersionOfAsync(slug);

        using var response = await fixture.Editor().PutJsonAsync(person.Url, $$"""{ "name": "{{person.Body.Str("name")}}" }""", person.ETag);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.NotEqual(before, await VersionOfAsync(slug));
        Assert.NotEqual(Guid.Empty, before);
    }

    private Task<Guid> VersionOfAsync(string slug) =>
        fixture.Factory.WithScopeAsync(services => services.GetRequiredService<NewsDbContext>().People.Where(p => p.Slug == slug).Select(p => p.Version).SingleAsync());

    private Task<string> SlugOfAsync(string name) =>
        fixture.Factory.WithScopeAsync(services => services.GetRequiredService<NewsDbContext>().People.Where(p => p.Name == name).Select(p => p.Slug).SingleAsync());
}

public sealed record JsonNodeAndTag(System.Text.Json.Nodes.JsonNode Body, string ETag, string Url);
