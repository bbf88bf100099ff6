namespace NewsApi.Infrastructure.Limits;

/// <summary>
/// An endpoint's body limit, applied by <see cref="RequestLimitsMiddleware"/> alone, before anything reads the body. Not
/// MVC's [RequestSizeLimit] (nor its IRequestSizeLimitMetadata): routing and an MVC filter would each try to apply that
/// again, and log "A request body size limit could not be applied" on every write where the server's limit was already
/// set or cannot be set.
/// </summary>
[AttributeUsage(AttributeTargets.Method | AttributeTargets.Class)]
public sealed class BodySizeLimitAttribute(long bytes) : Attribute
{
    public long MaxRequestBodySize { get; } = bytes;
}
