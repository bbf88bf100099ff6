using NewsApi.Directories;

namespace NewsApi.Tags;

/// <summary>Topics and places articles are tagged with; every action is shared with the other directories and documented here.</summary>
/// <directory one="tag" a="a tag" many="tags" key="syria" edit-key="syria" />
/// <operation name="List">
/// <summary>Lists tags, by name or by how many articles carry them.</summary>
/// <remarks>`q` matches part of the name, case-insensitive. Paged: `Link` and `X-Total-Count` headers.</remarks>
/// </operation>
/// <operation name="Get">
/// <summary>One tag with its kind and article count.</summary>
/// <remarks>`idOrSlug` is an id when it is all digits and a slug otherwise. `kind` is `topic` for the page's own labels and `place` for places the article names.</remarks>
/// </operation>
/// <operation name="Articles">
/// <summary>Articles carrying a tag, newest first.</summary>
/// </operation>
/// <operation name="Create">
/// <remarks>
/// The slug is made from the name (with a numeric suffix when taken) and never changes afterwards, not even on a rename.
/// Needs an `editor` or `admin` key in `X-Api-Key`.
/// </remarks>
/// </operation>
/// <operation name="Replace">
/// <summary>Replaces a tag's name and kind.</summary>
/// <remarks>
/// Send the ETag of your last GET in `If-Match`. A renamed tag keeps its slug, and every article carrying it shows the
/// new name (so their ETags change too). Needs an `editor` or `admin` key.
/// </remarks>
/// </operation>
/// <operation name="Patch">
/// <summary>Changes a tag's name or kind (JSON Merge Patch).</summary>
/// <remarks>
/// RFC 7396, `Content-Type: application/merge-patch+json`: members present replace the stored ones. The result is
/// validated like a PUT. Send `If-Match`. Needs an `editor` or `admin` key.
/// </remarks>
/// <parameter name="patch">The members to change, such as `{ "kind": "place" }`.</parameter>
/// </operation>
/// <operation name="Delete">
/// <remarks>
/// A tag still carried by articles is a 409 (with `articleCount`) unless `force=true`, which first removes it from
/// those articles. Send `If-Match`. Needs an `admin` key.
/// </remarks>
/// <parameter name="force">Remove the tag from its articles first instead of refusing.</parameter>
/// <response code="409">Articles still carry the tag and `force` is not set.</response>
/// </operation>
/// <param name="db">The database.</param>
[Route("api/tags")]
public sealed partial class TagsController(NewsDbContext db) : DirectoryController<Tag, ArticleTag, TagSummary, TagSummary, TagRequest>(db)
{
    protected override DirectoryResource<Tag, TagRequest> Resource { get; } = new(
        new TagRequestValidator(),
        (name, normalizedName, slug) => new Tag { Name = name, NormalizedName = normalizedName, Slug = slug },
        ConflictDetail: "Another request saved a tag with this name at the same time. GET the current state and retry.");
}
