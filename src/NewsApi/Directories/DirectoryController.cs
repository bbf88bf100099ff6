using System.ComponentModel.DataAnnotations;
using System.Linq.Expressions;
using System.Text.Json;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using NewsApi.Articles;
using NewsApi.Data;
using NewsApi.Data.Entities;
using NewsApi.Infrastructure;
using NewsApi.Infrastructure.Auth;
using NewsApi.Paging;

namespace NewsApi.Directories;

/// <summary>
/// The endpoints people, organizations and tags share, declared once: list, one row, its articles, and the writes. A
/// concrete controller gives its route, what differs (its projections, search, fields and delete rules) and the OpenAPI text
/// of each action, as an <c>&lt;operation name="..."&gt;</c> in its own class comment (<see cref="DirectoryOperationDocs"/>),
/// because a person's 404 and an organization's are worded apart. The route key's longest slug is the entity's
/// (<see cref="DirectoryKeyLimits"/>).
/// </summary>
/// <param name="db">The database.</param>
[ApiController]
// The JSON formatter's "$.member" errors become the same field paths the validators report.
[JsonBodyErrors]
[DirectoryActionOrder]
public abstract class DirectoryController<TEntity, TSummary, TResponse, TRequest>(NewsDbContext db) : ControllerBase
    where TEntity : class, IDirectoryEntity
    where TRequest : class, IDirectoryRequest
    where TResponse : class, IDirectoryResponse
{
    protected NewsDbContext Db { get; } = db;

    /// <summary>What the shared write flow needs to know of this directory.</summary>
    protected abstract DirectoryResource<TEntity, TRequest, TResponse> Resource { get; }

    /// <summary>A row as a list shows it.</summary>
    protected abstract Expression<Func<TEntity, TSummary>> SummaryProjection { get; }

    /// <summary>How many articles show a row, for <c>sort=articles</c>.</summary>
    protected abstract Expression<Func<TEntity, int>> ArticleCount { get; }

    /// <summary>The articles that show the row with this id: its page of articles, and what a write reindexes.</summary>
    protected abstract IQueryable<Article> ArticlesShowing(int id);

    /// <summary>The rows a list's <c>q</c> finds: by name unless the directory also searches more.</summary>
    protected virtual IQueryable<TEntity> Search(IQueryable<TEntity> rows, string term) => rows.Where(e => e.NormalizedName.Contains(term));

    /// <summary>Copies the request's fields besides the name onto the row; a problem when one refers to nothing.</summary>
    protected abstract Task<ActionResult?> ApplyAsync(TEntity row, TRequest request, CancellationToken ct);

    /// <summary>What a forced delete removes or clears first, so that the row can go.</summary>
    protected abstract Task UnlinkAsync(TEntity row, CancellationToken ct);

    protected DirectoryReads<TEntity> Reads => new(this, Db.Set<TEntity>());

    protected DirectoryWrites<TEntity, TRequest, TResponse> Writes => new(this, Db, Resource, (id, ct) => ArticlesShowing(id).Select(a => a.Id).ToListAsync(ct));

    /// <summary>The list.</summary>
    [HttpGet]
    [ApiConventionMethod(typeof(DirectoryResponses), nameof(DirectoryResponses.List))]
    public async Task<ActionResult<PagedResponse<TSummary>>> List([FromQuery] PageQuery paging, [FromQuery] DirectoryQuery query, CancellationToken ct) =>
        await Reads.ListAsync(paging, query, Search, ArticleCount, SummaryProjection, ct);

    /// <summary>One row.</summary>
    [HttpGet("{idOrSlug}")]
    [ApiConventionMethod(typeof(DirectoryResponses), nameof(DirectoryResponses.Get))]
    public async Task<ActionResult<TResponse>> Get([RegularExpression(IdOrSlug.Pattern)] string idOrSlug, CancellationToken ct) =>
        await Reads.OneAsync(idOrSlug, Resource.Projection, ct);

    /// <summary>The row's articles.</summary>
    [HttpGet("{idOrSlug}/articles")]
    [ApiConventionMethod(typeof(DirectoryResponses), nameof(DirectoryResponses.Linked))]
    public async Task<ActionResult<PagedResponse<ArticleSummary>>> Articles(
        [RegularExpression(IdOrSlug.Pattern)] string idOrSlug, [FromQuery] PageQuery paging, CancellationToken ct) =>
        await Reads.LinkedAsync(idOrSlug, id => ArticlesShowing(id).ToSummaryPageAsync(ArticleSort.Newest, paging, ct), ct);

    /// <summary>Creates a row.</summary>
    [HttpPost]
    [Authorize(Policy = ApiKeyPolicies.Editor)]
    [Consumes("application/json")]
    [ApiConventionMethod(typeof(DirectoryResponses), nameof(DirectoryResponses.Create))]
    public async Task<ActionResult<TResponse>> Create(TRequest request, CancellationToken ct) =>
        await Writes.CreateAsync(request, ApplyAsync, ct);

    /// <summary>Replaces a row.</summary>
    [HttpPut("{idOrSlug}")]
    [Authorize(Policy = ApiKeyPolicies.Editor)]
    [Consumes("application/json")]
    [ApiConventionMethod(typeof(DirectoryResponses), nameof(DirectoryResponses.Replace))]
    public async Task<ActionResult<TResponse>> Replace([RegularExpression(IdOrSlug.Pattern)] string idOrSlug, TRequest request, CancellationToken ct) =>
        await Writes.ReplaceAsync(idOrSlug, request, ApplyAsync, ct);

    /// <summary>Patches a row.</summary>
    [HttpPatch("{idOrSlug}")]
    [Authorize(Policy = ApiKeyPolicies.Editor)]
    [Consumes(MergePatch.MediaType)]
    [ApiConventionMethod(typeof(DirectoryResponses), nameof(DirectoryResponses.Patch))]
    public async Task<ActionResult<TResponse>> Patch([RegularExpression(IdOrSlug.Pattern)] string idOrSlug, [FromBody] JsonElement patch, CancellationToken ct) =>
        await Writes.PatchAsync(idOrSlug, patch, ApplyAsync, ct);

    /// <summary>Deletes a row.</summary>
    [HttpDelete("{idOrSlug}")]
    [Authorize(Policy = ApiKeyPolicies.Admin)]
    [ApiConventionMethod(typeof(DirectoryResponses), nameof(DirectoryResponses.Delete))]
    public async Task<ActionResult> Delete([RegularExpression(IdOrSlug.Pattern)] string idOrSlug, [FromQuery] bool force, CancellationToken ct) =>
        await Writes.DeleteAsync(idOrSlug, force, UnlinkAsync, ct);
}
