using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using NewsApi.Data;
using NewsApi.Ingestion;
using NewsApi.Tests.Infrastructure;
using NewsApi.Tests.People.Writes;
using static NewsApi.Tests.Infrastructure.TestArticles;
using static NewsApi.Tests.People.Writes.EntityWriteFixture;

namespace NewsApi.Tests.Merge;

public sealed class MergeTests(EntityWriteFixture fixture) : IClassFixture<EntityWriteFixture>
{
    [Fact]
    public async Task MergingAPersonMovesLinksRolesQuotesAliasesAndAffiliation()
    {
        var survivorName = Unique("Helena Marsh");
        var duplicateName = Unique("Helen Marsh");
        var institute = Unique("Tidal Institute");
        var shared = await fixture.Factory.StoreAsync(Draft(Unique("Tides rise"),
            people: [Person(survivorName), Person(duplicateName, "oceanographer", institute, roles: [PersonRole.Quoted])],
            organizations: [Organization(institute)],
            quotes: [new QuoteDraft("The tide is higher every year", duplicateName, false)]));
        var onlyDuplicate = await fixture.Factory.StoreAsync(Draft(Unique("Dunes shift"),
            people: [Person(duplicateName, aliases: [Unique("Marshy")])],
            quotes: [new QuoteDraft("Dunes walk inland", duplicateName, false)]));
        var survivorSlug = await PersonSlugAsync(survivorName);
        var duplicateSlug = await PersonSlugAsync(duplicateName);
        var mentionsBefore = await MentionTotalAsync(shared.ArticleId);
        var duplicateAliases = (await fixture.Anonymous().GetWithETagAsync($"/api/people/{duplicateSlug}")).Body["aliases"].Strings();

        using var response = await fixture.Editor().PostAsJsonAsync($"/api/people/{duplicateSlug}/merge", new { into = survivorSlug });
        var survivor = await response.ReadJsonAsync();

        Assert.Equal(survivorSlug, survivor.Str("slug"));
        Assert.Equal(2, survivor.Int("articleCount"));
        Assert.Equal(2, survivor.Int("quoteCount"));
        Assert.Equal("oceanographer", survivor.Str("title"));
        Assert.NotNull(survivor["affiliation"]);
        var aliases = survivor["aliases"].Strings();
        Assert.Contains(duplicateName, aliases);
        Assert.All(duplicateAliases, alias => Assert.Contains(alias, aliases));
        Assert.Equal(aliases.Count, aliases.Distinct(StringComparer.OrdinalIgnoreCase).Count());
        var (etag, _) = await fixture.Anonymous().GetWithETagAsync($"/api/people/{survivorSlug}");
        Assert.Equal(response.Headers.ETag?.Tag, etag);

        using var gone = await fixture.Anonymous().GetAsync($"/api/people/{duplicateSlug}");
        await gone.ReadProblemAsync(HttpStatusCode.NotFound);

        var article = await fixture.Anonymous().GetFromJsonAsync<System.Text.Json.Nodes.JsonNode>($"/api/articles/{shared.Slug}");
        var person = Assert.Single(article!["people"]!.AsArray());
        Assert.Equal(survivorSlug, person.Str("slug"));
        Assert.Equal(["quoted", "mentioned"], person!["roles"].Strings().OrderByDescending(r => r).ToList());
        Assert.Equal(survivorSlug, Assert.Single(article["quotes"]!.AsArray())!["speaker"].Str("slug"));
        Assert.Equal(mentionsBefore, await MentionTotalAsync(shared.ArticleId));
        Assert.Equal(2, mentionsBefore);

        var other = await fixture.Anonymous().GetFromJsonAsync<System.Text.Json.Nodes.JsonNode>($"/api/articles/{onlyDuplicate.Slug}");
        Assert.Equal(survivorSlug, Assert.Single(other!["people"]!.AsArray()).Str("slug"));
        var quotes = await (await fixture.Anonymous().GetAsync($"/api/people/{survivorSlug}/quotes")).ReadJsonAsync();
        Assert.Equal(2, quotes["items"]!.AsArray().Count);
    }

    [Fact]
    public async Task MergingAPersonIntoItselfIsABadRequest()
    {
        var person = await fixture.Editor().CreateAsync("/api/people", new { name = Unique("Solo Person") });
        using var response = await fixture.Editor().PostAsJsonAsync($"/api/people/{person.Str("slug")}/merge", new { into = person.Str("slug") });
        await response.ReadValidationProblemAsync("into");
    }

    [Theory]
    [InlineData("no-such-person")]
    [InlineData("Not A Slug")]
    [InlineData("")]
    public async Task MergingIntoAnUnknownOrMalformedTargetIsABadRequest(string into)
    {
        var person = await fixture.Editor().CreateAsync("/api/people", new { name = Unique("Lost Person") });
        using var response = await fixture.Editor().PostAsJsonAsync($"/api/people/{person.Str("slug")}/merge", new { into });
        await response.ReadValidationProblemAsync("into");
    }

    [Fact]
    public async Task MergingAnUnknownPersonIsNotFound()
    {
        var person = await fixture.Editor().CreateAsync("/api/people", new { name = Unique("Target Person") });
        using var response = await fixture.Editor().PostAsJsonAsync("/api/people/no-such-duplicate/merge", new { into = person.Str("slug") });
        await response.ReadProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task MergeNeedsAnEditorKey()
    {
        var a = await fixture.Editor().CreateAsync("/api/people", new { name = Unique("Key Person") });
        var b = await fixture.Editor().CreateAsync("/api/people", new { name = Unique("Key Person") });

        using var anonymous = await fixture.Anonymous().PostAsJsonAsync($"/api/people/{a.Str("slug")}/merge", new { into = b.Str("slug") });
        await anonymous.ReadProblemAsync(HttpStatusCode.Unauthorized);
        using var wrongKey = await fixture.Anonymous().WithApiKey(TestApiKeys.Unknown).PostAsJsonAsync($"/api/people/{a.Str("slug")}/merge", new { into = b.Str("slug") });
        await wrongKey.ReadProblemAsync(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task MergeWithAStaleIfMatchFailsAndLeavesBothPeople()
    {
        var a = await fixture.Editor().CreateAsync("/api/people", new { name = Unique("Stale Person") });
        var b = await fixture.Editor().CreateAsync("/api/people", new { name = Unique("Stale Person") });
        using var request = new HttpRequestMessage(HttpMethod.Post, $"/api/people/{a.Str("slug")}/merge") { Content = JsonContent.Create(new { into = b.Str("slug") }) };
        request.Headers.TryAddWithoutValidation("If-Match", "\"stale\"");

        using var response = await fixture.Editor().SendAsync(request);

        await response.ReadProblemAsync(HttpStatusCode.PreconditionFailed);
        using var still = await fixture.Anonymous().GetAsync($"/api/people/{a.Str("slug")}");
        Assert.Equal(HttpStatusCode.OK, still.StatusCode);
    }

    [Fact]
    public async Task MergingAnOrganizationMovesLinksPeopleChildrenAndAliases()
    {
        var survivorName = Unique("Maritime Authority");
        var duplicateName = Unique("Maritime Auth");
        var memberName = Unique("Port Captain");
        var shared = await fixture.Factory.StoreAsync(Draft(Unique("Ferries halted"),
            people: [Person(memberName, "captain", duplicateName)],
            organizations: [Organization(survivorName), Organization(duplicateName, "agency", aliases: [Unique("MA")])]));
        await fixture.Factory.StoreAsync(Draft(Unique("Ferries resume"), organizations: [Organization(duplicateName)]));
        var survivorSlug = await OrganizationSlugAsync(survivorName);
        var duplicateSlug = await OrganizationSlugAsync(duplicateName);
        var child = await fixture.Editor().CreateAsync("/api/organizations", new { name = Unique("Harbour Office"), parent = duplicateSlug });

        using var response = await fixture.Editor().PostAsJsonAsync($"/api/organizations/{duplicateSlug}/merge", new { into = survivorSlug });
        var survivor = await response.ReadJsonAsync();

        Assert.Equal(2, survivor.Int("articleCount"));
        Assert.Equal(1, survivor.Int("peopleCount"));
        Assert.Equal("agency", survivor.Str("kind"));
        Assert.Contains(duplicateName, survivor["aliases"].Strings());
        using var gone = await fixture.Anonymous().GetAsync($"/api/organizations/{duplicateSlug}");
        await gone.ReadProblemAsync(HttpStatusCode.NotFound);
        var (_, childNow) = await fixture.Anonymous().GetWithETagAsync($"/api/organizations/{child.Str("slug")}");
        Assert.Equal(survivorSlug, childNow["parent"].Str("slug"));
        var article = await fixture.Anonymous().GetFromJsonAsync<System.Text.Json.Nodes.JsonNode>($"/api/articles/{shared.Slug}");
        Assert.Equal(survivorSlug, Assert.Single(article!["organizations"]!.AsArray()).Str("slug"));
        var mentions = await fixture.Factory.WithScopeAsync(services => services.GetRequiredService<NewsDbContext>().ArticleOrganizations
            .Where(l => l.ArticleId == shared.ArticleId).Select(l => l.MentionCount).SingleAsync());
        Assert.Equal(2, mentions);
    }

    [Fact]
    public async Task MergingAnOrganizationIntoItsOwnChildKeepsTheTreeFreeOfCycles()
    {
        var parent = await fixture.Editor().CreateAsync("/api/organizations", new { name = Unique("Ministry") });
        var child = await fixture.Editor().CreateAsync("/api/organizations", new { name = Unique("Ministry Office"), parent = parent.Str("slug") });

        using var response = await fixture.Editor().PostAsJsonAsync($"/api/organizations/{parent.Str("slug")}/merge", new { into = child.Str("slug") });
        var survivor = await response.ReadJsonAsync();

        Assert.Null(survivor["parent"]);
        Assert.Contains(parent.Str("name"), survivor["aliases"].Strings());
    }

    [Fact]
    public async Task MergingAnOrganizationIntoItselfIsABadRequest()
    {
        var organization = await fixture.Editor().CreateAsync("/api/organizations", new { name = Unique("Lone Agency") });
        using var response = await fixture.Editor().PostAsJsonAsync($"/api/organizations/{organization.Str("slug")}/merge", new { into = organization.Str("slug") });
        await response.ReadValidationProblemAsync("into");
    }

    [Fact]
    public async Task MergeRejectsUnknownBodyProperties()
    {
        var a = await fixture.Editor().CreateAsync("/api/organizations", new { name = Unique("Agency") });
        using var response = await fixture.Editor().PostAsJsonAsync($"/api/organizations/{a.Str("slug")}/merge", new { into = "x", deleteAll = true });
        await response.ReadValidationProblemAsync("deleteAll");
    }

    /// <summary>All mentions of people in one article: a merge moves them to the survivor without losing or doubling any.</summary>
    private Task<int> MentionTotalAsync(int articleId) =>
        fixture.Factory.WithScopeAsync(services => services.GetRequiredService<NewsDbContext>().ArticlePeople
            .Where(l => l.ArticleId == articleId).SumAsync(l => l.MentionCount));

    private Task<string> PersonSlugAsync(string name) =>
        fixture.Factory.WithScopeAsync(services => services.GetRequiredService<NewsDbContext>().People.Where(p => p.Name == name).Select(p => p.Slug).SingleAsync());

    private Task<string> OrganizationSlugAsync(string name) =>
        fixture.Factory.WithScopeAsync(services => services.GetRequiredService<NewsDbContext>().Organizations.Where(o => o.Name == name).Select(o => o.Slug).SingleAsync());
}
