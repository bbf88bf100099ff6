using NewsApi.Paging;
using NewsApi.Search;

namespace NewsApi.Articles;

/// <summary>An article's rank for a query: lower is better (FTS5's bm25 and PostgreSQL's negated ts_rank are negative, and a headline phrase subtracts a boost).</summary>
public sealed class RankedArticle
{
    public int Id { get; init; }
    public double Rank { get; init; }
}

/// <summary>The texts of an article as the search index holds them, for highlighting.</summary>
public sealed class IndexedTexts
{
    public int Id { get; init; }
    public string Headline { get; init; } = "";
    public string Standfirst { get; init; } = "";
    public string Body { get; init; } = "";
    public string Quotes { get; init; } = "";
}

/// <summary>Full-text parts of the article list: matching, relevance order and highlights, on the provider's search table.</summary>
public static class ArticleSearchQueries
{
    public const string RelevanceSortName = "relevance";

    /// <summary>Ids of the articles the query matches, composable into a LINQ query (translated as a subquery).</summary>
    public static IQueryable<int> MatchingIds(this NewsDbContext db, SearchQuery query) => SearchDialect.Of(db).MatchingIds(db, query);

    /// <summary>The articles the query matches, each with its rank.</summary>
    public static IQueryable<RankedArticle> Ranked(this NewsDbContext db, SearchQuery query) => SearchDialect.Of(db).Ranked(db, query);

    /// <summary>
    /// One page of the filtered articles by relevance: rank, then newest id. A cursor holds the last rank and id; ranks move
    /// when the index changes (bm25 weighs words by how rare they are), so a cursor is exact only while nothing is written.
    /// </summary>
    public static async Task<PagedResponse<ArticleSummary>> ToRelevancePageAsync(
        this NewsDbContext db, IQueryable<Article> filtered, bool filteredBeyondQuery, SearchQuery query, PageQuery paging,
        ArticleSearchIndex? index, CancellationToken ct, CachedSummaries? cached = null)
    {
        ArgumentNullException.ThrowIfNull(paging);
        var after = paging.Cursor is null ? null : PageCursor.Decode(paging.Cursor, RelevanceSortName);
        if (after is not null && after.Score is null)
        {
            throw new InvalidCursorException("The cursor is not one this API issued; use the 'next' cursor of a previous answer unchanged.");
        }
        // The in-memory index answers word queries on their own; a phrase, a prefix or another filter goes to the database.
        var fromIndex = !filteredBeyondQuery && index is not null
            ? await IndexPageAsync(db, index, query, paging, after, ct)
            : null;
        var (hits, total) = fromIndex ?? await DatabasePageAsync(db, filtered, filteredBeyondQuery, query, paging, after, ct);

        string? next = null;
        if (hits.Count > paging.PageSize)
        {
            hits.RemoveAt(hits.Count - 1);
            next = new PageCursor(RelevanceSortName, null, hits[^1].Id, hits[^1].Rank).Encode();
        }
        var pageIds = hits.Select(h => h.Id).ToList();
        var summaries = await ArticleSummaries.ByIdAsync(db, pageIds, ct, cached);
        var items = pageIds.Where(summaries.ContainsKey).Select(id => summaries[id]).ToList();
        return new PagedResponse<ArticleSummary>(items, paging.Cursor is null ? paging.PageNumber() : null, paging.PageSize, total,
            (int)Math.Ceiling(total / (double)paging.PageSize), next);
    }

    /// <summary>
    /// The page (and one hit more, to know whether another follows) from the in-memory index, or null when it cannot answer.
    /// After a cursor it asks for twice as many hits until the cursor's position is among them: the cost grows with the
    /// depth of the page, not with the number of matches.
    /// </summary>
    private static async Task<(List<RankedArticle> Hits, int Total)?> IndexPageAsync(
        NewsDbContext db, ArticleSearchIndex index, SearchQuery query, PageQuery paging, PageCursor? after, CancellationToken ct)
    {
        var wanted = paging.PageSize + 1;
        var count = after is null ? paging.ItemsToSkip() + wanted : Math.Max(64, wanted * 2);
        while (true)
        {
            if (await index.SearchAsync(db, query, count, ct) is not { } result)
            {
                return null;
            }
            var hits = result.Hits.Select(h => new RankedArticle { Id = h.Id, Rank = h.Rank });
            var page = after is null
                ? hits.Skip(paging.ItemsToSkip()).ToList()
                : hits.Where(h => h.Rank > after.Score || (h.Rank == after.Score && h.Id < after.Id)).ToList();
            if (page.Count >= wanted || result.Hits.Count < count)
            {
                return (page.Take(wanted).ToList(), result.Total);
            }
            count *= 2;
        }
    }

    private static async Task<(List<RankedArticle> Hits, int Total)> DatabasePageAsync(
        NewsDbContext db, IQueryable<Article> filtered, bool filteredBeyondQuery, SearchQuery query, PageQuery paging, PageCursor? after,
        CancellationToken ct)
    {
        var ranked = db.Ranked(query);
        if (filteredBeyondQuery)
        {
            var ids = filtered.Select(a => a.Id);
            ranked = ranked.Where(r => ids.Contains(r.Id));
        }
        var total = await ranked.CountAsync(ct);
        var seek = ranked;
        if (after is not null)
        {
            var rank = after.Score!.Value;
            seek = seek.Where(r => r.Rank > rank || (r.Rank == rank && r.Id < after.Id));
        }
        var ordered = seek.OrderBy(r => r.Rank).ThenByDescending(r => r.Id);
        var window = after is null ? ordered.Skip(paging.ItemsToSkip()) : ordered;
        return (await window.Take(paging.PageSize + 1).AsNoTracking().ToListAsync(ct), total);
    }

    /// <summary>
    /// The page's items with where the query matched them, computed from the indexed text; those <paramref name="cached"/>
    /// holds for these terms at this version are not read and cut again.
    /// </summary>
    public static async Task<PagedResponse<ArticleSummary>> WithHighlightsAsync(
        this NewsDbContext db, PagedResponse<ArticleSummary> page, SearchQuery query, CancellationToken ct, CachedHighlights? cached = null)
    {
        if (page.Items.Count == 0)
        {
            return page;
        }
        var version = cached is null ? 0 : await cached.Version(ct);
        var terms = string.Join('\u0001', query.PositiveTerms.Select(t => t.ToMatch()));
        var highlights = await (cached?.Cache).GetOrReadAsync(version, page.Items.Select(item => (Terms: terms, ArticleId: item.Id)), async missing =>
        {
            var texts = await db.IndexedTextsAsync([.. missing.Select(key => key.ArticleId)], ct);
            var highlighter = new Highlighter(query.PositiveTerms);
            return missing.Select(key => KeyValuePair.Create(key, texts.TryGetValue(key.ArticleId, out var text) ? Highlight(highlighter, text) : []));
        });
        return page with { Items = page.Items.Select(item => item with { Highlights = highlights[(terms, item.Id)] }).ToList() };
    }

    /// <summary>The indexed texts of these articles, by id.</summary>
    public static Task<Dictionary<int, IndexedTexts>> IndexedTextsAsync(this NewsDbContext db, IReadOnlyCollection<int> ids, CancellationToken ct) =>
        SearchDialect.Of(db).IndexedTextsAsync(db, ids, ct);

    public static IReadOnlyList<FieldHighlights> Highlight(Highlighter highlighter, IndexedTexts text)
    {
        ArgumentNullException.ThrowIfNull(highlighter);
        ArgumentNullException.ThrowIfNull(text);
        return new[]
        {
            highlighter.Highlight("headline", text.Headline),
            highlighter.Highlight("standfirst", text.Standfirst),
            highlighter.Highlight("body", text.Body),
            highlighter.Highlight("quotes", text.Quotes),
        }.OfType<FieldHighlights>().ToList();
    }
}
