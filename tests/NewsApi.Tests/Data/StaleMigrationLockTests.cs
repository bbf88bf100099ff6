using System.Net;
using Microsoft.Data.Sqlite;
using NewsApi.Tests.Infrastructure;

namespace NewsApi.Tests.Data;

/// <summary>
/// EF Core takes its SQLite migration lock by writing a row into __EFMigrationsLock and deletes the row when it is done; a process
/// killed in between (SIGKILL, OOM, power cut) leaves the row behind, and every later start used to wait on it for ever.
/// scripts/crash-safety.sh found it by killing the API during startup.
/// </summary>
public sealed class StaleMigrationLockTests
{
    private static readonly TimeSpan StartupGuard = TimeSpan.FromSeconds(90);

    [SqliteOnlyFact("the lock row is how EF Core locks SQLite; PostgreSQL's lock ends with the session")]
    public async Task StartupClearsAMigrationLockLeftByAKilledProcessAndMigrates()
    {
        using var factory = new NewsApiFactory { SeedingEnabled = false };
        await WriteLeftoverLockAsync(factory.ConnectionString);

        // Host start runs the migrator; without the fix it never returns, so the guard turns a hang into a failure.
        using var client = await Task.Run(() => factory.CreateReadyClientAsync()).WaitAsync(StartupGuard);
        using var response = await client.GetAsync("/api/articles");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(0L, await ScalarAsync(factory.ConnectionString, "SELECT count(*) FROM \"__EFMigrationsLock\";"));
        Assert.True(await ScalarAsync(factory.ConnectionString, "SELECT count(*) FROM \"__EFMigrationsHistory\";") > 0);
    }

    /// <summary>The file as a killed first start leaves it: EF Core's lock table with its row, nothing migrated yet.</summary>
    private static async Task WriteLeftoverLockAsync(string connectionString)
    {
        await using var connection = new SqliteConnection(connectionString);
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = """
            CREATE TABLE IF NOT EXISTS "__EFMigrationsLock" (
                "Id" INTEGER NOT NULL CONSTRAINT "PK___EFMigrationsLock" PRIMARY KEY,
                "Timestamp" TEXT NOT NULL
            );
            INSERT INTO "__EFMigrationsLock" ("Id", "Timestamp") VALUES (1, '2026-01-01 00:00:00+00:00');
            """;
        await command.ExecuteNonQueryAsync();
    }

    private static async Task<long> ScalarAsync(string connectionString, string sql)
    {
        await using var connection = new SqliteConnection(connectionString);
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return (long)(await command.ExecuteScalarAsync())!;
    }
}
