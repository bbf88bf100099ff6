using System.Collections.Concurrent;
using System.Diagnostics.CodeAnalysis;
using NewsApi.Search;

namespace NewsApi.Articles;

/// <summary>
/// Representations read from the database, kept for as long as the data they were read from is current: the summaries of
/// the articles lists show (a list of 20 read about 300 link rows and built every card again on every request) and whole
/// articles (one query per part). Answers change only when something is written; reading them again was most of a read's CPU.
/// </summary>
/// <remarks>
/// Filed under the data's version as <see cref="ListCountCache"/> files counts, read before the representation is: one read
/// while a write committed may hold that write's data under the version before it, which no request asks for once the
/// write is visible. A newer version replaces the whole set. Values are immutable records, shared by the requests that show them.
/// Like the counts, this trusts the change feed: a row edited by hand in the database, behind the API, shows once the next
/// write through the API or the seeder moves the version on.
/// </remarks>
/// <param name="maxEntries">Bounded, like the counts: what clients read most is a small share of an archive, and starting over is cheap.</param>
public sealed class VersionedCache<TKey, TValue>(int maxEntries)
    where TKey : notnull
    where TValue : class
{
    private Generation current = new(-1);

    public bool TryGet(long version, TKey key, [NotNullWhen(true)] out TValue? value)
    {
        var generation = Volatile.Read(ref current);
        value = null;
        return generation.Version == version && generation.Values.TryGetValue(key, out value);
    }

    public void Add(long version, IEnumerable<KeyValuePair<TKey, TValue>> values)
    {
        ArgumentNullException.ThrowIfNull(values);
        var generation = Volatile.Read(ref current);
        if (generation.Version < version)
        {
            var newer = new Generation(version);
            generation = Interlocked.CompareExchange(ref current, newer, generation) == generation ? newer : Volatile.Read(ref current);
        }
        if (generation.Version != version)
        {
            return;
        }
        if (generation.Values.Count >= maxEntries)
        {
            generation.Values.Clear();
        }
        foreach (var (key, value) in values)
        {
            generation.Values[key] = value;
        }
    }

    private sealed class Generation(long version)
    {
        public long Version { get; } = version;

        public ConcurrentDictionary<TKey, TValue> Values { get; } = new();
    }
}

/// <summary>The one way a read uses a <see cref="VersionedCache{TKey, TValue}"/>: what it holds, and the rest read at once.</summary>
public static class VersionedCacheReads
{
    /// <summary>
    /// The values of <paramref name="keys"/>: those the cache holds at <paramref name="version"/>, and the rest from one call
    /// of <paramref name="readMissing"/>, which the cache then keeps. Without a cache every key is read. Keys the read gives no
    /// value for are left out.
    /// </summary>
    public static async Task<Dictionary<TKey, TValue>> GetOrReadAsync<TKey, TValue>(
        this VersionedCache<TKey, TValue>? cache, long version, IEnumerable<TKey> keys,
        Func<List<TKey>, Task<IEnumerable<KeyValuePair<TKey, TValue>>>> readMissing)
        where TKey : notnull
        where TValue : class
    {
        ArgumentNullException.ThrowIfNull(keys);
        ArgumentNullException.ThrowIfNull(readMissing);
        var found = new Dictionary<TKey, TValue>();
        var missing = new List<TKey>();
        foreach (var key in keys)
        {
            if (cache is not null && cache.TryGet(version, key, out var value))
            {
                found[key] = value;
            }
            else
            {
                missing.Add(key);
            }
        }
        if (missing.Count > 0)
        {
            var read = (await readMissing(missing)).ToList();
            foreach (var (key, value) in read)
            {
                found[key] = value;
            }
            cache?.Add(version, read);
        }
        return found;
    }
}

/// <summary>Where a page's summaries may come from besides the database: the cache, at the version the request read first.</summary>
/// <param name="Cache">The process's summaries, by article id.</param>
/// <param name="Version">The data's version, read before the page's rows (memoized by the caller).</param>
public sealed record CachedSummaries(VersionedCache<int, ArticleSummary> Cache, Func<CancellationToken, Task<long>> Version);

/// <summary>Where a search page's highlights may come from besides the text: the cache, by the query's terms and the article.</summary>
/// <param name="Cache">The process's highlights, by the terms (joined) and the article id.</param>
/// <param name="Version">The data's version, read before the texts are (memoized by the caller).</param>
public sealed record CachedHighlights(VersionedCache<(string Terms, int ArticleId), IReadOnlyList<FieldHighlights>> Cache, Func<CancellationToken, Task<long>> Version);
