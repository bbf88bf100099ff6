using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using NewsApi.Articles;
using NewsApi.Data;
using NewsApi.Data.Entities;
using NewsApi.Directories;
using NewsApi.Infrastructure;
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
    [ApiConventionMethod(typeof(DirectoryResponses), nameof(DirectoryResponses.List))]
    public async Task<ActionResult<PagedResponse<PersonSummary>>> List(
        [FromQuery] PageQuery paging, [FromQuery] DirectoryQuery query, CancellationToken ct) =>
        await Reads.ListAsync(paging, query, NameOrAliasContains, p => p.Articles.Count, PersonSummary.Projection, ct);

    /// <summary>One person with their title, affiliation, aliases and article count.</summary>
    /// <remarks>`idOrSlug` is an id when it is all digits and a slug otherwise. The title and affiliation are the latest an article gives.</remarks>
    /// <param name="idOrSlug" example="vasily-kashin">Numeric id or slug of the person.</param>
    /// <param name="ct">Cancelled when the client goes away.</param>
    /// <response code="200">The person, with a strong ETag for If-None-Match and If-Match.</response>
    /// <response code="304">If-None-Match names the current ETag.</response>
    /// <response code="400">The key is neither an id nor a well-formed slug.</response>
    /// <response code="404">No person has that id or slug.</response>
    [HttpGet("{idOrSlug}")]
    [ApiConventionMethod(typeof(DirectoryResponses), nameof(DirectoryResponses.Get))]
    public async Task<ActionResult<PersonResponse>> Get(
        [RegularExpression(IdOrSlug.Pattern), MaxLength(Person.SlugMaxLength)] string idOrSlug, CancellationToken ct) =>
        await Reads.OneAsync(idOrSlug, PersonResponse.Projection, ct);

    /// <summary>Articles that mention a person, newest first.</summary>
    /// <remarks>Items have the same shape as in `GET /api/articles`.</remarks>
    /// <param name="idOrSlug" example="vasily-kashin">Numeric id or slug of the person.</param>
    /// <param name="paging">Page and page size.</param>
    /// <param name="ct">Cancelled when the client goes away.</param>
    /// <response code="200">One page of articles.</response>
    /// <response code="400">A parameter is out of range or malformed.</response>
    /// <response code="404">No person has that id or slug.</response>
    [HttpGet("{idOrSlug}/articles")]
    [ApiConventionMethod(typeof(DirectoryResponses), nameof(DirectoryResponses.Linked))]
    public async Task<ActionResult<PagedResponse<ArticleSummary>>> Articles(
        [RegularExpression(IdOrSlug.Pattern), MaxLength(Person.SlugMaxLength)] string idOrSlug, [FromQuery] PageQuery paging, CancellationToken ct) =>
        await Reads.LinkedAsync(
            idOrSlug, personId => db.Articles.Where(a => a.People.Any(p => p.PersonId == personId)).ToSummaryPageAsync(ArticleSort.Newest, paging, ct), ct);

    /// <summary>Quotations attributed to a person, newest article first.</summary>
    /// <remarks>Each quotation carries the article it comes from (slug, headline, publishedAt). Partial quotes are phrases quoted inside a sentence.</remarks>
    /// <param name="idOrSlug" example="vasily-kashin">Numeric id or slug of the person.</param>
    /// <param name="paging">Page and page size.</param>
    /// <param name="ct">Cancelled when the client goes away.</param>
    /// <response code="200">One page of quotations.</response>
    /// <response code="400">A parameter is out of range or malformed.</response>
    /// <response code="404">No person has that id or slug.</response>
    [HttpGet("{idOrSlug}/quotes")]
    [ApiConventionMethod(typeof(DirectoryResponses), nameof(DirectoryResponses.Linked))]
    public async Task<ActionResult<PagedResponse<PersonQuoteResponse>>> Quotes(
        [RegularExpression(IdOrSlug.Pattern), MaxLength(Person.SlugMaxLength)] string idOrSlug, [FromQuery] PageQuery paging, CancellationToken ct) =>
        await Reads.LinkedAsync(
            idOrSlug,
            personId => db.Quotes.AsNoTracking()
                .Where(q => q.SpeakerId == personId)
                .OrderByDescending(q => q.Article.PublishedAt).ThenByDescending(q => q.ArticleId).ThenBy(q => q.Order).ThenBy(q => q.Id)
                .Select(q => new PersonQuoteResponse(q.Text, q.Partial, new QuotedInArticle(q.Article.Slug, q.Article.Headline, q.Article.PublishedAt)))
                .ToPageAsync(paging, ct),
            ct);

    private DirectoryReads<Person> Reads => new(this, db.People, "Person", Person.SlugMaxLength);

    private static IQueryable<Person> NameOrAliasContains(IQueryable<Person> people, string term) =>
        people.Where(p => p.NormalizedName.Contains(term) || p.Aliases.Any(alias => alias.ToLower().Contains(term)));
}
