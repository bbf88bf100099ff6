namespace NewsApi.Ingest;

/// <summary>
/// One upsert at a time per process: people, organizations and tags are found-or-created by name, and two concurrent
/// writers would race on their unique indexes. SQLite serializes writers anyway, so this costs no throughput.
/// </summary>
public sealed class UpsertGate : IDisposable
{
    private readonly SemaphoreSlim _semaphore = new(1, 1);

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
