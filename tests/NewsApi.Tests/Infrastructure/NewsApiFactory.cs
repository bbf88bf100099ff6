using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using NewsApi.Data;
using Npgsql;

namespace NewsApi.Tests.Infrastructure;

/// <summary>
/// The real app on a real database of its own (migrations applied at startup), seeded from a folder of the test's choosing:
/// a SQLite file, or with NEWSAPI_TEST_POSTGRES set a fresh PostgreSQL database created for this factory and dropped after it.
/// </summary>
public class NewsApiFactory : WebApplicationFactory<Program>
{
    private static readonly TimeSpan ReadyTimeout = TimeSpan.FromSeconds(60);

    private readonly string _directory = Path.Combine(Path.GetTempPath(), "newsapi-tests", Guid.NewGuid().ToString("N"));
    private readonly string? _postgresDatabase;

    public NewsApiFactory()
    {
        Directory.CreateDirectory(_directory);
        DatabasePath = Path.Combine(_directory, "news.db");
        SeedsPath = Path.Combine(AppContext.BaseDirectory, "seeds");
        if (TestDatabase.UsesPostgres)
        {
            _postgresDatabase = TestDatabase.CreatePostgresDatabase();
        }
    }

    /// <summary>The SQLite file (unused on PostgreSQL).</summary>
    public string DatabasePath { get; }

    /// <summary>"Postgres" or "Sqlite": the provider this factory's app runs on.</summary>
    public string Provider => _postgresDatabase is null ? "Sqlite" : "Postgres";

    /// <summary>Defaults to the repository's seeds copied beside the tests; set before the first request to seed from elsewhere.</summary>
    public string SeedsPath { get; set; }

    public bool SeedingEnabled { get; set; } = true;

    public string ConnectionString => _postgresDatabase is null ? $"Data Source={DatabasePath}" : TestDatabase.PostgresConnectionString(_postgresDatabase);

    /// <summary>Counts the SQL commands the app's DbContext runs, to prove that a query's cost does not grow with its page size.</summary>
    public CommandCounter Commands { get; } = new();

    /// <summary>An empty folder of this factory's own, to write invented seed documents into before pointing <see cref="SeedsPath"/> at it.</summary>
    public string CreateSeedsFolder()
    {
        var path = Path.Combine(_directory, "seeds-" + Guid.NewGuid().ToString("N")[..8]);
        Directory.CreateDirectory(path);
        return path;
    }

    /// <summary>A client once migrations and seeding have finished (/health/ready answers 200), so that tests see settled data.</summary>
    public async Task<HttpClient> CreateReadyClientAsync()
    {
        var client = CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        await WaitUntilReadyAsync(client);
        return client;
    }

    public async Task WaitUntilReadyAsync(HttpClient? client = null)
    {
        client ??= CreateClient();
        var deadline = DateTime.UtcNow + ReadyTimeout;
        HttpStatusCode last;
        do
        {
            using var response = await client.GetAsync("/health/ready");
            last = response.StatusCode;
            if (last == HttpStatusCode.OK)
            {
                return;
            }
            await Task.Delay(50);
        }
        while (DateTime.UtcNow < deadline);
        throw new TimeoutException($"/health/ready still answered {(int)last} after {ReadyTimeout.TotalSeconds} s.");
    }

    /// <summary>Runs <paramref name="work"/> with a DbContext and services of a fresh scope.</summary>
    public async Task<T> WithScopeAsync<T>(Func<IServiceProvider, Task<T>> work)
    {
        await using var scope = Services.CreateAsyncScope();
        return await work(scope.ServiceProvider);
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.UseSetting("ConnectionStrings:News", ConnectionString);
        builder.UseSetting("Database:Provider", Provider);
        builder.UseSetting("Seeding:Path", SeedsPath);
        builder.UseSetting("Seeding:Enabled", SeedingEnabled ? "true" : "false");
        // From index 10, so that in Development the shipped keys (0 and 1) are kept beside the test keys rather than overwritten.
        foreach (var (key, value) in TestApiKeys.Settings(firstIndex: 10))
        {
            builder.UseSetting(key, value);
        }
        // High enough that no functional test meets them; the rate-limit tests lower them in their own factories.
        builder.UseSetting("RateLimits:Reads:PermitLimit", "100000");
        builder.UseSetting("RateLimits:Writes:PermitLimit", "100000");
        builder.ConfigureTestServices(services => services
            // The command counter tells a request's commands from the search index's background polls by the request's context.
            .AddHttpContextAccessor()
            .ConfigureDbContext<NewsDbContext>(options => options
                .AddInterceptors(Commands)
                // A query loading two collections in one statement multiplies their rows (and EF warns in the log): every
                // such query says AsSplitQuery or AsSingleQuery, and a test that meets one that does not fails.
                .ConfigureWarnings(warnings => warnings.Throw(RelationalEventId.MultipleCollectionIncludeWarning))));
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing)
        {
            if (_postgresDatabase is not null)
            {
                TestDatabase.DropPostgresDatabase(_postgresDatabase);
            }
            else
            {
                // This app's pool only: clearing every pool of the process disposed idle connections that another test's app,
                // running in parallel, was taking from its own pool at that moment ("Cannot access a disposed object
                // 'SQLitePCL.sqlite3'" inside SqliteConnection.Open, seen once in the fuzz suite).
                using var own = new Microsoft.Data.Sqlite.SqliteConnection(NewsApi.Infrastructure.DatabaseSetup.ResolveSqliteConnectionString(ConnectionString));
                Microsoft.Data.Sqlite.SqliteConnection.ClearPool(own);
            }
            try
            {
                Directory.Delete(_directory, recursive: true);
            }
            catch (IOException)
            {
                // A file still held by a pooled connection is left for the OS temp cleaner rather than failing the test run.
            }
        }
    }
}

/// <summary>
/// Which database the tests run on. NEWSAPI_TEST_POSTGRES (an admin connection string without a database, e.g.
/// <c>Host=127.0.0.1;Port=5432;Username=postgres;Password=...</c>) switches every factory to PostgreSQL; when
/// NEWSAPI_TEST_POSTGRES_REQUIRED=1 an unreachable server fails the tests instead of letting them fall back to SQLite.
/// </summary>
public static class TestDatabase
{
    public const string AdminVariable = "NEWSAPI_TEST_POSTGRES";
    public const string RequiredVariable = "NEWSAPI_TEST_POSTGRES_REQUIRED";

    private static readonly Lazy<bool> Reachable = new(CheckPostgres);

    public static string? AdminConnectionString => Environment.GetEnvironmentVariable(AdminVariable) is { Length: > 0 } value ? value : null;

    public static bool Required => Environment.GetEnvironmentVariable(RequiredVariable) == "1";

    /// <summary>True when the tests run on PostgreSQL; throws when PostgreSQL is required and cannot be reached.</summary>
    public static bool UsesPostgres => (AdminConnectionString is not null || Required) && Reachable.Value;

    /// <summary>A fresh, empty database with a unique name; the app's migrations create the schema.</summary>
    public static string CreatePostgresDatabase()
    {
        var name = "newsapi_test_" + Guid.NewGuid().ToString("N");
        using var connection = OpenAdmin();
        using var command = new NpgsqlCommand($"CREATE DATABASE \"{name}\"", connection);
        command.ExecuteNonQuery();
        return name;
    }

    public static string PostgresConnectionString(string database) =>
        new NpgsqlConnectionStringBuilder(AdminConnectionString) { Database = database }.ConnectionString;

    /// <summary>Drops the database, ending any session still on it (an app's pooled connections).</summary>
    public static void DropPostgresDatabase(string database)
    {
        using (var pooled = new NpgsqlConnection(PostgresConnectionString(database)))
        {
            NpgsqlConnection.ClearPool(pooled);
        }
        using var connection = OpenAdmin();
        using var command = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{database}\" WITH (FORCE)", connection);
        command.ExecuteNonQuery();
    }

    private static NpgsqlConnection OpenAdmin()
    {
        var builder = new NpgsqlConnectionStringBuilder(AdminConnectionString) { Database = "postgres", Pooling = false };
        var connection = new NpgsqlConnection(builder.ConnectionString);
        connection.Open();
        return connection;
    }

    private static bool CheckPostgres()
    {
        if (AdminConnectionString is null)
        {
            throw new InvalidOperationException($"{RequiredVariable}=1 but {AdminVariable} is not set: the PostgreSQL run cannot start.");
        }
        try
        {
            using var connection = OpenAdmin();
            return true;
        }
        catch (Exception exception) when (exception is NpgsqlException or ArgumentException or InvalidOperationException)
        {
            if (Required)
            {
                throw new InvalidOperationException($"{RequiredVariable}=1 and PostgreSQL cannot be reached with {AdminVariable}: {exception.Message}", exception);
            }
            Console.Error.WriteLine($"{AdminVariable} is set but PostgreSQL cannot be reached ({exception.Message}); the tests run on SQLite.");
            return false;
        }
    }
}

/// <summary>A test of something only SQLite has (a file, its pragmas); skipped with the reason when the tests run on PostgreSQL.</summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class SqliteOnlyFactAttribute : FactAttribute
{
    public SqliteOnlyFactAttribute(string reason)
    {
        bool postgres;
        try
        {
            postgres = TestDatabase.UsesPostgres;
        }
        catch (InvalidOperationException)
        {
            // PostgreSQL is required and unreachable: every test that starts the app fails with the reason; this one need not skip.
            postgres = false;
        }
        if (postgres)
        {
            Skip = "SQLite only: " + reason;
        }
    }
}

/// <summary>A test of something only PostgreSQL has (its query plans); skipped with the reason when the tests run on SQLite.</summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class PostgresOnlyFactAttribute : FactAttribute
{
    public PostgresOnlyFactAttribute(string reason)
    {
        bool postgres;
        try
        {
            postgres = TestDatabase.UsesPostgres;
        }
        catch (InvalidOperationException)
        {
            // Required and unreachable: run, and fail with the reason, rather than skip.
            postgres = true;
        }
        if (!postgres)
        {
            Skip = "PostgreSQL only: " + reason;
        }
    }
}
