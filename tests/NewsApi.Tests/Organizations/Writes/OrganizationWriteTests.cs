using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using NewsApi.Data;
using NewsApi.Tests.Infrastructure;
using NewsApi.Tests.People.Writes;
using static NewsApi.Tests.Infrastructure.TestArticles;
using static NewsApi.Tests.People.Writes.EntityWriteFixture;

namespace NewsApi.Tests.Organizations.Writes;

public sealed class OrganizationWriteTests(EntityWriteFixture fixture) : IClassFixture<EntityWriteFixture>
{
    private async Task<JsonNodeAndTag> CreateOrganizationAsync(string? parent = null, string? kind = null)
    {
        var created = await fixture.Editor().CreateAsync("/api/organizations", new { name = Unique("Institute"), parent, kind });
        var url = $"/api/organizations/{created.Str("slug")}";
        var (etag, body) = await fixture.Anonymous().GetWithETagAsync(url);
        return new JsonNodeAndTag(body, etag, url);
    }

    [Fact]
    public async Task CreateWithoutApiKeyIsUnauthorized()
    {
        using var response = await fixture.Anonymous().PostAsJsonAsync("/api/organizations", new { name = Unique("Institute") });
        await response.ReadProblemAsync(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task CreateWithAParentGivesLocationAndLinksTheParent()
    {
        var parent = await CreateOrganizationAsync();
        var name = Unique("Coastal Institute");

        using var response = await fixture.Editor().PostAsJsonAsync("/api/organizations", new { name, kind = "research institute", parent = parent.Body.Str("slug"), aliases = new[] { "CI" } });
        var created = await response.ReadJsonAsync(HttpStatusCode.Created);

        Assert.Equal($"http://localhost/api/organizations/{created.Str("slug")}", response.Headers.Location?.OriginalString);
        Assert.StartsWith("coastal-institute-", created.Str("slug"), StringComparison.Ordinal);
        Assert.Equal(parent.Body.Str("slug"), created["parent"].Str("slug"));
        Assert.Equal("research institute", created.Str("kind"));
        Assert.Equal(["CI"], created["aliases"].Strings());
        Assert.NotNull(response.Headers.ETag);
    }

    public static TheoryData<string, string> InvalidBodies() => new()
    {
        { """{ "name": "" }""", "name" },
        { $$"""{ "name": "{{new string('a', 201)}}" }""", "name" },
        { $$"""{ "name": "Port Authority", "kind": "{{new string('k', 51)}}" }""", "kind" },
        { """{ "name": "Port Authority", "parent": "Bad Slug!" }""", "parent" },
        { """{ "name": "Port Authority", "parent": "no-such-parent" }""", "parent" },
        { $$"""{ "name": "Port Authority", "aliases": [{{string.Join(",", Enumerable.Range(0, 51).Select(i => $"\"a{i}\""))}}] }""", "aliases" },
        { """{ "name": "Port Authority", "aliases": ["  "] }""", "aliases[0]" },
    };

    [Theory]
    [MemberData(nameof(InvalidBodies))]
    public async Task CreateRejectsAnInvalidBodyNamingTheField(string json, string field)
    {
        using var response = await fixture.Editor().PostJsonAsync("/api/organizations", json);
        await response.ReadValidationProblemAsync(field);
    }

    [Theory]
    [InlineData("id", "3")]
    [InlineData("slug", "\"mine\"")]
    [InlineData("peopleCount", "2")]
    public async Task CreateRejectsPropertiesAClientMayNotSet(string property, string value)
    {
        using var response = await fixture.Editor().PostJsonAsync("/api/organizations", $$"""{ "name": "{{Unique("Institute")}}", "{{property}}": {{value}} }""");
        await response.ReadValidationProblemAsync(property);
    }

    [Fact]
    public async Task CreateWithATakenNameIsAConflict()
    {
        var existing = await CreateOrganizationAsync();
        using var response = await fixture.Editor().PostAsJsonAsync("/api/organizations", new { name = existing.Body.Str("name") });
        var problem = await response.ReadProblemAsync(HttpStatusCode.Conflict);
        Assert.Equal(existing.Body.Str("slug"), problem.Str("existing"));
    }

    [Fact]
    public async Task AParentBelowTheOrganizationIsABadRequest()
    {
        var top = await CreateOrganizationAsync();
        var child = await CreateOrganizationAsync(parent: top.Body.Str("slug"));

        using var cycle = await fixture.Editor().MergePatchAsync(top.Url, $$"""{ "parent": "{{child.Body.Str("slug")}}" }""", top.ETag);
        await cycle.ReadValidationProblemAsync("parent");

        using var itself = await fixture.Editor().MergePatchAsync(top.Url, $$"""{ "parent": "{{top.Body.Str("slug")}}" }""", top.ETag);
        await itself.ReadValidationProblemAsync("parent");
    }

    [Fact]
    public async Task ReplaceNeedsIfMatchAndKeepsTheSlug()
    {
        var organization = await CreateOrganizationAsync(kind: "ministry");
        var newName = Unique("Renamed Ministry");

        using var missing = await fixture.Editor().PutJsonAsync(organization.Url, $$"""{ "name": "{{newName}}" }""", ifMatch: null);
        await missing.ReadProblemAsync((HttpStatusCode)428);

        using var replaced = await fixture.Editor().PutJsonAsync(organization.Url, $$"""{ "name": "{{newName}}" }""", organization.ETag);
        var body = await replaced.ReadJsonAsync();
        Assert.Equal(newName, body.Str("name"));
        Assert.Equal(organization.Body.Str("slug"), body.Str("slug"));
        Assert.Null(body["kind"]);

        using var stale = await fixture.Editor().PutJsonAsync(organization.Url, $$"""{ "name": "{{newName}}" }""", organization.ETag);
        await stale.ReadProblemAsync(HttpStatusCode.PreconditionFailed);
        Assert.Equal(replaced.Headers.ETag?.Tag, stale.Headers.ETag?.Tag);
    }

    [Fact]
    public async Task GetWithTheCurrentETagIsNotModified()
    {
        var organization = await CreateOrganizationAsync();
        using var request = new HttpRequestMessage(HttpMethod.Get, organization.Url);
        request.Headers.TryAddWithoutValidation("If-None-Match", organization.ETag);

        using var response = await fixture.Anonymous().SendAsync(request);

        Assert.Equal(HttpStatusCode.NotModified, response.StatusCode);
    }

    [Fact]
    public async Task DeleteAsEditorIsForbidden()
    {
        var organization = await CreateOrganizationAsync();
        using var response = await fixture.Editor().DeleteAsync(organization.Url, organization.ETag);
        await response.ReadProblemAsync(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task DeleteOfALinkedOrganizationIsAConflictUnlessForcedWhichUnlinksEverything()
    {
        var name = Unique("Harbour Board");
        var personName = Unique("Board Member");
        var article = await fixture.Factory.StoreAsync(Draft(Unique("Harbour board meets"),
            people: [Person(personName, "chair", name)], organizations: [Organization(name, "board")]));
        var slug = await SlugOfAsync(name);
        var url = $"/api/organizations/{slug}";
        var child = await CreateOrganizationAsync(parent: slug);
        var (etag, _) = await fixture.Anonymous().GetWithETagAsync(url);

        using var refused = await fixture.Admin().DeleteAsync(url, etag);
        var problem = await refused.ReadProblemAsync(HttpStatusCode.Conflict);
        Assert.Equal(1, problem.Int("articleCount"));

        using var forced = await fixture.Admin().DeleteAsync(url + "?force=true", etag);
        Assert.Equal(HttpStatusCode.NoContent, forced.StatusCode);

        var stored = await fixture.Anonymous().GetFromJsonAsync<System.Text.Json.Nodes.JsonNode>($"/api/articles/{article.Slug}");
        Assert.Empty(stored!["organizations"]!.AsArray());
        var (_, member) = await fixture.Anonymous().GetWithETagAsync($"/api/people/{await PersonSlugOfAsync(personName)}");
        Assert.Null(member["affiliation"]);
        var (_, orphan) = await fixture.Anonymous().GetWithETagAsync(child.Url);
        Assert.Null(orphan["parent"]);
    }

    private Task<string> SlugOfAsync(string name) =>
        fixture.Factory.WithScopeAsync(services => services.GetRequiredService<NewsDbContext>().Organizations.Where(o => o.Name == name).Select(o => o.Slug).SingleAsync());

    private Task<string> PersonSlugOfAsync(string name) =>
        fixture.Factory.WithScopeAsync(services => services.GetRequiredService<NewsDbContext>().People.Where(p => p.Name == name).Select(p => p.Slug).SingleAsync());
}
