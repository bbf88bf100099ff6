using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Net.Sockets;
using System.Text;
using System.Text.Json;
using NewsApi.Data.Entities;
using NewsApi.Ingest;
using NewsApi.Ingestion;
using NewsApi.Tests.Infrastructure;

namespace NewsApi.Tests.MultiInstance;

/// <summary>
/// Two real API processes (the built NewsApi.dll, not an in-process host) started at the same moment against one empty
/// database, on whichever provider the tests run on: the seeding lock must let exactly one of them create the articles.
/// </summary>
public sealed class TwoInstanceTests
{
    private static readonly TimeSpan ReadyTimeout = TimeSpan.FromMinutes(4);

    [Fact]
    public async Task TwoInstancesStartingTogetherSeedOnceAndBothServeReadsAndWrites()
    {
        var seeds = Path.Combine(AppContext.BaseDirectory, "seeds");
        var expected = DistinctUsableSeedDocuments(seeds);
        Assert.True(expected > 0, "the test needs seed documents beside it");

        await using var database = TestInstanceDatabase.Create();
        await using var first = AppProcess.Start(database, seeds);
        await using var second = AppProcess.Start(database, seeds);

        await Task.WhenAll(first.WaitUntilReadyAsync(ReadyTimeout), second.WaitUntilReadyAsync(ReadyTimeout));

        foreach (var instance in new[] { first, second })
        {
            using var response = await instance.Client.GetAsync("/api/articles?pageSize=1");
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Equal(expected.ToString(System.Globalization.CultureInfo.InvariantCulture), Assert.Single(response.Headers.GetValues("X-Total-Count")));
        }

        // Every article was created once and never rewritten: the second instance found each document already stored.
        var changes = await ArticleChangesAsync(first.Client);
        Assert.Equal(expected, changes.Count(c => c.Kind == Change.Created));
        Assert.Equal(expected, changes.Where(c => c.Kind == Change.Created).Select(c => c.Id).Distinct().Count());
        Assert.DoesNotContain(changes, c => c.Kind != Change.Created);

        // Each instance writes, and the other reads what it wrote.
        var slugs = new List<(AppProcess Writer, AppProcess Reader, string Slug)>();
        foreach (var (writer, reader, name) in new[] { (first, second, "Written by the first instance"), (second, first, "Written by the second instance") })
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, "/api/tags") { Content = JsonContent.Create(new { name }) };
            request.Headers.Add("X-Api-Key", TestApiKeys.Editor);
            using var created = await writer.Client.SendAsync(request);
            Assert.Equal(HttpStatusCode.Created, created.StatusCode);
            var slug = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("slug").GetString()!;
            slugs.Add((writer, reader, slug));
        }
        foreach (var (_, reader, slug) in slugs)
        {
            using var read = await reader.Client.GetAsync($"/api/tags/{slug}");
            Assert.Equal(HttpStatusCode.OK, read.StatusCode);
        }
        var article = (await first.Client.GetFromJsonAsync<JsonElement>("/api/articles?pageSize=1")).GetProperty("items")[0].GetProperty("slug").GetString();
        using (var fromSecond = await second.Client.GetAsync($"/api/articles/{article}"))
        {
            Assert.Equal(HttpStatusCode.OK, fromSecond.StatusCode);
        }
    }

    /// <summary>How many articles one seeding pass creates: usable documents, one article per distinct content.</summary>
    private static int DistinctUsableSeedDocuments(string folder)
    {
        var hashes = new HashSet<string>(StringComparer.Ordinal);
        foreach (var file in Directory.EnumerateFiles(folder, "*.txt").Concat(Directory.EnumerateFiles(folder, "*.html")))
        {
            ArticleDraft draft;
            try
            {
                draft = file.EndsWith(".html", StringComparison.Ordinal)
                    ? NewsDocumentParser.ParseHtml(File.ReadAllText(file), Path.GetFileName(file))
                    : NewsDocumentParser.Parse(File.ReadAllText(file), Path.GetFileName(file));
            }
#pragma warning disable CA1031 // as seeding does: a document the parser cannot read is skipped, not counted
            catch (Exception)
#pragma warning restore CA1031
            {
                continue;
            }
            if (ArticleUpsertService.FindUnusableReason(draft) is null)
            {
                hashes.Add(draft.ContentHash);
            }
        }
        return hashes.Count;
    }

    private static async Task<List<(int Id, string Kind)>> ArticleChangesAsync(HttpClient client)
    {
        var changes = new List<(int, string)>();
        string? since = null;
        while (true)
        {
            var page = await client.GetFromJsonAsync<JsonElement>("/api/changes?limit=500" + (since is null ? "" : "&since=" + since));
            foreach (var item in page.GetProperty("items").EnumerateArray())
            {
                if (item.GetProperty("type").GetString() == Change.Article)
                {
                    changes.Add((item.GetProperty("id").GetInt32(), item.GetProperty("kind").GetString()!));
                }
            }
            if (!page.GetProperty("hasMore").GetBoolean())
            {
                return changes;
            }
            since = page.GetProperty("next").GetString();
        }
    }

    /// <summary>An empty database both processes share: a fresh PostgreSQL database, or a SQLite file in a folder of its own.</summary>
    private sealed class TestInstanceDatabase : IAsyncDisposable
    {
        private readonly string? _postgresDatabase;
        private readonly string _directory;

        private TestInstanceDatabase(string? postgresDatabase, string directory)
        {
            _postgresDatabase = postgresDatabase;
            _directory = directory;
        }

        public string Provider => _postgresDatabase is null ? "Sqlite" : "Postgres";

        public string ConnectionString => _postgresDatabase is null
            ? $"Data Source={Path.Combine(_directory, "news.db")}"
            : TestDatabase.PostgresConnectionString(_postgresDatabase);

        public static TestInstanceDatabase Create()
        {
            var directory = Path.Combine(Path.GetTempPath(), "newsapi-tests", "two-instances-" + Guid.NewGuid().ToString("N"));
            Directory.CreateDirectory(directory);
            return new TestInstanceDatabase(TestDatabase.UsesPostgres ? TestDatabase.CreatePostgresDatabase() : null, directory);
        }

        public ValueTask DisposeAsync()
        {
            if (_postgresDatabase is not null)
            {
                TestDatabase.DropPostgresDatabase(_postgresDatabase);
            }
            try
            {
                Directory.Delete(_directory, recursive: true);
            }
            catch (IOException)
            {
                // Left for the OS temp cleaner rather than failing the test.
            }
            return ValueTask.CompletedTask;
        }
    }

    /// <summary>`dotnet NewsApi.dll` on a free loopback port, its output kept for the failure message.</summary>
    private sealed class AppProcess : IAsyncDisposable
    {
        private readonly Process _process;
        private readonly StringBuilder _output = new();

        private AppProcess(Process process, int port)
        {
            _process = process;
            Client = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}"), Timeout = TimeSpan.FromSeconds(60) };
        }

        public HttpClient Client { get; }

        public static AppProcess Start(TestInstanceDatabase database, string seeds)
        {
            var port = FreePort();
            var start = new ProcessStartInfo("dotnet")
            {
                WorkingDirectory = AppContext.BaseDirectory,
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
            };
            start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "NewsApi.dll"));
            start.Environment["ASPNETCORE_ENVIRONMENT"] = "Testing";
            start.Environment["ASPNETCORE_URLS"] = $"http://127.0.0.1:{port}";
            start.Environment["Database__Provider"] = database.Provider;
            start.Environment["ConnectionStrings__News"] = database.ConnectionString;
            start.Environment["Seeding__Path"] = seeds;
            start.Environment["RateLimits__Reads__PermitLimit"] = "100000";
            start.Environment["RateLimits__Writes__PermitLimit"] = "100000";
            foreach (var (key, value) in TestApiKeys.Settings(firstIndex: 10))
            {
                start.Environment[key.Replace(":", "__", StringComparison.Ordinal)] = value;
            }
            var process = new Process { StartInfo = start };
            var app = new AppProcess(process, port);
            process.OutputDataReceived += (_, e) => app.Append(e.Data);
            process.ErrorDataReceived += (_, e) => app.Append(e.Data);
            process.Start();
            process.BeginOutputReadLine();
            process.BeginErrorReadLine();
            return app;
        }

        public async Task WaitUntilReadyAsync(TimeSpan timeout)
        {
            var deadline = DateTime.UtcNow + timeout;
            while (DateTime.UtcNow < deadline)
            {
                if (_process.HasExited)
                {
                    throw new InvalidOperationException($"The API process exited with {_process.ExitCode}:\n{Output()}");
                }
                try
                {
                    using var response = await Client.GetAsync("/health/ready");
                    if (response.StatusCode == HttpStatusCode.OK)
                    {
                        return;
                    }
                }
                catch (HttpRequestException)
                {
                    // Not listening yet.
                }
                await Task.Delay(200);
            }
            throw new TimeoutException($"/health/ready did not answer 200 within {timeout.TotalSeconds} s:\n{Output()}");
        }

        public async ValueTask DisposeAsync()
        {
            Client.Dispose();
            if (!_process.HasExited)
            {
                _process.Kill(entireProcessTree: true);
                await _process.WaitForExitAsync();
            }
            _process.Dispose();
        }

        private void Append(string? line)
        {
            if (line is null)
            {
                return;
            }
            lock (_output)
            {
                _output.AppendLine(line);
            }
        }

        private string Output()
        {
            lock (_output)
            {
                return _output.ToString();
            }
        }

        private static int FreePort()
        {
            using var listener = new TcpListener(IPAddress.Loopback, 0);
            listener.Start();
            return ((IPEndPoint)listener.LocalEndpoint).Port;
        }
    }
}
