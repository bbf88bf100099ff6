using System.Data.Common;
using Microsoft.Data.Sqlite;
using NewsApi.Articles;
using Npgsql;

namespace NewsApi.Search;

/// <summary>
/// The provider-specific SQL of full-text search: writing an article's row of the <c>ArticleSearch</c> table, matching and
/// ranking a parsed query, and reading the indexed texts back for highlights. Everything else about search (parsing the
/// user's query, highlights, paging) is shared, so both providers answer the same requests the same way.
/// </summary>
public interface ISearchDialect
{
    /// <summary>(Re)writes the rows of these articles from what is stored now; an id with no article loses its row.</summary>
    Task ReindexAsync(NewsDbContext db, IReadOnlyCollection<int> articleIds, CancellationToken ct);

    /// <summary>Removes a deleted article's row.</summary>
    Task RemoveAsync(NewsDbContext db, int articleId, CancellationToken ct);

    /// <summary>Ids of the articles the query matches, composable into a LINQ query (translated as a subquery).</summary>
    IQueryable<int> MatchingIds(NewsDbContext db, SearchQuery query);

    /// <summary>The articles the query matches, each with its rank: lower is better, a headline holding the whole query first.</summary>
    IQueryable<RankedArticle> Ranked(NewsDbContext db, SearchQuery query);

    /// <summary>The indexed texts of these articles, by id.</summary>
    Task<Dictionary<int, IndexedTexts>> IndexedTextsAsync(NewsDbContext db, IReadOnlyCollection<int> ids, CancellationToken ct);

    /// <summary>Whether the database refused the search expression itself (a 400 for the query), rather than failing for another reason.</summary>
    bool RefusedQuery(DbException exception);

    /// <summary>Every row of the search table with all its columns, in id order: what the in-memory index is built from.</summary>
    IQueryable<IndexedRow> IndexedRows(NewsDbContext db);

    /// <summary>The rows of these articles; an article without a row (deleted) is absent.</summary>
    IQueryable<IndexedRow> IndexedRows(NewsDbContext db, int[] ids);
}

public static class SearchDialect
{
    private static readonly ISearchDialect Sqlite = new SqliteSearchDialect();
    private static readonly ISearchDialect Postgres = new PostgresSearchDialect();

    /// <summary>The dialect of the provider this context runs on.</summary>
    public static ISearchDialect Of(NewsDbContext db)
    {
        ArgumentNullException.ThrowIfNull(db);
        return db.Database.ProviderName == NewsDbContext.NpgsqlProviderName ? Postgres : Sqlite;
    }

    /// <summary>Whether either provider refused the search expression: for catch filters where the context is at hand.</summary>
    public static bool RefusedQuery(NewsDbContext db, DbException exception) => Of(db).RefusedQuery(exception);

    // Larger than any rank score, so that a headline holding the whole query as a phrase always ranks first.
    internal const double HeadlinePhraseBoost = 1_000_000;
}

/// <summary>SQLite: an FTS5 virtual table (migration ArticleSearch), bm25 ranking with column weights.</summary>
internal sealed class SqliteSearchDialect : ISearchDialect
{
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
        INSERT INTO SearchIndexLog(ArticleId) SELECT DISTINCT value FROM json_each({0});
        """;

    public Task ReindexAsync(NewsDbContext db, IReadOnlyCollection<int> articleIds, CancellationToken ct) =>
        db.Database.ExecuteSqlRawAsync(ReindexSql, [System.Text.Json.JsonSerializer.Serialize(articleIds.Distinct())], ct);

    public Task RemoveAsync(NewsDbContext db, int articleId, CancellationToken ct) =>
        db.Database.ExecuteSqlRawAsync("DELETE FROM ArticleSearch WHERE rowid = {0}; INSERT INTO SearchIndexLog(ArticleId) VALUES ({0});", [articleId], ct);

    public IQueryable<int> MatchingIds(NewsDbContext db, SearchQuery query) =>
        db.Database.SqlQuery<int>($"SELECT rowid AS Value FROM ArticleSearch WHERE ArticleSearch MATCH {query.Match}");

    public IQueryable<RankedArticle> Ranked(NewsDbContext db, SearchQuery query)
    {
        // Column weights in the table's order (headline, standfirst, body, quotes, names): the headline counts most.
        if (query.HeadlinePhrase is not { } phrase)
        {
            return db.Database.SqlQuery<RankedArticle>($"""
                SELECT rowid AS Id, bm25(ArticleSearch, 10.0, 4.0, 1.0, 1.5, 2.5) AS Rank
                FROM ArticleSearch
                WHERE ArticleSearch MATCH {query.Match}
                """);
        }
        return db.Database.SqlQuery<RankedArticle>($"""
            SELECT rowid AS Id,
                   bm25(ArticleSearch, 10.0, 4.0, 1.0, 1.5, 2.5)
                   - CASE WHEN rowid IN (SELECT rowid FROM ArticleSearch WHERE ArticleSearch MATCH {phrase}) THEN {SearchDialect.HeadlinePhraseBoost} ELSE 0.0 END AS Rank
            FROM ArticleSearch
            WHERE ArticleSearch MATCH {query.Match}
            """);
    }

    public async Task<Dictionary<int, IndexedTexts>> IndexedTextsAsync(NewsDbContext db, IReadOnlyCollection<int> ids, CancellationToken ct)
    {
        var json = System.Text.Json.JsonSerializer.Serialize(ids);
        return await db.Database.SqlQuery<IndexedTexts>($"""
            SELECT rowid AS Id, headline AS Headline, standfirst AS Standfirst, body AS Body, quotes AS Quotes
            FROM ArticleSearch
            WHERE rowid IN (SELECT value FROM json_each({json}))
            """).AsNoTracking().ToDictionaryAsync(t => t.Id, ct);
    }

    public bool RefusedQuery(DbException exception) => exception is SqliteException;

    public IQueryable<IndexedRow> IndexedRows(NewsDbContext db) =>
        db.Database.SqlQuery<IndexedRow>($"""
            SELECT rowid AS Id, headline AS Headline, standfirst AS Standfirst, body AS Body, quotes AS Quotes, names AS Names
            FROM ArticleSearch ORDER BY rowid
            """);

    public IQueryable<IndexedRow> IndexedRows(NewsDbContext db, int[] ids)
    {
        var json = System.Text.Json.JsonSerializer.Serialize(ids);
        return db.Database.SqlQuery<IndexedRow>($"""
            SELECT rowid AS Id, headline AS Headline, standfirst AS Standfirst, body AS Body, quotes AS Quotes, names AS Names
            FROM ArticleSearch WHERE rowid IN (SELECT value FROM json_each({json}))
            """);
    }
}

/// <summary>
/// PostgreSQL: a table with a stored, weighted tsvector and a GIN index (migration ArticleSearch of the PostgreSQL project);
/// to_tsquery built from the parsed terms, ts_rank with weights in the same proportions as SQLite's bm25 column weights.
/// </summary>
internal sealed class PostgresSearchDialect : ISearchDialect
{
    private const string ReindexSql = """
        DELETE FROM "ArticleSearch" WHERE "Id" = ANY({0});
        INSERT INTO "ArticleSearch"("Id", headline, standfirst, body, quotes, names)
        SELECT a."Id",
               a."Headline",
               coalesce(a."Standfirst", ''),
               array_to_string(a."Body", E'\n'),
               coalesce((SELECT string_agg(q."Text", E'\n' ORDER BY q."Order") FROM "Quotes" AS q WHERE q."ArticleId" = a."Id"), ''),
               coalesce((SELECT string_agg(n.name, E'\n') FROM (
                   SELECT p."Name" AS name FROM "ArticlePeople" AS l JOIN "People" AS p ON p."Id" = l."PersonId" WHERE l."ArticleId" = a."Id"
                   UNION ALL SELECT o."Name" FROM "ArticleOrganizations" AS l JOIN "Organizations" AS o ON o."Id" = l."OrganizationId" WHERE l."ArticleId" = a."Id"
                   UNION ALL SELECT t."Name" FROM "ArticleTags" AS l JOIN "Tags" AS t ON t."Id" = l."TagId" WHERE l."ArticleId" = a."Id") AS n), '')
        FROM "Articles" AS a
        WHERE a."Id" = ANY({0});
        INSERT INTO "SearchIndexLog"("ArticleId") SELECT DISTINCT unnest({0});
        """;

    // Weights of D (body), C (quotes and names), B (standfirst) and A (headline): 1, 2, 4, 10 as in SQLite's bm25 call.
    private const string Weights = "{0.1, 0.2, 0.4, 1.0}";

    public Task ReindexAsync(NewsDbContext db, IReadOnlyCollection<int> articleIds, CancellationToken ct) =>
        db.Database.ExecuteSqlRawAsync(ReindexSql, [articleIds.Distinct().ToArray()], ct);

    public Task RemoveAsync(NewsDbContext db, int articleId, CancellationToken ct) =>
        db.Database.ExecuteSqlRawAsync("""DELETE FROM "ArticleSearch" WHERE "Id" = {0}; INSERT INTO "SearchIndexLog"("ArticleId") VALUES ({0});""", [articleId], ct);

    // The query's words are folded in C# already; news_unaccent maps them as the column's news_search_words maps the text.
    public IQueryable<int> MatchingIds(NewsDbContext db, SearchQuery query) =>
        db.Database.SqlQuery<int>($"""
            SELECT "Id" AS "Value" FROM "ArticleSearch" WHERE document @@ to_tsquery('simple', news_unaccent({query.TsQuery}))
            """);

    public IQueryable<RankedArticle> Ranked(NewsDbContext db, SearchQuery query)
    {
        if (query.HeadlineTsQuery is not { } phrase)
        {
            return db.Database.SqlQuery<RankedArticle>($"""
                SELECT s."Id", -CAST(ts_rank(CAST({Weights} AS real[]), s.document, q.query) AS double precision) AS "Rank"
                FROM "ArticleSearch" AS s, to_tsquery('simple', news_unaccent({query.TsQuery})) AS q(query)
                WHERE s.document @@ q.query
                """);
        }
        return db.Database.SqlQuery<RankedArticle>($"""
            SELECT s."Id",
                   -CAST(ts_rank(CAST({Weights} AS real[]), s.document, q.query) AS double precision)
                   - CASE WHEN s.document @@ to_tsquery('simple', news_unaccent({phrase})) THEN {SearchDialect.HeadlinePhraseBoost} ELSE 0.0 END AS "Rank"
            FROM "ArticleSearch" AS s, to_tsquery('simple', news_unaccent({query.TsQuery})) AS q(query)
            WHERE s.document @@ q.query
            """);
    }

    public async Task<Dictionary<int, IndexedTexts>> IndexedTextsAsync(NewsDbContext db, IReadOnlyCollection<int> ids, CancellationToken ct)
    {
        var array = ids.ToArray();
        return await db.Database.SqlQuery<IndexedTexts>($"""
            SELECT "Id", headline AS "Headline", standfirst AS "Standfirst", body AS "Body", quotes AS "Quotes"
            FROM "ArticleSearch"
            WHERE "Id" = ANY({array})
            """).AsNoTracking().ToDictionaryAsync(t => t.Id, ct);
    }

    // 42601: to_tsquery's syntax error; 54000: a query too large for a tsquery.
    public bool RefusedQuery(DbException exception) => exception is PostgresException { SqlState: "42601" or "54000" };

    public IQueryable<IndexedRow> IndexedRows(NewsDbContext db) =>
        db.Database.SqlQuery<IndexedRow>($"""
            SELECT "Id", headline AS "Headline", standfirst AS "Standfirst", body AS "Body", quotes AS "Quotes", names AS "Names"
            FROM "ArticleSearch" ORDER BY "Id"
            """);

    public IQueryable<IndexedRow> IndexedRows(NewsDbContext db, int[] ids) =>
        db.Database.SqlQuery<IndexedRow>($"""
            SELECT "Id", headline AS "Headline", standfirst AS "Standfirst", body AS "Body", quotes AS "Quotes", names AS "Names"
            FROM "ArticleSearch" WHERE "Id" = ANY({ids})
            """);
}
