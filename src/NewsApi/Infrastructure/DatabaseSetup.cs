using System.Runtime.CompilerServices;
using System.Data.Common;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using NewsApi.Ingest;
using NewsApi.Migrations.Postgres;
using NewsApi.Seeding;
using Npgsql;

namespace NewsApi.Infrastructure;

/// <summary>Database:Provider and ConnectionStrings:News, resolved and validated at startup.</summary>
public sealed class DatabaseOptions
{
    public const string SectionName = "Database";
    public const string SqliteProvider = "Sqlite";
    public const string PostgresProvider = "Postgres";
    public const string ConnectionStringName = "News";

    public string Provider { get; set; } = SqliteProvider;

    /// <summary>ConnectionStrings:News; on SQLite empty means a file data/news.db beside the app, on PostgreSQL it is required.</summary>
    public string ConnectionString { get; set; } = "";

    public bool IsSqlite => string.Equals(Provider, SqliteProvider, StringComparison.OrdinalIgnoreCase);

    public bool IsPostgres => string.Equals(Provider, PostgresProvider, StringComparison.OrdinalIgnoreCase);

    /// <summary>Why the Postgres connection string cannot be used, or null when it can.</summary>
    internal string? PostgresConnectionStringProblem()
    {
        if (string.IsNullOrWhiteSpace(ConnectionString))
        {
            return "ConnectionStrings:News is required when Database:Provider is 'Postgres' (for example 'Host=localhost;Database=news;Username=news;Password=...').";
        }
        try
        {
            var builder = new NpgsqlConnectionStringBuilder(ConnectionString);
            return string.IsNullOrWhiteSpace(builder.Host) ? "ConnectionStrings:News names no Host for PostgreSQL." : null;
        }
        catch (ArgumentException exception)
        {
            return $"ConnectionStrings:News is not a PostgreSQL connection string: {exception.Message}";
        }
    }
}

public static class DatabaseSetup
{
    /// <summary>Registers NewsDbContext for Database:Provider and ConnectionStrings:News, the upsert service, and a hosted service that migrates before anything else starts.</summary>
    public static IServiceCollection AddNewsDatabase(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<DatabaseOptions>()
            .Bind(configuration.GetSection(DatabaseOptions.SectionName))
            .Configure(options => options.ConnectionString = configuration.GetConnectionString(DatabaseOptions.ConnectionStringName) ?? "")
            .Validate(options => options.IsSqlite || options.IsPostgres, "Database:Provider must be 'Sqlite' or 'Postgres' (case does not matter).")
            .Validate(options => !options.IsPostgres || options.PostgresConnectionStringProblem() is null, "ConnectionStrings:News must be a PostgreSQL connection string with a Host when Database:Provider is 'Postgres'.")
            .ValidateOnStart();

        services.AddSingleton<SqliteConnectionSettingsInterceptor>();
        services.AddSingleton<EntityNameCache>();
        services.AddSingleton<EntityNameCacheInvalidator>();
        // Pooled: a list request costs about a millisecond, and building a context and resolving its services was a tenth of it.
        // NewsDbContext keeps no state of its own across requests; EF resets the change tracker when a context returns to the pool.
        services.AddDbContextPool<NewsDbContext>((provider, builder) =>
        {
            var options = provider.GetRequiredService<IOptions<DatabaseOptions>>().Value;
            if (options.IsPostgres)
            {
                // SQLite's rules on PostgreSQL (collation, NULL order) and the PostgreSQL migrations: see PostgresNewsOptions.
                builder.UseNewsPostgres(options.ConnectionString);
                builder.AddInterceptors(provider.GetRequiredService<EntityNameCacheInvalidator>());
                return;
            }
            if (!options.IsSqlite)
            {
                throw new InvalidOperationException($"Database:Provider '{options.Provider}' is not supported; use 'Sqlite' or 'Postgres'.");
            }
            builder.UseSqlite(ResolveSqliteConnectionString(options.ConnectionString), sqlite => sqlite.MigrationsAssembly(SqliteMigrationsAssembly));
            builder.AddInterceptors(provider.GetRequiredService<SqliteConnectionSettingsInterceptor>(), provider.GetRequiredService<EntityNameCacheInvalidator>());
        });

        services.TryAddSingleton<ReadinessState>();
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<UpsertGate>();
        services.TryAddSingleton<SeedingLock>();
        services.AddExceptionHandler<UnstorableTextExceptionHandler>();
        services.AddScoped<ArticleUpsertService>();

        // Registered before the seeding service: hosted services start in order, so the schema exists before seeding begins.
        services.AddHostedService<DatabaseMigrator>();
        return services;
    }

    internal const string SqliteMigrationsAssembly = "NewsApi.Migrations.Sqlite";

    /// <summary>An empty connection string becomes data/news.db under the app's base directory; a file's directory is created when missing.</summary>
    internal static string ResolveSqliteConnectionString(string configured)
    {
        var builder = new SqliteConnectionStringBuilder(string.IsNullOrWhiteSpace(configured)
            ? $"Data Source={Path.Combine(AppContext.BaseDirectory, "data", "news.db")}"
            : configured);

        var isInMemory = builder.Mode == SqliteOpenMode.Memory
            || builder.DataSource.Length == 0
            || string.Equals(builder.DataSource, ":memory:", StringComparison.OrdinalIgnoreCase);
        if (!isInMemory)
        {
            var fullPath = Path.GetFullPath(builder.DataSource, AppContext.BaseDirectory);
            builder.DataSource = fullPath;
            Directory.CreateDirectory(Path.GetDirectoryName(fullPath)!);
        }
        return builder.ToString();
    }
}

/// <summary>
/// Every connection waits for a lock instead of failing at once, and enforces foreign keys.
/// Microsoft.Data.Sqlite retries a busy statement until the command timeout, but a native busy timeout lets SQLite itself wait without spinning.
/// The rest is for speed. In WAL mode synchronous=NORMAL syncs at checkpoints instead of at every commit: a power cut can lose the
/// last commits but never corrupts the file, and seeding commits once per document. No memory map: each connection maps the
/// file on its own, so with 32 pooled connections the resident size counted the same file pages up to 32 times (1.5 GB for a
/// 170 MB file); reads go through the operating system's page cache instead, at a cost within the noise of the benchmark.
/// Each connection's own page cache stays small (4 MB); temporary b-trees for sorting and grouping stay in memory.
/// </summary>
internal sealed class SqliteConnectionSettingsInterceptor : DbConnectionInterceptor
{
    internal const int BusyTimeoutMilliseconds = 5000;
    private const string Pragmas =
        "PRAGMA busy_timeout = 5000; PRAGMA foreign_keys = ON; PRAGMA synchronous = NORMAL; " +
        "PRAGMA cache_size = -4096; PRAGMA mmap_size = 0; PRAGMA temp_store = MEMORY;";

    // The physical connections already set up. Microsoft.Data.Sqlite pools them and every pooled open raises ConnectionOpened:
    // the six statements cost a list request about as much as its own queries when run on each open. The settings are the
    // connection's own and outlive the pool's close and reopen; the handle goes with the physical connection.
    private readonly ConditionalWeakTable<SQLitePCL.sqlite3, object> _configured = new();

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData)
    {
        if (NeedsSettings(connection))
        {
            using var command = connection.CreateCommand();
            command.CommandText = Pragmas;
            command.ExecuteNonQuery();
        }
    }

    public override async Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        if (NeedsSettings(connection))
        {
            await using var command = connection.CreateCommand();
            command.CommandText = Pragmas;
            await command.ExecuteNonQueryAsync(cancellationToken);
        }
    }

    private bool NeedsSettings(DbConnection connection) =>
        connection is not SqliteConnection { Handle: { } handle } || _configured.TryAdd(handle, this);
}

/// <summary>
/// Applies migrations (and on SQLite switches the file to WAL) before the app serves requests or seeds, under the seeding lock
/// that the seeding service releases when it is done: of several instances starting together, one migrates and seeds first.
/// </summary>
internal sealed class DatabaseMigrator(IServiceScopeFactory scopes, ReadinessState readiness, SeedingLock seedingLock, ILogger<DatabaseMigrator> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await seedingLock.AcquireAsync(cancellationToken);
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<NewsDbContext>();
        if (db.Database.ProviderName == NewsDbContext.NpgsqlProviderName)
        {
            // Npgsql takes the history table to exist without looking, so on a new database EF's first read of it fails and is
            // logged as an error before EF creates it (npgsql/efcore.pg#3407); EF's own create-if-missing script keeps that out.
            await db.Database.ExecuteSqlRawAsync(db.GetService<IHistoryRepository>().GetCreateIfNotExistsScript(), cancellationToken);
            await db.Database.MigrateAsync(cancellationToken);
            logger.LogInformation("Database migrated on PostgreSQL");
            await Redirects.SlugUpgrade.RunAsync(db, logger, cancellationToken);
            readiness.MarkDatabaseReady();
            return;
        }

        // WAL is a property of the file: set once, it lets readers go on while the seeder writes.
        await db.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            await using var command = db.Database.GetDbConnection().CreateCommand();
            command.CommandText = "PRAGMA journal_mode = WAL;";
            var journalMode = await command.ExecuteScalarAsync(cancellationToken);
            await StaleMigrationLock.ClearAsync(db.Database.GetDbConnection(), logger, cancellationToken);
            await db.Database.MigrateAsync(cancellationToken);
            logger.LogInformation("Database migrated; journal mode {JournalMode}", journalMode);
            await Redirects.SlugUpgrade.RunAsync(db, logger, cancellationToken);
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
        readiness.MarkDatabaseReady();
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}

/// <summary>
/// PostgreSQL refuses text holding NUL (U+0000), which SQLite stores; a request carrying one, in a filter or in a body, is a
/// 400 that says so rather than a 500, on both providers alike as far as the client can tell.
/// </summary>
internal sealed class UnstorableTextExceptionHandler(IProblemDetailsService problems) : IExceptionHandler
{
    // 22021: character_not_in_repertoire, what the server answers for a NUL in a text parameter.
    private const string CharacterNotInRepertoire = "22021";

    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        for (var current = exception; current is not null; current = current.InnerException)
        {
            if (current is PostgresException { SqlState: CharacterNotInRepertoire })
            {
                return await problems.WriteBadRequestAsync(httpContext, exception,
                    "The request holds a character that cannot be stored.",
                    "Text may not contain the NUL character (U+0000).");
            }
        }
        return false;
    }
}
