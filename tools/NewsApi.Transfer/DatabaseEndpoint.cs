using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using NewsApi.Data;
using NewsApi.Migrations.Postgres;
using Npgsql;

namespace NewsApi.Transfer;

/// <summary>One side of a transfer: a provider and its connection string, written <c>sqlite:&lt;file or connection string&gt;</c> or <c>postgres:&lt;connection string&gt;</c>.</summary>
public sealed record DatabaseEndpoint(string Provider, string ConnectionString)
{
    public const string Sqlite = "sqlite";
    public const string Postgres = "postgres";

    // The migrations assembly the app uses for SQLite (DatabaseSetup), so that a target is migrated exactly as the app would.
    private const string SqliteMigrationsAssembly = "NewsApi.Migrations.Sqlite";

    public bool IsSqlite => Provider == Sqlite;

    /// <summary>Parses <c>sqlite:news.db</c>, <c>sqlite:Data Source=news.db</c> or <c>postgres:Host=...;Database=...</c>.</summary>
    public static DatabaseEndpoint Parse(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        var colon = value.IndexOf(':', StringComparison.Ordinal);
        if (colon <= 0)
        {
            throw new FormatException($"'{value}' names no provider: write sqlite:<file> or postgres:<connection string>.");
        }
        var provider = value[..colon].Trim().ToLowerInvariant();
        var rest = value[(colon + 1)..].Trim();
        if (rest.Length == 0)
        {
            throw new FormatException($"'{value}' has no file or connection string after the provider.");
        }
        switch (provider)
        {
            case Sqlite:
                // A bare path is the common case; a connection string (with '=') is taken as it is.
                var sqlite = new SqliteConnectionStringBuilder(rest.Contains('=', StringComparison.Ordinal) ? rest : $"Data Source={rest}");
                if (string.IsNullOrWhiteSpace(sqlite.DataSource) || sqlite.DataSource == ":memory:" || sqlite.Mode == SqliteOpenMode.Memory)
                {
                    throw new FormatException("A SQLite side of a transfer must be a file.");
                }
                sqlite.DataSource = Path.GetFullPath(sqlite.DataSource);
                return new DatabaseEndpoint(Sqlite, sqlite.ToString());
            case Postgres or "postgresql" or "npgsql":
                var npgsql = new NpgsqlConnectionStringBuilder(rest);
                if (string.IsNullOrWhiteSpace(npgsql.Host))
                {
                    throw new FormatException("The PostgreSQL connection string names no Host.");
                }
                if (string.IsNullOrWhiteSpace(npgsql.Database))
                {
                    throw new FormatException("The PostgreSQL connection string names no Database.");
                }
                return new DatabaseEndpoint(Postgres, npgsql.ConnectionString);
            default:
                throw new FormatException($"Unknown provider '{provider}': use sqlite or postgres.");
        }
    }

    /// <summary>The SQLite file, or null on PostgreSQL.</summary>
    public string? SqliteFile => IsSqlite ? new SqliteConnectionStringBuilder(ConnectionString).DataSource : null;

    /// <summary>What to print: the file, or host, port and database without the password.</summary>
    public string Display
    {
        get
        {
            if (IsSqlite)
            {
                return $"SQLite {SqliteFile}";
            }
            var builder = new NpgsqlConnectionStringBuilder(ConnectionString);
            return $"PostgreSQL {builder.Host}:{builder.Port}/{builder.Database}";
        }
    }

    public NewsDbContext CreateContext()
    {
        var builder = new DbContextOptionsBuilder<NewsDbContext>();
        if (IsSqlite)
        {
            builder.UseSqlite(ConnectionString, sqlite => sqlite.MigrationsAssembly(SqliteMigrationsAssembly));
        }
        else
        {
            // The app's own PostgreSQL setup: its migrations assembly and its model (collation, NULL order), so that both agree.
            builder.UseNewsPostgres(ConnectionString);
        }
        var db = new NewsDbContext(builder.Options);
        // Rebuilding the search index of a large batch can take longer than the 30 s default on a busy server.
        db.Database.SetCommandTimeout(TimeSpan.FromMinutes(10));
        return db;
    }
}
