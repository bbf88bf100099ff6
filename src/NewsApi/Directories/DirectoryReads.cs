using System.Linq.Expressions;
using NewsApi.Infrastructure.Caching;
using NewsApi.Paging;

namespace NewsApi.Directories;

/// <summary>
/// The read flows people, organizations and tags share, written once: the list by name or article count, one row by id or
/// slug with its ETag, and a page of what links one row (its articles, quotes, people, related entries). The controller
/// passes what differs: its rows, its projections, its search and the page query.
/// </summary>
/// <param name="controller">The action's controller: route key errors, problems and headers go through it.</param>
/// <param name="rows">The directory's table.</param>
public sealed class DirectoryReads<TEntity>(ControllerBase controller, IQueryable<TEntity> rows)
    where TEntity : class, IDirectoryEntity
{
    // "Person": the word a 404 uses.
    private static readonly string Noun = typeof(TEntity).Name;

    private static readonly int SlugMaxLength = DirectoryKeyLimits.Of(typeof(TEntity));

    /// <summary>
    /// One page of the rows whose name (or what <paramref name="search"/> also looks at) contains the query's term, by name or
    /// most articles first, then by id.
    /// </summary>
    public async Task<ActionResult> ListAsync<TSummary>(
        PageQuery paging,
        DirectoryQuery query,
        Func<IQueryable<TEntity>, string, IQueryable<TEntity>> search,
        Expression<Func<TEntity, int>> articleCount,
        Expression<Func<TEntity, TSummary>> projection,
        CancellationToken ct)
    {
        var found = rows.AsNoTracking();
        if (query.SearchTerm() is { } term)
        {
            found = search(found, term);
        }
        var ordered = query.Sort == DirectorySort.Articles
            ? found.OrderByDescending(articleCount).ThenBy(e => e.Name).ThenBy(e => e.Id)
            : found.OrderBy(e => e.Name).ThenBy(e => e.Id);
        return Page(await ordered.Select(projection).ToPageAsync(paging, ct));
    }

    /// <summary>The row's representation with a strong ETag (304 on If-None-Match); 400 for a malformed key, 404 for none.</summary>
    public async Task<ActionResult> OneAsync<TResponse>(string idOrSlug, Expression<Func<TEntity, TResponse>> projection, CancellationToken ct)
    {
        if (!controller.TryParseIdOrSlug(idOrSlug, SlugMaxLength, out var key))
        {
            return controller.ValidationProblem();
        }
        var found = await rows.AsNoTracking()
            .Where(key.Matches<TEntity>(e => e.Id, e => e.Slug))
            .Select(projection)
            .SingleOrDefaultAsync(ct);
        return found is null ? controller.NotFoundProblem(Noun, idOrSlug) : controller.OkWithETag(found);
    }

    /// <summary>A page of what links the row, made by <paramref name="page"/> from the row's id; 400 for a malformed key, 404 for none.</summary>
    public async Task<ActionResult> LinkedAsync<T>(string idOrSlug, Func<int, Task<PagedResponse<T>>> page, CancellationToken ct)
    {
        if (!controller.TryParseIdOrSlug(idOrSlug, SlugMaxLength, out var key))
        {
            return controller.ValidationProblem();
        }
        var id = await rows.Where(key.Matches<TEntity>(e => e.Id, e => e.Slug)).Select(e => (int?)e.Id).SingleOrDefaultAsync(ct);
        if (id is null)
        {
            return controller.NotFoundProblem(Noun, idOrSlug);
        }
        return Page(await page(id.Value));
    }

    /// <summary>Link and X-Total-Count written, and the page answered as an action returning it would answer it.</summary>
    private ObjectResult Page<T>(PagedResponse<T> page)
    {
        PagingHeaders.Write(controller.HttpContext, page);
        return new ObjectResult(page) { DeclaredType = typeof(PagedResponse<T>) };
    }
}
