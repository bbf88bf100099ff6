using System.Security.Claims;
using System.Threading.RateLimiting;
using Microsoft.Extensions.Options;

namespace NewsApi.Infrastructure.RateLimiting;

/// <summary>
/// One limiter for the whole API, partitioned by reads/writes and by client: the API key's name when the request carries a
/// valid key, else the client address. Writes have their own, stricter, window.
/// </summary>
internal sealed class ApiRateLimits : IDisposable
{
    public const string RateLimitPolicyHeader = "RateLimit-Policy";
    public const string RateLimitHeader = "RateLimit";

    private readonly RateLimitOptions _options;
    private readonly TimeProvider _time;

    public ApiRateLimits(IOptions<RateLimitOptions> options, TimeProvider time)
    {
        _options = options.Value;
        _time = time;
        Limiter = PartitionedRateLimiter.Create<HttpContext, string>(context =>
        {
            if (IsExempt(context.Request))
            {
                return RateLimitPartition.GetNoLimiter("exempt");
            }
            var isRead = IsRead(context.Request);
            return RateLimitPartition.Get(PartitionKey(context, isRead), _ => new AlignedWindowRateLimiter(_options.For(isRead), _time));
        });
    }

    public bool Enabled => _options.Enabled;

    public PartitionedRateLimiter<HttpContext> Limiter { get; }

    /// <summary>Sets RateLimit-Policy and RateLimit (IETF draft) for the request's partition, as they stand after its own permit.</summary>
    public void WriteHeaders(HttpContext context)
    {
        if (IsExempt(context.Request))
        {
            return;
        }
        var window = _options.For(IsRead(context.Request));
        var remaining = Limiter.GetStatistics(context)?.CurrentAvailablePermits ?? 0;
        var reset = AlignedWindowRateLimiter.SecondsToReset(window, _time);
        var headers = context.Response.Headers;
        headers[RateLimitPolicyHeader] = window.PolicyHeaderValue;
        headers[RateLimitHeader] = $"limit={window.PermitLimit}, remaining={remaining}, reset={reset}";
    }

    public int SecondsToReset(HttpContext context) => AlignedWindowRateLimiter.SecondsToReset(_options.For(IsRead(context.Request)), _time);

    public void Dispose() => Limiter.Dispose();

    /// <summary>Orchestrator probes must never be refused: a throttled readiness probe would take a healthy instance out of service.</summary>
    private static bool IsExempt(HttpRequest request) => request.Path.StartsWithSegments("/health", StringComparison.OrdinalIgnoreCase);

    private static bool IsRead(HttpRequest request) =>
        HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method) || HttpMethods.IsOptions(request.Method);

    private static string PartitionKey(HttpContext context, bool isRead)
    {
        var kind = isRead ? "read" : "write";
        // Runs after authentication, so a name is only present for a key that matched; a wrong key counts against the address.
        var keyName = context.User.Identity?.IsAuthenticated == true ? context.User.FindFirstValue(ClaimTypes.Name) : null;
        return keyName is not null
            ? $"{kind}|key|{keyName}"
            : $"{kind}|ip|{context.Connection.RemoteIpAddress?.ToString() ?? "unknown"}";
    }
}
