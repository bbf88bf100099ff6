using System.ComponentModel.DataAnnotations;
using System.Linq.Expressions;
using System.Text.Json;
using Microsoft.AspNetCore.Authorization;
using NewsApi.Articles;
using NewsApi.Infrastructure.Auth;
using NewsApi.Paging;

namespace NewsApi.Directories;

/// <summary>
/// The endpoints people, organizations and tags share, declared once: list, one row, its articles, and the writes. A
/// concrete controller gives its route and what differs: its write resource, fields and delete rules, and the OpenAPI text
/// that is its own. The actions' comments below are that text's shared part, worded with the placeholders
/// <c>{one}</c>, <c>{a}</c>, <c>{A}</c>, <c>{many}</c>, <c>{key}</c>, <c>{edit-key}</c> and <c>{duplicate-key}</c> that the
/// controller's <c>&lt;directory&gt;</c> element fills in (<see cref="DirectoryOperationDocs"/>). The route key's longest
/// slug is the entity's (<see cref="DirectoryKeyLimits"/>); what a list and a GET select is the projection the summary and
/// response types carry; what links a row to articles is the entity's <c>Articles</c>.
/// </summary>
/// <param name="db">The database.</param>
[ApiController]
// The JSON formatter's "$.member" errors become the same field paths the validators report.
[JsonBodyErrors]
[DirectoryActionOrder]
public abstract class DirectoryController<TEntity, TLink, TSummary, TResponse, TRequest>(NewsDbContext db) : ControllerBase
    where TEntity : class, IDirectoryEntity<TLink>
    where TLink : class, IArticleLink
    where TSummary : IProjectedFrom<TEntity, TSummary>
    where TResponse : class, IDirectoryResponse, IProjectedFrom<TEntity, TResponse>
    where TRequest : class, IDirectoryRequest<TRequest, TResponse>
{
    // For sort=articles.
    private static readonly Expression<Func<TEntity, int>> ArticleCount = e => e.Articles.Count;

    protected NewsDbContext Db { get; } = db;

    /// <summary>What the shared write flow needs to know of this directory.</summary>
    protected abstract DirectoryResource<TEntity, TRequest> Resource { get; }

    /// <summary>The rows a list's <c>q</c> finds: by name unless the directory also searches more.</summary>
    protected virtual IQueryable<TEntity> Search(IQueryable<TEntity> rows, string term) => rows.Where(e => e.NormalizedName.Contains(term));

    /// <summary>Copies the request's fields besides the name onto the row; a problem when one refers to nothing.</summary>
    protected abstract Task<ActionResult?> ApplyAsync(TEntity row, TRequest request, CancellationToken ct);

    /// <summary>What a forced delete removes or clears first, so that the row can go.</summary>
    protected abstract Task UnlinkAsync(TEntity row, CancellationToken ct);

    protected DirectoryReads<TEntity> Reads => new(this, Db.Set<TEntity>());

    protected DirectoryWrites<TEntity, TRequest, TResponse> Writes => new(this, Db, Resource, (id, ct) => ArticleIdsOf(id).ToListAsync(ct));

    /// <summary>
    /// The ids of the articles that show the row with this id: its page of articles, what a change of it reindexes, and
    /// (for people and organizations) the articles in which <c>/related</c> counts who appears with it.
    /// </summary>
    protected IQueryable<int> ArticleIdsOf(int id) => Db.Set<TEntity>().Where(e => e.Id == id).SelectMany(e => e.Articles).Select(l => l.ArticleId);

    private IQueryable<Article> ArticlesShowing(int id)
    {
        // A query in a variable, not a call in the lambda: EF inlines the one as a subquery and cannot translate the other.
        var shown = ArticleIdsOf(id);
        return Db.Articles.Where(a => shown.Contains(a.Id));
    }

    /// <summary>Lists {many}, by name or by how many articles mention them.</summary>
    /// <param name="paging">Page and page size.</param>
    /// <param name="query">Search and order.</param>
    /// <param name="ct">Cancelled when the client goes away.</param>
    /// <response code="200">One page of {many}.</response>
    /// <response code="400">A parameter is out of range or malformed; `errors` names it.</response>
    [HttpGet]
    [ApiConventionMethod(typeof(DirectoryResponses), nameof(DirectoryResponses.List))]
    public async Task<ActionResult<PagedResponse<TSummary>>> List([FromQuery] PageQuery paging, [FromQuery] DirectoryQuery query, CancellationToken ct) =>
        await Reads.ListAsync(paging, query, Search, ArticleCount, TSummary.Projection, ct);

    /// <summary>One {one}.</summary>
    /// <param name="idOrSlug" example="{key}">Numeric id or slug of the {one}.</param>
    /// <param name="ct">Cancelled when the client goes away.</param>
    /// <response code="200">The {one}, with a strong ETag for If-None-Match and If-Match.</response>
    /// <response code="304">If-None-Match names the current ETag.</response>
    /// <response code="400">The key is neither an id nor a well-formed slug.</response>
    /// <response code="404">No {one} has that id or slug.</response>
    [HttpGet("{idOrSlug}")]
    [ApiConventionMethod(typeof(DirectoryResponses), nameof(DirectoryResponses.Get))]
    public async Task<ActionResult<TResponse>> Get([RegularExpression(IdOrSlug.Pattern)] string idOrSlug, CancellationToken ct) =>
        await Reads.OneAsync(idOrSlug, TResponse.Projection, ct);

    /// <summary>Articles that mention {a}, newest first.</summary>
    /// <remarks>Items have the same shape as in `GET /api/articles`.</remarks>
    /// <param name="idOrSlug" example="{key}">Numeric id or slug of the {one}.</param>
    /// <param name="paging">Page and page size.</param>
    /// <param name="ct">Cancelled when the client goes away.</param>
    /// <response code="200">One page of articles.</response>
    /// <response code="400">A parameter is out of range or malformed.</response>
    /// <response code="404">No {one} has that id or slug.</response>
    [HttpGet("{idOrSlug}/articles")]
    [ApiConventionMethod(typeof(DirectoryResponses), nameof(DirectoryResponses.Linked))]
    public async Task<ActionResult<PagedResponse<ArticleSummary>>> Articles(
        [RegularExpression(IdOrSlug.Pattern)] string idOrSlug, [FromQuery] PageQuery paging, CancellationToken ct) =>
        await Reads.LinkedAsync(idOrSlug, id => ArticlesShowing(id).ToSummaryPageAsync(ArticleSort.Newest, paging, ct), ct);

    /// <summary>Creates {a}.</summary>
    /// <param name="request">The new {one}.</param>
    /// <param name="ct">Cancelled when the client goes away.</param>
    /// <response code="201">Created; `Location` is its URL and `ETag` its version.</response>
    /// <response code="400">The body is invalid or has a property a client may not set (`id`, `slug`...); `errors` names the field.</response>
    /// <response code="413">The body is over 256 KB.</response>
    /// <response code="401">No API key, or one that is not configured.</response>
    /// <response code="403">The key's role may not create.</response>
    /// <response code="409">{A} with the same name (ignoring case and accents) exists; `existing` is its slug.</response>
    [HttpPost]
    [Authorize(Policy = ApiKeyPolicies.Editor)]
    [Consumes("application/json")]
    [ApiConventionMethod(typeof(DirectoryResponses), nameof(DirectoryResponses.Create))]
    public async Task<ActionResult<TResponse>> Create(TRequest request, CancellationToken ct) =>
        await Writes.CreateAsync(request, ApplyAsync, ct);

    /// <summary>Replaces {a}.</summary>
    /// <param name="idOrSlug" example="{edit-key}">Numeric id or slug of the {one}.</param>
    /// <param name="request">The whole new state.</param>
    /// <param name="ct">Cancelled when the client goes away.</param>
    /// <response code="200">Replaced; the body and `ETag` are what a GET now returns.</response>
    /// <response code="400">The body is invalid or has a property a client may not set.</response>
    /// <response code="413">The body is over 256 KB.</response>
    /// <response code="401">No API key, or one that is not configured.</response>
    /// <response code="403">The key's role may not update.</response>
    /// <response code="404">No {one} has that id or slug.</response>
    /// <response code="409">Another {one} already has the new name.</response>
    /// <response code="412">`If-Match` is not the current ETag (sent back in `ETag`): someone else changed the {one}.</response>
    /// <response code="428">`If-Match` is missing.</response>
    [HttpPut("{idOrSlug}")]
    [Authorize(Policy = ApiKeyPolicies.Editor)]
    [Consumes("application/json")]
    [ApiConventionMethod(typeof(DirectoryResponses), nameof(DirectoryResponses.Replace))]
    public async Task<ActionResult<TResponse>> Replace([RegularExpression(IdOrSlug.Pattern)] string idOrSlug, TRequest request, CancellationToken ct) =>
        await Writes.ReplaceAsync(idOrSlug, request, ApplyAsync, ct);

    /// <summary>Changes some of {a}'s fields (JSON Merge Patch).</summary>
    /// <remarks>
    /// RFC 7396, `Content-Type: application/merge-patch+json`: members present replace the stored ones, `null` clears one,
    /// `aliases` is replaced as a whole. The result is validated like a PUT. Send `If-Match`. Needs an `editor` or `admin` key.
    /// </remarks>
    /// <param name="idOrSlug" example="{edit-key}">Numeric id or slug of the {one}.</param>
    /// <param name="patch">The members to change.</param>
    /// <param name="ct">Cancelled when the client goes away.</param>
    /// <response code="200">Patched; the body and `ETag` are what a GET now returns.</response>
    /// <response code="400">The patch is not an object, sets an unknown or forbidden member, or the result is invalid.</response>
    /// <response code="413">The body is over 256 KB.</response>
    /// <response code="401">No API key, or one that is not configured.</response>
    /// <response code="403">The key's role may not update.</response>
    /// <response code="404">No {one} has that id or slug.</response>
    /// <response code="409">Another {one} already has the new name.</response>
    /// <response code="412">`If-Match` is not the current ETag (sent back in `ETag`).</response>
    /// <response code="415">The body is not `application/merge-patch+json`.</response>
    /// <response code="428">`If-Match` is missing.</response>
    [HttpPatch("{idOrSlug}")]
    [Authorize(Policy = ApiKeyPolicies.Editor)]
    [Consumes(MergePatch.MediaType)]
    [ApiConventionMethod(typeof(DirectoryResponses), nameof(DirectoryResponses.Patch))]
    public async Task<ActionResult<TResponse>> Patch([RegularExpression(IdOrSlug.Pattern)] string idOrSlug, [FromBody] JsonElement patch, CancellationToken ct) =>
        await Writes.PatchAsync(idOrSlug, patch, ApplyAsync, ct);

    /// <summary>Deletes {a}.</summary>
    /// <param name="idOrSlug" example="{edit-key}">Numeric id or slug of the {one}.</param>
    /// <param name="force">Unlink from articles first instead of refusing.</param>
    /// <param name="ct">Cancelled when the client goes away.</param>
    /// <response code="204">Deleted.</response>
    /// <response code="400">The key is neither an id nor a well-formed slug.</response>
    /// <response code="401">No API key, or one that is not configured.</response>
    /// <response code="403">Only the `admin` role may delete.</response>
    /// <response code="404">No {one} has that id or slug.</response>
    /// <response code="409">Articles still refer to the {one} and `force` is not set.</response>
    /// <response code="412">`If-Match` is not the current ETag (sent back in `ETag`).</response>
    /// <response code="428">`If-Match` is missing.</response>
    [HttpDelete("{idOrSlug}")]
    [Authorize(Policy = ApiKeyPolicies.Admin)]
    [ApiConventionMethod(typeof(DirectoryResponses), nameof(DirectoryResponses.Delete))]
    public async Task<ActionResult> Delete([RegularExpression(IdOrSlug.Pattern)] string idOrSlug, [FromQuery] bool force, CancellationToken ct) =>
        await Writes.DeleteAsync(idOrSlug, force, UnlinkAsync, ct);
}
