namespace NewsApi.Search;

/// <summary>
/// Writes articles' rows of the search table <c>ArticleSearch</c> (created by each provider's ArticleSearch migration): headline,
/// standfirst, body paragraphs, quotations and the names of the linked people, organizations and tags. Every write that
/// changes any of these calls it inside its own transaction, so the index never disagrees with the rows it was built from.
/// </summary>
public static class SearchIndex
{
    /// <summary>The search table's name, for queries that join it.</summary>
    public const string Table = "ArticleSearch";

    /// <summary>(Re)writes the rows of these articles from what is stored now; an id with no article loses its row.</summary>
    public static async Task ReindexAsync(this NewsDbContext db, IReadOnlyCollection<int> articleIds, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(articleIds);
        if (articleIds.Count == 0)
        {
            return;
        }
        await SearchDialect.Of(db).ReindexAsync(db, articleIds, ct);
    }

    /// <summary>(Re)writes one article's row.</summary>
    public static Task ReindexAsync(this NewsDbContext db, int articleId, CancellationToken ct) => db.ReindexAsync([articleId], ct);

    /// <summary>Removes a deleted article's row.</summary>
    public static async Task RemoveAsync(this NewsDbContext db, int articleId, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        await SearchDialect.Of(db).RemoveAsync(db, articleId, ct);
    }
}
