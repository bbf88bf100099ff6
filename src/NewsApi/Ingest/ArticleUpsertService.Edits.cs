using NewsApi.Ingestion;
using NewsApi.Search;

namespace NewsApi.Ingest;

/// <summary>The editor's writes: an article created, replaced or deleted through the JSON endpoints, guarded by its version.</summary>
public sealed partial class ArticleUpsertService
{
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
                Slug = await new SlugScope(db.Articles.Select(a => a.Slug), Article.SlugMaxLength).ClaimAsync(edit.Headline, ct),
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
}
