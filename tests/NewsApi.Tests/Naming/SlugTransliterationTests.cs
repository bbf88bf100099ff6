using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using NewsApi.Data;
using NewsApi.Data.Naming;
using NewsApi.Redirects;
using NewsApi.Tests.Infrastructure;
using NewsApi.Tests.People.Writes;

namespace NewsApi.Tests.Naming;

public sealed class SlugTransliterationTests
{
    [Theory]
    [InlineData("Łukasz Þórsson-Ærø", "lukasz-thorsson-aero")]
    [InlineData("Łukasz Wiśniewski-Kłos", "lukasz-wisniewski-klos")]
    [InlineData("Guðmundur Ásgeirsson", "gudmundur-asgeirsson")]
    [InlineData("Hafnarfjörður", "hafnarfjordur")]
    [InlineData("Straße", "strasse")]
    [InlineData("Михаил Жуков", "mikhail-zhukov")]
    [InlineData("Δημήτρης", "dimitris")]
    [InlineData("Moldova’s grid", "moldovas-grid")]
    [InlineData("北京", "beijing")]
    public void SlugsTransliterateEveryLetter(string name, string slug) =>
        Assert.Equal(slug, SlugFormatter.Slugify(name, 120));

    [Fact]
    public async Task PostPersonWithLettersThatDoNotDecomposeGetsATransliteratedSlug()
    {
        using var factory = TestArticles.EmptyFactory();
        await factory.WaitUntilReadyAsync();
        var editor = factory.CreateClient().WithApiKey(TestApiKeys.Editor);

        var response = await editor.PostJsonAsync("/api/people", """{"name":"Łukasz Þórsson-Ærø"}""");

        var person = await response.ReadJsonAsync(HttpStatusCode.Created);
        Assert.Equal("lukasz-thorsson-aero", person.Str("slug"));
    }

    [Fact]
    public async Task SeedingGivesTheSeedsTransliteratedSlugs()
    {
        using var factory = new NewsApiFactory();
        var client = await factory.CreateReadyClientAsync();

        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/people/gudmundur-asgeirsson")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/tags/hafnarfjordur")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/people/lukasz-wisniewski-klos")).StatusCode);
    }

    /// <summary>A database written before transliteration: rows made through the API, then given the slugs the old rule made.</summary>
    private static async Task<(NewsApiFactory Factory, HttpClient Client)> LegacyDatabaseAsync()
    {
        var factory = TestArticles.EmptyFactory();
        var client = await factory.CreateReadyClientAsync();
        var editor = factory.CreateClient().WithApiKey(TestApiKeys.Editor);
        foreach (var name in new[] { "Łukasz Wiśniewski-Kłos", "O. Inn-Or", "Óðinn Þór", "Jónas Þórsson" })
        {
            (await editor.PostJsonAsync("/api/people", $$"""{"name":"{{name}}"}""")).EnsureSuccessStatusCode();
        }
        (await editor.PostJsonAsync("/api/tags", """{"name":"Hafnarfjörður"}""")).EnsureSuccessStatusCode();
        (await editor.PostJsonAsync("/api/articles", """{"headline":"Þingvellir fissure widens","body":["The fissure widened."]}""")).EnsureSuccessStatusCode();

        await factory.WithScopeAsync(async services =>
        {
            var db = services.GetRequiredService<NewsDbContext>();
            foreach (var (slug, legacy) in new[] { ("lukasz-wisniewski-klos", "ukasz-wisniewski-k-os"), ("odinn-thor", "o-inn-or-2"), ("jonas-thorsson", "jonas") })
            {
                await db.People.Where(p => p.Slug == slug).ExecuteUpdateAsync(s => s.SetProperty(p => p.Slug, legacy));
            }
            await db.Tags.Where(t => t.Slug == "hafnarfjordur").ExecuteUpdateAsync(s => s.SetProperty(t => t.Slug, "hafnarfjor-ur"));
            await db.Articles.Where(a => a.Slug == "thingvellir-fissure-widens").ExecuteUpdateAsync(s => s.SetProperty(a => a.Slug, "ingvellir-fissure-widens"));
            return 0;
        });
        return (factory, client);
    }

    private static Task<int> UpgradeAsync(NewsApiFactory factory) =>
        factory.WithScopeAsync(services => SlugUpgrade.RunAsync(services.GetRequiredService<NewsDbContext>(), NullLogger.Instance, CancellationToken.None));

    [Fact]
    public async Task UpgradeMovesOldRuleSlugsAndOldSlugsRedirectPermanently()
    {
        var (factory, client) = await LegacyDatabaseAsync();
        using var _ = factory;

        Assert.Equal(4, await UpgradeAsync(factory));

        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/people/lukasz-wisniewski-klos")).StatusCode);
        // "O. Inn-Or" held o-inn-or first, so the old rule gave "Óðinn Þór" o-inn-or-2; an ASCII name's slug never moves.
        Assert.Equal("O. Inn-Or", (await (await client.GetAsync("/api/people/o-inn-or")).ReadJsonAsync()).Str("name"));
        (string From, string To)[] redirects =
        [
            ("/api/people/ukasz-wisniewski-k-os", "/api/people/lukasz-wisniewski-klos"),
            ("/api/people/o-inn-or-2/articles?page=1&pageSize=5", "/api/people/odinn-thor/articles?page=1&pageSize=5"),
            ("/feeds/people/o-inn-or-2.atom", "/feeds/people/odinn-thor.atom"),
            ("/api/tags/hafnarfjor-ur", "/api/tags/hafnarfjordur"),
            ("/api/articles/ingvellir-fissure-widens", "/api/articles/thingvellir-fissure-widens"),
        ];
        foreach (var (from, to) in redirects)
        {
            using var response = await client.GetAsync(from);
            Assert.Equal(HttpStatusCode.MovedPermanently, response.StatusCode);
            Assert.Equal("http://localhost" + to, response.Headers.Location?.ToString());
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(to)).StatusCode);
        }
    }

    [Fact]
    public async Task UpgradeLeavesChosenSlugsAndRunsOnce()
    {
        var (factory, client) = await LegacyDatabaseAsync();
        using var _ = factory;

        await UpgradeAsync(factory);

        // "jonas" is not what the old rule makes of "Jónas Þórsson" ("jonas-orsson"): someone chose it, so it stays.
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/people/jonas")).StatusCode);
        Assert.Equal(0, await UpgradeAsync(factory));
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/api/people/no-such-person")).StatusCode);
        // Writes name the current slug: a redirect would turn them into a GET.
        Assert.Equal(HttpStatusCode.NotFound, (await factory.CreateClient().WithApiKey(TestApiKeys.Admin).DeleteAsync("/api/people/ukasz-wisniewski-k-os", "\"x\"")).StatusCode);
    }

    [Fact]
    public async Task UpgradeRecordsTheNewSlugsInTheChangeFeed()
    {
        var (factory, client) = await LegacyDatabaseAsync();
        using var _ = factory;

        await UpgradeAsync(factory);

        var changes = await (await client.GetAsync("/api/changes?limit=500")).ReadJsonAsync();
        Assert.Contains(changes["items"]!.AsArray(), c => c.Str("slug") == "lukasz-wisniewski-klos" && c.Str("kind") == "updated");
    }

    [Fact]
    public async Task ReadsAddressedBySlugDocumentTheRedirect()
    {
        using var factory = TestArticles.EmptyFactory();
        var client = await factory.CreateReadyClientAsync();
        var document = await (await client.GetAsync("/swagger/v1/swagger.json")).ReadJsonAsync();

        Assert.NotNull(document["paths"]!["/api/people/{idOrSlug}"]!["get"]!["responses"]!["301"]!["headers"]!["Location"]);
        Assert.NotNull(document["paths"]!["/feeds/tags/{slug}.atom"]!["get"]!["responses"]!["301"]);
        Assert.Null(document["paths"]!["/api/articles"]!["get"]!["responses"]!["301"]);
        Assert.Null(document["paths"]!["/api/people/{idOrSlug}"]!["put"]!["responses"]!["301"]);
    }
}
