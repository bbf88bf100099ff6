using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using NewsApi.Articles;
using NewsApi.Data;
using NewsApi.Tests.Infrastructure;
using static NewsApi.Tests.Infrastructure.TestArticles;

namespace NewsApi.Tests.Paging;

public sealed class CursorPagingTests
{
    private static readonly DateTimeOffset Day = new(2024, 5, 1, 12, 0, 0, TimeSpan.Zero);

    [Theory]
    [InlineData("newest")]
    [InlineData("oldest")]
    public async Task PagingByCursorVisitsEveryArticleOnceInTheListOrder(string sort)
    {
        using var factory = EmptyFactory();
        var client = await factory.CreateReadyClientAsync();
        var stored = await StoreMixAsync(factory);

        var byCursor = await WalkAsync(client, $"/api/articles?sort={sort}&pageSize=3");

        // Dated articles by (date, id), undated ones after them newest-first and before them oldest-first, as SQLite sorts NULLs.
        var dated = stored.Where(s => s.At is not null);
        var undated = stored.Where(s => s.At is null);
        var expected = sort == "newest"
            ? dated.OrderByDescending(s => s.At).ThenByDescending(s => s.Id).Concat(undated.OrderByDescending(s => s.Id))
            : undated.OrderBy(s => s.Id).Concat(dated.OrderBy(s => s.At).ThenBy(s => s.Id));
        Assert.Equal(expected.Select(s => s.Id), byCursor);

        var byNumber = (await (await client.GetAsync($"/api/articles?sort={sort}&pageSize=100")).ReadJsonAsync())["items"]!
            .AsArray().Select(item => item.Int("id"));
        Assert.Equal(byNumber, byCursor);
    }

    [Fact]
    public async Task ArticlesPublishedWhilePagingDoNotShiftTheCursorPages()
    {
        using var factory = EmptyFactory();
        var client = await factory.CreateReadyClientAsync();
        var stored = await StoreMixAsync(factory);

        var first = await (await client.GetAsync("/api/articles?pageSize=4")).ReadJsonAsync();
        var seen = Ids(first).ToList();
        var next = first["next"]!.GetValue<string>();
        var round = 0;
        while (next is not null)
        {
            // Newer articles, and one tied with the newest date, land before the cursor and must not reappear after it.
            await factory.StoreAsync(Draft($"Breaking update {round++}", Day.AddDays(30 + round)));
            await factory.StoreAsync(Draft($"Tied update {round}", Day.AddDays(5)));
            var page = await (await client.GetAsync($"/api/articles?pageSize=4&cursor={Uri.EscapeDataString(next)}")).ReadJsonAsync();
            Assert.Null(page["page"]);
            seen.AddRange(Ids(page));
            next = page["next"]?.GetValue<string>();
        }

        Assert.Equal(stored.Count, seen.Count);
        Assert.Equal(stored.Select(s => s.Id).Order(), seen.Order());
    }

    [Fact]
    public async Task LinkHeaderNextCarriesTheCursorAndFollowingItGivesTheNextPage()
    {
        using var factory = EmptyFactory();
        var client = await factory.CreateReadyClientAsync();
        await StoreMixAsync(factory);

        using var response = await client.GetAsync("/api/articles?pageSize=2&page=1");
        var page = await response.ReadJsonAsync();
        var next = page["next"]!.GetValue<string>();

        using var cursorResponse = await client.GetAsync($"/api/articles?pageSize=2&cursor={Uri.EscapeDataString(next)}");
        var cursorPage = await cursorResponse.ReadJsonAsync();
        var link = cursorResponse.Header("Link")!;
        var nextLink = link.Split(", ").Single(l => l.EndsWith("rel=\"next\"", StringComparison.Ordinal));
        var url = new Uri(nextLink[1..nextLink.IndexOf('>')]);
        Assert.Contains("cursor=", url.Query, StringComparison.Ordinal);
        Assert.DoesNotContain("page=", url.Query.Replace("pageSize=", "", StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.Contains(link.Split(", "), l => l.EndsWith("rel=\"first\"", StringComparison.Ordinal) && l.Contains("page=1", StringComparison.Ordinal));

        var third = await (await client.GetAsync(url.PathAndQuery)).ReadJsonAsync();
        var numberedThird = await (await client.GetAsync("/api/articles?pageSize=2&page=3")).ReadJsonAsync();
        Assert.Equal(Ids(numberedThird), Ids(third));
        var numberedSecond = await (await client.GetAsync("/api/articles?pageSize=2&page=2")).ReadJsonAsync();
        Assert.Equal(Ids(numberedSecond), Ids(cursorPage));
        Assert.Equal(cursorPage.Int("totalItems"), page.Int("totalItems"));
    }

    [Fact]
    public async Task TheLastCursorPageHasNoNext()
    {
        using var factory = EmptyFactory();
        var client = await factory.CreateReadyClientAsync();
        await factory.StoreAllAsync(Draft("Only one", Day), Draft("Only two", Day.AddDays(1)));

        var first = await (await client.GetAsync("/api/articles?pageSize=1")).ReadJsonAsync();
        using var response = await client.GetAsync($"/api/articles?pageSize=1&cursor={Uri.EscapeDataString(first.Str("next"))}");
        var last = await response.ReadJsonAsync();

        Assert.Equal(["Only one"], last.Headlines());
        Assert.Null(last["next"]);
        Assert.DoesNotContain("rel=\"next\"", response.Header("Link"), StringComparison.Ordinal);
    }

    public static TheoryData<string> MalformedCursors() => new()
    {
        "not-a-cursor!",
        Base64Url("this is not json"),
        Base64Url("""{"v":2,"s":"newest","k":1,"i":1}"""),
        Base64Url("""{"v":1,"s":"newest","k":1,"i":0}"""),
        Base64Url("""{"v":1,"s":"newest","k":-5,"i":3}"""),
        Base64Url("""{"v":1,"s":"newest","k":1,"i":3,"extra":true}"""),
        Base64Url("""{"v":1,"k":1,"i":3}"""),
        Base64Url("[]"),
    };

    [Theory]
    [MemberData(nameof(MalformedCursors))]
    public async Task MalformedOrTamperedCursorsAreBadRequests(string cursor)
    {
        using var factory = EmptyFactory();
        var client = await factory.CreateReadyClientAsync();
        await factory.StoreAllAsync(Draft("Any article", Day));

        using var response = await client.GetAsync($"/api/articles?cursor={Uri.EscapeDataString(cursor)}");

        await response.ReadValidationProblemAsync("cursor");
    }

    [Fact]
    public async Task ACursorFromAnotherSortIsRefused()
    {
        using var factory = EmptyFactory();
        var client = await factory.CreateReadyClientAsync();
        await factory.StoreAllAsync(Draft("First", Day), Draft("Second", Day.AddDays(1)));
        var next = (await (await client.GetAsync("/api/articles?pageSize=1")).ReadJsonAsync()).Str("next");

        using var response = await client.GetAsync($"/api/articles?sort=oldest&pageSize=1&cursor={Uri.EscapeDataString(next)}");

        var problem = await response.ReadValidationProblemAsync("cursor");
        Assert.Contains("sort=newest", problem["errors"]!["cursor"]![0]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task PageAndCursorTogetherAreABadRequest()
    {
        using var factory = EmptyFactory();
        var client = await factory.CreateReadyClientAsync();
        var cursor = new PageCursor("newest", Day.UtcTicks, 1).Encode();

        using var response = await client.GetAsync($"/api/articles?page=2&cursor={cursor}");

        await response.ReadValidationProblemAsync("cursor");
    }

    [Fact]
    public async Task ListsThatPageByNumberOnlyRefuseACursor()
    {
        using var factory = EmptyFactory();
        var client = await factory.CreateReadyClientAsync();
        var cursor = new PageCursor("newest", Day.UtcTicks, 1).Encode();

        using var response = await client.GetAsync($"/api/people?cursor={cursor}");

        await response.ReadValidationProblemAsync("cursor");
    }

    [Fact]
    public async Task ArticleListsUnderATagPageByCursorToo()
    {
        using var factory = EmptyFactory();
        var client = await factory.CreateReadyClientAsync();
        for (var i = 0; i < 5; i++)
        {
            await factory.StoreAsync(Draft($"Tagged story {i}", Day.AddHours(i), tags: ["harbours"]));
        }
        await factory.StoreAsync(Draft("Untagged story", Day.AddHours(2)));

        var ids = await WalkAsync(client, "/api/tags/harbours/articles?pageSize=2");

        Assert.Equal(5, ids.Count);
        Assert.Equal(5, ids.Distinct().Count());
    }

    [SqliteOnlyFact("EXPLAIN QUERY PLAN is SQLite's; Postgres/PostgresQueryPlanTests checks the same seek on PostgreSQL")]
    public async Task TheCursorSeekUsesThePublishedAtIndexWithoutSortingOrSkipping()
    {
        using var factory = EmptyFactory();
        await factory.CreateReadyClientAsync();
        var after = new PageCursor("newest", Day.UtcTicks, 42);

        var plan = await factory.WithScopeAsync(async services =>
        {
            var db = services.GetRequiredService<NewsDbContext>();
            var seek = ArticleKeysetPaging.SegmentsAfter(db.Articles, ArticleSort.Newest, after).First().Take(21);
            await using var command = seek.CreateDbCommand();
            command.CommandText = "EXPLAIN QUERY PLAN " + command.CommandText;
            await db.Database.OpenConnectionAsync();
            await using var reader = await command.ExecuteReaderAsync();
            var details = new List<string>();
            while (await reader.ReadAsync())
            {
                details.Add(reader.GetString(3));
            }
            return details;
        });

        Assert.Contains(plan, d => d.StartsWith("SEARCH", StringComparison.Ordinal) && d.Contains("INDEX IX_Articles_PublishedAt", StringComparison.Ordinal));
        Assert.DoesNotContain(plan, d => d.Contains("TEMP B-TREE", StringComparison.Ordinal));
    }

    /// <summary>Eleven articles: date ties broken by id, two undated, stored in an order unlike their dates.</summary>
    private static async Task<List<(int Id, DateTimeOffset? At)>> StoreMixAsync(NewsApiFactory factory)
    {
        DateTimeOffset?[] dates = [Day.AddDays(3), Day, Day.AddDays(5), null, Day, Day.AddDays(1), Day, null, Day.AddDays(5), Day.AddDays(-2), Day.AddDays(1)];
        var stored = new List<(int, DateTimeOffset?)>();
        for (var i = 0; i < dates.Length; i++)
        {
            var result = await factory.StoreAsync(Draft($"Mixed story {i}", dates[i], noDate: dates[i] is null));
            stored.Add((result.ArticleId, dates[i]));
        }
        return stored;
    }

    private static async Task<List<int>> WalkAsync(HttpClient client, string firstUrl)
    {
        var ids = new List<int>();
        var url = firstUrl;
        for (var guard = 0; guard < 100; guard++)
        {
            var page = await (await client.GetAsync(url)).ReadJsonAsync();
            ids.AddRange(Ids(page));
            if (page["next"]?.GetValue<string>() is not { } next)
            {
                return ids;
            }
            url = $"{firstUrl}&cursor={Uri.EscapeDataString(next)}";
        }
        throw new Xunit.Sdk.XunitException("The cursor never reached the end.");
    }

    private static IEnumerable<int> Ids(JsonNode page) => page["items"]!.AsArray().Select(item => item.Int("id"));

    private static string Base64Url(string json) => System.Buffers.Text.Base64Url.EncodeToString(Encoding.UTF8.GetBytes(json));
}
