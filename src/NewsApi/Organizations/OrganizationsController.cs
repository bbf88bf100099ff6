using System.ComponentModel.DataAnnotations;
using NewsApi.Directories;
using NewsApi.Paging;
using NewsApi.People;

namespace NewsApi.Organizations;

/// <summary>Organizations mentioned in articles; the actions it shares with the other directories are documented here.</summary>
/// <directory one="organization" a="an organization" many="organizations" key="xinhua" edit-key="higher-school-of-economics" duplicate-key="hse" />
/// <operation name="List">
/// <remarks>`q` matches part of the name or of an alias (an acronym, a short form), case-insensitive. Paged: `Link` and `X-Total-Count` headers.</remarks>
/// </operation>
/// <operation name="Get">
/// <summary>One organization with its kind, parent, aliases and article count.</summary>
/// <remarks>`idOrSlug` is an id when it is all digits and a slug otherwise. `parent` is the organization it belongs to, where the text says so.</remarks>
/// </operation>
/// <operation name="Create">
/// <remarks>
/// The slug is made from the name (with a numeric suffix when taken) and never changes afterwards, not even on a rename.
/// `parent` is the slug of an existing organization. Needs an `editor` or `admin` key in `X-Api-Key`.
/// </remarks>
/// <response code="400">The body is invalid, has a property a client may not set (`id`, `slug`...), or names an unknown parent; `errors` names the field.</response>
/// </operation>
/// <operation name="Replace">
/// <summary>Replaces an organization's name, kind, parent and aliases.</summary>
/// <remarks>
/// Send the ETag of your last GET in `If-Match`. A renamed organization keeps its slug. Omitted `kind`, `parent` and
/// `aliases` are cleared; a parent that is the organization itself or one below it is a 400. Needs an `editor` or `admin` key.
/// </remarks>
/// <response code="400">The body is invalid, has a property a client may not set, or names an unknown parent or one that would make a cycle.</response>
/// </operation>
/// <operation name="Patch">
/// <parameter name="patch">The members to change, such as `{ "kind": "university" }`.</parameter>
/// </operation>
/// <operation name="Delete">
/// <remarks>
/// An organization still linked to articles is a 409 (with `articleCount`) unless `force=true`, which first removes it
/// from those articles. People affiliated with it lose the affiliation and organizations under it lose their parent
/// either way. Send `If-Match`. Needs an `admin` key.
/// </remarks>
/// </operation>
/// <operation name="Merge">
/// <remarks>
/// The organization in the path is merged INTO the one named by `into` and deleted, in one transaction: its article
/// links move (mention counts are added where both appear in one article), people affiliated with it and organizations
/// under it move to the survivor, its name and aliases become the survivor's aliases, and its kind and parent fill the
/// survivor's when it has none. `If-Match` is optional; when sent, it must be the ETag of the organization in the path.
/// Needs an `editor` or `admin` key.
/// </remarks>
/// </operation>
/// <param name="db">The database.</param>
[Route("api/organizations")]
public sealed partial class OrganizationsController(NewsDbContext db)
    : EntityDirectoryController<Organization, ArticleOrganization, OrganizationSummary, OrganizationResponse, OrganizationRequest, OrganizationMergeRequest>(db)
{
    protected override DirectoryResource<Organization, OrganizationRequest> Resource { get; } = new(
        new OrganizationRequestValidator(),
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
        [RegularExpression(IdOrSlug.Pattern)] string idOrSlug, [FromQuery] PageQuery paging, CancellationToken ct) =>
        await Reads.LinkedAsync(idOrSlug, organizationId => AffiliatedWith(organizationId).ToPageAsync(paging, ct), ct);

    private IQueryable<PersonSummary> AffiliatedWith(int organizationId) =>
        Db.People.AsNoTracking().Where(p => p.AffiliationId == organizationId).OrderBy(p => p.Name).ThenBy(p => p.Id).Select(PersonSummary.Projection);
}
