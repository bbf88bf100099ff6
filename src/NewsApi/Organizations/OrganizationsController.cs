using System.ComponentModel.DataAnnotations;
using System.Linq.Expressions;
using FluentValidation;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using NewsApi.Data;
using NewsApi.Data.Entities;
using NewsApi.Directories;
using NewsApi.Infrastructure;
using NewsApi.Paging;
using NewsApi.People;
using NewsApi.Relations;

namespace NewsApi.Organizations;

/// <summary>Organizations mentioned in articles; the actions it shares with the other directories are documented here.</summary>
/// <operation name="List">
/// <summary>Lists organizations, by name or by how many articles mention them.</summary>
/// <remarks>`q` matches part of the name or of an alias (an acronym, a short form), case-insensitive. Paged: `Link` and `X-Total-Count` headers.</remarks>
/// <response code="200">One page of organizations.</response>
/// <response code="400">A parameter is out of range or malformed; `errors` names it.</response>
/// </operation>
/// <operation name="Get">
/// <summary>One organization with its kind, parent, aliases and article count.</summary>
/// <remarks>`idOrSlug` is an id when it is all digits and a slug otherwise. `parent` is the organization it belongs to, where the text says so.</remarks>
/// <parameter name="idOrSlug" example="xinhua">Numeric id or slug of the organization.</parameter>
/// <response code="200">The organization, with a strong ETag for If-None-Match and If-Match.</response>
/// <response code="304">If-None-Match names the current ETag.</response>
/// <response code="400">The key is neither an id nor a well-formed slug.</response>
/// <response code="404">No organization has that id or slug.</response>
/// </operation>
/// <operation name="Articles">
/// <summary>Articles that mention an organization, newest first.</summary>
/// <remarks>Items have the same shape as in `GET /api/articles`.</remarks>
/// <parameter name="idOrSlug" example="xinhua">Numeric id or slug of the organization.</parameter>
/// <parameter name="paging">Page and page size.</parameter>
/// <response code="200">One page of articles.</response>
/// <response code="400">A parameter is out of range or malformed.</response>
/// <response code="404">No organization has that id or slug.</response>
/// </operation>
/// <operation name="Related">
/// <summary>The people and organizations that appear in the same articles as an organization, with counts.</summary>
/// <remarks>Who appears with whom: each entry counts the articles it shares with this organization, most shared first, then by name.</remarks>
/// <parameter name="idOrSlug" example="xinhua">Numeric id or slug of the organization.</parameter>
/// <parameter name="type">Only `person` or only `organization` entries; both when omitted.</parameter>
/// <parameter name="paging">Page and page size.</parameter>
/// <response code="200">One page of the related people and organizations, in the envelope of every list.</response>
/// <response code="400">The key is malformed, `type` is unknown, or a paging parameter is out of range.</response>
/// <response code="404">No organization has that id or slug.</response>
/// </operation>
/// <operation name="Create">
/// <summary>Creates an organization.</summary>
/// <remarks>
/// The slug is made from the name (with a numeric suffix when taken) and never changes afterwards, not even on a rename.
/// `parent` is the slug of an existing organization. Needs an `editor` or `admin` key in `X-Api-Key`.
/// </remarks>
/// <parameter name="request">The new organization.</parameter>
/// <response code="201">Created; `Location` is its URL and `ETag` its version.</response>
/// <response code="400">The body is invalid, has a property a client may not set (`id`, `slug`...), or names an unknown parent; `errors` names the field.</response>
/// <response code="413">The body is over 256 KB.</response>
/// <response code="401">No API key, or one that is not configured.</response>
/// <response code="403">The key's role may not create.</response>
/// <response code="409">An organization with the same name (ignoring case and accents) exists; `existing` is its slug.</response>
/// </operation>
/// <operation name="Replace">
/// <summary>Replaces an organization's name, kind, parent and aliases.</summary>
/// <remarks>
/// Send the ETag of your last GET in `If-Match`. A renamed organization keeps its slug. Omitted `kind`, `parent` and
/// `aliases` are cleared; a parent that is the organization itself or one below it is a 400. Needs an `editor` or `admin` key.
/// </remarks>
/// <parameter name="idOrSlug" example="higher-school-of-economics">Numeric id or slug of the organization.</parameter>
/// <parameter name="request">The whole new state.</parameter>
/// <response code="200">Replaced; the body and `ETag` are what a GET now returns.</response>
/// <response code="400">The body is invalid, has a property a client may not set, or names an unknown parent or one that would make a cycle.</response>
/// <response code="413">The body is over 256 KB.</response>
/// <response code="401">No API key, or one that is not configured.</response>
/// <response code="403">The key's role may not update.</response>
/// <response code="404">No organization has that id or slug.</response>
/// <response code="409">Another organization already has the new name.</response>
/// <response code="412">`If-Match` is not the current ETag (sent back in `ETag`): someone else changed the organization.</response>
/// <response code="428">`If-Match` is missing.</response>
/// </operation>
/// <operation name="Patch">
/// <summary>Changes some of an organization's fields (JSON Merge Patch).</summary>
/// <remarks>
/// RFC 7396, `Content-Type: application/merge-patch+json`: members present replace the stored ones, `null` clears one,
/// `aliases` is replaced as a whole. The result is validated like a PUT. Send `If-Match`. Needs an `editor` or `admin` key.
/// </remarks>
/// <parameter name="idOrSlug" example="higher-school-of-economics">Numeric id or slug of the organization.</parameter>
/// <parameter name="patch">The members to change, such as `{ "kind": "university" }`.</parameter>
/// <response code="200">Patched; the body and `ETag` are what a GET now returns.</response>
/// <response code="400">The patch is not an object, sets an unknown or forbidden member, or the result is invalid.</response>
/// <response code="413">The body is over 256 KB.</response>
/// <response code="401">No API key, or one that is not configured.</response>
/// <response code="403">The key's role may not update.</response>
/// <response code="404">No organization has that id or slug.</response>
/// <response code="409">Another organization already has the new name.</response>
/// <response code="412">`If-Match` is not the current ETag (sent back in `ETag`).</response>
/// <response code="415">The body is not `application/merge-patch+json`.</response>
/// <response code="428">`If-Match` is missing.</response>
/// </operation>
/// <operation name="Delete">
/// <summary>Deletes an organization.</summary>
/// <remarks>
/// An organization still linked to articles is a 409 (with `articleCount`) unless `force=true`, which first removes it
/// from those articles. People affiliated with it lose the affiliation and organizations under it lose their parent
/// either way. Send `If-Match`. Needs an `admin` key.
/// </remarks>
/// <parameter name="idOrSlug" example="higher-school-of-economics">Numeric id or slug of the organization.</parameter>
/// <parameter name="force">Unlink from articles first instead of refusing.</parameter>
/// <response code="204">Deleted.</response>
/// <response code="400">The key is neither an id nor a well-formed slug.</response>
/// <response code="401">No API key, or one that is not configured.</response>
/// <response code="403">Only the `admin` role may delete.</response>
/// <response code="404">No organization has that id or slug.</response>
/// <response code="409">Articles still refer to the organization and `force` is not set.</response>
/// <response code="412">`If-Match` is not the current ETag (sent back in `ETag`).</response>
/// <response code="428">`If-Match` is missing.</response>
/// </operation>
/// <operation name="Merge">
/// <summary>Merges a duplicate organization into another one.</summary>
/// <remarks>
/// The organization in the path is merged INTO the one named by `into` and deleted, in one transaction: its article
/// links move (mention counts are added where both appear in one article), people affiliated with it and organizations
/// under it move to the survivor, its name and aliases become the survivor's aliases, and its kind and parent fill the
/// survivor's when it has none. `If-Match` is optional; when sent, it must be the ETag of the organization in the path.
/// Needs an `editor` or `admin` key.
/// </remarks>
/// <parameter name="idOrSlug" example="hse">Numeric id or slug of the duplicate, which disappears.</parameter>
/// <parameter name="request">Which organization survives.</parameter>
/// <response code="200">Merged; the body and `ETag` are the survivor's.</response>
/// <response code="400">`into` is malformed, unknown, or the organization itself.</response>
/// <response code="413">The body is over 256 KB.</response>
/// <response code="401">No API key, or one that is not configured.</response>
/// <response code="403">The key's role may not merge.</response>
/// <response code="404">No organization has the id or slug in the path.</response>
/// <response code="412">`If-Match` was sent and is not the current ETag of the organization in the path.</response>
/// </operation>
/// <param name="db">The database.</param>
[Route("api/organizations")]
public sealed partial class OrganizationsController(NewsDbContext db)
    : EntityDirectoryController<Organization, OrganizationSummary, OrganizationResponse, OrganizationRequest, OrganizationMergeRequest>(db)
{
    protected override DirectoryResource<Organization, OrganizationRequest, OrganizationResponse> Resource { get; } = new(
        new OrganizationRequestValidator(), OrganizationResponse.Projection, OrganizationRequest.Of,
        (name, normalizedName, slug) => new Organization { Name = name, NormalizedName = normalizedName, Slug = slug },
        ConflictDetail: "Another request saved an organization with this name, or removed the parent, at the same time. GET the current state and retry.");

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
        await Reads.LinkedAsync(idOrSlug, organizationId => AffiliatedWith(organizationId).ToPageAsync(paging, ct), ct);

    protected override Expression<Func<Organization, OrganizationSummary>> SummaryProjection => OrganizationSummary.Projection;

    protected override Expression<Func<Organization, int>> ArticleCount => o => o.Articles.Count;

    protected override IQueryable<Article> ArticlesShowing(int id) => Db.Articles.Where(a => a.Organizations.Any(o => o.OrganizationId == id));

    private IQueryable<PersonSummary> AffiliatedWith(int organizationId) =>
        Db.People.AsNoTracking().Where(p => p.AffiliationId == organizationId).OrderBy(p => p.Name).ThenBy(p => p.Id).Select(PersonSummary.Projection);

    /// <summary>An organization is also found by an alias: an acronym or a short form.</summary>
    protected override IQueryable<Organization> Search(IQueryable<Organization> rows, string term) =>
        rows.Where(o => o.NormalizedName.Contains(term) || o.Aliases.Any(alias => alias.ToLower().Contains(term)));

    protected override Task<PagedResponse<RelatedEntity>> RelatedPageAsync(int id, RelatedType? type, PageQuery paging, CancellationToken ct) =>
        CoOccurrence.PageAsync(Db, Db.ArticleOrganizations.Where(ao => ao.OrganizationId == id).Select(ao => ao.ArticleId), null, id, type, paging, ct);
}
