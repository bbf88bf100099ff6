using NewsApi.Paging;

namespace NewsApi.Articles;

/// <summary>
/// Pages of article summaries by number (OFFSET) or by cursor (a keyset seek on (PublishedAt, Id), which the PublishedAt
/// index serves directly because SQLite indexes carry the rowid): a cursor page costs the same at any depth.
/// </summary>
public static class ArticleKeysetPaging
{
    public static async Task<PagedResponse<ArticleSummary>> ToSummaryPageAsync(
        IQueryable<Article> articles, ArticleSort sort, PageQuery paging, CancellationToken ct)
    {
        if (paging.Cursor is not null)
        {
            return await ToCursorPageAsync(articles, sort, paging, ct);
        }
        var page = await Ordered(articles, sort).AsNoTracking().AsSplitQuery().Select(ArticleSummary.Projection).ToPageAsync(paging, ct);
        return WithNextCursor(page, sort);
    }

    /// <summary>
    /// The same pages in a fixed two SQL commands (see <see cref="ArticleSummaries"/>) plus whatever <paramref name="count"/>
    /// costs; the list endpoint passes a cached count.
    /// </summary>
    public static async Task<PagedResponse<ArticleSummary>> ToSummaryPageAsync(
        IQueryable<Article> articles, NewsDbContext db, ArticleSort sort, PageQuery paging,
        Func<CancellationToken, Task<int>> count, CancellationToken ct, CachedSummaries? cached = null)
    {
        ArgumentNullException.ThrowIfNull(count);
        if (paging.Cursor is not null)
        {
            return await ToCursorPageAsync(articles, db, sort, paging, count, cached, ct);
        }
        var total = await count(ct);
        IReadOnlyList<ArticleSummaryRow> rows = paging.ItemsToSkip() >= total
            ? []
            : await Ordered(articles, sort).Skip(paging.ItemsToSkip()).Take(paging.PageSize)
                .AsNoTracking().Select(ArticleSummaryRow.Projection).ToListAsync(ct);
        var items = await ArticleSummaries.CompleteAsync(db, rows, ct, cached);
        var page = new PagedResponse<ArticleSummary>(items, paging.PageNumber(), paging.PageSize, total,
            PagedQueryableExtensions.TotalPages(total, paging.PageSize));
        return WithNextCursor(page, sort);
    }

    // A numbered page also offers the cursor of its last item, so that a client can switch to cursors at any point.
    private static PagedResponse<ArticleSummary> WithNextCursor(PagedResponse<ArticleSummary> page, ArticleSort sort) =>
        page.Page < page.TotalPages && page.Items.Count > 0 && SortName(sort) is { } name
            ? page with { Next = CursorAfter(page.Items[^1], name) }
            : page;

    /// <summary>The cursor's name for a date sort; null for sorts that have no date keyset.</summary>
    public static string? SortName(ArticleSort sort) => sort switch
    {
        ArticleSort.Newest => "newest",
        ArticleSort.Oldest => "oldest",
        _ => null,
    };

    private static IOrderedQueryable<Article> Ordered(IQueryable<Article> articles, ArticleSort sort) =>
        // Ties on the date are broken by id so that pages never overlap or skip.
        sort == ArticleSort.Oldest
            ? articles.OrderBy(a => a.PublishedAt).ThenBy(a => a.Id)
            : articles.OrderByDescending(a => a.PublishedAt).ThenByDescending(a => a.Id);

    private static async Task<PagedResponse<ArticleSummary>> ToCursorPageAsync(
        IQueryable<Article> articles, ArticleSort sort, PageQuery paging, CancellationToken ct)
    {
        var name = SortName(sort) ?? throw new InvalidCursorException(
            $"sort={sort.ToString().ToLowerInvariant()} pages by 'page' only; cursors work with sort=newest and sort=oldest.");
        var after = PageCursor.Decode(paging.Cursor!, name);

        var total = await articles.CountAsync(ct);
        // One more than asked tells whether a next page exists without a second query.
        var wanted = paging.PageSize + 1;
        var items = new List<ArticleSummary>(wanted);
        foreach (var segment in SegmentsAfter(articles, sort, after))
        {
            items.AddRange(await segment.Take(wanted - items.Count)
                .AsNoTracking().AsSplitQuery().Select(ArticleSummary.Projection).ToListAsync(ct));
            if (items.Count == wanted)
            {
                break;
            }
        }

        string? next = null;
        if (items.Count == wanted)
        {
            items.RemoveAt(items.Count - 1);
            next = CursorAfter(items[^1], name);
        }
        return new PagedResponse<ArticleSummary>(items, null, paging.PageSize, total,
            PagedQueryableExtensions.TotalPages(total, paging.PageSize), next);
    }

    private static async Task<PagedResponse<ArticleSummary>> ToCursorPageAsync(
        IQueryable<Article> articles, NewsDbContext db, ArticleSort sort, PageQuery paging,
        Func<CancellationToken, Task<int>> count, CachedSummaries? cached, CancellationToken ct)
    {
        var name = SortName(sort) ?? throw new InvalidCursorException(
            $"sort={sort.ToString().ToLowerInvariant()} pages by 'page' only; cursors work with sort=newest and sort=oldest.");
        var after = PageCursor.Decode(paging.Cursor!, name);

        var total = await count(ct);
        var wanted = paging.PageSize + 1;
        var rows = new List<ArticleSummaryRow>(wanted);
        foreach (var segment in SegmentsAfter(articles, sort, after))
        {
            rows.AddRange(await segment.Take(wanted - rows.Count).AsNoTracking().Select(ArticleSummaryRow.Projection).ToListAsync(ct));
            if (rows.Count == wanted)
            {
                break;
            }
        }
        // The extra row only says that a next page exists; its links are not needed.
        var hasNext = rows.Count == wanted;
        if (hasNext)
        {
            rows.RemoveAt(rows.Count - 1);
        }
        var items = await ArticleSummaries.CompleteAsync(db, rows, ct, cached);
        return new PagedResponse<ArticleSummary>(items, null, paging.PageSize, total,
            PagedQueryableExtensions.TotalPages(total, paging.PageSize), hasNext ? CursorAfter(items[^1], name) : null);
    }

    /// <summary>
    /// The rest of the list after the cursor, as ordered runs read one after another. SQLite sorts undated articles first
    /// ascending and last descending; keeping them in a run of their own lets each run be a plain range seek instead of an
    /// OR that no index can serve.
    /// </summary>
    public static IEnumerable<IQueryable<Article>> SegmentsAfter(IQueryable<Article> articles, ArticleSort sort, PageCursor after)
    {
        var id = after.Id;
        if (after.Key is long ticks)
        {
            var at = ToInstant(ticks);
            if (sort == ArticleSort.Oldest)
            {
                yield return articles.Where(a => a.PublishedAt >= at && (a.PublishedAt > at || a.Id > id))
                    .OrderBy(a => a.PublishedAt).ThenBy(a => a.Id);
            }
            else
            {
                yield return articles.Where(a => a.PublishedAt <= at && (a.PublishedAt < at || a.Id < id))
                    .OrderByDescending(a => a.PublishedAt).ThenByDescending(a => a.Id);
                yield return articles.Where(a => a.PublishedAt == null).OrderByDescending(a => a.Id);
            }
        }
        else if (sort == ArticleSort.Oldest)
        {
            yield return articles.Where(a => a.PublishedAt == null && a.Id > id).OrderBy(a => a.Id);
            yield return articles.Where(a => a.PublishedAt != null).OrderBy(a => a.PublishedAt).ThenBy(a => a.Id);
        }
        else
        {
            yield return articles.Where(a => a.PublishedAt == null && a.Id < id).OrderByDescending(a => a.Id);
        }
    }

    private static string CursorAfter(ArticleSummary last, string sortName) =>
        new PageCursor(sortName, last.PublishedAt?.UtcTicks, last.Id).Encode();

    private static DateTimeOffset ToInstant(long ticks) =>
        ticks >= 0 && ticks <= DateTimeOffset.MaxValue.UtcTicks
            ? new DateTimeOffset(ticks, TimeSpan.Zero)
            : throw new InvalidCursorException("The cursor is not one this API issued; use the 'next' cursor of a previous answer unchanged.");
}
