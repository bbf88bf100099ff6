namespace NewsApi.Infrastructure.RateLimiting;

/// <summary>One fixed window: at most <see cref="PermitLimit"/> requests per <see cref="WindowSeconds"/> seconds per client.</summary>
public sealed class RateLimitWindow
{
    public int PermitLimit { get; set; }

    public int WindowSeconds { get; set; } = 60;

    /// <summary>The IETF draft's policy item, e.g. <c>100;w=60</c>.</summary>
    public string PolicyHeaderValue => $"{PermitLimit};w={WindowSeconds}";
}

/// <summary>The <c>RateLimits</c> configuration section.</summary>
public sealed class RateLimitOptions
{
    public const string SectionName = "RateLimits";

    /// <summary>False switches limiting off entirely, for benchmarks.</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>GET and HEAD: per API key when one is given, else per client address.</summary>
    public RateLimitWindow Reads { get; set; } = new() { PermitLimit = 300, WindowSeconds = 60 };

    /// <summary>Every other method (writes, ingest, preview): stricter, since each one parses or writes.</summary>
    public RateLimitWindow Writes { get; set; } = new() { PermitLimit = 60, WindowSeconds = 60 };

    public RateLimitWindow For(bool isRead) => isRead ? Reads : Writes;
}
