using System.ComponentModel.DataAnnotations;
using System.Linq.Expressions;
using Microsoft.AspNetCore.Authorization;
using NewsApi.Infrastructure.Auth;
using NewsApi.Paging;
using NewsApi.Relations;

namespace NewsApi.Directories;

/// <summary>
/// People and organizations: the directories of names the parser finds in articles, which therefore co-occur with each
/// other (<c>/related</c>), are also called by other names (aliases, which a search matches too) and gather duplicates
/// that an editor merges (<c>/merge</c>). Tags have none of these.
/// </summary>
/// <param name="db">The database.</param>
public abstract class EntityDirectoryController<TEntity, TLink, TSummary, TResponse, TRequest, TMerge>(NewsDbContext db)
    : DirectoryController<TEntity, TLink, TSummary, TResponse, TRequest>(db)
    where TEntity : class, IDirectoryEntity<TLink>, IAliasedEntity
    where TLink : class, IArticleLink
    where TSummary : IProjectedFrom<TEntity, TSummary>
    where TResponse : class, IDirectoryResponse, IProjectedFrom<TEntity, TResponse>
    where TRequest : class, IDirectoryRequest<TRequest, TResponse>
    where TMerge : IMergeRequest
{
    private static readonly MergeRequestValidator<TMerge> MergeValidator = new(DirectoryKeyLimits.Of(typeof(TEntity)));

    /// <summary>
    /// Moves what links the merged row to the survivor, and fills the survivor's gaps from it; the merged name and aliases
    /// have become the survivor's aliases already.
    /// </summary>
    protected abstract Task AbsorbAsync(TEntity merged, TEntity survivor, CancellationToken ct);

    /// <summary>A person or organization is also found by an alias: the surname later mentions use, an acronym, a short form.</summary>
    protected override IQueryable<TEntity> Search(IQueryable<TEntity> rows, string term) =>
        rows.Where(e => e.NormalizedName.Contains(term) || e.Aliases.Any(alias => alias.ToLower().Contains(term)));

    /// <summary>The people and organizations that appear in the same articles as {a}, with counts.</summary>
    /// <remarks>Who appears with whom: each entry counts the articles it shares with this {one}, most shared first, then by name.</remarks>
    /// <param name="idOrSlug" example="{key}">Numeric id or slug of the {one}.</param>
    /// <param name="type">Only `person` or only `organization` entries; both when omitted.</param>
    /// <param name="paging">Page and page size.</param>
    /// <param name="ct">Cancelled when the client goes away.</param>
    /// <response code="200">One page of the related people and organizations, in the envelope of every list.</response>
    /// <response code="400">The key is malformed, `type` is unknown, or a paging parameter is out of range.</response>
    /// <response code="404">No {one} has that id or slug.</response>
    [HttpGet("{idOrSlug}/related")]
    [ApiConventionMethod(typeof(DirectoryResponses), nameof(DirectoryResponses.Linked))]
    public async Task<ActionResult<PagedResponse<RelatedEntity>>> Related(
        [RegularExpression(IdOrSlug.Pattern)] string idOrSlug, [FromQuery(Name = "type")] RelatedType? type, [FromQuery] PageQuery paging, CancellationToken ct) =>
        await Reads.LinkedAsync(idOrSlug, id => CoOccurrence.PageAsync<TEntity>(Db, ArticleIdsOf(id), id, type, paging, ct), ct);

    /// <summary>Merges a duplicate {one} into another one.</summary>
    /// <param name="idOrSlug" example="{duplicate-key}">Numeric id or slug of the duplicate, which disappears.</param>
    /// <param name="request">Which {one} survives.</param>
    /// <param name="ct">Cancelled when the client goes away.</param>
    /// <response code="200">Merged; the body and `ETag` are the survivor's.</response>
    /// <response code="400">`into` is malformed, unknown, or the {one} itself.</response>
    /// <response code="413">The body is over 256 KB.</response>
    /// <response code="401">No API key, or one that is not configured.</response>
    /// <response code="403">The key's role may not merge.</response>
    /// <response code="404">No {one} has the id or slug in the path.</response>
    /// <response code="412">`If-Match` was sent and is not the current ETag of the {one} in the path.</response>
    [HttpPost("{idOrSlug}/merge")]
    [Authorize(Policy = ApiKeyPolicies.Editor)]
    [Consumes("application/json")]
    [ApiConventionMethod(typeof(DirectoryResponses), nameof(DirectoryResponses.Merge))]
    public async Task<ActionResult<TResponse>> Merge([RegularExpression(IdOrSlug.Pattern)] string idOrSlug, TMerge request, CancellationToken ct) =>
        await Writes.MergeAsync(idOrSlug, request, MergeValidator, AbsorbWithNamesAsync, ct);

    private Task AbsorbWithNamesAsync(TEntity merged, TEntity survivor, CancellationToken ct)
    {
        survivor.Aliases = DirectoryNames.CleanAliases(survivor.Name, [.. survivor.Aliases, merged.Name, .. merged.Aliases]);
        return AbsorbAsync(merged, survivor, ct);
    }

    /// <summary>
    /// Moves the merged row's article links to the survivor: where both appear in one article, <paramref name="combine"/> folds
    /// the merged link into the survivor's; elsewhere the link is re-created for the survivor, because the row is part of the
    /// link's key, which EF cannot change in place.
    /// </summary>
    /// <param name="ofEither">The links of the merged row or of the survivor.</param>
    /// <param name="rowOf">The row a link links to its article.</param>
    /// <param name="survivorId">The survivor's id.</param>
    /// <param name="combine">Folds a merged link (second) into the survivor's link to the same article (first).</param>
    /// <param name="recreate">The merged link as the survivor's.</param>
    /// <param name="ct">Cancels the read.</param>
    protected async Task MoveLinksAsync(
        Expression<Func<TLink, bool>> ofEither,
        Func<TLink, int> rowOf,
        int survivorId,
        Action<TLink, TLink> combine,
        Func<TLink, TLink> recreate,
        CancellationToken ct)
    {
        var links = Db.Set<TLink>();
        var both = await links.Where(ofEither).ToListAsync(ct);
        var survivors = both.Where(l => rowOf(l) == survivorId).ToDictionary(l => l.ArticleId);
        foreach (var link in both.Where(l => rowOf(l) != survivorId))
        {
            if (survivors.TryGetValue(link.ArticleId, out var kept))
            {
                combine(kept, link);
            }
            else
            {
                links.Add(recreate(link));
            }
            links.Remove(link);
        }
    }

    /// <summary>The id of the organization a request names by slug (null for none), or the 400 that names the field when none has it.</summary>
    protected async Task<(int? Id, ActionResult? Problem)> OrganizationNamedAsync(string? slug, string field, CancellationToken ct)
    {
        if (slug is null)
        {
            return (null, null);
        }
        var id = await Db.Organizations.Where(o => o.Slug == slug).Select(o => (int?)o.Id).SingleOrDefaultAsync(ct);
        return id is null ? (null, this.FieldProblem(field, $"No organization has the slug '{slug}'.")) : (id, null);
    }
}
