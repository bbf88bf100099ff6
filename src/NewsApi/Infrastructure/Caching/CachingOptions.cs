namespace NewsApi.Infrastructure.Caching;

/// <summary>The <c>Caching</c> configuration section.</summary>
public sealed class CachingOptions
{
    public const string SectionName = "Caching";

    /// <summary>max-age, in seconds, of anonymous successful reads; 0 makes clients revalidate every time.</summary>
    public int MaxAgeSeconds { get; set; } = 30;

    public OutputCacheSettings OutputCache { get; set; } = new();
}

/// <summary>The server-side cache of anonymous reads.</summary>
public sealed class OutputCacheSettings
{
    /// <summary>Off serves every read from the database (what the benchmark measures as the database's speed).</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>Longest life of an entry; writes evict everything sooner.</summary>
    public int DurationSeconds { get; set; } = 300;
}
