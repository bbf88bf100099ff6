using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using NewsApi.Data;
using NewsApi.Data.Entities;
using NewsApi.Ingestion;
using NewsApi.Search;

namespace NewsApi.Ingest;

/// <summary>
/// The one path by which a parsed document becomes stored data; seeding and the ingest endpoint both call it.
/// Idempotent by content hash; a new version of a known source document rewrites its article in place.
/// </summary>
public sealed class ArticleUpsertService(NewsDbContext db, UpsertGate gate, EntityNameCache names, TimeProvider time, ILogger<ArticleUpsertService> logger)
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

        using (await gate.EnterAsync(ct))
        {
            names.BeginUpsert(db);
            try
            {
                for (var attempt = 1; ; attempt++)
                {
                    db.ChangeTracker.Clear();
                    try
                    {
                        return await UpsertOnceAsync(draft, ct);
                    }
                    catch (Exception exception) when (attempt < MaxAttempts && exception is DbUpdateException or DbException)
                    {
                        // Another process may have stored the same person, tag, slug or document since we looked: look again, at the tables too.
                        names.Invalidate();
                        logger.LogWarning(exception, "Upsert of {SourceDocumentName} conflicted (attempt {Attempt}); retrying", draft.SourceName, attempt);
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
            }
        }
    }

    private async Task<UpsertResult> UpsertOnceAsync(ArticleDraft draft, CancellationToken ct)
    {
        if (await FindSameContentAsync(draft.ContentHash, ct) is { } unchanged)
        {
            return unchanged;
        }

        // Microsoft.Data.Sqlite begins IMMEDIATE: the write lock is held from here, so another process cannot slip the same document in between the check and the write.
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        if (await FindSameContentAsync(draft.ContentHash, ct) is { } storedMeanwhile)
        {
            return storedMeanwhile;
        }
        var (knownPeople, knownOrganizations, generation) = await names.CurrentAsync(db, ct);
        var resolver = new EntityResolver(db, knownPeople, knownOrganizations);
        var sourceName = string.IsNullOrWhiteSpace(draft.SourceName) ? null : EntityResolver.Clip(draft.SourceName.Trim(), Article.SourceDocumentNameMaxLength);
        var article = sourceName is null ? null : await db.Articles.SingleOrDefaultAsync(a => a.SourceDocumentName == sourceName, ct);
        var now = time.GetUtcNow();
        UpsertOutcome outcome;
        PreviousLinks? previous = null;
        if (article is null)
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
            db.Articles.Add(article);
            outcome = UpsertOutcome.Created;
        }
        else
        {
            previous = await PreviousLinksAsync(article.Id, ct);
            await RemoveLinksAsync(article.Id, ct);
            outcome = UpsertOutcome.Updated;
        }

        await DraftArticleMapper.ApplyAsync(draft, article, resolver, now, ct);

        await db.SaveChangesAsync(ct);
        if (previous is not null)
        {
            await RemoveOrphansAsync(previous, ct);
        }
        await db.ReindexAsync(article.Id, ct);
        await transaction.CommitAsync(ct);
        if (previous is null)
        {
            names.Publish(generation, resolver.TouchedPeople, resolver.TouchedOrganizations);
        }
        else
        {
            // Orphans were deleted outside the resolver, which the cache does not see.
            names.Invalidate();
        }
        return new UpsertResult(outcome, article.Id, article.Slug);
    }

    /// <summary>Stores an article an editor wrote, with links to the people and organizations it names by slug; unknown tag slugs become new topic tags.</summary>
    /// <exception cref="DuplicateContentException">Another article has the same headline and body.</exception>
    /// <exception cref="UnknownReferenceException">A person or organization slug names nothing stored.</exception>
    public async Task<UpsertResult> CreateAsync(ArticleEdit edit, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(edit);
        using (await gate.EnterAsync(ct))
        {
            db.ChangeTracker.Clear();
            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            var contentHash = ContentHashOf(edit);
            if (await FindSameContentAsync(contentHash, ct) is { } same)
            {
                throw new DuplicateContentException(same.Slug);
            }
            var now = time.GetUtcNow();
            var article = new Article
            {
                Slug = await new EntityResolver(db).UniqueArticleSlugAsync(edit.Headline, ct),
                Headline = "",
                Lead = "",
                ContentHash = contentHash,
                ParserVersion = EditorParserVersion,
                CreatedAt = now,
            };
            db.Articles.Add(article);
            await new ArticleEditMapper(db).ApplyAsync(edit, article, new Dictionary<string, ArticleEditMapper.KeptPersonLink>(), now, ct);
            await db.SaveChangesAsync(ct);
            await db.ReindexAsync(article.Id, ct);
            await transaction.CommitAsync(ct);
            return new UpsertResult(UpsertOutcome.Created, article.Id, article.Slug);
        }
    }

    /// <summary>
    /// Replaces an article's content and links with an editor's version, provided the article is still at
    /// <paramref name="expectedVersion"/>. Null when the article no longer exists. The slug and content hash stay: the hash is
    /// the identity of the document the article came from, so ingesting that document again does not undo the edit.
    /// </summary>
    /// <exception cref="DbUpdateConcurrencyException">Another writer changed the article since <paramref name="expectedVersion"/> was read.</exception>
    /// <exception cref="UnknownReferenceException">A person or organization slug names nothing stored.</exception>
    public async Task<UpsertResult?> ReplaceAsync(int articleId, Guid expectedVersion, ArticleEdit edit, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(edit);
        using (await gate.EnterAsync(ct))
        {
            db.ChangeTracker.Clear();
            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            var article = await LoadExpectedAsync(articleId, expectedVersion, ct);
            if (article is null)
            {
                return null;
            }
            // What an editor cannot see or send (mention counts, a contributor's credit) survives the rewrite of the links.
            var kept = await db.ArticlePeople.AsNoTracking()
                .Where(l => l.ArticleId == articleId)
                .Select(l => new ArticleEditMapper.KeptPersonLink(l.Person.Slug, l.MentionCount, l.Contribution))
                .ToDictionaryAsync(l => l.Slug, StringComparer.Ordinal, ct);
            await RemoveLinksAsync(articleId, ct);
            var now = time.GetUtcNow();
            await new ArticleEditMapper(db).ApplyAsync(edit, article, kept, now, ct);
            // The version check rides on the article row, so it must be written even if no column of its own changed.
            db.Entry(article).State = EntityState.Modified;
            await db.SaveChangesAsync(ct);
            await db.ReindexAsync(article.Id, ct);
            await transaction.CommitAsync(ct);
            return new UpsertResult(UpsertOutcome.Updated, article.Id, article.Slug);
        }
    }

    /// <summary>
    /// Deletes an article with its links, quotes, images and related headlines (the database cascades), provided it is still at
    /// <paramref name="expectedVersion"/>. The people, organizations and tags it linked stay. False when it no longer exists.
    /// </summary>
    /// <exception cref="DbUpdateConcurrencyException">Another writer changed the article since <paramref name="expectedVersion"/> was read.</exception>
    public async Task<bool> DeleteAsync(int articleId, Guid expectedVersion, CancellationToken ct)
    {
        using (await gate.EnterAsync(ct))
        {
            db.ChangeTracker.Clear();
            // The search row goes with the article or not at all.
            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            var article = await LoadExpectedAsync(articleId, expectedVersion, ct);
            if (article is null)
            {
                return false;
            }
            db.Articles.Remove(article);
            await db.SaveChangesAsync(ct);
            await db.RemoveAsync(articleId, ct);
            await transaction.CommitAsync(ct);
            return true;
        }
    }

    /// <summary>The content hash of an editor's article: the parser's hash over its headline and paragraphs.</summary>
    public static string ContentHashOf(ArticleEdit edit)
    {
        ArgumentNullException.ThrowIfNull(edit);
        return NewsDocumentParser.ComputeContentHash(edit.Headline.Trim() + "\n\n" + string.Join("\n\n", edit.Body.Select(p => p.Trim())));
    }

    /// <summary>Stored as the parser version of articles an editor wrote, which no parser made.</summary>
    public const string EditorParserVersion = "editor";

    private async Task<Article?> LoadExpectedAsync(int articleId, Guid expectedVersion, CancellationToken ct)
    {
        var article = await db.Articles.SingleOrDefaultAsync(a => a.Id == articleId, ct);
        if (article is null)
        {
            return null;
        }
        if (article.Version != expectedVersion)
        {
            throw new DbUpdateConcurrencyException("The article changed since its version was read.");
        }
        // Checked again by the UPDATE or DELETE itself, for a writer in another process between this read and the save.
        db.Entry(article).Property(a => a.Version).OriginalValue = expectedVersion;
        return article;
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

    private sealed record PreviousLinks(List<int> PersonIds, List<int> OrganizationIds, List<int> TagIds);
}
