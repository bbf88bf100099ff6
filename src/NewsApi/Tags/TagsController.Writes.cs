using System.ComponentModel.DataAnnotations;
using System.Text.Json;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using NewsApi.Articles;
using NewsApi.Data.Entities;
using NewsApi.Data.Naming;
using NewsApi.Infrastructure;
using NewsApi.Infrastructure.Auth;
using NewsApi.Infrastructure.Caching;
using NewsApi.People;
using NewsApi.Search;

namespace NewsApi.Tags;

// The JSON formatter's "$.member" errors become the same field paths the validators report.
[JsonBodyErrors]
public sealed partial class TagsController
{
    private static readonly TagRequestValidator RequestValidator = new();

    /// <summary>Creates a tag.</summary>
    /// <remarks>
    /// The slug is made from the name (with a numeric suffix when taken) and never changes afterwards, not even on a rename.
    /// Needs an `editor` or `admin` key in `X-Api-Key`.
    /// </remarks>
    /// <param name="request">The new tag.</param>
    /// <param name="ct">Cancelled when the client goes away.</param>
    /// <response code="201">Created; `Location` is its URL and `ETag` its version.</response>
    /// <response code="400">The body is invalid or has a property a client may not set (`id`, `slug`...); `errors` names the field.</response>
    /// <response code="413">The body is over 256 KB.</response>
    /// <response code="401">No API key, or one that is not configured.</response>
    /// <response code="403">The key's role may not create.</response>
    /// <response code="409">A tag with the same name (ignoring case and accents) exists; `existing` is its slug.</response>
    [HttpPost]
    [Authorize(Policy = ApiKeyPolicies.Editor)]
    [Consumes("application/json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status413PayloadTooLarge, ProblemResults.ContentType)]
    [ProducesResponseType<TagSummary>(StatusCodes.Status201Created, "application/json")]
    [ProducesResponseType<ValidationProblemDetails>(StatusCodes.Status400BadRequest, ProblemResults.ContentType)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status401Unauthorized, ProblemResults.ContentType)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status403Forbidden, ProblemResults.ContentType)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status409Conflict, ProblemResults.ContentType)]
    public async Task<ActionResult<TagSummary>> Create(TagRequest request, CancellationToken ct)
    {
        if (!this.TryValidate(RequestValidator, request))
        {
            return ValidationProblem();
        }
        var name = request.Name.Trim();
        var normalizedName = NameNormalizer.Normalize(name);
        if (await db.Tags.Where(t => t.NormalizedName == normalizedName).Select(t => t.Slug).FirstOrDefaultAsync(ct) is { } existing)
        {
            return this.NameConflict("tag", name, existing);
        }
        var tag = new Tag
        {
            Name = name,
            NormalizedName = normalizedName,
            Slug = await EntityWrites.UniqueSlugAsync(db.Tags.Select(t => t.Slug), name, Tag.SlugMaxLength, ct),
            Kind = request.Kind,
        };
        db.Tags.Add(tag);
        if (await SaveAsync(tag, ct) is { } failure)
        {
            return failure;
        }
        var created = await RepresentationAsync(tag.Id, ct);
        return this.CreatedWithETag($"/api/tags/{tag.Slug}", created!);
    }

    /// <summary>Replaces a tag's name and kind.</summary>
    /// <remarks>
    /// Send the ETag of your last GET in `If-Match`. A renamed tag keeps its slug, and every article carrying it shows the
    /// new name (so their ETags change too). Needs an `editor` or `admin` key.
    /// </remarks>
    /// <param name="idOrSlug" example="syria">Numeric id or slug of the tag.</param>
    /// <param name="request">The whole new state.</param>
    /// <param name="ct">Cancelled when the client goes away.</param>
    /// <response code="200">Replaced; the body and `ETag` are what a GET now returns.</response>
    /// <response code="400">The body is invalid or has a property a client may not set.</response>
    /// <response code="413">The body is over 256 KB.</response>
    /// <response code="401">No API key, or one that is not configured.</response>
    /// <response code="403">The key's role may not update.</response>
    /// <response code="404">No tag has that id or slug.</response>
    /// <response code="409">Another tag already has the new name.</response>
    /// <response code="412">`If-Match` is not the current ETag (sent back in `ETag`): someone else changed the tag.</response>
    /// <response code="428">`If-Match` is missing.</response>
    [HttpPut("{idOrSlug}")]
    [Authorize(Policy = ApiKeyPolicies.Editor)]
    [Consumes("application/json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status413PayloadTooLarge, ProblemResults.ContentType)]
    [ProducesResponseType<TagSummary>(StatusCodes.Status200OK, "application/json")]
    [ProducesResponseType<ValidationProblemDetails>(StatusCodes.Status400BadRequest, ProblemResults.ContentType)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status401Unauthorized, ProblemResults.ContentType)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status403Forbidden, ProblemResults.ContentType)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound, ProblemResults.ContentType)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status409Conflict, ProblemResults.ContentType)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status412PreconditionFailed, ProblemResults.ContentType)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status428PreconditionRequired, ProblemResults.ContentType)]
    public async Task<ActionResult<TagSummary>> Replace(
        [RegularExpression(IdOrSlug.Pattern), MaxLength(Tag.SlugMaxLength)] string idOrSlug, TagRequest request, CancellationToken ct)
    {
        if (!this.TryValidate(RequestValidator, request))
        {
            return ValidationProblem();
        }
        return await UpdateAsync(idOrSlug, _ => request, ct);
    }

    /// <summary>Changes a tag's name or kind (JSON Merge Patch).</summary>
    /// <remarks>
    /// RFC 7396, `Content-Type: application/merge-patch+json`: members present replace the stored ones. The result is
    /// validated like a PUT. Send `If-Match`. Needs an `editor` or `admin` key.
    /// </remarks>
    /// <param name="idOrSlug" example="syria">Numeric id or slug of the tag.</param>
    /// <param name="patch">The members to change, such as `{ "kind": "place" }`.</param>
    /// <param name="ct">Cancelled when the client goes away.</param>
    /// <response code="200">Patched; the body and `ETag` are what a GET now returns.</response>
    /// <response code="400">The patch is not an object, sets an unknown or forbidden member, or the result is invalid.</response>
    /// <response code="413">The body is over 256 KB.</response>
    /// <response code="401">No API key, or one that is not configured.</response>
    /// <response code="403">The key's role may not update.</response>
    /// <response code="404">No tag has that id or slug.</response>
    /// <response code="409">Another tag already has the new name.</response>
    /// <response code="412">`If-Match` is not the current ETag (sent back in `ETag`).</response>
    /// <response code="415">The body is not `application/merge-patch+json`.</response>
    /// <response code="428">`If-Match` is missing.</response>
    [HttpPatch("{idOrSlug}")]
    [Authorize(Policy = ApiKeyPolicies.Editor)]
    [Consumes(MergePatch.MediaType)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status413PayloadTooLarge, ProblemResults.ContentType)]
    [ProducesResponseType<TagSummary>(StatusCodes.Status200OK, "application/json")]
    [ProducesResponseType<ValidationProblemDetails>(StatusCodes.Status400BadRequest, ProblemResults.ContentType)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status401Unauthorized, ProblemResults.ContentType)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status403Forbidden, ProblemResults.ContentType)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound, ProblemResults.ContentType)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status409Conflict, ProblemResults.ContentType)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status412PreconditionFailed, ProblemResults.ContentType)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status415UnsupportedMediaType, ProblemResults.ContentType)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status428PreconditionRequired, ProblemResults.ContentType)]
    public async Task<ActionResult<TagSummary>> Patch(
        [RegularExpression(IdOrSlug.Pattern), MaxLength(Tag.SlugMaxLength)] string idOrSlug, [FromBody] JsonElement patch, CancellationToken ct) =>
        await UpdateAsync(idOrSlug, current => this.TryApplyMergePatch(current, patch, out var patched) ? patched : null, ct);

    /// <summary>Deletes a tag.</summary>
    /// <remarks>
    /// A tag still carried by articles is a 409 (with `articleCount`) unless `force=true`, which first removes it from
    /// those articles. Send `If-Match`. Needs an `admin` key.
    /// </remarks>
    /// <param name="idOrSlug" example="syria">Numeric id or slug of the tag.</param>
    /// <param name="force">Remove the tag from its articles first instead of refusing.</param>
    /// <param name="ct">Cancelled when the client goes away.</param>
    /// <response code="204">Deleted.</response>
    /// <response code="400">The key is neither an id nor a well-formed slug.</response>
    /// <response code="401">No API key, or one that is not configured.</response>
    /// <response code="403">Only the `admin` role may delete.</response>
    /// <response code="404">No tag has that id or slug.</response>
    /// <response code="409">Articles still carry the tag and `force` is not set.</response>
    /// <response code="412">`If-Match` is not the current ETag (sent back in `ETag`).</response>
    /// <response code="428">`If-Match` is missing.</response>
    [HttpDelete("{idOrSlug}")]
    [Authorize(Policy = ApiKeyPolicies.Admin)]
    [ProducesResponseType(StatusCodes.Status204NoContent)]
    [ProducesResponseType<ValidationProblemDetails>(StatusCodes.Status400BadRequest, ProblemResults.ContentType)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status401Unauthorized, ProblemResults.ContentType)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status403Forbidden, ProblemResults.ContentType)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound, ProblemResults.ContentType)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status409Conflict, ProblemResults.ContentType)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status412PreconditionFailed, ProblemResults.ContentType)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status428PreconditionRequired, ProblemResults.ContentType)]
    public async Task<ActionResult> Delete(
        [RegularExpression(IdOrSlug.Pattern), MaxLength(Tag.SlugMaxLength)] string idOrSlug, [FromQuery] bool force, CancellationToken ct)
    {
        if (!this.TryParseIdOrSlug(idOrSlug, Tag.SlugMaxLength, out var key))
        {
            return ValidationProblem();
        }
        // One transaction: the link count, the unlinking and the delete see the same rows.
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var tag = await db.Tags.Where(key.Matches<Tag>(t => t.Id, t => t.Slug)).SingleOrDefaultAsync(ct);
        if (tag is null)
        {
            return this.NotFoundProblem("Tag", idOrSlug);
        }
        var current = await RepresentationAsync(tag.Id, ct);
        if (this.CheckIfMatch(current) is { } precondition)
        {
            return precondition;
        }
        if (current!.ArticleCount > 0 && !force)
        {
            return this.StillLinked("tag", current.ArticleCount);
        }

        var indexed = await db.ArticlesOfTagAsync(tag.Id, ct);
        await db.ArticleTags.Where(l => l.TagId == tag.Id).ExecuteDeleteAsync(ct);
        db.Tags.Remove(tag);
        if (await SaveAsync(tag, ct) is { } failure)
        {
            return failure;
        }
        await db.ReindexAsync(indexed, ct);
        await transaction.CommitAsync(ct);
        return NoContent();
    }

    private async Task<ActionResult> UpdateAsync(string idOrSlug, Func<TagRequest, TagRequest?> change, CancellationToken ct)
    {
        if (!this.TryParseIdOrSlug(idOrSlug, Tag.SlugMaxLength, out var key))
        {
            return ValidationProblem();
        }
        var tag = await db.Tags.Where(key.Matches<Tag>(t => t.Id, t => t.Slug)).SingleOrDefaultAsync(ct);
        if (tag is null)
        {
            return this.NotFoundProblem("Tag", idOrSlug);
        }
        // Read after the tracked row, so that a writer in between makes the save fail rather than be overwritten.
        var current = await RepresentationAsync(tag.Id, ct);
        if (this.CheckIfMatch(current) is { } precondition)
        {
            return precondition;
        }
        var request = change(new TagRequest { Name = current!.Name, Kind = current.Kind });
        if (request is null || !this.TryValidate(RequestValidator, request))
        {
            return ValidationProblem();
        }

        var name = request.Name.Trim();
        var normalizedName = NameNormalizer.Normalize(name);
        if (normalizedName != tag.NormalizedName
            && await db.Tags.Where(t => t.NormalizedName == normalizedName && t.Id != tag.Id).Select(t => t.Slug).FirstOrDefaultAsync(ct) is { } existing)
        {
            return this.NameConflict("tag", name, existing);
        }
        tag.Name = name;
        tag.NormalizedName = normalizedName;
        tag.Kind = request.Kind;
        if (await SaveAsync(tag, ct) is { } failure)
        {
            return failure;
        }
        await db.ReindexAsync(await db.ArticlesOfTagAsync(tag.Id, ct), ct);
        return this.WrittenWithETag(await RepresentationAsync(tag.Id, ct));
    }

    /// <summary>
    /// Saves with the tag's Version as the guard: the UPDATE or DELETE only matches the row as it was read, so a writer that
    /// saved in between turns this save into a 412 instead of being overwritten. A unique name taken at the same moment is a 409.
    /// </summary>
    private async Task<ActionResult?> SaveAsync(Tag tag, CancellationToken ct)
    {
        var entry = db.Entry(tag);
        if (entry.State == EntityState.Unchanged)
        {
            // A PUT that changes nothing is still a write whose If-Match must hold when it lands.
            entry.Property(t => t.Version).IsModified = true;
        }
        try
        {
            await db.SaveChangesAsync(ct);
            return null;
        }
        catch (DbUpdateConcurrencyException)
        {
            return this.ConcurrentChange(await RepresentationAsync(tag.Id, ct));
        }
        catch (DbUpdateException)
        {
            return ProblemResults.Create(this, StatusCodes.Status409Conflict, "The change conflicts with another one.",
                "Another request saved a tag with this name at the same time. GET the current state and retry.");
        }
    }

    private Task<TagSummary?> RepresentationAsync(int id, CancellationToken ct) =>
        db.Tags.AsNoTracking().Where(t => t.Id == id).Select(TagSummary.Projection).SingleOrDefaultAsync(ct);
}
