using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using NewsApi.Articles;
using NewsApi.Data;
using NewsApi.Data.Entities;
using NewsApi.Directories;
using NewsApi.Infrastructure;
using NewsApi.Paging;
using NewsApi.People;

namespace NewsApi.Organizations;

[ApiController]
[Route("api/organizations")]
public sealed partial class OrganizationsController(NewsDbContext db) : ControllerBase
{
    /// <summary>Lists organizations, by name or by how many articles mention them.</summary>
    /// <remarks>`q` matches part of the name or of an alias (an acronym, a short form), case-insensitive. Paged: `Link` and `X-Total-Count` headers.</remarks>
    /// <response code="200">One page of organizations.</response>
    /// <response code="400">A parameter is out of range or malformed; `errors` names it.</response>
    [HttpGet]
    [ApiConventionMethod(typeof(DirectoryResponses), nameof(DirectoryResponses.List))]
    public async Task<ActionResult<PagedResponse<OrganizationSummary>>> List(
        [FromQuery] PageQuery paging, [FromQuery] DirectoryQuery query, CancellationToken ct) =>
        await Reads.ListAsync(paging, query, NameOrAliasContains, o => o.Articles.Count, OrganizationSummary.Projection, ct);

    /// <summary>One organization with its kind, parent, aliases and article count.</summary>
    /// <remarks>`idOrSlug` is an id when it is all digits and a slug otherwise. `parent` is the organization it belongs to, where the text says so.</remarks>
    /// <param name="idOrSlug" example="xinhua">Numeric id or slug of the organization.</param>
    /// <param name="ct">Cancelled when the client goes away.</param>
    /// <response code="200">The organization, with a strong ETag for If-None-Match and If-Match.</response>
    /// <response code="304">If-None-Match names the current ETag.</response>
    /// <response code="400">The key is neither an id nor a well-formed slug.</response>
    /// <response code="404">No organization has that id or slug.</response>
    [HttpGet("{idOrSlug}")]
    [ApiConventionMethod(typeof(DirectoryResponses), nameof(DirectoryResponses.Get))]
    public async Task<ActionResult<OrganizationResponse>> Get(
        [RegularExpression(IdOrSlug.Pattern), MaxLength(Organization.SlugMaxLength)] string idOrSlug, CancellationToken ct) =>
        await Reads.OneAsync(idOrSlug, OrganizationResponse.Projection, ct);

    /// <summary>Articles that mention an organization, newest first.</summary>
    /// <remarks>Items have the same shape as in `GET /api/articles`.</remarks>
    /// <param name="idOrSlug" example="xinhua">Numeric id or slug of the organization.</param>
    /// <param name="paging">Page and page size.</param>
    /// <param name="ct">Cancelled when the client goes away.</param>
    /// <response code="200">One page of articles.</response>
    /// <response code="400">A parameter is out of range or malformed.</response>
    /// <response code="404">No organization has that id or slug.</response>
    [HttpGet("{idOrSlug}/articles")]
    [ApiConventionMethod(typeof(DirectoryResponses), nameof(DirectoryResponses.Linked))]
    public async Task<ActionResult<PagedResponse<ArticleSummary>>> Articles(
        [RegularExpression(IdOrSlug.Pattern), MaxLength(Organization.SlugMaxLength)] string idOrSlug, [FromQuery] PageQuery paging, CancellationToken ct) =>
        await Reads.LinkedAsync(
            idOrSlug,
            organizationId => db.Articles.Where(a => a.Organizations.Any(o => o.OrganizationId == organizationId)).ToSummaryPageAsync(ArticleSort.Newest, paging, ct),
            ct);

    /// <summary>People affiliated with an organization, by name.</summary>
    /// <remarks>A person's affiliation is the one their latest article gives. Paged: `Link` and `X-Total-Count` headers.</remarks>
    /// <param name="idOrSlug" example="institute-for-far-eastern-studies">Numeric id or slug of the organization.</param>
    /// <param name="paging">Page and page size.</param>
    /// <param name="ct">Cancelled when the client goes away.</param>
    /// <response code="200">One page of people.</response>
    /// <response code="400">A parameter is out of range or malformed.</response>
    /// <response code="404">No organization has that id or slug.</response>
    [HttpGet("{idOrSlug}/people")]
    [ApiConventionMethod(typeof(DirectoryResponses), nameof(DirectoryResponses.Linked))]
    public async Task<ActionResult<PagedResponse<PersonSummary>>> People(
        [RegularExpression(IdOrSlug.Pattern), MaxLength(Organization.SlugMaxLength)] string idOrSlug, [FromQuery] PageQuery paging, CancellationToken ct) =>
        await Reads.LinkedAsync(
            idOrSlug,
            organizationId => db.People.AsNoTracking()
                .Where(p => p.AffiliationId == organizationId)
                .OrderBy(p => p.Name).ThenBy(p => p.Id)
                .Select(PersonSummary.Projection)
                .ToPageAsync(paging, ct),
            ct);

    private DirectoryReads<Organization> Reads => new(this, db.Organizations, "Organization", Organization.SlugMaxLength);

    private static IQueryable<Organization> NameOrAliasContains(IQueryable<Organization> organizations, string term) =>
        organizations.Where(o => o.NormalizedName.Contains(term) || o.Aliases.Any(alias => alias.ToLower().Contains(term)));
}
