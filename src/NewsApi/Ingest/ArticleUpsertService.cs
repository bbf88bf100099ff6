using System.Data.Common;
using NewsApi.Ingestion;
using NewsApi.Search;

namespace NewsApi.Ingest;

/// <summary>
/// The one path by which a parsed document becomes stored data; seeding and the ingest endpoint both call it.
/// Idempotent by content hash; a new version of a known source document rewrites its article in place.
/// </summary>
public sealed partial class ArticleUpsertService(NewsDbContext db, UpsertGate gate, EntityNameCache names, TimeProvider time, ILogger<ArticleUpsertService> logger)
{
    private const int MaxAttempts = 3;

    /// <summary>Why the draft cannot be stored, or null when it can.</summary>
    public static string? FindUnusableReason(ArticleDraft draft)
    {
        ArgumentNullException.ThrowIfNull(draft);
        if (string.IsNullOrWhiteSpace(draft.Headline))
        {
            return "the document has no headline";
        }
        if (draft.Body.All(string.IsNullOrWhiteSpace) || string.IsNullOrWhiteSpace(draft.Lead))
        {
            return "the document has no body";
        }
        return string.IsNullOrWhiteSpace(draft.ContentHash) ? "the document has no content hash" : null;
    }

    /// <summary>Stores the article with its people, organizations, tags, quotes, images and related headlines in one transaction.</summary>
    /// <exception cref="UnusableDraftException">The draft has no headline or no body.</exception>
    public async Task<UpsertResult> UpsertAsync(ArticleDraft draft, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(draft);
        var reason = FindUnusableReason(draft);
        if (reason is not null)
        {
            throw new UnusableDraftException(reason);
        }

        var waiting = gate.Queue(draft);
        IDisposable entered;
        try
        {
            entered = await gate.EnterAsync(ct);
        }
        catch (OperationCanceledException) when (gate.TryWithdraw(waiting))
        {
            throw;
        }
        using (entered)
        {
            var queued = gate.TakeQueued();
            if (queued.Count > 0)
            {
                await UpsertQueuedAsync(queued, ct);
            }
        }
        // Written by this call or by an earlier one that took it from the queue with its own.
        return await waiting.Answer.Task.WaitAsync(ct);
    }

    /// <summary>
    /// Single ingests queued at the gate, written as a batch; each caller gets the result, or the exception, that storing its
    /// draft alone would have given: a group that fails as a whole is stored again one draft at a time. Under the gate.
    /// </summary>
    private async Task UpsertQueuedAsync(List<UpsertGate.WaitingUpsert> queued, CancellationToken ct)
    {
        var index = 0;
        foreach (var segment in Segments([.. queued.Select(q => q.Draft)]))
        {
            var group = queued.GetRange(index, segment.Count);
            index += segment.Count;
            try
            {
                var results = await UpsertSegmentAsync(segment, CancellationToken.None);
                for (var i = 0; i < group.Count; i++)
                {
                    group[i].Answer.TrySetResult(results[i]);
                }
                continue;
            }
            catch (Exception exception) when (group.Count > 1)
            {
                logger.LogWarning(exception, "A group of {DocumentCount} ingests could not be stored together; storing them one at a time", group.Count);
            }
            catch (Exception exception)
            {
                group[0].Answer.TrySetException(exception);
                continue;
            }
            foreach (var one in group)
            {
                try
                {
                    one.Answer.TrySetResult((await UpsertSegmentAsync([one.Draft], CancellationToken.None))[0]);
                }
                catch (Exception exception)
                {
                    one.Answer.TrySetException(exception);
                }
            }
        }
    }

    /// <summary>
    /// Stores many drafts as <see cref="UpsertAsync"/> would one after the other, with the same answers, but a segment of them per
    /// transaction and their names resolved in sets. A draft that cannot be stored gets a null result (logged) and never keeps
    /// the others out: a segment that fails as a whole is stored again one draft at a time.
    /// </summary>
    /// <exception cref="UnusableDraftException">A draft has no headline or no body: check them with <see cref="FindUnusableReason"/> first.</exception>
    public async Task<IReadOnlyList<UpsertResult?>> UpsertBatchAsync(IReadOnlyList<ArticleDraft> drafts, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(drafts);
        if (drafts.Select(FindUnusableReason).FirstOrDefault(r => r is not null) is { } reason)
        {
            throw new UnusableDraftException(reason);
        }

        var results = new List<UpsertResult?>(drafts.Count);
        using (await gate.EnterAsync(ct))
        {
            foreach (var segment in Segments(drafts))
            {
                try
                {
                    results.AddRange(await UpsertSegmentAsync(segment, ct));
                }
                catch (Exception exception) when (segment.Count > 1 && exception is not OperationCanceledException)
                {
                    logger.LogWarning(exception, "A batch of {DocumentCount} documents could not be stored together; storing them one at a time", segment.Count);
                    foreach (var draft in segment)
                    {
                        results.Add(await UpsertOneOfBatchAsync(draft, ct));
                    }
                }
            }
        }
        return results;
    }

    private async Task<UpsertResult?> UpsertOneOfBatchAsync(ArticleDraft draft, CancellationToken ct)
    {
        try
        {
            return (await UpsertSegmentAsync([draft], ct))[0];
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            logger.LogError(exception, "Document {SourceDocumentName} could not be stored", draft.SourceName);
            return null;
        }
    }

    /// <summary>
    /// Runs of drafts in which no content hash and no source name comes twice: within a run every draft is new or rewrites a
    /// stored article, so the run can be written at once; a repeat starts the next run, which sees the first one stored.
    /// </summary>
    private static IEnumerable<IReadOnlyList<ArticleDraft>> Segments(IReadOnlyList<ArticleDraft> drafts)
    {
        var segment = new List<ArticleDraft>();
        var hashes = new HashSet<string>(StringComparer.Ordinal);
        var sourceNames = new HashSet<string>(StringComparer.Ordinal);
        foreach (var draft in drafts)
        {
            var sourceName = SourceNameOf(draft);
            if (hashes.Contains(draft.ContentHash) || (sourceName is not null && sourceNames.Contains(sourceName)))
            {
                yield return segment;
                segment = [];
                hashes.Clear();
                sourceNames.Clear();
            }
            segment.Add(draft);
            hashes.Add(draft.ContentHash);
            if (sourceName is not null)
            {
                sourceNames.Add(sourceName);
            }
        }
        if (segment.Count > 0)
        {
            yield return segment;
        }
    }

    private static string? SourceNameOf(ArticleDraft draft) =>
        string.IsNullOrWhiteSpace(draft.SourceName) ? null : EntityResolver.Clip(draft.SourceName.Trim(), Article.SourceDocumentNameMaxLength);

    /// <summary>One segment (no repeated hash or source name) in one transaction, retried when another process got in the way. Under the gate.</summary>
    private async Task<IReadOnlyList<UpsertResult>> UpsertSegmentAsync(IReadOnlyList<ArticleDraft> drafts, CancellationToken ct)
    {
        names.BeginUpsert(db);
        try
        {
            for (var attempt = 1; ; attempt++)
            {
                db.ChangeTracker.Clear();
                try
                {
                    return await UpsertSegmentOnceAsync(drafts, ct);
                }
                catch (Exception exception) when (attempt < MaxAttempts && exception is DbUpdateException or DbException)
                {
                    // Another process may have stored the same person, tag, slug or document since we looked: look again, at the tables too.
                    names.Invalidate();
                    logger.LogWarning(exception, "Upsert of {SourceDocumentName} and {OtherCount} more conflicted (attempt {Attempt}); retrying", drafts[0].SourceName, drafts.Count - 1, attempt);
                }
            }
        }
        catch
        {
            names.Invalidate();
            throw;
        }
        finally
        {
            names.EndUpsert();
            // A batch tracks thousands of rows; the next one starts empty either way.
            db.ChangeTracker.Clear();
        }
    }

    private async Task<IReadOnlyList<UpsertResult>> UpsertSegmentOnceAsync(IReadOnlyList<ArticleDraft> drafts, CancellationToken ct)
    {
        // Seeding again over a seeded database finds everything stored: answered without taking the write lock.
        var phases = new UpsertPhases(logger);
        var sameContent = await FindSameContentAsync(drafts, ct);
        if (sameContent.Count == drafts.Count)
        {
            return [.. drafts.Select(d => sameContent[d.ContentHash])];
        }

        // Microsoft.Data.Sqlite begins IMMEDIATE: the write lock is held from here, so another process cannot slip the same document in between the check and the write.
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        sameContent = await FindSameContentAsync(drafts, ct);
        var toWrite = drafts.Where(d => !sameContent.ContainsKey(d.ContentHash)).ToList();
        if (toWrite.Count == 0)
        {
            return [.. drafts.Select(d => sameContent[d.ContentHash])];
        }

        phases.End("lookup");
        var (knownPeople, knownOrganizations, generation) = await names.CurrentAsync(db, ct);
        phases.End("names");
        var newRows = new NewRows();
        var resolver = new EntityResolver(db, knownPeople, knownOrganizations, newRows);
        var sourceNames = toWrite.Select(SourceNameOf).OfType<string>().ToList();
        var stored = sourceNames.Count == 0
            ? []
            : await db.Articles.Where(a => a.SourceDocumentName != null && EF.Parameter(sourceNames).Contains(a.SourceDocumentName)).ToDictionaryAsync(a => a.SourceDocumentName!, StringComparer.Ordinal, ct);
        await resolver.PrefetchAsync(toWrite, ct);
        phases.End("prefetch");

        var now = time.GetUtcNow();
        var written = new Dictionary<string, (Article Article, UpsertOutcome Outcome)>(StringComparer.Ordinal);
        var previous = new PreviousLinks([], [], []);
        var rows = new ArticleRows();
        foreach (var draft in toWrite)
        {
            var sourceName = SourceNameOf(draft);
            UpsertOutcome outcome;
            if (sourceName is not null && stored.TryGetValue(sourceName, out var article))
            {
                previous.Add(await PreviousLinksAsync(article.Id, ct));
                await RemoveLinksAsync(article.Id, ct);
                outcome = UpsertOutcome.Updated;
            }
            else
            {
                article = new Article
                {
                    Slug = await resolver.UniqueArticleSlugAsync(draft.Headline, ct),
                    Headline = "",
                    Lead = "",
                    ContentHash = "",
                    ParserVersion = "",
                    SourceDocumentName = sourceName,
                    CreatedAt = now,
                };
                newRows.Add(article);
                outcome = UpsertOutcome.Created;
            }
            await DraftArticleMapper.ApplyAsync(draft, article, resolver, rows, now, ct);
            written[draft.ContentHash] = (article, outcome);
        }

        phases.End("map");
        await db.SaveChangesInBulkAsync(newRows, ct);
        phases.End("save");
        await rows.WriteAsync(db, ct);
        phases.End("rows");
        if (!previous.IsEmpty)
        {
            await RemoveOrphansAsync(previous, ct);
        }
        phases.End("orphans");
        await db.ReindexAsync([.. written.Values.Select(w => w.Article.Id)], ct);
        phases.End("reindex");
        await transaction.CommitAsync(ct);
        phases.End("commit");
        phases.Log(toWrite.Count);
        if (previous.IsEmpty && written.Values.All(w => w.Outcome == UpsertOutcome.Created))
        {
            names.Publish(generation, resolver.TouchedPeople, resolver.TouchedOrganizations);
        }
        else
        {
            // Orphans were deleted outside the resolver, which the cache does not see.
            names.Invalidate();
        }
        return [.. drafts.Select(d => sameContent.TryGetValue(d.ContentHash, out var same)
            ? same
            : new UpsertResult(written[d.ContentHash].Outcome, written[d.ContentHash].Article.Id, written[d.ContentHash].Article.Slug))];
    }

    /// <summary>The stored articles with the drafts' content hashes, by hash, in one query.</summary>
    private async Task<Dictionary<string, UpsertResult>> FindSameContentAsync(IReadOnlyList<ArticleDraft> drafts, CancellationToken ct)
    {
        var hashes = drafts.Select(d => d.ContentHash).Distinct(StringComparer.Ordinal).ToList();
        // One list parameter (json_each on SQLite, an array on PostgreSQL), not EF 10's default of one parameter per value: a
        // batch's lists run to thousands, and SQLite parses and binds each named parameter by a search through all of them.
        var rows = await db.Articles.AsNoTracking()
            .Where(a => EF.Parameter(hashes).Contains(a.ContentHash))
            .Select(a => new { a.Id, a.Slug, a.ContentHash })
            .ToListAsync(ct);
        var found = new Dictionary<string, UpsertResult>(StringComparer.Ordinal);
        // Several articles may share a hash (an editor's rewrite keeps it): the lowest id, as FirstOrDefault gave before.
        foreach (var row in rows.OrderBy(r => r.Id))
        {
            found.TryAdd(row.ContentHash, new UpsertResult(UpsertOutcome.Unchanged, row.Id, row.Slug));
        }
        return found;
    }

    private async Task<UpsertResult?> FindSameContentAsync(string contentHash, CancellationToken ct)
    {
        var same = await db.Articles.AsNoTracking()
            .Where(a => a.ContentHash == contentHash)
            .Select(a => new { a.Id, a.Slug })
            .FirstOrDefaultAsync(ct);
        return same is null ? null : new UpsertResult(UpsertOutcome.Unchanged, same.Id, same.Slug);
    }

    /// <summary>Links are what one version of the document says; a new version replaces them all.</summary>
    private async Task RemoveLinksAsync(int articleId, CancellationToken ct)
    {
        await db.ArticlePeople.Where(l => l.ArticleId == articleId).ExecuteDeleteAsync(ct);
        await db.ArticleOrganizations.Where(l => l.ArticleId == articleId).ExecuteDeleteAsync(ct);
        await db.ArticleTags.Where(l => l.ArticleId == articleId).ExecuteDeleteAsync(ct);
        await db.Quotes.Where(q => q.ArticleId == articleId).ExecuteDeleteAsync(ct);
        await db.Images.Where(i => i.ArticleId == articleId).ExecuteDeleteAsync(ct);
        await db.RelatedHeadlines.Where(r => r.ArticleId == articleId).ExecuteDeleteAsync(ct);
    }

    private async Task<PreviousLinks> PreviousLinksAsync(int articleId, CancellationToken ct) => new(
        await db.ArticlePeople.Where(l => l.ArticleId == articleId).Select(l => l.PersonId)
            .Union(db.Quotes.Where(q => q.ArticleId == articleId && q.SpeakerId != null).Select(q => q.SpeakerId!.Value))
            .ToListAsync(ct),
        await db.ArticleOrganizations.Where(l => l.ArticleId == articleId).Select(l => l.OrganizationId).ToListAsync(ct),
        await db.ArticleTags.Where(l => l.ArticleId == articleId).Select(l => l.TagId).ToListAsync(ct));

    /// <summary>
    /// A person, organization or tag that the old version of the document linked and nothing refers to any more is a leftover
    /// of the parse. Only those: editors create people, organizations and tags that no article names yet, and they must stay.
    /// </summary>
    private async Task RemoveOrphansAsync(PreviousLinks previous, CancellationToken ct)
    {
        // Removed through the change tracker rather than ExecuteDelete so that the change feed gets a tombstone for each;
        // people first and saved, because an organization is only an orphan once its orphaned people are gone.
        db.People.RemoveRange(await db.People.Where(p => previous.PersonIds.Contains(p.Id) && !p.Articles.Any() && !p.Quotes.Any()).ToListAsync(ct));
        await db.SaveChangesAsync(ct);
        db.Organizations.RemoveRange(await db.Organizations.Where(o => previous.OrganizationIds.Contains(o.Id) && !o.Articles.Any() && !o.People.Any() && !o.Children.Any()).ToListAsync(ct));
        db.Tags.RemoveRange(await db.Tags.Where(t => previous.TagIds.Contains(t.Id) && !t.Articles.Any()).ToListAsync(ct));
        await db.SaveChangesAsync(ct);
    }

    private sealed record PreviousLinks(List<int> PersonIds, List<int> OrganizationIds, List<int> TagIds)
    {
        public bool IsEmpty => PersonIds.Count == 0 && OrganizationIds.Count == 0 && TagIds.Count == 0;

        public void Add(PreviousLinks other)
        {
            PersonIds.AddRange(other.PersonIds);
            OrganizationIds.AddRange(other.OrganizationIds);
            TagIds.AddRange(other.TagIds);
        }
    }

    /// <summary>Wall time of each phase of a segment's write, logged at Debug: where the writer's time goes, on any machine.</summary>
    private sealed class UpsertPhases(ILogger logger)
    {
        private readonly List<(string Phase, TimeSpan Elapsed)> _phases = [];
        private readonly long _allocatedAtStart = GC.GetTotalAllocatedBytes();
        private readonly TimeSpan _pausedAtStart = GC.GetTotalPauseDuration();
        private long _last = System.Diagnostics.Stopwatch.GetTimestamp();

        public void End(string phase)
        {
            if (logger.IsEnabled(LogLevel.Debug))
            {
                var now = System.Diagnostics.Stopwatch.GetTimestamp();
                _phases.Add((phase, System.Diagnostics.Stopwatch.GetElapsedTime(_last, now)));
                _last = now;
            }
        }

        public void Log(int documents)
        {
            if (logger.IsEnabled(LogLevel.Debug))
            {
                logger.LogDebug("Wrote {DocumentCount} documents: {Phases}; {AllocatedMB} MB allocated, {GcPauseMs} ms GC pauses (whole process)",
                    documents, string.Join(", ", _phases.Select(p => $"{p.Phase} {p.Elapsed.TotalMilliseconds:F0} ms")),
                    (GC.GetTotalAllocatedBytes() - _allocatedAtStart) / (1024 * 1024), (long)(GC.GetTotalPauseDuration() - _pausedAtStart).TotalMilliseconds);
            }
        }
    }
}
