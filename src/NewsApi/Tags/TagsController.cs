using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using NewsApi.Articles;
using NewsApi.Data;
using NewsApi.Data.Entities;
using NewsApi.Directories;
using NewsApi.Infrastructure;
using NewsApi.Infrastructure.Caching;
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
    [ProducesResponseType<PagedResponse<TagSummary>>(StatusCodes.Status200OK, "application/json")]
    [ProducesResponseType<ValidationProblemDetails>(StatusCodes.Status400BadRequest, ProblemResults.ContentType)]
    public async Task<ActionResult<PagedResponse<TagSummary>>> List(
        [FromQuery] PageQuery paging, [FromQuery] DirectoryQuery query, CancellationToken ct)
    {
        var tags = db.Tags.AsNoTracking();
        if (query.SearchTerm() is { } term)
        {
            tags = tags.Where(t => t.NormalizedName.Contains(term));
        }
        var ordered = query.Sort == DirectorySort.Articles
            ? tags.OrderByDescending(t => t.Articles.Count).ThenBy(t => t.Name).ThenBy(t => t.Id)
            : tags.OrderBy(t => t.Name).ThenBy(t => t.Id);
        var page = await ordered.Select(TagSummary.Projection).ToPageAsync(paging, ct);
        PagingHeaders.Write(HttpContext, page);
        return page;
    }

    /// <summary>One tag with its kind and article count.</summary>
    /// <remarks>`idOrSlug` is an id when it is all digits and a slug otherwise. `kind` is `topic` for the page's own labels and `place` for places the article names.</remarks>
    /// <param name="idOrSlug" example="syria">Numeric id or slug of the tag.</param>
    /// <param name="ct">Cancelled when the client goes away.</param>
    /// <response code="200">The tag, with a strong ETag for If-None-Match and If-Match.</response>
    /// <response code="304">If-None-Match names the current ETag.</response>
    /// <response code="400">The key is neither an id nor a well-formed slug.</response>
    /// <response code="404">No tag has that id or slug.</response>
    [HttpGet("{idOrSlug}")]
    [ProducesResponseType<TagSummary>(StatusCodes.Status200OK, "application/json")]
    [ProducesResponseType(StatusCodes.Status304NotModified)]
    [ProducesResponseType<ValidationProblemDetails>(StatusCodes.Status400BadRequest, ProblemResults.ContentType)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound, ProblemResults.ContentType)]
    public async Task<ActionResult<TagSummary>> Get(
        [RegularExpression(IdOrSlug.Pattern), MaxLength(Tag.SlugMaxLength)] string idOrSlug, CancellationToken ct)
    {
        if (!this.TryParseIdOrSlug(idOrSlug, Tag.SlugMaxLength, out var key))
        {
            return ValidationProblem();
        }
        var tag = await db.Tags.AsNoTracking()
            .Where(key.Matches<Tag>(t => t.Id, t => t.Slug))
            .Select(TagSummary.Projection)
            .SingleOrDefaultAsync(ct);
        return tag is null ? this.NotFoundProblem("Tag", idOrSlug) : this.OkWithETag(tag);
    }

    /// <summary>Articles carrying a tag, newest first.</summary>
    /// <remarks>Items have the same shape as in `GET /api/articles`.</remarks>
    /// <param name="idOrSlug" example="syria">Numeric id or slug of the tag.</param>
    /// <param name="paging">Page and page size.</param>
    /// <param name="ct">Cancelled when the client goes away.</param>
    /// <response code="200">One page of articles.</response>
    /// <response code="400">A parameter is out of range or malformed.</response>
    /// <response code="404">No tag has that id or slug.</response>
    [HttpGet("{idOrSlug}/articles")]
    [ProducesResponseType<PagedResponse<ArticleSummary>>(StatusCodes.Status200OK, "application/json")]
    [ProducesResponseType<ValidationProblemDetails>(StatusCodes.Status400BadRequest, ProblemResults.ContentType)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound, ProblemResults.ContentType)]
    public async Task<ActionResult<PagedResponse<ArticleSummary>>> Articles(
        [RegularExpression(IdOrSlug.Pattern), MaxLength(Tag.SlugMaxLength)] string idOrSlug,
        [FromQuery] PageQuery paging,
        CancellationToken ct)
    {
        if (!this.TryParseIdOrSlug(idOrSlug, Tag.SlugMaxLength, out var key))
        {
            return ValidationProblem();
        }
        var tagId = await db.Tags.Where(key.Matches<Tag>(t => t.Id, t => t.Slug)).Select(t => (int?)t.Id).SingleOrDefaultAsync(ct);
        if (tagId is null)
        {
            return this.NotFoundProblem("Tag", idOrSlug);
        }
        var page = await db.Articles
            .Where(a => a.Tags.Any(t => t.TagId == tagId))
            .ToSummaryPageAsync(ArticleSort.Newest, paging, ct);
        PagingHeaders.Write(HttpContext, page);
        return page;
    }
}
