namespace NewsApi.Seeding;

/// <summary>Whether the app may take traffic: the schema is migrated and seeding has finished (or is disabled).</summary>
public sealed class ReadinessState
{
    private volatile bool _databaseReady;
    private volatile bool _seedingCompleted;

    public bool DatabaseReady => _databaseReady;

    public bool SeedingCompleted => _seedingCompleted;

    public bool IsReady => _databaseReady && _seedingCompleted;

    public void MarkDatabaseReady() => _databaseReady = true;

    public void MarkSeedingCompleted() => _seedingCompleted = true;
}
