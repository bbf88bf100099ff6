using System.Net;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using NewsApi.Data;
using NewsApi.Tests.Infrastructure;
using static NewsApi.Tests.Articles.Writes.ArticleWrites;

namespace NewsApi.Tests.Articles.Writes;

public sealed class BatchIngestTests(WritesFactory factory) : IClassFixture<WritesFactory>
{
    private const string BatchUrl = "/api/articles/ingest/batch";

    private static string Document(string headline, string person = "Anna Berglund", string organization = "the Baltic Rail Authority") =>
        $"{headline}\n\n5 February 2025\n\nVIENNA (Reuters) - Transport ministers from two countries agreed on Monday to build a new rail link, officials said.\n\n"
        + $"\"The line will change how people travel,\" said {person}, the head of {organization}.\n\n"
        + "The line is due to open in 2030 and will cut the journey between the capitals to two hours.\n";

    private static string Line(string? sourceName, string text, string? contentType = null) =>
        JsonSerializer.Serialize(new { sourceName, text, contentType });

    private static StringContent Ndjson(params string[] lines) => new(string.Join("\n", lines) + "\n", Encoding.UTF8, "application/x-ndjson");

    private static async Task<List<JsonNode>> SendBatchAsync(HttpClient client, params string[] lines)
    {
        using var response = await client.SendAsync(Write(HttpMethod.Post, BatchUrl, Ndjson(lines)));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/x-ndjson", response.Content.Headers.ContentType?.MediaType);
        var body = await response.Content.ReadAsStringAsync();
        return [.. body.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(line => JsonNode.Parse(line)!)];
    }

    [Fact]
    public async Task EachDocumentGetsTheStatusSingleIngestWouldGive()
    {
        var client = await factory.CreateReadyClientAsync();

        var statuses = await SendBatchAsync(client,
            Line("mixed-a.txt", Document("Mixed batch rail story")),
            "this is not json",
            Line("mixed-empty.txt", "  \n "),
            Line("mixed-menu.txt", "Share\nTweet\nCookies\n"),
            Line("bad\u0001name.txt", Document("Badly named batch story")),
            Line("mixed-pdf.txt", Document("Unsupported batch story"), "application/pdf"),
            "",
            Line(null, Document("Unnamed batch rail story")));

        Assert.Equal([0, 1, 2, 3, 4, 5, 6], statuses.Select(s => s.Int("index")));
        Assert.Equal([201, 400, 400, 422, 400, 415, 201], statuses.Select(s => s.Int("status")));
        Assert.Equal("created", statuses[0].Str("outcome"));
        Assert.Equal("mixed-a.txt", statuses[0].Str("sourceName"));
        Assert.False(string.IsNullOrEmpty(statuses[3].Str("detail")));
        var (article, _) = await client.GetArticleAsync(statuses[0].Str("slug"));
        Assert.Equal("Mixed batch rail story", article.Str("headline"));
        Assert.Equal(statuses[0].Int("id"), article.Int("id"));
        Assert.Equal("mixed-a.txt", article["provenance"].Str("sourceDocumentName"));
        Assert.False(await factory.WithScopeAsync(s => s.GetRequiredService<NewsDbContext>().Articles.AnyAsync(a => a.Headline == "Badly named batch story")));
    }

    [Fact]
    public async Task ABatchSentTwiceStoresEveryDocumentOnce()
    {
        var client = await factory.CreateReadyClientAsync();
        string[] lines = [Line("twice-a.txt", Document("Twice sent harbour story")), Line("twice-b.txt", Document("Twice sent bridge story")), Line(null, Document("Twice sent harbour story"))];

        var first = await SendBatchAsync(client, lines);
        var second = await SendBatchAsync(client, lines);

        Assert.Equal([201, 201, 200], first.Select(s => s.Int("status")));
        Assert.Equal("unchanged", first[2].Str("outcome"));
        Assert.Equal(first[0].Int("id"), first[2].Int("id"));
        Assert.All(second, s => Assert.Equal("unchanged", s.Str("outcome")));
        Assert.Equal(first.Select(s => s.Int("id")), second.Select(s => s.Int("id")));
        Assert.Equal(1, await factory.WithScopeAsync(s => s.GetRequiredService<NewsDbContext>().Articles.CountAsync(a => a.Headline == "Twice sent harbour story")));
    }

    [Fact]
    public async Task ANewVersionOfASourceDocumentRewritesItsArticleEvenInTheSameBatch()
    {
        var client = await factory.CreateReadyClientAsync();

        var statuses = await SendBatchAsync(client,
            Line("versioned.txt", Document("First version of the ferry story", person: "Jonas Ekdahl")),
            Line("versioned.txt", Document("Second version of the ferry story", person: "Jonas Ekdahl")));
        var later = await SendBatchAsync(client, Line("versioned.txt", Document("Third version of the ferry story", person: "Mirela Dancu")));

        Assert.Equal([201, 200], statuses.Select(s => s.Int("status")));
        Assert.Equal("updated", statuses[1].Str("outcome"));
        Assert.Equal(statuses[0].Int("id"), statuses[1].Int("id"));
        Assert.Equal("updated", later[0].Str("outcome"));
        Assert.Equal(statuses[0].Int("id"), later[0].Int("id"));
        var (article, _) = await client.GetArticleAsync(statuses[0].Str("slug"));
        Assert.Equal("Third version of the ferry story", article.Str("headline"));
        // The person only the replaced versions named is a leftover of their parse and goes, as with single ingest.
        Assert.False(await factory.WithScopeAsync(s => s.GetRequiredService<NewsDbContext>().People.AnyAsync(p => p.Name == "Jonas Ekdahl")));
    }

    public static TheoryData<string[]> EquivalentBatches => new()
    {
        {
            [
                Document("Equivalence rail story one", person: "Lotte Vandermeer", organization: "the Northern Freight Union (NFU)"),
                Document("Equivalence rail story two", person: "Vandermeer", organization: "NFU"),
                Document("Equivalence rail story three", person: "Karol Wiśniewski", organization: "the Northern Freight Union"),
                Document("Equivalence rail story four", person: "Lotte Vandermeer", organization: "the Harbour Pilots Guild"),
            ]
        },
        {
            // A lone surname joins the one person it fits, and so becomes her alias; once a second person has that surname, a
            // later document's lone surname fits both and is someone new, as it is when the documents come one at a time.
            // An organization first named by its acronym takes its full name from a later document.
            [
                Document("Ambiguity ferry story one", person: "Lotte Vandermeer", organization: "KPL"),
                Document("Ambiguity ferry story two", person: "Vandermeer", organization: "the Kestrel Pilots League"),
                Document("Ambiguity ferry story three", person: "Pieter Vandermeer", organization: "KPL"),
                Document("Ambiguity ferry story four", person: "Vandermeer", organization: "the Kestrel Pilots League (KPL)"),
            ]
        },
    };

    [Theory]
    [MemberData(nameof(EquivalentBatches))]
    public async Task ABatchStoresWhatSingleIngestsInTheSameOrderStore(string[] documents)
    {
        using var single = new WritesFactory();
        var singleClient = await single.CreateReadyClientAsync();
        foreach (var (document, index) in documents.Select((d, i) => (d, i)))
        {
            using var response = await singleClient.SendAsync(Write(HttpMethod.Post, $"/api/articles/ingest?sourceName=equivalence-{index}.txt", new StringContent(document, Encoding.UTF8, "text/plain")));
            Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        }
        using var batch = new WritesFactory();
        var batchClient = await batch.CreateReadyClientAsync();

        var statuses = await SendBatchAsync(batchClient, [.. documents.Select((d, i) => Line($"equivalence-{i}.txt", d))]);

        Assert.All(statuses, s => Assert.Equal(201, s.Int("status")));
        Assert.Equal(await StoredAsync(single), await StoredAsync(batch));
        Assert.NotEmpty((await StoredAsync(batch)).Split('\n'));
    }

    /// <summary>Everything an ingest decides, as text: articles with their links, people, organizations and tags.</summary>
    private static Task<string> StoredAsync(NewsApiFactory factory) => factory.WithScopeAsync(async services =>
    {
        var db = services.GetRequiredService<NewsDbContext>();
        var rows = await db.Articles.AsNoTracking().AsSplitQuery().OrderBy(a => a.Id)
            .Include(a => a.People).ThenInclude(l => l.Person)
            .Include(a => a.Organizations).ThenInclude(l => l.Organization)
            .Include(a => a.Tags).ThenInclude(l => l.Tag)
            .Include(a => a.Quotes).ThenInclude(q => q.Speaker)
            .ToListAsync();
        var articles = rows.Select(a => new
        {
            a.Slug,
            a.Headline,
            a.ContentHash,
            People = a.People.Select(l => $"{l.Person.Slug}:{l.Roles}:{l.MentionCount}").Order(StringComparer.Ordinal).ToList(),
            Organizations = a.Organizations.Select(l => $"{l.Organization.Slug}:{l.MentionCount}").Order(StringComparer.Ordinal).ToList(),
            Tags = a.Tags.Select(l => l.Tag.Slug).Order(StringComparer.Ordinal).ToList(),
            Quotes = a.Quotes.OrderBy(q => q.Order).Select(q => $"{q.Speaker?.Slug}:{q.Text}").ToList(),
        });
        var people = await db.People.OrderBy(p => p.Slug).Select(p => new { p.Slug, p.Name, p.Aliases, p.Title, Affiliation = p.Affiliation == null ? null : p.Affiliation.Slug }).ToListAsync();
        var organizations = await db.Organizations.OrderBy(o => o.Slug).Select(o => new { o.Slug, o.Name, o.Aliases }).ToListAsync();
        var tags = await db.Tags.OrderBy(t => t.Slug).Select(t => new { t.Slug, t.Kind }).ToListAsync();
        return string.Join("\n", articles.Select(a => JsonSerializer.Serialize(a)).Concat(people.Select(p => JsonSerializer.Serialize(p)))
            .Concat(organizations.Select(o => JsonSerializer.Serialize(o))).Concat(tags.Select(t => JsonSerializer.Serialize(t))));
    });

    [Fact]
    public async Task BatchIngestedArticlesAreFoundBySearch()
    {
        var client = await factory.CreateReadyClientAsync();

        await SendBatchAsync(client, Line("searchable.txt", Document("Quarterdeck funicular batch story")));

        var found = await (await client.GetAsync("/api/articles?q=funicular")).ReadJsonAsync();
        Assert.Contains(found["items"]!.AsArray(), item => item.Str("headline") == "Quarterdeck funicular batch story");
    }

    [Fact]
    public async Task LinesThatAreNotUtf8AreRefusedAsSingleIngestRefusesThem()
    {
        var client = await factory.CreateReadyClientAsync();
        static ByteArrayContent Bytes(params byte[][] lines)
        {
            var content = new ByteArrayContent([.. lines.SelectMany(line => line.Concat("\n"u8.ToArray()))]);
            content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/x-ndjson");
            return content;
        }
        // 0xC2 opens a two-byte sequence that "1" does not finish.
        byte[] invalid = [.. Encoding.UTF8.GetBytes("{\"sourceName\":\"bad-bytes.txt\",\"text\":\"Bad bytes "), 0xC2, (byte)'1', (byte)'"', (byte)'}'];

        using var first = await client.SendAsync(Write(HttpMethod.Post, BatchUrl, Bytes(invalid)));
        using var later = await client.SendAsync(Write(HttpMethod.Post, BatchUrl, Bytes(Encoding.UTF8.GetBytes(Line("good-bytes.txt", Document("Good bytes batch story"))), invalid)));

        await first.ReadValidationProblemAsync("body");
        Assert.Equal(HttpStatusCode.OK, later.StatusCode);
        var statuses = (await later.Content.ReadAsStringAsync()).Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(line => JsonNode.Parse(line)!).ToList();
        Assert.Equal([201, 400], statuses.Select(s => s.Int("status")));
        Assert.False(await factory.WithScopeAsync(s => s.GetRequiredService<NewsDbContext>().Articles.AnyAsync(a => a.Headline.StartsWith("Bad bytes"))));
    }

    [Fact]
    public async Task AnEmptyBatchIsABadRequest()
    {
        var client = await factory.CreateReadyClientAsync();

        using var response = await client.SendAsync(Write(HttpMethod.Post, BatchUrl, Ndjson("", "  ")));

        await response.ReadValidationProblemAsync("body");
    }

    [Fact]
    public async Task ABatchAsPlainTextIsUnsupported()
    {
        var client = await factory.CreateReadyClientAsync();

        using var response = await client.SendAsync(Write(HttpMethod.Post, BatchUrl, new StringContent(Document("Plain batch story"), Encoding.UTF8, "text/plain")));

        await response.ReadProblemAsync(HttpStatusCode.UnsupportedMediaType);
    }

    [Fact]
    public async Task ABatchWithoutKeyIsUnauthorizedAndStoresNothing()
    {
        var client = await factory.CreateReadyClientAsync();

        using var response = await client.SendAsync(Write(HttpMethod.Post, BatchUrl, Ndjson(Line("keyless.txt", Document("Keyless batch story"))), key: null));

        await response.ReadProblemAsync(HttpStatusCode.Unauthorized);
        Assert.False(await factory.WithScopeAsync(s => s.GetRequiredService<NewsDbContext>().Articles.AnyAsync(a => a.Headline == "Keyless batch story")));
    }
}
