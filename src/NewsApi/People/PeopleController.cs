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

namespace NewsApi.People;

[ApiController]
[Route("api/people")]
public sealed partial class PeopleController(NewsDbContext db) : ControllerBase
{
    /// <summary>Lists people, by name or by how many articles mention them.</summary>
    /// <remarks>`q` matches part of the name or of an alias, case-insensitive. Paged like every list: `Link` and `X-Total-Count` headers.</remarks>
    /// <response code="200">One page of people.</response>
    /// <response code="400">A parameter is out of range or malformed; `errors` names it.</response>
    [HttpGet]
    [ProducesResponseType<PagedResponse<PersonSummary>>(StatusCodes.Status200OK, "application/json")]
    [ProducesResponseType<ValidationProblemDetails>(StatusCodes.Status400BadRequest, ProblemResults.ContentType)]
    public async Task<ActionResult<PagedResponse<PersonSummary>>> List(
        [FromQuery] PageQuery paging, [FromQuery] DirectoryQuery query, CancellationToken ct)
    {
        var people = db.People.AsNoTracking();
        if (query.SearchTerm() is { } term)
        {
            people = people.Where(p => p.NormalizedName.Contains(term) || p.Aliases.Any(alias => alias.ToLower().Contains(term)));
        }
        var ordered = query.Sort == DirectorySort.Articles
            ? people.OrderByDescending(p => p.Articles.Count).ThenBy(p => p.Name).ThenBy(p => p.Id)
            : people.OrderBy(p => p.Name).ThenBy(p => p.Id);
        var page = await ordered.Select(PersonSummary.Projection).ToPageAsync(paging, ct);
        PagingHeaders.Write(HttpContext, page);
        return page;
    }

    /// <summary>One person with their title, affiliation, aliases and article count.</summary>
    /// <remarks>`idOrSlug` is an id when it is all digits and a slug otherwise. The title and affiliation are the latest an article gives.</remarks>
    /// <param name="idOrSlug" example="vasily-kashin">Numeric id or slug of the person.</param>
    /// <param name="ct">Cancelled when the client goes away.</param>
    /// <response code="200">The person, with a strong ETag for If-None-Match and If-Match.</response>
    /// <response code="304">If-None-Match names the current ETag.</response>
    /// <response code="400">The key is neither an id nor a well-formed slug.</response>
    /// <response code="404">No person has that id or slug.</response>
    [HttpGet("{idOrSlug}")]
    [ProducesResponseType<PersonResponse>(StatusCodes.Status200OK, "application/json")]
    [ProducesResponseType(StatusCodes.Status304NotModified)]
    [ProducesResponseType<ValidationProblemDetails>(StatusCodes.Status400BadRequest, ProblemResults.ContentType)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound, ProblemResults.ContentType)]
    public async Task<ActionResult<PersonResponse>> Get(
        [RegularExpression(IdOrSlug.Pattern), MaxLength(Person.SlugMaxLength)] string idOrSlug, CancellationToken ct)
    {
        if (!this.TryParseIdOrSlug(idOrSlug, Person.SlugMaxLength, out var key))
        {
            return ValidationProblem();
        }
        var person = await db.People.AsNoTracking()
            .Where(key.Matches<Person>(p => p.Id, p => p.Slug))
            .Select(PersonResponse.Projection)
            .SingleOrDefaultAsync(ct);
        return person is null ? this.NotFoundProblem("Person", idOrSlug) : this.OkWithETag(person);
    }

    /// <summary>Articles that mention a person, newest first.</summary>
    /// <remarks>Items have the same shape as in `GET /api/articles`.</remarks>
    /// <param name="idOrSlug" example="vasily-kashin">Numeric id or slug of the person.</param>
    /// <param name="paging">Page and page size.</param>
    /// <param name="ct">Cancelled when the client goes away.</param>
    /// <response code="200">One page of articles.</response>
    /// <response code="400">A parameter is out of range or malformed.</response>
    /// <response code="404">No person has that id or slug.</response>
    [HttpGet("{idOrSlug}/articles")]
    [ProducesResponseType<PagedResponse<ArticleSummary>>(StatusCodes.Status200OK, "application/json")]
    [ProducesResponseType<ValidationProblemDetails>(StatusCodes.Status400BadRequest, ProblemResults.ContentType)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound, ProblemResults.ContentType)]
    public async Task<ActionResult<PagedResponse<ArticleSummary>>> Articles(
        [RegularExpression(IdOrSlug.Pattern), MaxLength(Person.SlugMaxLength)] string idOrSlug,
        [FromQuery] PageQuery paging,
        CancellationToken ct)
    {
        if (!this.TryParseIdOrSlug(idOrSlug, Person.SlugMaxLength, out var key))
        {
            return ValidationProblem();
        }
        var personId = await db.People.Where(key.Matches<Person>(p => p.Id, p => p.Slug)).Select(p => (int?)p.Id).SingleOrDefaultAsync(ct);
        if (personId is null)
        {
            return this.NotFoundProblem("Person", idOrSlug);
        }
        var page = await db.Articles
            .Where(a => a.People.Any(p => p.PersonId == personId))
            .ToSummaryPageAsync(ArticleSort.Newest, paging, ct);
        PagingHeaders.Write(HttpContext, page);
        return page;
    }

    /// <summary>Quotations attributed to a person, newest article first.</summary>
    /// <remarks>Each quotation carries the article it comes from (slug, headline, publishedAt). Partial quotes are phrases quoted inside a sentence.</remarks>
    /// <param name="idOrSlug" example="vasily-kashin">Numeric id or slug of the person.</param>
    /// <param name="paging">Page and page size.</param>
    /// <param name="ct">Cancelled when the client goes away.</param>
    /// <response code="200">One page of quotations.</response>
    /// <response code="400">A parameter is out of range or malformed.</response>
    /// <response code="404">No person has that id or slug.</response>
    [HttpGet("{idOrSlug}/quotes")]
    [ProducesResponseType<PagedResponse<PersonQuoteResponse>>(StatusCodes.Status200OK, "application/json")]
    [ProducesResponseType<ValidationProblemDetails>(StatusCodes.Status400BadRequest, ProblemResults.ContentType)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound, ProblemResults.ContentType)]
    public async Task<ActionResult<PagedResponse<PersonQuoteResponse>>> Quotes(
        [RegularExpression(IdOrSlug.Pattern), MaxLength(Person.SlugMaxLength)] string idOrSlug,
        [FromQuery] PageQuery paging,
        CancellationToken ct)
    {
        if (!this.TryParseIdOrSlug(idOrSlug, Person.SlugMaxLength, out var key))
        {
            return ValidationProblem();
        }
        var personId = await db.People.Where(key.Matches<Person>(p => p.Id, p => p.Slug)).Select(p => (int?)p.Id).SingleOrDefaultAsync(ct);
        if (personId is null)
        {
            return this.NotFoundProblem("Person", idOrSlug);
        }
        var page = await db.Quotes.AsNoTracking()
            .Where(q => q.SpeakerId == personId)
            .OrderByDescending(q => q.Article.PublishedAt).ThenByDescending(q => q.ArticleId).ThenBy(q => q.Order).ThenBy(q => q.Id)
            .Select(q => new PersonQuoteResponse(q.Text, q.Partial, new QuotedInArticle(q.Article.Slug, q.Article.Headline, q.Article.PublishedAt)))
            .ToPageAsync(paging, ct);
        PagingHeaders.Write(HttpContext, page);
        return page;
    }
}
