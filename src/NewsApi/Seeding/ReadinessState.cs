namespace NewsApi.Seeding;

/// <summary>Whether the app may take traffic: the schema is migrated and seeding has finished (or is disabled).</summary>
public sealed class ReadinessState
{
    private volatile bool _databaseReady;
    private volatile bool _seedingCompleted;
    private SeedingSummary? _lastSeeding;

    public bool DatabaseReady => _databaseReady;

    public bool SeedingCompleted => _seedingCompleted;

    public bool IsReady => _databaseReady && _seedingCompleted;

    /// <summary>What the seeding run of this process did; null while it runs or when seeding is disabled.</summary>
    public SeedingSummary? LastSeeding => Volatile.Read(ref _lastSeeding);

    public void MarkDatabaseReady() => _databaseReady = true;

    public void MarkSeedingCompleted(SeedingSummary? summary = null)
    {
        Volatile.Write(ref _lastSeeding, summary);
        _seedingCompleted = true;
    }
}
