using System.Net;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using NewsApi.Data;
using NewsApi.Search;
using NewsApi.Tests.Infrastructure;
using static NewsApi.Tests.Infrastructure.TestArticles;

namespace NewsApi.Tests.Search;

/// <summary>One app with a handful of invented articles, only read by the tests of this class.</summary>
public sealed class SearchCorpusFixture : IAsyncLifetime
{
    public NewsApiFactory Factory { get; } = EmptyFactory();

    public HttpClient Client { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Client = await Factory.CreateReadyClientAsync();
        await Factory.StoreAllAsync(
            Draft("Harbour strike ends after talks", new DateTimeOffset(2023, 5, 1, 9, 0, 0, TimeSpan.Zero),
                tags: ["Labour", "Ports"], people: [Person("Marta Velkova")], organizations: [Organization("Dockers Union")],
                body: ["Dock workers returned on Monday after the union agreed a deal.", "Marta Velkova said the deal was fair to everyone."],
                quotes: [new("The deal is fair to everyone", "Marta Velkova", false)]),
            Draft("Talks on harbour dredging stall", new DateTimeOffset(2024, 2, 1, 9, 0, 0, TimeSpan.Zero),
                tags: ["Ports"], organizations: [Organization("Dockers Union")],
                body: ["Engineers said a strike of the dredgers delayed the work.", "No agreement with the port authority is in sight."]),
            Draft("Festival of lights draws crowds", new DateTimeOffset(2024, 3, 1, 9, 0, 0, TimeSpan.Zero),
                tags: ["Culture"], body: ["Crowds gathered in the old town on Saturday.", "Organisers praised the volunteers."]),
            Draft("Café owners protest new tax", new DateTimeOffset(2024, 4, 1, 9, 0, 0, TimeSpan.Zero),
                tags: ["Labour"], body: ["Owners of cafes in the old town said the tax was unfair.", "A protest is planned for Friday."]),
            Draft("Dredgers debate the season", new DateTimeOffset(2024, 5, 1, 9, 0, 0, TimeSpan.Zero),
                tags: ["Ports"], body: ["The harbour strike, the harbour strike and again the harbour strike: nothing else was discussed.", "The harbour strike dominated."]));
    }

    public Task DisposeAsync()
    {
        Factory.Dispose();
        return Task.CompletedTask;
    }

    public async Task<JsonNode> SearchAsync(string query, string extra = "")
    {
        using var response = await Client.GetAsync("/api/articles?pageSize=100&q=" + Uri.EscapeDataString(query) + extra);
        return await response.ReadJsonAsync();
    }
}

public sealed class ArticleSearchTests(SearchCorpusFixture corpus) : IClassFixture<SearchCorpusFixture>
{
    private const string HarbourStrike = "Harbour strike ends after talks";
    private const string Dredging = "Talks on harbour dredging stall";
    private const string Festival = "Festival of lights draws crowds";
    private const string Cafe = "Café owners protest new tax";
    private const string Dredgers = "Dredgers debate the season";

    private async Task<IReadOnlyList<string>> HeadlinesAsync(string query) =>
        (await corpus.SearchAsync(query, "&sort=newest")).Headlines();

    [Fact]
    public async Task WordsMustAllMatch() =>
        Assert.Equal([Dredgers, Dredging, HarbourStrike], await HeadlinesAsync("harbour strike"));

    [Fact]
    public async Task PhraseMustMatchInOrder() =>
        Assert.Equal([Dredgers, HarbourStrike], await HeadlinesAsync("\"harbour strike\""));

    [Fact]
    public async Task OrMatchesEitherAndFoldsAccents() =>
        Assert.Equal([Cafe, Festival], await HeadlinesAsync("festival OR cafe"));

    [Fact]
    public async Task ExcludedWordRemovesMatches() =>
        Assert.Equal([Dredgers, HarbourStrike], await HeadlinesAsync("harbour -dredging"));

    [Fact]
    public async Task PrefixMatchesWordBeginnings() =>
        Assert.Equal([Dredgers, Dredging], await HeadlinesAsync("dredg*"));

    [Fact]
    public async Task NamesOfLinkedEntitiesAreSearched() =>
        Assert.Equal([Dredging, HarbourStrike], await HeadlinesAsync("dockers"));

    [Fact]
    public async Task HeadlinePhraseRanksFirstAndRelevanceIsTheDefault()
    {
        // The other article repeats the phrase four times in its body; the headline must still win.
        var page = await corpus.SearchAsync("harbour strike");

        Assert.Equal(HarbourStrike, page.Headlines()[0]);
        Assert.Equal(3, page.Int("totalItems"));
    }

    [Theory]
    [InlineData("\"harbour strike", 2)]
    [InlineData("NEAR", 0)]
    [InlineData("harbour AND strike", 1)]
    [InlineData("NOT harbour", 0)]
    [InlineData("headline:harbour", 0)]
    [InlineData("^harbour", 3)]
    [InlineData("(harbour OR festival)", 4)]
    [InlineData("harbour!!! strike???", 3)]
    [InlineData("\"harbour\" \"strike", 3)]
    [InlineData("*", 0)]
    [InlineData("!!!", 0)]
    [InlineData("\"", 0)]
    [InlineData("()", 0)]
    public async Task OddInputIsSearchedSensibly(string query, int expected)
    {
        var page = await corpus.SearchAsync(query);

        Assert.Equal(expected, page.Int("totalItems"));
    }

    [Theory]
    [InlineData("OR")]
    [InlineData("harbour OR")]
    [InlineData("-")]
    [InlineData("-harbour")]
    [InlineData("h*")]
    public async Task UnsearchableInputIsAProblemNamingQ(string query)
    {
        using var response = await corpus.Client.GetAsync("/api/articles?q=" + Uri.EscapeDataString(query));

        var problem = await response.ReadValidationProblemAsync("q");
        Assert.NotEmpty(problem["errors"]!["q"]!.AsArray());
    }

    [Fact]
    public async Task TwoThousandCharactersIsAProblem()
    {
        using var response = await corpus.Client.GetAsync("/api/articles?q=" + new string('x', 2000));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task RelevanceWithoutQueryIsAProblem()
    {
        using var response = await corpus.Client.GetAsync("/api/articles?sort=relevance");

        await response.ReadValidationProblemAsync("sort");
    }

    [Fact]
    public async Task HighlightOffsetsPointAtMatchedWords()
    {
        var page = await corpus.SearchAsync("harbour OR strike OR cafe");

        var checkedSpans = 0;
        foreach (var item in page["items"]!.AsArray())
        {
            var highlights = item!["highlights"]!.AsArray();
            Assert.NotEmpty(highlights);
            foreach (var field in highlights)
            {
                Assert.Contains(field!.Str("field"), new[] { "headline", "standfirst", "body", "quotes" });
                foreach (var fragment in field!["fragments"]!.AsArray())
                {
                    var text = fragment!.Str("text");
                    foreach (var span in fragment!["highlights"]!.AsArray())
                    {
                        var word = text.Substring(span.Int("start"), span.Int("length"));
                        Assert.Contains(SearchQuery.Fold(word), new[] { "harbour", "strike", "cafe" });
                        checkedSpans++;
                    }
                }
            }
        }
        Assert.True(checkedSpans >= 10, $"only {checkedSpans} highlights");
    }

    [Fact]
    public async Task RelevanceCursorVisitsEveryMatchOnceInRankOrder()
    {
        const string query = "harbour OR festival OR cafe OR strike";
        var all = (await corpus.SearchAsync(query))["items"]!.AsArray().Select(i => i!.Int("id")).ToList();

        var seen = new List<int>();
        string? cursor = null;
        do
        {
            using var response = await corpus.Client.GetAsync("/api/articles?pageSize=2&q=" + Uri.EscapeDataString(query) + (cursor is null ? "" : "&cursor=" + cursor));
            var page = await response.ReadJsonAsync();
            seen.AddRange(page["items"]!.AsArray().Select(i => i!.Int("id")));
            cursor = page["next"]?.GetValue<string>();
        }
        while (cursor is not null && seen.Count < 20);

        Assert.Equal(5, all.Count);
        Assert.Equal(all, seen);
    }

    [Fact]
    public async Task ListsWithoutQueryCarryNoHighlights()
    {
        using var response = await corpus.Client.GetAsync("/api/articles");
        var page = await response.ReadJsonAsync();

        Assert.All(page["items"]!.AsArray(), item => Assert.Null(item!["highlights"]));
    }

    [Fact]
    public async Task FacetsCountWhatADirectQueryCounts()
    {
        var page = await corpus.SearchAsync("harbour OR cafe", "&facets=tags,people,organizations,sources,years");
        var matched = page["items"]!.AsArray().Select(i => i!.Int("id")).ToHashSet();

        var (tags, people, organizations, years) = await corpus.Factory.WithScopeAsync(async services =>
        {
            var db = services.GetRequiredService<NewsDbContext>();
            var tags = await db.ArticleTags.Where(l => matched.Contains(l.ArticleId)).GroupBy(l => l.Tag.Slug).Select(g => new { g.Key, Count = g.Count() }).ToListAsync();
            var people = await db.ArticlePeople.Where(l => matched.Contains(l.ArticleId)).GroupBy(l => l.Person.Slug).Select(g => new { g.Key, Count = g.Count() }).ToListAsync();
            var organizations = await db.ArticleOrganizations.Where(l => matched.Contains(l.ArticleId)).GroupBy(l => l.Organization.Slug).Select(g => new { g.Key, Count = g.Count() }).ToListAsync();
            var dates = await db.Articles.Where(a => matched.Contains(a.Id)).Select(a => a.PublishedAt).ToListAsync();
            return (
                tags.ToDictionary(t => t.Key, t => t.Count),
                people.ToDictionary(p => p.Key, p => p.Count),
                organizations.ToDictionary(o => o.Key, o => o.Count),
                dates.Where(d => d is not null).GroupBy(d => d!.Value.UtcDateTime.Year).ToDictionary(g => g.Key.ToString(System.Globalization.CultureInfo.InvariantCulture), g => g.Count()));
        });

        var facets = page["facets"]!;
        Assert.Equal(4, matched.Count);
        Assert.Equal(tags, Counts(facets["tags"], "slug"));
        Assert.Equal(people, Counts(facets["people"], "slug"));
        Assert.Equal(organizations, Counts(facets["organizations"], "slug"));
        Assert.Equal(years, facets["years"]!.AsArray().ToDictionary(y => y!.Int("year").ToString(System.Globalization.CultureInfo.InvariantCulture), y => y!.Int("count")));
        Assert.Equal(3, Counts(facets["tags"], "slug")["ports"]);
        Assert.NotNull(facets["sources"]);
    }

    [Fact]
    public async Task FacetsFollowTheFilters()
    {
        var page = await corpus.SearchAsync("harbour", "&tag=labour&facets=tags");

        Assert.Equal(new Dictionary<string, int> { ["labour"] = 1, ["ports"] = 1 }, Counts(page["facets"]!["tags"], "slug"));
    }

    [Fact]
    public async Task UnknownFacetIsAProblem()
    {
        using var response = await corpus.Client.GetAsync("/api/articles?facets=tags,colours");

        await response.ReadValidationProblemAsync("facets");
    }

    [Fact]
    public async Task SearchBoxFindsPeopleByPrefixAndArticlesByUnfinishedWord()
    {
        using var response = await corpus.Client.GetAsync("/api/search?q=velk");
        var result = await response.ReadJsonAsync();
        var items = result["items"]!.AsArray();

        Assert.Contains(items, i => i!.Str("type") == "person" && i.Str("title") == "Marta Velkova");
        Assert.Contains(items, i => i!.Str("type") == "article" && i.Str("title") == HarbourStrike);

        using var harbour = await corpus.Client.GetAsync("/api/search?q=harb&types=articles,tags&limit=2");
        var typed = (await harbour.ReadJsonAsync())["items"]!.AsArray();
        Assert.Equal(2, typed.Count);
        Assert.All(typed, i => Assert.Equal("article", i!.Str("type")));
        Assert.All(typed, i => Assert.StartsWith("harb", SearchQuery.Fold(Snippet(i!)), StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("/api/search")]
    [InlineData("/api/search?q=harb&types=cats")]
    [InlineData("/api/search?q=harb&limit=0")]
    public async Task SearchBoxRejectsBadParameters(string url)
    {
        using var response = await corpus.Client.GetAsync(url);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task SearchBoxSurvivesOperatorsAlone()
    {
        using var response = await corpus.Client.GetAsync("/api/search?q=" + Uri.EscapeDataString("OR -"));

        await response.ReadJsonAsync();
    }

    private static string Snippet(JsonNode item)
    {
        var snippet = item["snippet"]!;
        var span = snippet["highlights"]!.AsArray()[0]!;
        return snippet.Str("text").Substring(span.Int("start"), span.Int("length"));
    }

    private static Dictionary<string, int> Counts(JsonNode? facet, string key) =>
        facet!.AsArray().ToDictionary(f => f!.Str(key), f => f!.Int("count"));
}
