using System.Net;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using NewsApi.Search;
using NewsApi.Tests.Infrastructure;
using static NewsApi.Tests.Infrastructure.TestArticles;

namespace NewsApi.Tests.Search;

public sealed class ImpactIndexTests
{
    private static readonly string[] Vocabulary = ["quay", "tide", "gull", "rope", "mast", "keel", "sail", "buoy", "reef", "cove"];
    private static readonly double[] ColumnWeights = [10.0, 4.0, 1.0, 1.5, 2.5];

    /// <summary>Invented rows over a ten-word vocabulary, so that every word matches many rows and scores tie often.</summary>
    private static List<IndexedRow> Rows(int count, int seed)
    {
        var random = new Random(seed);
        string Words(int max) => string.Join(' ', Enumerable.Range(0, random.Next(0, max)).Select(_ => Vocabulary[random.Next(random.Next(1, Vocabulary.Length + 1))]));
        return Enumerable.Range(1, count).Select(id => new IndexedRow
        {
            Id = id * 3,
            Headline = Words(4),
            Standfirst = Words(6),
            Body = Words(30),
            Quotes = Words(5),
            Names = Words(3),
        }).ToList();
    }

    /// <summary>FTS5's bm25 written out plainly over every row: what the index must reproduce while reading fewer postings.</summary>
    private static List<IndexHit> BruteForce(List<IndexedRow> rows, ImpactIndex.IndexQuery query)
    {
        var tokens = rows.ToDictionary(r => r.Id, r => new[] { r.Headline, r.Standfirst, r.Body, r.Quotes, r.Names }.Select(SearchQuery.Words).ToArray());
        var average = tokens.Values.Average(columns => (double)columns.Sum(c => c.Count));
        bool Has(int id, string word) => tokens[id].Any(c => c.Contains(word));
        double Idf(string word)
        {
            var hits = rows.Count(r => Has(r.Id, word));
            var idf = Math.Log((rows.Count - hits + 0.5) / (hits + 0.5));
            return idf <= 0 ? 1e-6 : idf;
        }
        bool HeadlinePhrase(int id) => query.HeadlinePhrase is { } phrase
            && Enumerable.Range(0, Math.Max(0, tokens[id][0].Count - phrase.Count + 1)).Any(start => tokens[id][0].Skip(start).Take(phrase.Count).SequenceEqual(phrase));
        return rows
            .Where(r => query.Groups.All(g => g.Any(w => Has(r.Id, w))) && !query.Excluded.Any(w => Has(r.Id, w)))
            .Select(r =>
            {
                var length = tokens[r.Id].Sum(c => c.Count);
                var score = query.Groups.SelectMany(g => g).Sum(word =>
                {
                    var frequency = tokens[r.Id].Select((column, i) => column.Count(t => t == word) * ColumnWeights[i]).Sum();
                    return Idf(word) * frequency * 2.2 / (frequency + 1.2 * (1 - 0.75 + 0.75 * length / average));
                });
                return new IndexHit(r.Id, -score - (HeadlinePhrase(r.Id) ? SearchDialect.HeadlinePhraseBoost : 0));
            })
            .OrderBy(h => h.Rank).ThenByDescending(h => h.Id)
            .ToList();
    }

    public static TheoryData<string> Queries() =>
    [
        "quay", "cove", "quay tide", "tide quay", "quay quay", "gull OR reef", "quay -tide", "rope mast keel", "sail OR buoy tide -cove", "unknownword", "quay unknownword",
    ];

    [Theory]
    [MemberData(nameof(Queries))]
    public void TopHitsAndCountAreThoseOfRankingEveryRow(string text)
    {
        var rows = Rows(400, seed: 7);
        var index = new ImpactIndex();
        rows.ForEach(index.Add);
        Assert.True(SearchQuery.TryParse(text, out var parsed, out _));
        var query = ImpactIndex.IndexQuery.From(parsed!)!;

        var expected = BruteForce(rows, query);
        foreach (var count in new[] { 1, 5, 21, 1000 })
        {
            var top = index.Top(query, count);
            Assert.Equal(expected.Take(count).Select(h => h.Id), top.Select(h => h.Id));
            Assert.All(top.Zip(expected), pair => Assert.Equal(pair.Second.Rank, pair.First.Rank, 9));
        }
        Assert.Equal(expected.Count, index.Count(query));
    }

    [Fact]
    public void ReindexedAndRemovedRowsRankAsIfIndexedAfresh()
    {
        var rows = Rows(300, seed: 11);
        var index = new ImpactIndex();
        rows.ForEach(index.Add);
        Assert.True(SearchQuery.TryParse("quay tide", out var parsed, out _));
        var query = ImpactIndex.IndexQuery.From(parsed!)!;
        _ = index.Top(query, 10);

        var changed = Rows(40, seed: 12).Select(r => new IndexedRow { Id = rows[r.Id / 3].Id, Headline = "quay tide " + r.Headline, Body = r.Body }).ToList();
        var removed = rows.Take(20).Select(r => r.Id).ToList();
        index.Apply([.. changed.Select(r => r.Id), .. removed], changed.ToDictionary(r => r.Id));
        var now = rows.Where(r => !removed.Contains(r.Id) && changed.All(c => c.Id != r.Id)).Concat(changed).ToList();

        var expected = BruteForce(now, query);
        Assert.Equal(expected.Take(25).Select(h => h.Id), index.Top(query, 25).Select(h => h.Id));
        Assert.Equal(expected.Count, index.Count(query));
        Assert.Equal(now.Count, index.DocumentCount);
    }

    [Fact]
    public void PhrasesAndPrefixesAreLeftToTheDatabase()
    {
        Assert.True(SearchQuery.TryParse("\"quay tide\"", out var phrase, out _));
        Assert.True(SearchQuery.TryParse("qua*", out var prefix, out _));
        Assert.Null(ImpactIndex.IndexQuery.From(phrase!));
        Assert.Null(ImpactIndex.IndexQuery.From(prefix!));
    }
}

/// <summary>The same requests answered by the index and by the database alone, on one database.</summary>
public sealed class SearchEngineParityTests
{
    private static readonly string[] Queries =
        ["harbour", "harbour strike", "strike harbour", "harbour OR festival", "harbour -dredging", "talks", "owners cafe", "nothingmatches"];

    private static async Task<NewsApiFactory> CorpusAsync()
    {
        var factory = EmptyFactory();
        await factory.CreateReadyClientAsync();
        var day = new DateTimeOffset(2024, 1, 1, 9, 0, 0, TimeSpan.Zero);
        var drafts = new List<Ingestion.ArticleDraft>();
        string[] subjects = ["harbour", "strike", "festival", "cafe", "dredging", "talks"];
        for (var i = 0; i < 24; i++)
        {
            var a = subjects[i % subjects.Length];
            var b = subjects[i * 7 % subjects.Length];
            drafts.Add(Draft($"Story {i} on {a} and {b}", day.AddDays(i),
                body: [string.Join(' ', Enumerable.Repeat($"The {b} went on.", 1 + i % 4)), $"Owners said the harbour talks were {(i % 3 == 0 ? "long" : "short")}."]));
        }
        await factory.StoreAllAsync([.. drafts]);
        return factory;
    }

    private static async Task<JsonNode> PageAsync(HttpClient client, string query, string extra = "")
    {
        using var response = await client.GetAsync("/api/articles?pageSize=100&q=" + Uri.EscapeDataString(query) + extra);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.ReadJsonAsync();
    }

    private static WebApplicationFactory<Program> DatabaseOnly(NewsApiFactory factory) =>
        factory.WithWebHostBuilder(b => b.UseSetting("Search:Engine", "database"));

    [SqliteOnlyFact("PostgreSQL's database path ranks with ts_rank, the index with bm25 on both providers")]
    public async Task IndexRanksAsFts5Bm25Does()
    {
        using var factory = await CorpusAsync();
        var indexed = factory.CreateClient();
        using var databaseOnly = DatabaseOnly(factory);
        var database = databaseOnly.CreateClient();
        foreach (var query in Queries)
        {
            var fromIndex = await PageAsync(indexed, query);
            var fromDatabase = await PageAsync(database, query);
            Assert.Equal(fromDatabase.Int("totalItems"), fromIndex.Int("totalItems"));
            Assert.Equal(Ids(fromDatabase), Ids(fromIndex));
            Assert.Equal(fromDatabase["items"]!.ToJsonString(), fromIndex["items"]!.ToJsonString());
        }
    }

    [Fact]
    public async Task IndexFindsWhatTheDatabaseFindsAndPagesByCursor()
    {
        using var factory = await CorpusAsync();
        var indexed = factory.CreateClient();
        using var databaseOnly = DatabaseOnly(factory);
        var database = databaseOnly.CreateClient();
        foreach (var query in Queries)
        {
            var fromIndex = await PageAsync(indexed, query);
            var fromDatabase = await PageAsync(database, query, "&sort=newest");
            Assert.Equal(fromDatabase.Int("totalItems"), fromIndex.Int("totalItems"));
            Assert.Equal(Ids(fromDatabase).Order(), Ids(fromIndex).Order());

            var walked = new List<int>();
            string? cursor = null;
            do
            {
                var page = await PageAsync(indexed, query, "&pageSize=5" + (cursor is null ? "" : "&cursor=" + cursor));
                walked.AddRange(Ids(page));
                cursor = page["next"]?.GetValue<string>();
            }
            while (cursor is not null && walked.Count < 100);
            Assert.Equal(Ids(fromIndex), walked);
        }
    }

    [Fact]
    public async Task ReadinessWaitsForTheIndex()
    {
        using var factory = await CorpusAsync();
        var index = factory.Services.GetRequiredService<ArticleSearchIndex>();
        Assert.True(index.Ready);
        await PageAsync(factory.CreateClient(), "harbour");
        Assert.Equal(24, index.Size().Articles);
    }

    private static List<int> Ids(JsonNode page) => page["items"]!.AsArray().Select(i => i!.Int("id")).ToList();
}
