using System.ComponentModel.DataAnnotations;
using System.Text.Json;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using NewsApi.Data.Entities;
using NewsApi.Directories;
using NewsApi.Infrastructure;
using NewsApi.Infrastructure.Auth;
using NewsApi.Search;

namespace NewsApi.Tags;

// The JSON formatter's "$.member" errors become the same field paths the validators report.
[JsonBodyErrors]
public sealed partial class TagsController
{
    private static readonly DirectoryResource<Tag, TagRequest, TagSummary> Directory = new(
        Noun: "tag",
        SlugMaxLength: Tag.SlugMaxLength,
        Validator: new TagRequestValidator(),
        Projection: TagSummary.Projection,
        ToRequest: current => new TagRequest { Name = current.Name, Kind = current.Kind },
        NewRow: (name, normalizedName, slug) => new Tag { Name = name, NormalizedName = normalizedName, Slug = slug },
        ArticlesOf: (db, tagId, ct) => db.ArticlesOfTagAsync(tagId, ct),
        ConflictDetail: "Another request saved a tag with this name at the same time. GET the current state and retry.");

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
    [ApiConventionMethod(typeof(DirectoryResponses), nameof(DirectoryResponses.Create))]
    public async Task<ActionResult<TagSummary>> Create(TagRequest request, CancellationToken ct) =>
        await Writes.CreateAsync(request, ApplyAsync, ct);

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
    [ApiConventionMethod(typeof(DirectoryResponses), nameof(DirectoryResponses.Replace))]
    public async Task<ActionResult<TagSummary>> Replace(
        [RegularExpression(IdOrSlug.Pattern), MaxLength(Tag.SlugMaxLength)] string idOrSlug, TagRequest request, CancellationToken ct) =>
        await Writes.ReplaceAsync(idOrSlug, request, ApplyAsync, ct);

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
    [ApiConventionMethod(typeof(DirectoryResponses), nameof(DirectoryResponses.Patch))]
    public async Task<ActionResult<TagSummary>> Patch(
        [RegularExpression(IdOrSlug.Pattern), MaxLength(Tag.SlugMaxLength)] string idOrSlug, [FromBody] JsonElement patch, CancellationToken ct) =>
        await Writes.PatchAsync(idOrSlug, patch, ApplyAsync, ct);

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
    [ApiConventionMethod(typeof(DirectoryResponses), nameof(DirectoryResponses.Delete))]
    public async Task<ActionResult> Delete(
        [RegularExpression(IdOrSlug.Pattern), MaxLength(Tag.SlugMaxLength)] string idOrSlug, [FromQuery] bool force, CancellationToken ct) =>
        await Writes.DeleteAsync(idOrSlug, force, UnlinkAsync, ct);

    private DirectoryWrites<Tag, TagRequest, TagSummary> Writes => new(this, db, Directory);

    /// <summary>A tag's one field besides its name.</summary>
    private static Task<ActionResult?> ApplyAsync(Tag tag, TagRequest request, CancellationToken ct)
    {
        tag.Kind = request.Kind;
        return Task.FromResult<ActionResult?>(null);
    }

    /// <summary>A forced delete: the tag leaves its articles.</summary>
    private async Task UnlinkAsync(Tag tag, CancellationToken ct) =>
        await db.ArticleTags.Where(l => l.TagId == tag.Id).ExecuteDeleteAsync(ct);
}
