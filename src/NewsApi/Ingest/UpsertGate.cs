using NewsApi.Ingestion;

namespace NewsApi.Ingest;

/// <summary>
/// One upsert at a time per process: people, organizations and tags are found-or-created by name, and two concurrent
/// writers would race on their unique indexes. SQLite serializes writers anyway, so this costs no throughput. Single ingests
/// that arrive while another write holds the gate queue here and are written together by the first of them to get through
/// (group commit): under a burst of ingests the writer commits once per group instead of once per document.
/// </summary>
public sealed class UpsertGate : IDisposable
{
    private readonly SemaphoreSlim _semaphore = new(1, 1);
    private readonly Lock _waitingLock = new();
    private List<WaitingUpsert> _waiting = [];

    /// <summary>A single ingest's draft waiting for the gate, and the answer its caller awaits.</summary>
    internal sealed class WaitingUpsert(ArticleDraft draft)
    {
        public ArticleDraft Draft { get; } = draft;

        public TaskCompletionSource<UpsertResult> Answer { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
    }

    /// <summary>Queues a draft for whichever caller gets through the gate next: that one writes every queued draft in one batch.</summary>
    internal WaitingUpsert Queue(ArticleDraft draft)
    {
        var waiting = new WaitingUpsert(draft);
        lock (_waitingLock)
        {
            _waiting.Add(waiting);
        }
        return waiting;
    }

    /// <summary>Every queued draft, oldest first; the caller holds the gate and must answer each.</summary>
    internal List<WaitingUpsert> TakeQueued()
    {
        lock (_waitingLock)
        {
            var taken = _waiting;
            _waiting = [];
            return taken;
        }
    }

    /// <summary>Takes a draft back out of the queue if no writer has taken it yet (its caller gave up).</summary>
    internal bool TryWithdraw(WaitingUpsert waiting)
    {
        lock (_waitingLock)
        {
            return _waiting.Remove(waiting);
        }
    }

    public async Task<IDisposable> EnterAsync(CancellationToken ct)
    {
        await _semaphore.WaitAsync(ct);
        return new Release(_semaphore);
    }

    public void Dispose() => _semaphore.Dispose();

    private sealed class Release(SemaphoreSlim semaphore) : IDisposable
    {
        private int _released;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _released, 1) == 0)
            {
                semaphore.Release();
            }
        }
    }
}
