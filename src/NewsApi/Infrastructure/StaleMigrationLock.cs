using System.Data.Common;

namespace NewsApi.Infrastructure;

/// <summary>
/// EF Core locks a SQLite file for migrating with a row in __EFMigrationsLock that it deletes when done. A process killed in
/// between (SIGKILL, out of memory, power cut) leaves the row, and every later start waited on it for ever: found by
/// scripts/crash-safety.sh. Called while the seeding lock keeps other instances out, so a row found then is such a leftover.
/// </summary>
internal static class StaleMigrationLock
{
    public static async Task ClearAsync(DbConnection connection, ILogger logger, CancellationToken ct)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = '__EFMigrationsLock';";
        if (await command.ExecuteScalarAsync(ct) is not long tables || tables == 0)
        {
            return;
        }
        command.CommandText = "DELETE FROM \"__EFMigrationsLock\";";
        if (await command.ExecuteNonQueryAsync(ct) > 0)
        {
            logger.LogWarning("Removed a migration lock left by a process that stopped while migrating");
        }
    }
}
