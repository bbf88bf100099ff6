using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using NewsApi.Tests.Infrastructure;
using NewsApi.Transfer;

namespace NewsApi.Tests.Transfer;

/// <summary>
/// The transfer command copies a seeded database and the API answers exactly the same on the copy. On SQLite (the default
/// run): SQLite to SQLite. With NEWSAPI_TEST_POSTGRES (required, not skipped, with NEWSAPI_TEST_POSTGRES_REQUIRED=1):
/// PostgreSQL to a SQLite file and that file on to a fresh PostgreSQL database, so both directions are exercised.
/// The apps in this process always run on the suite's provider: a process of the app serves one provider only.
/// </summary>
[Collection(nameof(ProcessWideSqlitePools))]
public sealed class TransferTests
{
    [Fact]
    public async Task TransferCopiesEveryTableAndTheApiAnswersTheSameOnTheCopy()
    {
        using var temp = new TempFolder();
        var postgres = TestDatabase.UsesPostgres;
        await using var source = TestDatabaseFor.Create(postgres, Path.Combine(temp.Path, "source.db"));
        await using var target = TestDatabaseFor.Create(postgres, Path.Combine(temp.Path, "target.db"));

        // The source: the seeded app, with a tag created and deleted so that the change feed holds a tombstone.
        Dictionary<string, string> before;
        int deletedTagId;
        using (var sourceApp = new TransferApiFactory(source, seed: true))
        {
            var client = await sourceApp.CreateReadyClientAsync();
            client.WithApiKey(TestApiKeys.Admin);
            deletedTagId = await CreateAndDeleteTagAsync(client);
            before = await SnapshotAsync(client);
        }
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();

        var from = source.Endpoint;
        if (postgres)
        {
            // PostgreSQL to SQLite first; the SQLite file is then the source of the copy the API is checked on.
            var middle = "sqlite:" + Path.Combine(temp.Path, "middle.db");
            AssertCopied(await DatabaseTransfer.RunAsync(new TransferOptions(DatabaseEndpoint.Parse(from), DatabaseEndpoint.Parse(middle), BatchSize: 7), TextWriter.Null, CancellationToken.None), before);
            from = middle;
        }
        AssertCopied(await DatabaseTransfer.RunAsync(new TransferOptions(DatabaseEndpoint.Parse(from), DatabaseEndpoint.Parse(target.Endpoint), BatchSize: 7), TextWriter.Null, CancellationToken.None), before);

        // A second run finds the target full and refuses it; --force empties it and copies again.
        var error = new StringWriter();
        Assert.Equal(TransferProgram.TargetNotEmpty, await TransferProgram.RunAsync(["--from", from, "--to", target.Endpoint], TextWriter.Null, error, CancellationToken.None));
        Assert.Contains("--force", error.ToString(), StringComparison.Ordinal);
        var output = new StringWriter();
        Assert.Equal(TransferProgram.Success, await TransferProgram.RunAsync(["--from", from, "--to", target.Endpoint, "--force"], output, TextWriter.Null, CancellationToken.None));
        Assert.Contains("Every count matches.", output.ToString(), StringComparison.Ordinal);

        using var targetApp = new TransferApiFactory(target, seed: false);
        var copy = await targetApp.CreateReadyClientAsync();
        var after = await SnapshotAsync(copy);
        foreach (var (path, json) in before)
        {
            Assert.True(json == after[path], $"{path} differs on the copy:\n{json}\n---\n{after[path]}");
        }

        // The id counters continue after the source's: a new tag takes neither a copied id nor the deleted tag's (its tombstone's).
        copy.WithApiKey(TestApiKeys.Editor);
        using var created = await copy.PostAsJsonAsync("/api/tags", new { name = "Transfer check" });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var newId = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetInt32();
        Assert.True(newId > deletedTagId, $"new tag id {newId} should follow every id the source gave (largest {deletedTagId})");
    }

    private static void AssertCopied(TransferReport report, Dictionary<string, string> sourceAnswers)
    {
        Assert.True(report.CountsMatch, string.Join("; ", report.Counts.Select(c => $"{c.Table} {c.Source}/{c.Target}")));
        string[] expectedTables = ["Articles", "People", "Organizations", "Tags", "ArticlePeople", "ArticleOrganizations", "ArticleTags", "Quotes", "Images", "RelatedHeadlines", "Changes", "SlugRedirects", "ArticleSearch"];
        Assert.Equal(expectedTables.Order(StringComparer.Ordinal), report.Counts.Select(c => c.Table).Order(StringComparer.Ordinal));
        // Only a database that had slugs of the old rule has redirects; a freshly seeded one has none to copy.
        Assert.All(report.Counts.Where(c => c.Table != "SlugRedirects"), c => Assert.True(c.Target > 0, $"{c.Table} copied no rows"));
        var articles = report.Counts.Single(c => c.Table == "Articles").Target;
        Assert.Equal(articles, JsonDocument.Parse(sourceAnswers["/api/articles?pageSize=100"]).RootElement.GetProperty("totalItems").GetInt64());
        Assert.Equal(articles, report.Counts.Single(c => c.Table == "ArticleSearch").Target);
    }

    [Fact]
    public async Task BadArgumentsAndAMissingSourceAreUsageErrors()
    {
        using var temp = new TempFolder();
        var target = "sqlite:" + Path.Combine(temp.Path, "target.db");
        string[][] cases =
        [
            [],
            ["--from", "mysql:Server=x", "--to", target],
            ["--from", "sqlite:" + Path.Combine(temp.Path, "missing.db"), "--to", target],
            ["--from", "postgres:Database=news", "--to", target],
            ["--from", "sqlite:" + Path.Combine(temp.Path, "a.db"), "--to", target, "--batch-size", "0"],
            ["--from", target, "--to", target],
        ];
        foreach (var args in cases)
        {
            var error = new StringWriter();
            Assert.Equal(TransferProgram.Usage, await TransferProgram.RunAsync(args, TextWriter.Null, error, CancellationToken.None));
            Assert.False(string.IsNullOrWhiteSpace(error.ToString()), $"no message for: {string.Join(' ', args)}");
        }
        Assert.False(File.Exists(Path.Combine(temp.Path, "missing.db")), "a missing source must not be created");
    }

    /// <summary>Returns the deleted tag's id: the largest tag id ever given, though no row holds it any more.</summary>
    private static async Task<int> CreateAndDeleteTagAsync(HttpClient client)
    {
        using var created = await client.PostAsJsonAsync("/api/tags", new { name = "Short lived" });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var id = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetInt32();
        using var get = await client.GetAsync(created.Headers.Location);
        using var delete = new HttpRequestMessage(HttpMethod.Delete, created.Headers.Location);
        delete.Headers.TryAddWithoutValidation("If-Match", get.Headers.ETag!.ToString());
        using var deleted = await client.SendAsync(delete);
        Assert.Equal(HttpStatusCode.NoContent, deleted.StatusCode);
        return id;
    }

    /// <summary>The answers to compare: a whole article (every relation), the lists of every resource, search and the change feed.</summary>
    private static async Task<Dictionary<string, string>> SnapshotAsync(HttpClient client)
    {
        var list = await client.GetFromJsonAsync<JsonElement>("/api/articles?pageSize=100");
        var sample = list.GetProperty("items").EnumerateArray().MaxBy(a => a.GetProperty("slug").GetString(), StringComparer.Ordinal).GetProperty("slug").GetString();
        var person = (await client.GetFromJsonAsync<JsonElement>("/api/people?pageSize=1&sort=articles")).GetProperty("items")[0].GetProperty("slug").GetString();
        string[] paths =
        [
            "/api/articles?pageSize=100",
            $"/api/articles/{sample}",
            $"/api/people/{person}",
            $"/api/people/{person}/quotes",
            "/api/people?pageSize=100&sort=name",
            "/api/organizations?pageSize=100&sort=name",
            "/api/tags?pageSize=100&sort=name",
            "/api/articles?q=minister&pageSize=100",
            "/api/changes?limit=100",
        ];
        var answers = new Dictionary<string, string>();
        foreach (var path in paths)
        {
            using var response = await client.GetAsync(path);
            Assert.True(response.StatusCode == HttpStatusCode.OK, $"{path}: {(int)response.StatusCode}");
            answers[path] = await response.Content.ReadAsStringAsync();
        }
        return answers;
    }

    /// <summary>The app on a database of the test's choosing: the source or the copy, whatever NEWSAPI_TEST_POSTGRES says about the other tests.</summary>
    private sealed class TransferApiFactory(TestDatabaseFor database, bool seed) : WebApplicationFactory<Program>
    {
        public async Task<HttpClient> CreateReadyClientAsync()
        {
            var client = CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
            var deadline = DateTime.UtcNow.AddSeconds(120);
            while ((await client.GetAsync("/health/ready")).StatusCode != HttpStatusCode.OK)
            {
                Assert.True(DateTime.UtcNow < deadline, "the app did not become ready");
                await Task.Delay(50);
            }
            return client;
        }

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            builder.UseEnvironment("Testing");
            builder.UseSetting("Database:Provider", database.Provider);
            builder.UseSetting("ConnectionStrings:News", database.ConnectionString);
            builder.UseSetting("Seeding:Path", Path.Combine(AppContext.BaseDirectory, "seeds"));
            builder.UseSetting("Seeding:Enabled", seed ? "true" : "false");
            builder.UseSetting("RateLimits:Enabled", "false");
            // Both apps answer from the database: a cached answer would hide a difference.
            builder.UseSetting("Caching:OutputCache:Enabled", "false");
            foreach (var (key, value) in TestApiKeys.Settings(firstIndex: 10))
            {
                builder.UseSetting(key, value);
            }
        }
    }

    /// <summary>A database of the suite's provider: a SQLite file in the test's folder, or a fresh PostgreSQL database dropped afterwards.</summary>
    private sealed class TestDatabaseFor : IAsyncDisposable
    {
        private readonly string? _postgresDatabase;

        private TestDatabaseFor(string provider, string connectionString, string? postgresDatabase)
        {
            Provider = provider;
            ConnectionString = connectionString;
            _postgresDatabase = postgresDatabase;
        }

        public string Provider { get; }

        public string ConnectionString { get; }

        public string Endpoint => (Provider == "Sqlite" ? "sqlite:" : "postgres:") + ConnectionString;

        public static TestDatabaseFor Create(bool postgres, string sqliteFile)
        {
            if (!postgres)
            {
                return new TestDatabaseFor("Sqlite", $"Data Source={sqliteFile}", null);
            }
            var database = TestDatabase.CreatePostgresDatabase();
            return new TestDatabaseFor("Postgres", TestDatabase.PostgresConnectionString(database), database);
        }

        public ValueTask DisposeAsync()
        {
            if (_postgresDatabase is not null)
            {
                TestDatabase.DropPostgresDatabase(_postgresDatabase);
            }
            return ValueTask.CompletedTask;
        }
    }

    private sealed class TempFolder : IDisposable
    {
        public string Path { get; } = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "newsapi-transfer-tests", Guid.NewGuid().ToString("N"));

        public TempFolder() => Directory.CreateDirectory(Path);

        public void Dispose()
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            try
            {
                Directory.Delete(Path, recursive: true);
            }
            catch (IOException)
            {
                // A file still held by a pooled connection is left for the OS temp cleaner rather than failing the test.
            }
        }
    }
}

/// <summary>
/// Tests that clear every SQLite pool of the process (the transfer command and its apps open files under connection strings
/// the test does not hold) run alone, so that no other test's app loses an idle connection it is taking at that moment.
/// </summary>
[CollectionDefinition(nameof(ProcessWideSqlitePools), DisableParallelization = true)]
public sealed class ProcessWideSqlitePools;

