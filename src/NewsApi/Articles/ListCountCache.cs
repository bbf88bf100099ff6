using System.Collections.Concurrent;

namespace NewsApi.Articles;

/// <summary>
/// Totals and facet counts of article lists, kept per filter for as long as the data they were counted on is current.
/// Counting touches every matching row (all of them for the unfiltered list) while a page touches twenty, so counting
/// once per change instead of once per request is what keeps a list's cost independent of the size of the table.
/// </summary>
/// <remarks>
/// The data's version is the newest sequence number of the change feed, which every write of an article, person,
/// organization or tag adds to in the same transaction, in this process or any other. It is read before counting, so an
/// entry is never older than the version it is filed under: at worst a count made while a write committed is filed under
/// the version before that write, which no request asks for any more.
/// </remarks>
public sealed class ListCountCache
{
    // Bounded: a client walking through many filters must not grow memory without limit; starting over is cheap.
    internal const int MaxEntries = 4096;

    private readonly ConcurrentDictionary<string, Entry> entries = new(StringComparer.Ordinal);

    /// <summary>The version of the stored data: it grows with every write.</summary>
    public static async Task<long> DataVersionAsync(NewsDbContext db, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        // Not a static compiled query: EF binds one to the provider of the first context it meets, and a process may hold
        // contexts of both providers (the transfer tool, the tests).
        return await db.Changes.MaxAsync(c => (long?)c.Id, ct) ?? 0;
    }

    /// <summary>
    /// The value filed under <paramref name="key"/> for this version, computed and filed when there is none. Requests that
    /// ask while it is being computed wait for that one computation instead of starting their own: under load, 32 requests
    /// each counting 100,000 rows at once took longer than the clients waited, and none of them ever filed its count.
    /// <paramref name="compute"/> must not depend on the caller's cancellation: a client that gives up does not abandon the
    /// count the others wait for; <paramref name="ct"/> only stops this caller's wait.
    /// </summary>
    public async Task<T> GetOrComputeAsync<T>(string key, long version, Func<Task<T>> compute, CancellationToken ct = default)
        where T : notnull
    {
        ArgumentNullException.ThrowIfNull(compute);
        if (entries.TryGetValue(key, out var entry) && entry.Version == version)
        {
            return (T)await entry.Value.WaitAsync(ct);
        }
        if (entries.Count >= MaxEntries)
        {
            entries.Clear();
        }
        var computing = new Lazy<Task<object>>(async () => await compute());
        var filed = entries.AddOrUpdate(key, new Entry(version, computing),
            (_, existing) => existing.Version >= version ? existing : new Entry(version, computing));
        if (filed.Version != version)
        {
            // A newer version is already filed: this caller's data is older, so it counts for itself without filing.
            return await compute().WaitAsync(ct);
        }
        try
        {
            return (T)await filed.Value.WaitAsync(ct);
        }
        catch (Exception) when (!ct.IsCancellationRequested)
        {
            // A failed count is not kept: the next request tries again.
            entries.TryRemove(new KeyValuePair<string, Entry>(key, filed));
            throw;
        }
    }

    /// <summary>As above, counted on a DbContext of its own: the request that started the count may end before the count does.</summary>
    public Task<T> GetOrComputeAsync<T>(
        IServiceScopeFactory scopes, string key, long version, Func<NewsDbContext, Task<T>> count, CancellationToken ct)
        where T : notnull
    {
        ArgumentNullException.ThrowIfNull(scopes);
        ArgumentNullException.ThrowIfNull(count);
        return GetOrComputeAsync(key, version, async () =>
        {
            await using var scope = scopes.CreateAsyncScope();
            return await count(scope.ServiceProvider.GetRequiredService<NewsDbContext>());
        }, ct);
    }

    private sealed record Entry(long Version, Lazy<Task<object>> Computing)
    {
        public Task<object> Value => Computing.Value;
    }
}
