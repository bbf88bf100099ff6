using Microsoft.EntityFrameworkCore;
using NewsApi.Articles;
using NewsApi.Data.Entities;

namespace NewsApi.Infrastructure.Paging;

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
        // A numbered page also offers the cursor of its last item, so that a client can switch to cursors at any point.
        return page.Page < page.TotalPages && page.Items.Count > 0 && SortName(sort) is { } name
            ? page with { Next = CursorAfter(page.Items[^1], name) }
            : page;
    }

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
