using System.Collections.Concurrent;
using Microsoft.EntityFrameworkCore;
using NewsApi.Data;

namespace NewsApi.Infrastructure.Caching;

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

    private static readonly Func<NewsDbContext, CancellationToken, Task<long?>> NewestChange =
        EF.CompileAsyncQuery((NewsDbContext db, CancellationToken ct) => db.Changes.Max(c => (long?)c.Id));

    private readonly ConcurrentDictionary<string, Entry> entries = new(StringComparer.Ordinal);

    /// <summary>The version of the stored data: it grows with every write.</summary>
    public static async Task<long> DataVersionAsync(NewsDbContext db, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        return await NewestChange(db, ct) ?? 0;
    }

    /// <summary>The value filed under <paramref name="key"/> for this version, computed and filed when there is none.</summary>
    public async Task<T> GetOrComputeAsync<T>(string key, long version, Func<Task<T>> compute)
        where T : notnull
    {
        ArgumentNullException.ThrowIfNull(compute);
        if (entries.TryGetValue(key, out var entry) && entry.Version == version && entry.Value is T cached)
        {
            return cached;
        }
        var value = await compute();
        if (entries.Count >= MaxEntries)
        {
            entries.Clear();
        }
        entries.AddOrUpdate(key, new Entry(version, value), (_, existing) => existing.Version > version ? existing : new Entry(version, value));
        return value;
    }

    private sealed record Entry(long Version, object Value);
}
