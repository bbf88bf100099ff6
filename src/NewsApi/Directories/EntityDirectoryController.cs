using System.ComponentModel.DataAnnotations;
using FluentValidation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using NewsApi.Data;
using NewsApi.Data.Entities;
using NewsApi.Infrastructure;
using NewsApi.Infrastructure.Auth;
using NewsApi.Paging;
using NewsApi.Relations;

namespace NewsApi.Directories;

/// <summary>
/// People and organizations: the directories of names the parser finds in articles, which therefore co-occur with each
/// other (<c>/related</c>) and gather duplicates that an editor merges (<c>/merge</c>). Tags have neither.
/// </summary>
/// <param name="db">The database.</param>
public abstract class EntityDirectoryController<TEntity, TSummary, TResponse, TRequest, TMerge>(NewsDbContext db)
    : DirectoryController<TEntity, TSummary, TResponse, TRequest>(db)
    where TEntity : class, IDirectoryEntity
    where TRequest : class, IDirectoryRequest
    where TResponse : class, IDirectoryResponse
    where TMerge : IMergeRequest
{
    /// <summary>The rules of a merge body.</summary>
    protected abstract IValidator<TMerge> MergeValidator { get; }

    /// <summary>One page of the people and organizations sharing articles with the row with this id.</summary>
    protected abstract Task<PagedResponse<RelatedEntity>> RelatedPageAsync(int id, RelatedType? type, PageQuery paging, CancellationToken ct);

    /// <summary>Moves what links the merged row to the survivor, and fills the survivor's gaps from it.</summary>
    protected abstract Task AbsorbAsync(TEntity merged, TEntity survivor, CancellationToken ct);

    /// <summary>The row's co-occurring people and organizations.</summary>
    [HttpGet("{idOrSlug}/related")]
    [ApiConventionMethod(typeof(DirectoryResponses), nameof(DirectoryResponses.Linked))]
    public async Task<ActionResult<PagedResponse<RelatedEntity>>> Related(
        [RegularExpression(IdOrSlug.Pattern)] string idOrSlug, [FromQuery(Name = "type")] RelatedType? type, [FromQuery] PageQuery paging, CancellationToken ct) =>
        await Reads.LinkedAsync(idOrSlug, id => RelatedPageAsync(id, type, paging, ct), ct);

    /// <summary>Merges a duplicate row into another one.</summary>
    [HttpPost("{idOrSlug}/merge")]
    [Authorize(Policy = ApiKeyPolicies.Editor)]
    [Consumes("application/json")]
    [ApiConventionMethod(typeof(DirectoryResponses), nameof(DirectoryResponses.Merge))]
    public async Task<ActionResult<TResponse>> Merge([RegularExpression(IdOrSlug.Pattern)] string idOrSlug, TMerge request, CancellationToken ct) =>
        await Writes.MergeAsync(idOrSlug, request, MergeValidator, AbsorbAsync, ct);
}
