using System.Text.Json;
using FluentValidation;
using NewsApi.Data.Naming;
using NewsApi.Infrastructure.Caching;
using NewsApi.Search;

namespace NewsApi.Directories;

/// <summary>
/// What one directory (people, organizations or tags) tells <see cref="DirectoryWrites{TEntity, TRequest, TResponse}"/>
/// besides what its types already say (the noun and slug limit of the entity, the representation a GET returns and its
/// request shape); its fields, delete rules and merge are passed to the call that needs them.
/// </summary>
/// <param name="Validator">The rules of a POST or PUT body, and of a patched one.</param>
/// <param name="NewRow">A row with a name, its normalized form and a free slug.</param>
/// <param name="ConflictDetail">What a 409 says when a unique index refuses the save.</param>
public sealed record DirectoryResource<TEntity, TRequest>(
    IValidator<TRequest> Validator,
    Func<string, string, string, TEntity> NewRow,
    string ConflictDetail);

/// <summary>
/// The write flow people, organizations and tags share, written once: read the row for write, check If-Match (428 when
/// missing, 412 when stale), turn a merge patch into a request, validate, refuse a second row with the same normalized name
/// (409), save with the row's Version as the guard (412 when another writer got there first, 409 when a unique index
/// refuses), reindex the articles that show the name, and answer with the representation and its ETag. The controller
/// passes what differs: the fields (<c>apply</c>), the delete rules (<c>unlink</c>) and the merge (<c>absorb</c>).
/// </summary>
/// <param name="controller">The action's controller: problems and headers go through it.</param>
/// <param name="db">The database.</param>
/// <param name="resource">What the directory tells.</param>
/// <param name="articlesOf">The ids of the articles whose search row shows the row's name, to reindex after a write.</param>
public sealed class DirectoryWrites<TEntity, TRequest, TResponse>(
    ControllerBase controller,
    NewsDbContext db,
    DirectoryResource<TEntity, TRequest> resource,
    Func<int, CancellationToken, Task<List<int>>> articlesOf)
    where TEntity : class, IDirectoryEntity
    where TRequest : class, IDirectoryRequest<TRequest, TResponse>
    where TResponse : class, IDirectoryResponse, IProjectedFrom<TEntity, TResponse>
{
    // "person": the word problems use.
    private static readonly string Noun = typeof(TEntity).Name.ToLowerInvariant();

    private static readonly int SlugMaxLength = DirectoryKeyLimits.Of(typeof(TEntity));

    private DbSet<TEntity> Rows => db.Set<TEntity>();

    /// <summary>Creates a row named by the request: 201 with Location and ETag, 400, or 409 for a name taken.</summary>
    public async Task<ActionResult> CreateAsync(
        TRequest request, Func<TEntity, TRequest, CancellationToken, Task<ActionResult?>> apply, CancellationToken ct)
    {
        if (!controller.TryValidate(resource.Validator, request))
        {
            return controller.ValidationProblem();
        }
        var name = request.Name.Trim();
        var normalizedName = NameNormalizer.Normalize(name);
        if (await Rows.Where(e => e.NormalizedName == normalizedName).Select(e => e.Slug).FirstOrDefaultAsync(ct) is { } existing)
        {
            return NameConflict(name, existing);
        }
        var row = resource.NewRow(name, normalizedName, await DirectoryNames.UniqueSlugAsync(Rows.Select(e => e.Slug), name, SlugMaxLength, ct));
        if (await apply(row, request, ct) is { } problem)
        {
            return problem;
        }
        Rows.Add(row);
        if (await SaveAsync(row, ct) is { } failure)
        {
            return failure;
        }
        var created = await RepresentationAsync(row.Id, ct);
        // The collection's own route plus the new slug, as the GET of the row is routed.
        var location = $"/{controller.ControllerContext.ActionDescriptor.AttributeRouteInfo!.Template}/{row.Slug}";
        return controller.CreatedWithETag(location, created!);
    }

    /// <summary>PUT: the request replaces every field; If-Match required.</summary>
    public async Task<ActionResult> ReplaceAsync(
        string idOrSlug, TRequest request, Func<TEntity, TRequest, CancellationToken, Task<ActionResult?>> apply, CancellationToken ct)
    {
        if (!controller.TryValidate(resource.Validator, request))
        {
            return controller.ValidationProblem();
        }
        return await UpdateAsync(idOrSlug, _ => request, apply, ct);
    }

    /// <summary>PATCH: a JSON Merge Patch over the request-shaped current state, validated like a PUT; If-Match required.</summary>
    public Task<ActionResult> PatchAsync(
        string idOrSlug, JsonElement patch, Func<TEntity, TRequest, CancellationToken, Task<ActionResult?>> apply, CancellationToken ct) =>
        UpdateAsync(idOrSlug, current => controller.TryApplyMergePatch(current, patch, out var patched) ? patched : null, apply, ct);

    /// <summary>
    /// DELETE: 409 while articles link the row unless <paramref name="force"/>, which first runs <paramref name="unlink"/>;
    /// If-Match required. The count, the unlinking and the delete run in one transaction, so they see the same rows.
    /// </summary>
    public async Task<ActionResult> DeleteAsync(string idOrSlug, bool force, Func<TEntity, CancellationToken, Task> unlink, CancellationToken ct)
    {
        if (!controller.TryParseIdOrSlug(idOrSlug, SlugMaxLength, out var key))
        {
            return controller.ValidationProblem();
        }
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var row = await Rows.Where(key.Matches<TEntity>(e => e.Id, e => e.Slug)).SingleOrDefaultAsync(ct);
        if (row is null)
        {
            return NotFound(idOrSlug);
        }
        var current = await RepresentationAsync(row.Id, ct);
        if (controller.CheckIfMatch(current) is { } precondition)
        {
            return precondition;
        }
        if (current!.ArticleCount > 0 && !force)
        {
            return StillLinked(current.ArticleCount);
        }

        var indexed = await articlesOf(row.Id, ct);
        await unlink(row, ct);
        Rows.Remove(row);
        if (await SaveAsync(row, ct) is { } failure)
        {
            return failure;
        }
        await db.ReindexAsync(indexed, ct);
        await transaction.CommitAsync(ct);
        return controller.NoContent();
    }

    /// <summary>
    /// Merges the row in the path into the one the request names, in one transaction: <paramref name="absorb"/> moves what
    /// the resource links to the survivor, then the merged row is deleted. If-Match is optional; when sent, it must be the
    /// ETag of the row in the path.
    /// </summary>
    public async Task<ActionResult> MergeAsync<TMerge>(
        string idOrSlug, TMerge request, IValidator<TMerge> validator, Func<TEntity, TEntity, CancellationToken, Task> absorb, CancellationToken ct)
        where TMerge : IMergeRequest
    {
        var validRequest = controller.TryValidate(validator, request);
        if (!controller.TryParseIdOrSlug(idOrSlug, SlugMaxLength, out var key) || !validRequest)
        {
            return controller.ValidationProblem();
        }
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var merged = await Rows.Where(key.Matches<TEntity>(e => e.Id, e => e.Slug)).SingleOrDefaultAsync(ct);
        if (merged is null)
        {
            return NotFound(idOrSlug);
        }
        if (controller.Request.Headers.IfMatch.Count > 0 && controller.CheckIfMatch(await RepresentationAsync(merged.Id, ct)) is { } precondition)
        {
            return precondition;
        }
        if (merged.Slug == request.Into)
        {
            return controller.FieldProblem("into", $"{IndefiniteNoun()} cannot be merged into itself.");
        }
        var survivor = await Rows.SingleOrDefaultAsync(e => e.Slug == request.Into, ct);
        if (survivor is null)
        {
            return controller.FieldProblem("into", $"No {Noun} has the slug '{request.Into}'.");
        }

        var indexed = await articlesOf(merged.Id, ct);
        await absorb(merged, survivor, ct);
        Rows.Remove(merged);
        if (await SaveAsync(survivor, ct) is { } failure)
        {
            return failure;
        }
        await db.ReindexAsync(indexed, ct);
        await transaction.CommitAsync(ct);
        return controller.WrittenWithETag(await RepresentationAsync(survivor.Id, ct));
    }

    private async Task<ActionResult> UpdateAsync(
        string idOrSlug, Func<TRequest, TRequest?> change, Func<TEntity, TRequest, CancellationToken, Task<ActionResult?>> apply, CancellationToken ct)
    {
        if (!controller.TryParseIdOrSlug(idOrSlug, SlugMaxLength, out var key))
        {
            return controller.ValidationProblem();
        }
        var row = await Rows.Where(key.Matches<TEntity>(e => e.Id, e => e.Slug)).SingleOrDefaultAsync(ct);
        if (row is null)
        {
            return NotFound(idOrSlug);
        }
        // Read after the tracked row, so that a writer in between makes the save fail rather than be overwritten.
        var current = await RepresentationAsync(row.Id, ct);
        if (controller.CheckIfMatch(current) is { } precondition)
        {
            return precondition;
        }
        var request = change(TRequest.Of(current!));
        if (request is null || !controller.TryValidate(resource.Validator, request))
        {
            return controller.ValidationProblem();
        }

        var name = request.Name.Trim();
        var normalizedName = NameNormalizer.Normalize(name);
        if (normalizedName != row.NormalizedName
            && await Rows.Where(e => e.NormalizedName == normalizedName && e.Id != row.Id).Select(e => e.Slug).FirstOrDefaultAsync(ct) is { } existing)
        {
            return NameConflict(name, existing);
        }
        row.Name = name;
        row.NormalizedName = normalizedName;
        if (await apply(row, request, ct) is { } problem)
        {
            return problem;
        }
        if (await SaveAsync(row, ct) is { } failure)
        {
            return failure;
        }
        await db.ReindexAsync(await articlesOf(row.Id, ct), ct);
        return controller.WrittenWithETag(await RepresentationAsync(row.Id, ct));
    }

    /// <summary>
    /// Saves with the row's Version as the guard: the UPDATE or DELETE only matches the row as it was read, so a writer that
    /// saved in between turns this save into a 412 instead of being overwritten. A unique name taken at the same moment is a 409.
    /// </summary>
    private async Task<ActionResult?> SaveAsync(TEntity row, CancellationToken ct)
    {
        var entry = db.Entry(row);
        if (entry.State == EntityState.Unchanged)
        {
            // A PUT that changes nothing is still a write whose If-Match must hold when it lands.
            entry.Property(nameof(IDirectoryEntity.Version)).IsModified = true;
        }
        try
        {
            await db.SaveChangesAsync(ct);
            return null;
        }
        catch (DbUpdateConcurrencyException)
        {
            return controller.ConcurrentChange(await RepresentationAsync(row.Id, ct));
        }
        catch (DbUpdateException)
        {
            return ProblemResults.Create(controller, StatusCodes.Status409Conflict, "The change conflicts with another one.", resource.ConflictDetail);
        }
    }

    private Task<TResponse?> RepresentationAsync(int id, CancellationToken ct) =>
        Rows.AsNoTracking().Where(e => e.Id == id).Select(TResponse.Projection).SingleOrDefaultAsync(ct);

    private ObjectResult NotFound(string idOrSlug) => controller.NotFoundProblem(typeof(TEntity).Name, idOrSlug);

    /// <summary>409: another row already has this name once case and accents are ignored.</summary>
    private ObjectResult NameConflict(string name, string existingSlug)
    {
        var problem = ProblemResults.Create(controller, StatusCodes.Status409Conflict, $"A {Noun} with this name exists.",
            $"'{name}' is the name of the {Noun} '{existingSlug}' (names are compared ignoring case and accents). Merge the two instead of creating a duplicate.");
        ((ProblemDetails)problem.Value!).Extensions["existing"] = existingSlug;
        return problem;
    }

    /// <summary>409: a delete without <c>force</c> of a row that articles still show.</summary>
    private ObjectResult StillLinked(int articleCount)
    {
        var problem = ProblemResults.Create(controller, StatusCodes.Status409Conflict, $"The {Noun} is linked to articles.",
            $"{articleCount} article(s) still refer to this {Noun}. Send ?force=true to unlink it from them and delete it.");
        ((ProblemDetails)problem.Value!).Extensions["articleCount"] = articleCount;
        return problem;
    }

    private string IndefiniteNoun() => ("aeiou".Contains(Noun[0], StringComparison.Ordinal) ? "An " : "A ") + Noun;
}
