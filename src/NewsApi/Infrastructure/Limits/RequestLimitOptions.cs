namespace NewsApi.Infrastructure.Limits;

/// <summary>The <c>RequestLimits</c> configuration section: what one request may carry before it is refused unread.</summary>
public sealed class RequestLimitOptions
{
    public const string SectionName = "RequestLimits";

    /// <summary>Raw documents (text/plain or text/html) for ingest and preview.</summary>
    public long DocumentBodyBytes { get; set; } = 1024 * 1024;

    /// <summary>Every other body (JSON, merge patches).</summary>
    public long JsonBodyBytes { get; set; } = 256 * 1024;

    /// <summary>The query string as sent, percent-encoded, without the '?'.</summary>
    public int QueryStringLength { get; set; } = 2048;

    /// <summary>Header names and values together, in characters.</summary>
    public int HeadersTotalLength { get; set; } = 16 * 1024;
}
