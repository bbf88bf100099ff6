using System.Threading.RateLimiting;

namespace NewsApi.Infrastructure.RateLimiting;

/// <summary>
/// A fixed window aligned to multiples of its length since the Unix epoch, so that the time to the next window (the
/// <c>reset</c> a client is told) is exact and needs no per-client bookkeeping. Never queues: a request is admitted or refused.
/// </summary>
/// <remarks>
/// Not System.Threading.RateLimiting's FixedWindowRateLimiter: its window starts at each partition's first request and it
/// does not tell when it replenishes, so the RateLimit header's <c>reset</c> could not be given. The partitioning, the
/// middleware and the 429 are the framework's (PartitionedRateLimiter, UseRateLimiter).
/// </remarks>
internal sealed class AlignedWindowRateLimiter(RateLimitWindow window, TimeProvider time) : RateLimiter
{
    private readonly Lock _gate = new();
    private long _windowIndex = -1;
    private int _used;
    private long _lastActivityTimestamp = time.GetTimestamp();
    private long _successful;
    private long _failed;

    public override TimeSpan? IdleDuration
    {
        get
        {
            lock (_gate)
            {
                // A partition still counting in the current window must not be dropped, or its count would restart at zero.
                return _windowIndex == CurrentWindowIndex() && _used > 0 ? null : time.GetElapsedTime(_lastActivityTimestamp);
            }
        }
    }

    public override RateLimiterStatistics? GetStatistics()
    {
        lock (_gate)
        {
            var used = _windowIndex == CurrentWindowIndex() ? _used : 0;
            return new RateLimiterStatistics
            {
                CurrentAvailablePermits = Math.Max(0, window.PermitLimit - used),
                CurrentQueuedCount = 0,
                TotalSuccessfulLeases = _successful,
                TotalFailedLeases = _failed,
            };
        }
    }

    /// <summary>Whole seconds until the current window ends (at least 1, so that Retry-After is never 0).</summary>
    public static int SecondsToReset(RateLimitWindow window, TimeProvider time)
    {
        var now = time.GetUtcNow().ToUnixTimeMilliseconds();
        var length = window.WindowSeconds * 1000L;
        var remaining = length - now % length;
        return (int)Math.Max(1, (remaining + 999) / 1000);
    }

    protected override RateLimitLease AttemptAcquireCore(int permitCount)
    {
        lock (_gate)
        {
            var index = CurrentWindowIndex();
            if (index != _windowIndex)
            {
                _windowIndex = index;
                _used = 0;
            }
            _lastActivityTimestamp = time.GetTimestamp();
            if (permitCount == 0)
            {
                return _used < window.PermitLimit ? WindowLease.Admitted : Refuse();
            }
            if (_used + permitCount > window.PermitLimit)
            {
                return Refuse();
            }
            _used += permitCount;
            _successful++;
            return WindowLease.Admitted;
        }
    }

    protected override ValueTask<RateLimitLease> AcquireAsyncCore(int permitCount, CancellationToken cancellationToken) =>
        ValueTask.FromResult(AttemptAcquireCore(permitCount));

    private RateLimitLease Refuse()
    {
        _failed++;
        return new WindowLease(false, TimeSpan.FromSeconds(SecondsToReset(window, time)));
    }

    private long CurrentWindowIndex() => time.GetUtcNow().ToUnixTimeSeconds() / Math.Max(1, window.WindowSeconds);

    private sealed class WindowLease(bool isAcquired, TimeSpan? retryAfter) : RateLimitLease
    {
        public static readonly WindowLease Admitted = new(true, null);

        public override bool IsAcquired { get; } = isAcquired;

        public override IEnumerable<string> MetadataNames => retryAfter is null ? [] : [MetadataName.RetryAfter.Name];

        public override bool TryGetMetadata(string metadataName, out object? metadata)
        {
            if (retryAfter is not null && metadataName == MetadataName.RetryAfter.Name)
            {
                metadata = retryAfter.Value;
                return true;
            }
            metadata = null;
            return false;
        }
    }
}
