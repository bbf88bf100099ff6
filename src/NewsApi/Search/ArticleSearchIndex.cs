using Microsoft.Extensions.Options;
using NewsApi.Seeding;

namespace NewsApi.Search;

/// <summary>Search:Engine: <c>index</c> (the in-memory impact index, the database for what it cannot answer) or <c>database</c>.</summary>
public sealed class SearchOptions
{
    public const string SectionName = "Search";
    public const string IndexEngine = "index";
    public const string DatabaseEngine = "database";

    public string Engine { get; set; } = IndexEngine;

    /// <summary>How often the index reads the log of the search table when no search asks, in milliseconds.</summary>
    public int PollMilliseconds { get; set; } = 1000;

    public bool UsesIndex => string.Equals(Engine, IndexEngine, StringComparison.OrdinalIgnoreCase);
}

/// <summary>
/// The in-memory <see cref="ImpactIndex"/> of this process, built from the search table at startup and kept in step with it
/// by following <c>SearchIndexLog</c>, the log that every write of the table appends to in its own transaction, in this
/// process or any other (several instances on one PostgreSQL database each follow the same log). Before answering, a search
/// reads the log's head and applies what is behind, so it sees every write committed before it began. A process that stops
/// loses nothing: the next one builds again from the table, which is the source of truth.
/// </summary>
public sealed class ArticleSearchIndex(
    IServiceScopeFactory scopes, ReadinessState readiness, IOptions<SearchOptions> options, TimeProvider time, ILogger<ArticleSearchIndex> logger)
    : BackgroundService
{
    // A sequence missing below the newest one read may belong to a transaction that has not committed yet (PostgreSQL hands
    // out identities before commit); it is looked for again until it shows up or is this old (a rolled-back write).
    private static readonly TimeSpan GapPatience = TimeSpan.FromSeconds(30);
    private static readonly TimeSpan StartupWait = TimeSpan.FromSeconds(3);
    private const int LogPage = 2000;
    private const int RowsPerRead = 500;

    private readonly ImpactIndex index = new();
    private readonly ReaderWriterLockSlim gate = new(LockRecursionPolicy.NoRecursion);
    private readonly SemaphoreSlim catchUp = new(1, 1);
    private readonly TaskCompletionSource built = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly Dictionary<long, DateTimeOffset> gaps = [];

    // Every sequence at or below it has been applied or given up on; sequences above it that were applied are in `applied`.
    private long floor;
    private readonly HashSet<long> applied = [];
    private long newest;

    /// <summary>Whether searches use the index (Search:Engine = index) rather than the database alone.</summary>
    public bool Enabled => options.Value.UsesIndex;

    /// <summary>Whether the first build has finished: until then searches go to the database.</summary>
    public bool Ready => built.Task.IsCompletedSuccessfully;

    /// <summary>Whether the first build failed: searches then stay on the database.</summary>
    public bool Failed => built.Task.IsFaulted;

    /// <summary>Articles and postings held, for the health answer and the benchmark's memory report.</summary>
    public (int Articles, long Postings) Size()
    {
        gate.EnterReadLock();
        try
        {
            return (index.DocumentCount, index.PostingCount);
        }
        finally
        {
            gate.ExitReadLock();
        }
    }

    /// <summary>
    /// The best <paramref name="count"/> hits and the total, or null when the index cannot answer this query (a phrase or
    /// prefix, the index disabled or still building): the caller then asks the database.
    /// </summary>
    public async Task<(List<IndexHit> Hits, int Total)?> SearchAsync(NewsDbContext db, SearchQuery query, int count, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(query);
        if (!Enabled || ImpactIndex.IndexQuery.From(query) is not { } indexQuery)
        {
            return null;
        }
        if (!Ready)
        {
            // A small table is indexed in moments: waiting briefly keeps answers alike right after startup; a large one is
            // searched in the database until its index is built.
            await Task.WhenAny(built.Task, Task.Delay(StartupWait, time, ct));
            if (!Ready)
            {
                return null;
            }
        }
        await CatchUpAsync(db, ct);
        gate.EnterReadLock();
        try
        {
            return (index.Top(indexQuery, count), index.Count(indexQuery));
        }
        finally
        {
            gate.ExitReadLock();
        }
    }

    /// <summary>Rebuilds the index from the search table, as at startup; searches use the database meanwhile.</summary>
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!Enabled)
        {
            return;
        }
        try
        {
            while (!readiness.DatabaseReady)
            {
                await Task.Delay(TimeSpan.FromMilliseconds(100), time, stoppingToken);
            }
            await BuildAsync(stoppingToken);
            built.TrySetResult();
            while (!stoppingToken.IsCancellationRequested)
            {
                await Task.Delay(TimeSpan.FromMilliseconds(Math.Max(50, options.Value.PollMilliseconds)), time, stoppingToken);
                await using var scope = scopes.CreateAsyncScope();
                await CatchUpAsync(scope.ServiceProvider.GetRequiredService<NewsDbContext>(), stoppingToken);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Shutting down.
        }
        catch (Exception exception)
        {
            // Searches keep working on the database; the log says why they are slow.
            logger.LogError(exception, "The search index stopped; searches use the database alone");
            built.TrySetException(exception);
        }
    }

    private async Task BuildAsync(CancellationToken ct)
    {
        var started = time.GetTimestamp();
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<NewsDbContext>();
        // The log's head is read first: a write that commits while the table is read is in the log after it, and applying
        // it again is harmless (a row is always read afresh).
        var head = await LogHeadAsync(db, ct);
        await foreach (var row in SearchDialect.Of(db).IndexedRows(db).AsNoTracking().AsAsyncEnumerable().WithCancellation(ct))
        {
            gate.EnterWriteLock();
            try
            {
                if (index.Contains(row.Id))
                {
                    index.Apply([row.Id], new Dictionary<int, IndexedRow> { [row.Id] = row });
                }
                else
                {
                    index.Add(row);
                }
            }
            finally
            {
                gate.ExitWriteLock();
            }
        }
        floor = head;
        newest = head;
        var (articles, postings) = Size();
        logger.LogInformation("Search index built: {Articles} articles, {Postings} postings in {Elapsed} ms",
            articles, postings, (long)time.GetElapsedTime(started).TotalMilliseconds);
        await CatchUpAsync(db, ct);
    }

    private static async Task<long> LogHeadAsync(NewsDbContext db, CancellationToken ct) =>
        await db.Database.SqlQuery<long?>($"""SELECT MAX("Seq") AS "Value" FROM "SearchIndexLog" """).SingleAsync(ct) ?? 0;

    /// <summary>Applies every logged write the index has not applied yet.</summary>
    private async Task CatchUpAsync(NewsDbContext db, CancellationToken ct)
    {
        // The cheap check every search makes: nothing new and no gap to look for again.
        if (gaps.Count == 0 && await LogHeadAsync(db, ct) == Volatile.Read(ref newest))
        {
            return;
        }
        await catchUp.WaitAsync(ct);
        try
        {
            while (true)
            {
                var from = floor;
                // The order in LINQ, not in the SQL text: EF composes the limit over the query and wants to see its order.
                var rows = await db.Database.SqlQuery<LogRow>(
                        $"""SELECT "Seq", "ArticleId" FROM "SearchIndexLog" WHERE "Seq" > {from}""")
                    .OrderBy(r => r.Seq).Take(LogPage).AsNoTracking().ToListAsync(ct);
                var fresh = rows.Where(r => !applied.Contains(r.Seq)).ToList();
                if (fresh.Count > 0)
                {
                    await ApplyAsync(db, fresh.Select(r => r.ArticleId).Distinct().ToArray(), ct);
                }
                Advance(rows, fresh);
                if (rows.Count < LogPage)
                {
                    return;
                }
            }
        }
        finally
        {
            catchUp.Release();
        }
    }

    private async Task ApplyAsync(NewsDbContext db, int[] ids, CancellationToken ct)
    {
        var dialect = SearchDialect.Of(db);
        foreach (var chunk in ids.Chunk(RowsPerRead))
        {
            var rows = await dialect.IndexedRows(db, chunk).AsNoTracking().ToDictionaryAsync(r => r.Id, ct);
            gate.EnterWriteLock();
            try
            {
                index.Apply(chunk, rows);
            }
            finally
            {
                gate.ExitWriteLock();
            }
        }
    }

    /// <summary>Moves the floor past every sequence applied with no gap below it, remembering gaps for a while.</summary>
    private void Advance(List<LogRow> rows, List<LogRow> fresh)
    {
        foreach (var row in fresh)
        {
            applied.Add(row.Seq);
            gaps.Remove(row.Seq);
        }
        var now = time.GetUtcNow();
        var expected = floor + 1;
        foreach (var row in rows)
        {
            for (var missing = expected; missing < row.Seq; missing++)
            {
                gaps.TryAdd(missing, now);
            }
            expected = Math.Max(expected, row.Seq + 1);
        }
        foreach (var sequence in gaps.Where(g => now - g.Value > GapPatience).Select(g => g.Key).ToList())
        {
            gaps.Remove(sequence);
        }
        // Below the lowest gap still waited for, every sequence read is applied or given up on.
        var lowestGap = gaps.Count == 0 ? long.MaxValue : gaps.Keys.Min();
        var top = expected - 1;
        while (floor < top && floor + 1 < lowestGap)
        {
            applied.Remove(floor + 1);
            floor++;
        }
        if (rows.Count > 0)
        {
            Volatile.Write(ref newest, Math.Max(newest, rows[^1].Seq));
        }
    }

    public override void Dispose()
    {
        gate.Dispose();
        catchUp.Dispose();
        base.Dispose();
    }

    private sealed class LogRow
    {
        public long Seq { get; init; }
        public int ArticleId { get; init; }
    }
}
