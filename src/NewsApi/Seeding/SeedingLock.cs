using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Options;
using Npgsql;

namespace NewsApi.Seeding;

/// <summary>
/// A lock across processes, held from before migrating until seeding has finished, so that of several instances started
/// together against one empty database exactly one creates the schema and the articles; the others wait, then find every
/// document unchanged. PostgreSQL: a session advisory lock on a connection of its own. SQLite: an exclusive lock on a file
/// beside the database file (an in-memory database belongs to one process and needs none).
/// </summary>
public sealed class SeedingLock(IOptions<DatabaseOptions> options, ILogger<SeedingLock> logger) : IAsyncDisposable
{
    /// <summary>The advisory lock's key: any constant the app uses for nothing else ("NewsSeed" in ASCII).</summary>
    public const long AdvisoryLockKey = 0x4E65_7773_5365_6564;

    /// <summary>Appended to the SQLite database file's path to name the lock file.</summary>
    public const string LockFileSuffix = ".seeding.lock";

    private static readonly TimeSpan RetryInterval = TimeSpan.FromMilliseconds(100);

    private readonly SemaphoreSlim _gate = new(1, 1);
    private IAsyncDisposable? _held;

    /// <summary>Waits until no other process holds the lock, then holds it until <see cref="ReleaseAsync"/>.</summary>
    public async Task AcquireAsync(CancellationToken ct)
    {
        await _gate.WaitAsync(ct);
        try
        {
            if (_held is not null)
            {
                return;
            }
            var settings = options.Value;
            _held = settings.IsPostgres
                ? await AdvisoryLock.AcquireAsync(settings.ConnectionString, logger, ct)
                : await FileLock.AcquireAsync(SqliteLockFilePath(settings.ConnectionString), logger, ct);
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>Lets the next instance go on; harmless when the lock is not held.</summary>
    public async Task ReleaseAsync()
    {
        await _gate.WaitAsync();
        try
        {
            if (_held is not null)
            {
                await _held.DisposeAsync();
                _held = null;
            }
        }
        finally
        {
            _gate.Release();
        }
    }

    public async ValueTask DisposeAsync()
    {
        await ReleaseAsync();
        _gate.Dispose();
    }

    /// <summary>The lock file beside the database file; null for an in-memory database.</summary>
    internal static string? SqliteLockFilePath(string configuredConnectionString)
    {
        var builder = new SqliteConnectionStringBuilder(DatabaseSetup.ResolveSqliteConnectionString(configuredConnectionString));
        var inMemory = builder.Mode == SqliteOpenMode.Memory
            || builder.DataSource.Length == 0
            || string.Equals(builder.DataSource, ":memory:", StringComparison.OrdinalIgnoreCase);
        return inMemory ? null : builder.DataSource + LockFileSuffix;
    }

    private sealed class AdvisoryLock(NpgsqlConnection connection) : IAsyncDisposable
    {
        public static async Task<IAsyncDisposable> AcquireAsync(string connectionString, ILogger logger, CancellationToken ct)
        {
            // Unpooled: closing the connection ends the session, which frees the lock even if the unlock below never runs.
            var builder = new NpgsqlConnectionStringBuilder(connectionString) { Pooling = false };
            var connection = new NpgsqlConnection(builder.ConnectionString);
            try
            {
                await connection.OpenAsync(ct);
                await using var tryLock = new NpgsqlCommand("SELECT pg_try_advisory_lock(@key)", connection);
                tryLock.Parameters.AddWithValue("key", AdvisoryLockKey);
                if (await tryLock.ExecuteScalarAsync(ct) is not true)
                {
                    logger.LogInformation("Another instance is migrating or seeding; waiting for it to finish");
                    await using var wait = new NpgsqlCommand("SELECT pg_advisory_lock(@key)", connection) { CommandTimeout = 0 };
                    wait.Parameters.AddWithValue("key", AdvisoryLockKey);
                    await wait.ExecuteNonQueryAsync(ct);
                }
                return new AdvisoryLock(connection);
            }
            catch
            {
                await connection.DisposeAsync();
                throw;
            }
        }

        public async ValueTask DisposeAsync()
        {
            try
            {
                await using var unlock = new NpgsqlCommand("SELECT pg_advisory_unlock(@key)", connection);
                unlock.Parameters.AddWithValue("key", AdvisoryLockKey);
                await unlock.ExecuteNonQueryAsync();
            }
            catch (NpgsqlException)
            {
                // The server or the connection is gone, and the session's locks with it.
            }
            finally
            {
                await connection.DisposeAsync();
            }
        }
    }

    private sealed class FileLock(FileStream? stream) : IAsyncDisposable
    {
        public static async Task<IAsyncDisposable> AcquireAsync(string? path, ILogger logger, CancellationToken ct)
        {
            if (path is null)
            {
                return new FileLock(null);
            }
            var waiting = false;
            while (true)
            {
                try
                {
                    // FileShare.None takes an exclusive lock on the file that other processes see (flock on Unix, a share lock on Windows).
                    return new FileLock(new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None));
                }
                catch (IOException) when (!ct.IsCancellationRequested)
                {
                    if (!waiting)
                    {
                        logger.LogInformation("Another instance is migrating or seeding {LockFile}; waiting for it to finish", path);
                        waiting = true;
                    }
                    await Task.Delay(RetryInterval, ct);
                }
            }
        }

        public ValueTask DisposeAsync() => stream?.DisposeAsync() ?? ValueTask.CompletedTask;
    }
}
