using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc;
using NewsApi.Articles;
using NewsApi.Data;
using NewsApi.Data.Entities;
using NewsApi.Directories;
using NewsApi.Infrastructure;
using NewsApi.Paging;

namespace NewsApi.Tags;

[ApiController]
[Route("api/tags")]
public sealed partial class TagsController(NewsDbContext db) : ControllerBase
{
    /// <summary>Lists tags, by name or by how many articles carry them.</summary>
    /// <remarks>`q` matches part of the name, case-insensitive. Paged: `Link` and `X-Total-Count` headers.</remarks>
    /// <response code="200">One page of tags.</response>
    /// <response code="400">A parameter is out of range or malformed; `errors` names it.</response>
    [HttpGet]
    [ApiConventionMethod(typeof(DirectoryResponses), nameof(DirectoryResponses.List))]
    public async Task<ActionResult<PagedResponse<TagSummary>>> List(
        [FromQuery] PageQuery paging, [FromQuery] DirectoryQuery query, CancellationToken ct) =>
        await Reads.ListAsync(paging, query, (tags, term) => tags.Where(t => t.NormalizedName.Contains(term)), t => t.Articles.Count, TagSummary.Projection, ct);

    /// <summary>One tag with its kind and article count.</summary>
    /// <remarks>`idOrSlug` is an id when it is all digits and a slug otherwise. `kind` is `topic` for the page's own labels and `place` for places the article names.</remarks>
    /// <param name="idOrSlug" example="syria">Numeric id or slug of the tag.</param>
    /// <param name="ct">Cancelled when the client goes away.</param>
    /// <response code="200">The tag, with a strong ETag for If-None-Match and If-Match.</response>
    /// <response code="304">If-None-Match names the current ETag.</response>
    /// <response code="400">The key is neither an id nor a well-formed slug.</response>
    /// <response code="404">No tag has that id or slug.</response>
    [HttpGet("{idOrSlug}")]
    [ApiConventionMethod(typeof(DirectoryResponses), nameof(DirectoryResponses.Get))]
    public async Task<ActionResult<TagSummary>> Get(
        [RegularExpression(IdOrSlug.Pattern), MaxLength(Tag.SlugMaxLength)] string idOrSlug, CancellationToken ct) =>
        await Reads.OneAsync(idOrSlug, TagSummary.Projection, ct);

    /// <summary>Articles carrying a tag, newest first.</summary>
    /// <remarks>Items have the same shape as in `GET /api/articles`.</remarks>
    /// <param name="idOrSlug" example="syria">Numeric id or slug of the tag.</param>
    /// <param name="paging">Page and page size.</param>
    /// <param name="ct">Cancelled when the client goes away.</param>
    /// <response code="200">One page of articles.</response>
    /// <response code="400">A parameter is out of range or malformed.</response>
    /// <response code="404">No tag has that id or slug.</response>
    [HttpGet("{idOrSlug}/articles")]
    [ApiConventionMethod(typeof(DirectoryResponses), nameof(DirectoryResponses.Linked))]
    public async Task<ActionResult<PagedResponse<ArticleSummary>>> Articles(
        [RegularExpression(IdOrSlug.Pattern), MaxLength(Tag.SlugMaxLength)] string idOrSlug, [FromQuery] PageQuery paging, CancellationToken ct) =>
        await Reads.LinkedAsync(
            idOrSlug, tagId => db.Articles.Where(a => a.Tags.Any(t => t.TagId == tagId)).ToSummaryPageAsync(ArticleSort.Newest, paging, ct), ct);

    private DirectoryReads<Tag> Reads => new(this, db.Tags, "Tag", Tag.SlugMaxLength);
}
