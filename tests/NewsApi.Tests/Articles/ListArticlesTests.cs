using System.Net;
using NewsApi.Ingestion;
using NewsApi.Tests.Infrastructure;
using static NewsApi.Tests.Infrastructure.TestArticles;

namespace NewsApi.Tests.Articles;

public sealed class ListArticlesTests
{
    private static readonly DateTimeOffset Jan10 = new(2024, 1, 10, 8, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset Jan20 = new(2024, 1, 20, 23, 59, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset Feb05 = new(2024, 2, 5, 12, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task ListArticlesReturnsNewestFirstWithPagingEnvelope()
    {
        using var factory = EmptyFactory();
        var client = await factory.CreateReadyClientAsync();
        await factory.StoreAllAsync(Draft("Harbour reopens", Jan10), Draft("Bridge closes", Feb05), Draft("Market grows", Jan20));

        using var response = await client.GetAsync("/api/articles");
        var page = await response.ReadJsonAsync();

        Assert.Equal(["Bridge closes", "Market grows", "Harbour reopens"], page.Headlines());
        Assert.Equal(1, page.Int("page"));
        Assert.Equal(20, page.Int("pageSize"));
        Assert.Equal(3, page.Int("totalItems"));
        Assert.Equal(1, page.Int("totalPages"));
        Assert.Equal("3", response.Header("X-Total-Count"));
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task ListArticlesSortsOldestFirstOnRequest()
    {
        using var factory = EmptyFactory();
        var client = await factory.CreateReadyClientAsync();
        await factory.StoreAllAsync(Draft("Harbour reopens", Jan10), Draft("Bridge closes", Feb05), Draft("Market grows", Jan20));

        var page = await (await client.GetAsync("/api/articles?sort=oldest")).ReadJsonAsync();

        Assert.Equal(["Harbour reopens", "Market grows", "Bridge closes"], page.Headlines());
    }

    [Fact]
    public async Task ListArticlesBreaksDateTiesByIdSoPagesNeverOverlap()
    {
        using var factory = EmptyFactory();
        var client = await factory.CreateReadyClientAsync();
        var ids = new List<int>();
        foreach (var headline in new[] { "Tie one", "Tie two", "Tie three", "Tie four", "Tie five" })
        {
            ids.Add((await factory.StoreAsync(Draft(headline, Jan10))).ArticleId);
        }

        var seen = new List<int>();
        for (var pageNumber = 1; pageNumber <= 3; pageNumber++)
        {
            var page = await (await client.GetAsync($"/api/articles?pageSize=2&page={pageNumber}")).ReadJsonAsync();
            seen.AddRange(page["items"]!.AsArray().Select(item => item!["id"]!.GetValue<int>()));
        }

        Assert.Equal(ids.OrderByDescending(id => id), seen);
    }

    [Fact]
    public async Task ListArticleItemsCarryFirstImageTagsPeopleAndOrganizations()
    {
        using var factory = EmptyFactory();
        var client = await factory.CreateReadyClientAsync();
        await factory.StoreAsync(Draft(
            "Port workers strike",
            Jan10,
            tags: ["labour", "ports"],
            people: [Person("Marta Quispe", "union leader")],
            organizations: [Organization("Dockers Union", "union")],
            images: [new ImageDraft("Workers gather at the gate", "Ana Ruiz"), new ImageDraft("A second photo", null)],
            body: ["Port workers walked out on Monday.", "The strike is in its second day."]));

        var item = (await (await client.GetAsync("/api/articles")).ReadJsonAsync())["items"]![0]!;

        Assert.Equal("Port workers strike", item.Str("headline"));
        Assert.Equal("Port workers walked out on Monday.", item.Str("lead"));
        Assert.Equal("2024-01-10T08:00:00Z", item.Str("publishedAt"));
        Assert.False(string.IsNullOrEmpty(item.Str("slug")));
        Assert.Equal("Workers gather at the gate", item["image"]!.Str("caption"));
        Assert.Equal("Ana Ruiz", item["image"]!.Str("credit"));
        Assert.Equal(["labour", "ports"], item["tags"].Strings("name"));
        Assert.Equal(["labour", "ports"], item["tags"].Strings("slug"));
        Assert.Equal(["Marta Quispe"], item["people"].Strings("name"));
        Assert.Equal(["marta-quispe"], item["people"].Strings("slug"));
        Assert.Equal(["Dockers Union"], item["organizations"].Strings("name"));
    }

    [Fact]
    public async Task ListArticlesFiltersByTagSlug()
    {
        using var factory = EmptyFactory();
        var client = await factory.CreateReadyClientAsync();
        await factory.StoreAllAsync(
            Draft("Rain floods valley", tags: ["weather", "floods"]),
            Draft("Heat breaks record", tags: ["weather"]),
            Draft("Election called", tags: ["politics"]));

        var page = await (await client.GetAsync("/api/articles?tag=weather")).ReadJsonAsync();

        Assert.Equal(["Heat breaks record", "Rain floods valley"], page.Headlines().Order());
        Assert.Equal(2, page.Int("totalItems"));
    }

    [Fact]
    public async Task ListArticlesRepeatedTagsMustAllMatch()
    {
        using var factory = EmptyFactory();
        var client = await factory.CreateReadyClientAsync();
        await factory.StoreAllAsync(
            Draft("Rain floods valley", tags: ["weather", "floods"]),
            Draft("Heat breaks record", tags: ["weather"]),
            Draft("Dam overflows", tags: ["floods"]));

        var page = await (await client.GetAsync("/api/articles?tag=weather&tag=floods")).ReadJsonAsync();

        Assert.Equal(["Rain floods valley"], page.Headlines());
    }

    [Fact]
    public async Task ListArticlesFiltersByPersonSlug()
    {
        using var factory = EmptyFactory();
        var client = await factory.CreateReadyClientAsync();
        await factory.StoreAllAsync(
            Draft("Minister visits port", people: [Person("Olga Brenner", "minister")]),
            Draft("Mayor opens park", people: [Person("Tomas Wexley", "mayor")]));

        var page = await (await client.GetAsync("/api/articles?person=olga-brenner")).ReadJsonAsync();

        Assert.Equal(["Minister visits port"], page.Headlines());
    }

    [Fact]
    public async Task ListArticlesFiltersByOrganizationSlug()
    {
        using var factory = EmptyFactory();
        var client = await factory.CreateReadyClientAsync();
        await factory.StoreAllAsync(
            Draft("Bank raises rates", organizations: [Organization("Central Reserve Bank", "bank")]),
            Draft("Court rules on rent", organizations: [Organization("Supreme Tribunal", "court")]));

        var page = await (await client.GetAsync("/api/articles?organization=central-reserve-bank")).ReadJsonAsync();

        Assert.Equal(["Bank raises rates"], page.Headlines());
    }

    [Fact]
    public async Task ListArticlesCombinesTagPersonAndOrganizationFilters()
    {
        using var factory = EmptyFactory();
        var client = await factory.CreateReadyClientAsync();
        var olga = Person("Olga Brenner", "minister");
        var bank = Organization("Central Reserve Bank", "bank");
        await factory.StoreAllAsync(
            Draft("All three match", tags: ["economy"], people: [olga], organizations: [bank]),
            Draft("Tag and person only", tags: ["economy"], people: [olga]),
            Draft("Person and bank only", people: [olga], organizations: [bank]));

        var page = await (await client.GetAsync("/api/articles?tag=economy&person=olga-brenner&organization=central-reserve-bank")).ReadJsonAsync();

        Assert.Equal(["All three match"], page.Headlines());
    }

    [Fact]
    public async Task ListArticlesFiltersByInclusiveDateRange()
    {
        using var factory = EmptyFactory();
        var client = await factory.CreateReadyClientAsync();
        await factory.StoreAllAsync(Draft("Harbour reopens", Jan10), Draft("Market grows", Jan20), Draft("Bridge closes", Feb05));

        var both = await (await client.GetAsync("/api/articles?from=2024-01-10&to=2024-01-20")).ReadJsonAsync();
        var fromOnly = await (await client.GetAsync("/api/articles?from=2024-01-11")).ReadJsonAsync();
        var toOnly = await (await client.GetAsync("/api/articles?to=2024-01-19")).ReadJsonAsync();

        // 23:59 on the 20th is still inside "to=2024-01-20"; 08:00 on the 10th inside "from=2024-01-10".
        Assert.Equal(["Market grows", "Harbour reopens"], both.Headlines());
        Assert.Equal(["Bridge closes", "Market grows"], fromOnly.Headlines());
        Assert.Equal(["Harbour reopens"], toOnly.Headlines());
    }

    [Fact]
    public async Task ListArticlesCombinesDateRangeWithTag()
    {
        using var factory = EmptyFactory();
        var client = await factory.CreateReadyClientAsync();
        await factory.StoreAllAsync(
            Draft("January storm", Jan10, tags: ["weather"]),
            Draft("February storm", Feb05, tags: ["weather"]),
            Draft("January vote", Jan20, tags: ["politics"]));

        var page = await (await client.GetAsync("/api/articles?tag=weather&from=2024-01-01&to=2024-01-31")).ReadJsonAsync();

        Assert.Equal(["January storm"], page.Headlines());
    }

    [Fact]
    public async Task ListArticlesSearchesHeadlineLeadAndBodyCaseInsensitively()
    {
        using var factory = EmptyFactory();
        var client = await factory.CreateReadyClientAsync();
        await factory.StoreAllAsync(
            Draft("Glacier retreats", body: ["Ice is melting fast.", "Scientists measured the loss."]),
            Draft("Farmers protest", body: ["Tractors blocked roads.", "The GLACIER fed rivers are low this year."]),
            Draft("Train delayed", body: ["Signals failed.", "Passengers waited."]));

        var page = await (await client.GetAsync("/api/articles?q=glacier")).ReadJsonAsync();
        var inLead = await (await client.GetAsync("/api/articles?q=tractors%20blocked")).ReadJsonAsync();

        Assert.Equal(["Farmers protest", "Glacier retreats"], page.Headlines().Order());
        Assert.Equal(["Farmers protest"], inLead.Headlines());
    }

    [Fact]
    public async Task ListArticlesLastPageHoldsTheRemainder()
    {
        using var factory = EmptyFactory();
        var client = await factory.CreateReadyClientAsync();
        for (var i = 1; i <= 5; i++)
        {
            await factory.StoreAsync(Draft($"Story {i}", Jan10.AddHours(i)));
        }

        using var response = await client.GetAsync("/api/articles?pageSize=2&page=3");
        var page = await response.ReadJsonAsync();

        Assert.Equal(["Story 1"], page.Headlines());
        Assert.Equal(5, page.Int("totalItems"));
        Assert.Equal(3, page.Int("totalPages"));
        var link = response.Header("Link")!;
        Assert.Contains("page=1>; rel=\"first\"", link, StringComparison.Ordinal);
        Assert.Contains("page=2>; rel=\"prev\"", link, StringComparison.Ordinal);
        Assert.Contains("page=3>; rel=\"last\"", link, StringComparison.Ordinal);
        Assert.DoesNotContain("rel=\"next\"", link, StringComparison.Ordinal);
        Assert.Contains("pageSize=2", link, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ListArticlesBeyondTheLastPageIsEmptyWithCorrectTotals()
    {
        using var factory = EmptyFactory();
        var client = await factory.CreateReadyClientAsync();
        await factory.StoreAllAsync(Draft("Only one", Jan10), Draft("Only two", Jan20));

        using var response = await client.GetAsync("/api/articles?page=7&pageSize=1");
        var page = await response.ReadJsonAsync();

        Assert.Empty(page["items"]!.AsArray());
        Assert.Equal(7, page.Int("page"));
        Assert.Equal(2, page.Int("totalItems"));
        Assert.Equal(2, page.Int("totalPages"));
        Assert.Equal("2", response.Header("X-Total-Count"));
        Assert.Contains("page=2>; rel=\"prev\"", response.Header("Link"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ListArticlesFirstPageLinksToNextAndKeepsFilters()
    {
        using var factory = EmptyFactory();
        var client = await factory.CreateReadyClientAsync();
        await factory.StoreAllAsync(Draft("Story a", Jan10, tags: ["news"]), Draft("Story b", Jan20, tags: ["news"]));

        using var response = await client.GetAsync("/api/articles?pageSize=1&tag=news");
        await response.ReadJsonAsync();

        var link = response.Header("Link")!;
        Assert.Contains("rel=\"next\"", link, StringComparison.Ordinal);
        Assert.DoesNotContain("rel=\"prev\"", link, StringComparison.Ordinal);
        Assert.Contains("tag=news", link, StringComparison.Ordinal);
        Assert.StartsWith("<http", link, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ListArticlesAcceptsPageSizeOneAndOneHundred()
    {
        using var factory = EmptyFactory();
        var client = await factory.CreateReadyClientAsync();
        await factory.StoreAllAsync(Draft("Story a", Jan10), Draft("Story b", Jan20), Draft("Story c", Feb05));

        var one = await (await client.GetAsync("/api/articles?pageSize=1")).ReadJsonAsync();
        var hundred = await (await client.GetAsync("/api/articles?pageSize=100")).ReadJsonAsync();

        Assert.Single(one["items"]!.AsArray());
        Assert.Equal(3, one.Int("totalPages"));
        Assert.Equal(3, hundred["items"]!.AsArray().Count);
        Assert.Equal(1, hundred.Int("totalPages"));
    }

    [Fact]
    public async Task ListArticlesRunsTheSameNumberOfSqlCommandsForPageSizeOneAndOneHundred()
    {
        using var factory = EmptyFactory();
        var client = await factory.CreateReadyClientAsync();
        for (var i = 0; i < 12; i++)
        {
            await factory.StoreAsync(Draft(
                $"Story {i}",
                Jan10.AddHours(i),
                tags: [$"tag {i}", "common"],
                people: [Person($"Person Number{i} Smith"), Person("Shared Person")],
                organizations: [Organization($"Agency {i}")],
                images: [new ImageDraft($"Caption {i}", "Credit")]));
        }

        // A write before each measured request: both count the total and read every summary's links afresh, as the first list
        // after a change does (the summaries and the counts are kept until the next one).
        await factory.StoreAsync(Draft("Unrelated story", Jan10.AddDays(-30)));
        factory.Commands.Start();
        var small = await (await client.GetAsync("/api/articles?pageSize=1")).ReadJsonAsync();
        var smallCount = factory.Commands.Stop();
        await factory.StoreAsync(Draft("Another unrelated story", Jan10.AddDays(-31)));
        factory.Commands.Start();
        var large = await (await client.GetAsync("/api/articles?pageSize=100")).ReadJsonAsync();
        var largeCount = factory.Commands.Stop();

        Assert.Single(small["items"]!.AsArray());
        Assert.Equal(14, large["items"]!.AsArray().Count);
        Assert.All(large["items"]!.AsArray().Take(12), item => Assert.Equal(2, item!["people"]!.AsArray().Count));
        Assert.True(smallCount > 0, "the interceptor saw no commands");
        Assert.Equal(smallCount, largeCount);
    }

    [Theory]
    [InlineData("page=0", "page")]
    [InlineData("page=-3", "page")]
    [InlineData("page=abc", "page")]
    [InlineData("pageSize=0", "pageSize")]
    [InlineData("pageSize=101", "pageSize")]
    [InlineData("pageSize=ten", "pageSize")]
    [InlineData("sort=popular", "sort")]
    [InlineData("sort=7", "sort")]
    [InlineData("from=2024-13-01", "from")]
    [InlineData("to=yesterday", "to")]
    [InlineData("from=2024-02-01&to=2024-01-01", "from")]
    [InlineData("tag=Not%20A%20Slug", "tag")]
    [InlineData("person=UPPER", "person")]
    [InlineData("organization=under_score", "organization")]
    public async Task ListArticlesRejectsBadParametersWithValidationProblem(string query, string field)
    {
        using var factory = EmptyFactory();
        var client = await factory.CreateReadyClientAsync();

        using var response = await client.GetAsync("/api/articles?" + query);

        await response.ReadValidationProblemAsync(field);
    }

    [Fact]
    public async Task ListArticlesRejectsTooLongSlugFilter()
    {
        using var factory = EmptyFactory();
        var client = await factory.CreateReadyClientAsync();

        using var response = await client.GetAsync("/api/articles?tag=" + new string('a', 101));

        await response.ReadValidationProblemAsync("tag");
    }

    [Fact]
    public async Task ListArticlesAllowsAnyOriginToRead()
    {
        using var factory = EmptyFactory();
        var client = await factory.CreateReadyClientAsync();
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/articles");
        request.Headers.Add("Origin", "https://reader.example");

        using var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("*", response.Header("Access-Control-Allow-Origin"));
        Assert.Contains("X-Total-Count", response.Header("Access-Control-Expose-Headers"), StringComparison.OrdinalIgnoreCase);
    }
}
