using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using NewsApi.Data;

namespace NewsApi.Search;

/// <summary>
/// Writes articles' rows of the FTS5 table <c>ArticleSearch</c> (created by the ArticleSearch migration): headline,
/// standfirst, body paragraphs, quotations and the names of the linked people, organizations and tags. Every write that
/// changes any of these calls it inside its own transaction, so the index never disagrees with the rows it was built from.
/// </summary>
public static class SearchIndex
{
    /// <summary>The FTS5 table's name, for queries that join it.</summary>
    public const string Table = "ArticleSearch";

    // Built from the stored rows rather than from the entities in hand, so that every caller (upsert, edit, rename, merge) indexes the same text.
    private const string ReindexSql = """
        DELETE FROM ArticleSearch WHERE rowid IN (SELECT value FROM json_each({0}));
        INSERT INTO ArticleSearch(rowid, headline, standfirst, body, quotes, names)
        SELECT a.Id,
               a.Headline,
               coalesce(a.Standfirst, ''),
               coalesce((SELECT group_concat(b.value, char(10)) FROM (SELECT value FROM json_each(a.Body) ORDER BY key) AS b), ''),
               coalesce((SELECT group_concat(q.Text, char(10)) FROM (SELECT Text FROM Quotes WHERE ArticleId = a.Id ORDER BY "Order") AS q), ''),
               coalesce((SELECT group_concat(n.Name, char(10)) FROM (
                   SELECT p.Name AS Name FROM ArticlePeople AS l JOIN People AS p ON p.Id = l.PersonId WHERE l.ArticleId = a.Id
                   UNION ALL SELECT o.Name FROM ArticleOrganizations AS l JOIN Organizations AS o ON o.Id = l.OrganizationId WHERE l.ArticleId = a.Id
                   UNION ALL SELECT t.Name FROM ArticleTags AS l JOIN Tags AS t ON t.Id = l.TagId WHERE l.ArticleId = a.Id) AS n), '')
        FROM Articles AS a
        WHERE a.Id IN (SELECT value FROM json_each({0}));
        """;

    /// <summary>(Re)writes the rows of these articles from what is stored now; an id with no article loses its row.</summary>
    public static async Task ReindexAsync(this NewsDbContext db, IReadOnlyCollection<int> articleIds, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(articleIds);
        if (articleIds.Count == 0)
        {
            return;
        }
        await db.Database.ExecuteSqlRawAsync(ReindexSql, [JsonSerializer.Serialize(articleIds.Distinct())], ct);
    }

    /// <summary>(Re)writes one article's row.</summary>
    public static Task ReindexAsync(this NewsDbContext db, int articleId, CancellationToken ct) => db.ReindexAsync([articleId], ct);

    /// <summary>Removes a deleted article's row.</summary>
    public static async Task RemoveAsync(this NewsDbContext db, int articleId, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        await db.Database.ExecuteSqlRawAsync("DELETE FROM ArticleSearch WHERE rowid = {0};", [articleId], ct);
    }

    /// <summary>The articles whose names column shows this person: read before a merge or delete moves or drops the links.</summary>
    public static Task<List<int>> ArticlesOfPersonAsync(this NewsDbContext db, int personId, CancellationToken ct) =>
        db.ArticlePeople.Where(l => l.PersonId == personId).Select(l => l.ArticleId).ToListAsync(ct);

    /// <summary>The articles whose names column shows this organization.</summary>
    public static Task<List<int>> ArticlesOfOrganizationAsync(this NewsDbContext db, int organizationId, CancellationToken ct) =>
        db.ArticleOrganizations.Where(l => l.OrganizationId == organizationId).Select(l => l.ArticleId).ToListAsync(ct);

    /// <summary>The articles whose names column shows this tag.</summary>
    public static Task<List<int>> ArticlesOfTagAsync(this NewsDbContext db, int tagId, CancellationToken ct) =>
        db.ArticleTags.Where(l => l.TagId == tagId).Select(l => l.ArticleId).ToListAsync(ct);
}
