using System.Collections.Concurrent;

namespace NewsApi.Articles;

/// <summary>
/// The summaries of the articles lists showed last, kept for as long as the data they were read from is current. A list of
/// 20 read each summary's tags, people and organizations (about 300 link rows) and built them again on every request:
/// half its CPU, for answers that change only when something is written.
/// </summary>
/// <remarks>
/// Filed under the data's version as <see cref="ListCountCache"/> files counts, read before the summaries are: a summary
/// read while a write committed may hold that write's data under the version before it, which no request asks for once
/// the write is visible. A newer version replaces the whole set. Summaries are immutable records, shared by the requests
/// that show them.
/// </remarks>
public sealed class ArticleSummaryCache
{
    // Bounded, like the counts: the pages clients read most are a small share of an archive, and starting over is cheap.
    internal const int MaxEntries = 8192;

    private Generation current = new(-1);

    public bool TryGet(long version, int articleId, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out ArticleSummary? summary)
    {
        var generation = Volatile.Read(ref current);
        summary = null;
        return generation.Version == version && generation.Summaries.TryGetValue(articleId, out summary);
    }

    public void Add(long version, IEnumerable<ArticleSummary> summaries)
    {
        ArgumentNullException.ThrowIfNull(summaries);
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
        if (generation.Summaries.Count >= MaxEntries)
        {
            generation.Summaries.Clear();
        }
        foreach (var summary in summaries)
        {
            generation.Summaries[summary.Id] = summary;
        }
    }

    private sealed class Generation(long version)
    {
        public long Version { get; } = version;

        public ConcurrentDictionary<int, ArticleSummary> Summaries { get; } = new();
    }
}

/// <summary>Where a page's summaries may come from besides the database: the cache, at the version the request read first.</summary>
/// <param name="Cache">The process's summaries.</param>
/// <param name="Version">The data's version, read before the page's rows (memoized by the caller).</param>
public sealed record CachedSummaries(ArticleSummaryCache Cache, Func<CancellationToken, Task<long>> Version);
