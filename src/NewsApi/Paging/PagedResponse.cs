namespace NewsApi.Paging;

/// <summary>One page of a list, with the totals a client needs to page through it.</summary>
/// <param name="Items">The items on this page; empty beyond the last page.</param>
/// <param name="Page">The page number asked for; null when the page was asked for by cursor.</param>
/// <param name="PageSize">The page size asked for.</param>
/// <param name="TotalItems">How many items match, on all pages.</param>
/// <param name="TotalPages">How many pages there are at this page size.</param>
/// <param name="Next" example="eyJ2IjoxLCJzIjoibmV3ZXN0IiwiayI6NjM3NDY0MDY2NDAwMDAwMDAwLCJpIjo0Mn0">
/// Cursor of the page after this one (pass it as `cursor`); null on the last page and on lists that page by number only.
/// </param>
public sealed record PagedResponse<T>(IReadOnlyList<T> Items, int? Page, int PageSize, int TotalItems, int TotalPages, string? Next = null);

public static class PagedQueryableExtensions
{
    /// <summary>Counts, then fetches one page; <paramref name="ordered"/> must end with a unique key so pages never overlap.</summary>
    public static async Task<PagedResponse<T>> ToPageAsync<T>(this IQueryable<T> ordered, PageQuery paging, CancellationToken ct)
    {
        if (paging.Cursor is not null)
        {
            throw new InvalidCursorException("This list pages by 'page' only; cursors are for article lists.");
        }
        var total = await ordered.CountAsync(ct);
        IReadOnlyList<T> items = paging.ItemsToSkip() >= total
            ? []
            : await ordered.Skip(paging.ItemsToSkip()).Take(paging.PageSize).ToListAsync(ct);
        return new PagedResponse<T>(items, paging.PageNumber(), paging.PageSize, total, TotalPages(total, paging.PageSize));
    }

    public static PagedResponse<TOut> Map<TIn, TOut>(this PagedResponse<TIn> page, Func<TIn, TOut> map) =>
        new(page.Items.Select(map).ToList(), page.Page, page.PageSize, page.TotalItems, page.TotalPages, page.Next);

    internal static int TotalPages(int total, int pageSize) => (int)Math.Ceiling(total / (double)pageSize);
}
