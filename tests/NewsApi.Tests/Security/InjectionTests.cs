using System.Net;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using NewsApi.Data;
using NewsApi.Tests.Infrastructure;
using static NewsApi.Tests.Infrastructure.TestArticles;

namespace NewsApi.Tests.Security;

/// <summary>
/// Injection (API8:2019, folded into API8:2023 Security Misconfiguration and API10:2023's untrusted input): classic SQL
/// and FTS5 payloads in every search and filter parameter and in path slugs are answered 200 or 400 (404 for a slug),
/// never 500, never with more rows than the honest filter gives, and leave the data as it was.
/// </summary>
/// <remarks>
/// The stored articles use none of the payloads' words (or, drop, table, union, select, near, a, b, col, term, 1), so the
/// honest answer to any payload is no rows, and to "harbour" plus a payload at most the one article about the harbour.
/// </remarks>
public sealed class InjectionTests(InjectionTests.Fixture fixture) : IClassFixture<InjectionTests.Fixture>
{
    public static readonly TheoryData<string> Payloads = new()
    {
        "' OR '1'='1",
        "' OR 1=1--",
        "1; DROP TABLE Articles--",
        "\" OR \"\" = \"",
        "') UNION SELECT Id, Headline, Body FROM Articles--",
        "1' UNION SELECT NULL, sqlite_version()--",
        "'; UPDATE Articles SET Headline='pwned'--",
        "NEAR(a b)",
        "NEAR(term col, 5)",
        "headline:term",
        "col:term",
        "{headline body}:term",
        "*",
        "a*",
        "^term",
        "term AND NOT col",
        "\"unclosed",
        "(((",
        "term\u0000",
        "\u0000' OR '1'='1",
        "%",
        "_",
        "\\' OR 1=1",
        "' || (SELECT 1) || '",
        "1) OR (1=1",
    };

    public sealed class Fixture : IAsyncLifetime
    {
        public NewsApiFactory Factory { get; } = EmptyFactory();

        public HttpClient Client { get; private set; } = null!;

        public Counts Before { get; private set; } = null!;

        public async Task InitializeAsync()
        {
            Client = await Factory.CreateReadyClientAsync();
            await Factory.StoreAllAsync(
                Draft("Harbour pilots strike", tags: ["ports"], people: [Person("Ada Quill")], organizations: [Organization("Pilots Guild")],
                    body: ["Harbour pilots stopped work on Monday over pay.", "Ships waited outside the breakwater."]),
                Draft("Lighthouse keepers return", tags: ["coasts"], people: [Person("Ben Marsh")], organizations: [Organization("Coast Trust")],
                    body: ["Keepers went back to the lighthouse on Tuesday.", "Lamps were cleaned and tested."]),
                Draft("Ferry timetable changes", tags: ["ports", "ferries"],
                    body: ["Ferries will sail later in winter.", "Passengers were told by letter."]));
            Before = await Counts.TakeAsync(Factory);
        }

        public Task DisposeAsync()
        {
            Factory.Dispose();
            return Task.CompletedTask;
        }
    }

    public sealed record Counts(int Articles, int People, int Organizations, int Tags, int Quotes, string Headlines)
    {
        public static Task<Counts> TakeAsync(NewsApiFactory factory) => factory.WithScopeAsync(async services =>
        {
            var db = services.GetRequiredService<NewsDbContext>();
            var headlines = await db.Articles.OrderBy(a => a.Id).Select(a => a.Headline).ToListAsync();
            return new Counts(await db.Articles.CountAsync(), await db.People.CountAsync(), await db.Organizations.CountAsync(),
                await db.Tags.CountAsync(), await db.Quotes.CountAsync(), string.Join("|", headlines));
        });
    }

    /// <summary>Parameter templates; {0} is the escaped payload. The second value is how many rows the honest filter can give at most.</summary>
    private static readonly (string Template, int MaxItems)[] Lists =
    [
        ("/api/articles?q={0}", 0),
        ("/api/articles?q=harbour%20{0}", 1),
        ("/api/articles?tag={0}", 0),
        ("/api/articles?tag=ports&tag={0}", 0),
        ("/api/articles?person={0}", 0),
        ("/api/articles?organization={0}", 0),
        ("/api/articles?from={0}", 3),
        ("/api/articles?to={0}", 3),
        ("/api/articles?sort={0}", 3),
        ("/api/articles?cursor={0}", 3),
        ("/api/articles?facets={0}", 3),
        ("/api/people?q={0}", 0),
        ("/api/people?sort={0}", 2),
        ("/api/organizations?q={0}", 0),
        ("/api/tags?q={0}", 0),
        ("/api/tags?q=ports{0}", 0),
        ("/api/quotes?q={0}", 0),
        ("/api/quotes?person={0}", 0),
        ("/api/search?q={0}", 0),
        ("/api/changes?since={0}", int.MaxValue),
    ];

    private static readonly string[] Paths =
    [
        "/api/articles/{0}",
        "/api/articles/{0}/related",
        "/api/people/{0}",
        "/api/people/{0}/articles",
        "/api/people/{0}/quotes",
        "/api/organizations/{0}",
        "/api/organizations/{0}/articles",
        "/api/tags/{0}",
        "/api/tags/{0}/articles",
        "/feeds/tags/{0}.atom",
    ];

    [Theory]
    [MemberData(nameof(Payloads))]
    public async Task Api8SearchAndFilterParametersAreNotInjectable(string payload)
    {
        var escaped = Uri.EscapeDataString(payload);
        foreach (var (template, maxItems) in Lists)
        {
            var url = string.Format(System.Globalization.CultureInfo.InvariantCulture, template, escaped);
            using var response = await fixture.Client.GetAsync(url);

            await AssertHonestAsync(response, url, maxItems, payload);
        }
        Assert.Equal(fixture.Before, await Counts.TakeAsync(fixture.Factory));
    }

    [Theory]
    [MemberData(nameof(Payloads))]
    public async Task Api8SlugsInPathsAreNotInjectable(string payload)
    {
        if (payload.Contains('\0', StringComparison.Ordinal))
        {
            // TestServer will not build a path holding NUL; Kestrel refuses one with 400 before routing (scripts/sqlmap.sh checks that).
            return;
        }
        var escaped = Uri.EscapeDataString(payload);
        foreach (var template in Paths)
        {
            var url = string.Format(System.Globalization.CultureInfo.InvariantCulture, template, escaped);
            using var response = await fixture.Client.GetAsync(url);

            Assert.True(response.StatusCode is HttpStatusCode.NotFound or HttpStatusCode.BadRequest,
                $"{url} answered {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
            await SecurityChecks.AssertSafeProblemAsync(response, response.StatusCode, url, echoed: payload);
        }
        Assert.Equal(fixture.Before, await Counts.TakeAsync(fixture.Factory));
    }

    [Theory]
    [InlineData("/api/people?q=term%00", "q")]
    [InlineData("/api/organizations?q=%00", "q")]
    [InlineData("/api/articles?tag=ports%00", "tag")]
    [InlineData("/api/articles?q=harbour&sort=%00newest", "sort")]
    [InlineData("/api/people?q=a&q%00=b", "q")]
    public async Task Api8NulInAQueryParameterIsABadRequestNamingIt(string url, string field)
    {
        // PostgreSQL takes no NUL in text: without this refusal the directories' q was a 500 there.
        using var response = await fixture.Client.GetAsync(url);

        await response.ReadValidationProblemAsync(field);
    }

    [Fact]
    public async Task Api8TheHonestFiltersFindWhatTheyShould()
    {
        // Controls: without them a parameter that matched nothing at all would pass the injection tests vacuously.
        Assert.Equal(1, await TotalAsync("/api/articles?q=harbour"));
        Assert.Equal(2, await TotalAsync("/api/articles?tag=ports"));
        Assert.Equal(1, await TotalAsync("/api/articles?person=ada-quill"));
        Assert.Equal(1, await TotalAsync("/api/organizations?q=guild"));
        Assert.Equal(3, await TotalAsync("/api/articles?from=2000-01-01"));
        Assert.Equal(3, await TotalAsync("/api/articles"));
    }

    private async Task<int> TotalAsync(string url)
    {
        using var response = await fixture.Client.GetAsync(url);
        return (await response.ReadJsonAsync())["totalItems"]!.GetValue<int>();
    }

    private static async Task AssertHonestAsync(HttpResponseMessage response, string url, int maxItems, string payload)
    {
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode is HttpStatusCode.OK or HttpStatusCode.BadRequest, $"{url} answered {(int)response.StatusCode}: {text}");
        if (response.StatusCode == HttpStatusCode.BadRequest)
        {
            await SecurityChecks.AssertSafeProblemAsync(response, HttpStatusCode.BadRequest, url, echoed: payload);
            return;
        }
        var body = JsonNode.Parse(text)!;
        var items = body["items"]?.AsArray() ?? body["changes"]?.AsArray() ?? body["suggestions"]?.AsArray();
        Assert.True(items is not null, $"{url}: no list in {text}");
        Assert.True(items.Count <= maxItems, $"{url} gave {items.Count} rows, more than the honest {maxItems}: {text}");
        if (body["totalItems"] is { } total)
        {
            Assert.True(total.GetValue<int>() <= maxItems, $"{url} counted {total} rows, more than the honest {maxItems}");
        }
        Assert.DoesNotContain("pwned", text, StringComparison.Ordinal);
    }
}
