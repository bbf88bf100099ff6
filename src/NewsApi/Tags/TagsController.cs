using System.Linq.Expressions;
using Microsoft.AspNetCore.Mvc;
using NewsApi.Data;
using NewsApi.Data.Entities;
using NewsApi.Directories;

namespace NewsApi.Tags;

/// <summary>Topics and places articles are tagged with; every action is shared with the other directories and documented here.</summary>
/// <operation name="List">
/// <summary>Lists tags, by name or by how many articles carry them.</summary>
/// <remarks>`q` matches part of the name, case-insensitive. Paged: `Link` and `X-Total-Count` headers.</remarks>
/// <response code="200">One page of tags.</response>
/// <response code="400">A parameter is out of range or malformed; `errors` names it.</response>
/// </operation>
/// <operation name="Get">
/// <summary>One tag with its kind and article count.</summary>
/// <remarks>`idOrSlug` is an id when it is all digits and a slug otherwise. `kind` is `topic` for the page's own labels and `place` for places the article names.</remarks>
/// <parameter name="idOrSlug" example="syria">Numeric id or slug of the tag.</parameter>
/// <response code="200">The tag, with a strong ETag for If-None-Match and If-Match.</response>
/// <response code="304">If-None-Match names the current ETag.</response>
/// <response code="400">The key is neither an id nor a well-formed slug.</response>
/// <response code="404">No tag has that id or slug.</response>
/// </operation>
/// <operation name="Articles">
/// <summary>Articles carrying a tag, newest first.</summary>
/// <remarks>Items have the same shape as in `GET /api/articles`.</remarks>
/// <parameter name="idOrSlug" example="syria">Numeric id or slug of the tag.</parameter>
/// <parameter name="paging">Page and page size.</parameter>
/// <response code="200">One page of articles.</response>
/// <response code="400">A parameter is out of range or malformed.</response>
/// <response code="404">No tag has that id or slug.</response>
/// </operation>
/// <operation name="Create">
/// <summary>Creates a tag.</summary>
/// <remarks>
/// The slug is made from the name (with a numeric suffix when taken) and never changes afterwards, not even on a rename.
/// Needs an `editor` or `admin` key in `X-Api-Key`.
/// </remarks>
/// <parameter name="request">The new tag.</parameter>
/// <response code="201">Created; `Location` is its URL and `ETag` its version.</response>
/// <response code="400">The body is invalid or has a property a client may not set (`id`, `slug`...); `errors` names the field.</response>
/// <response code="413">The body is over 256 KB.</response>
/// <response code="401">No API key, or one that is not configured.</response>
/// <response code="403">The key's role may not create.</response>
/// <response code="409">A tag with the same name (ignoring case and accents) exists; `existing` is its slug.</response>
/// </operation>
/// <operation name="Replace">
/// <summary>Replaces a tag's name and kind.</summary>
/// <remarks>
/// Send the ETag of your last GET in `If-Match`. A renamed tag keeps its slug, and every article carrying it shows the
/// new name (so their ETags change too). Needs an `editor` or `admin` key.
/// </remarks>
/// <parameter name="idOrSlug" example="syria">Numeric id or slug of the tag.</parameter>
/// <parameter name="request">The whole new state.</parameter>
/// <response code="200">Replaced; the body and `ETag` are what a GET now returns.</response>
/// <response code="400">The body is invalid or has a property a client may not set.</response>
/// <response code="413">The body is over 256 KB.</response>
/// <response code="401">No API key, or one that is not configured.</response>
/// <response code="403">The key's role may not update.</response>
/// <response code="404">No tag has that id or slug.</response>
/// <response code="409">Another tag already has the new name.</response>
/// <response code="412">`If-Match` is not the current ETag (sent back in `ETag`): someone else changed the tag.</response>
/// <response code="428">`If-Match` is missing.</response>
/// </operation>
/// <operation name="Patch">
/// <summary>Changes a tag's name or kind (JSON Merge Patch).</summary>
/// <remarks>
/// RFC 7396, `Content-Type: application/merge-patch+json`: members present replace the stored ones. The result is
/// validated like a PUT. Send `If-Match`. Needs an `editor` or `admin` key.
/// </remarks>
/// <parameter name="idOrSlug" example="syria">Numeric id or slug of the tag.</parameter>
/// <parameter name="patch">The members to change, such as `{ "kind": "place" }`.</parameter>
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
/// </operation>
/// <operation name="Delete">
/// <summary>Deletes a tag.</summary>
/// <remarks>
/// A tag still carried by articles is a 409 (with `articleCount`) unless `force=true`, which first removes it from
/// those articles. Send `If-Match`. Needs an `admin` key.
/// </remarks>
/// <parameter name="idOrSlug" example="syria">Numeric id or slug of the tag.</parameter>
/// <parameter name="force">Remove the tag from its articles first instead of refusing.</parameter>
/// <response code="204">Deleted.</response>
/// <response code="400">The key is neither an id nor a well-formed slug.</response>
/// <response code="401">No API key, or one that is not configured.</response>
/// <response code="403">Only the `admin` role may delete.</response>
/// <response code="404">No tag has that id or slug.</response>
/// <response code="409">Articles still carry the tag and `force` is not set.</response>
/// <response code="412">`If-Match` is not the current ETag (sent back in `ETag`).</response>
/// <response code="428">`If-Match` is missing.</response>
/// </operation>
/// <param name="db">The database.</param>
[Route("api/tags")]
public sealed partial class TagsController(NewsDbContext db) : DirectoryController<Tag, TagSummary, TagSummary, TagRequest>(db)
{
    protected override DirectoryResource<Tag, TagRequest, TagSummary> Resource { get; } = new(
        new TagRequestValidator(), TagSummary.Projection, current => new TagRequest { Name = current.Name, Kind = current.Kind },
        (name, normalizedName, slug) => new Tag { Name = name, NormalizedName = normalizedName, Slug = slug },
        ConflictDetail: "Another request saved a tag with this name at the same time. GET the current state and retry.");

    protected override Expression<Func<Tag, TagSummary>> SummaryProjection => TagSummary.Projection;

    protected override Expression<Func<Tag, int>> ArticleCount => t => t.Articles.Count;

    protected override IQueryable<Article> ArticlesShowing(int id) => Db.Articles.Where(a => a.Tags.Any(t => t.TagId == id));
}
