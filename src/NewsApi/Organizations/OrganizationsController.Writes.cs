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

namespace NewsApi.Organizations;

// The JSON formatter's "$.member" errors become the same field paths the validators report.
[JsonBodyErrors]
public sealed partial class OrganizationsController
{
    private static readonly OrganizationMergeRequestValidator MergeRequestValidator = new();

    private static readonly DirectoryResource<Organization, OrganizationRequest, OrganizationResponse> Directory = new(
        Noun: "organization",
        SlugMaxLength: Organization.SlugMaxLength,
        Validator: new OrganizationRequestValidator(),
        Projection: OrganizationResponse.Projection,
        ToRequest: current => new OrganizationRequest { Name = current.Name, Kind = current.Kind, Parent = current.Parent?.Slug, Aliases = current.Aliases },
        NewRow: (name, normalizedName, slug) => new Organization { Name = name, NormalizedName = normalizedName, Slug = slug },
        ArticlesOf: (db, organizationId, ct) => db.ArticlesOfOrganizationAsync(organizationId, ct),
        ConflictDetail: "Another request saved an organization with this name, or removed the parent, at the same time. GET the current state and retry.");

    /// <summary>Creates an organization.</summary>
    /// <remarks>
    /// The slug is made from the name (with a numeric suffix when taken) and never changes afterwards, not even on a rename.
    /// `parent` is the slug of an existing organization. Needs an `editor` or `admin` key in `X-Api-Key`.
    /// </remarks>
    /// <param name="request">The new organization.</param>
    /// <param name="ct">Cancelled when the client goes away.</param>
    /// <response code="201">Created; `Location` is its URL and `ETag` its version.</response>
    /// <response code="400">The body is invalid, has a property a client may not set (`id`, `slug`...), or names an unknown parent; `errors` names the field.</response>
    /// <response code="413">The body is over 256 KB.</response>
    /// <response code="401">No API key, or one that is not configured.</response>
    /// <response code="403">The key's role may not create.</response>
    /// <response code="409">An organization with the same name (ignoring case and accents) exists; `existing` is its slug.</response>
    [HttpPost]
    [Authorize(Policy = ApiKeyPolicies.Editor)]
    [Consumes("application/json")]
    [ApiConventionMethod(typeof(DirectoryResponses), nameof(DirectoryResponses.Create))]
    public async Task<ActionResult<OrganizationResponse>> Create(OrganizationRequest request, CancellationToken ct) =>
        await Writes.CreateAsync(request, ApplyAsync, ct);

    /// <summary>Replaces an organization's name, kind, parent and aliases.</summary>
    /// <remarks>
    /// Send the ETag of your last GET in `If-Match`. A renamed organization keeps its slug. Omitted `kind`, `parent` and
    /// `aliases` are cleared; a parent that is the organization itself or one below it is a 400. Needs an `editor` or `admin` key.
    /// </remarks>
    /// <param name="idOrSlug" example="higher-school-of-economics">Numeric id or slug of the organization.</param>
    /// <param name="request">The whole new state.</param>
    /// <param name="ct">Cancelled when the client goes away.</param>
    /// <response code="200">Replaced; the body and `ETag` are what a GET now returns.</response>
    /// <response code="400">The body is invalid, has a property a client may not set, or names an unknown parent or one that would make a cycle.</response>
    /// <response code="413">The body is over 256 KB.</response>
    /// <response code="401">No API key, or one that is not configured.</response>
    /// <response code="403">The key's role may not update.</response>
    /// <response code="404">No organization has that id or slug.</response>
    /// <response code="409">Another organization already has the new name.</response>
    /// <response code="412">`If-Match` is not the current ETag (sent back in `ETag`): someone else changed the organization.</response>
    /// <response code="428">`If-Match` is missing.</response>
    [HttpPut("{idOrSlug}")]
    [Authorize(Policy = ApiKeyPolicies.Editor)]
    [Consumes("application/json")]
    [ApiConventionMethod(typeof(DirectoryResponses), nameof(DirectoryResponses.Replace))]
    public async Task<ActionResult<OrganizationResponse>> Replace(
        [RegularExpression(IdOrSlug.Pattern), MaxLength(Organization.SlugMaxLength)] string idOrSlug, OrganizationRequest request, CancellationToken ct) =>
        await Writes.ReplaceAsync(idOrSlug, request, ApplyAsync, ct);

    /// <summary>Changes some of an organization's fields (JSON Merge Patch).</summary>
    /// <remarks>
    /// RFC 7396, `Content-Type: application/merge-patch+json`: members present replace the stored ones, `null` clears one,
    /// `aliases` is replaced as a whole. The result is validated like a PUT. Send `If-Match`. Needs an `editor` or `admin` key.
    /// </remarks>
    /// <param name="idOrSlug" example="higher-school-of-economics">Numeric id or slug of the organization.</param>
    /// <param name="patch">The members to change, such as `{ "kind": "university" }`.</param>
    /// <param name="ct">Cancelled when the client goes away.</param>
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
    [HttpPatch("{idOrSlug}")]
    [Authorize(Policy = ApiKeyPolicies.Editor)]
    [Consumes(MergePatch.MediaType)]
    [ApiConventionMethod(typeof(DirectoryResponses), nameof(DirectoryResponses.Patch))]
    public async Task<ActionResult<OrganizationResponse>> Patch(
        [RegularExpression(IdOrSlug.Pattern), MaxLength(Organization.SlugMaxLength)] string idOrSlug, [FromBody] JsonElement patch, CancellationToken ct) =>
        await Writes.PatchAsync(idOrSlug, patch, ApplyAsync, ct);

    /// <summary>Deletes an organization.</summary>
    /// <remarks>
    /// An organization still linked to articles is a 409 (with `articleCount`) unless `force=true`, which first removes it
    /// from those articles. People affiliated with it lose the affiliation and organizations under it lose their parent
    /// either way. Send `If-Match`. Needs an `admin` key.
    /// </remarks>
    /// <param name="idOrSlug" example="higher-school-of-economics">Numeric id or slug of the organization.</param>
    /// <param name="force">Unlink from articles first instead of refusing.</param>
    /// <param name="ct">Cancelled when the client goes away.</param>
    /// <response code="204">Deleted.</response>
    /// <response code="400">The key is neither an id nor a well-formed slug.</response>
    /// <response code="401">No API key, or one that is not configured.</response>
    /// <response code="403">Only the `admin` role may delete.</response>
    /// <response code="404">No organization has that id or slug.</response>
    /// <response code="409">Articles still refer to the organization and `force` is not set.</response>
    /// <response code="412">`If-Match` is not the current ETag (sent back in `ETag`).</response>
    /// <response code="428">`If-Match` is missing.</response>
    [HttpDelete("{idOrSlug}")]
    [Authorize(Policy = ApiKeyPolicies.Admin)]
    [ApiConventionMethod(typeof(DirectoryResponses), nameof(DirectoryResponses.Delete))]
    public async Task<ActionResult> Delete(
        [RegularExpression(IdOrSlug.Pattern), MaxLength(Organization.SlugMaxLength)] string idOrSlug, [FromQuery] bool force, CancellationToken ct) =>
        await Writes.DeleteAsync(idOrSlug, force, UnlinkAsync, ct);

    /// <summary>Merges a duplicate organization into another one.</summary>
    /// <remarks>
    /// The organization in the path is merged INTO the one named by `into` and deleted, in one transaction: its article
    /// links move (mention counts are added where both appear in one article), people affiliated with it and organizations
    /// under it move to the survivor, its name and aliases become the survivor's aliases, and its kind and parent fill the
    /// survivor's when it has none. `If-Match` is optional; when sent, it must be the ETag of the organization in the path.
    /// Needs an `editor` or `admin` key.
    /// </remarks>
    /// <param name="idOrSlug" example="hse">Numeric id or slug of the duplicate, which disappears.</param>
    /// <param name="request">Which organization survives.</param>
    /// <param name="ct">Cancelled when the client goes away.</param>
    /// <response code="200">Merged; the body and `ETag` are the survivor's.</response>
    /// <response code="400">`into` is malformed, unknown, or the organization itself.</response>
    /// <response code="413">The body is over 256 KB.</response>
    /// <response code="401">No API key, or one that is not configured.</response>
    /// <response code="403">The key's role may not merge.</response>
    /// <response code="404">No organization has the id or slug in the path.</response>
    /// <response code="412">`If-Match` was sent and is not the current ETag of the organization in the path.</response>
    [HttpPost("{idOrSlug}/merge")]
    [Authorize(Policy = ApiKeyPolicies.Editor)]
    [Consumes("application/json")]
    [ApiConventionMethod(typeof(DirectoryResponses), nameof(DirectoryResponses.Merge))]
    public async Task<ActionResult<OrganizationResponse>> Merge(
        [RegularExpression(IdOrSlug.Pattern), MaxLength(Organization.SlugMaxLength)] string idOrSlug, OrganizationMergeRequest request, CancellationToken ct) =>
        await Writes.MergeAsync(idOrSlug, request, MergeRequestValidator, AbsorbAsync, ct);

    private DirectoryWrites<Organization, OrganizationRequest, OrganizationResponse> Writes => new(this, db, Directory);

    /// <summary>A forced delete: the organization leaves its articles; affiliated people and child organizations lose the link.</summary>
    private async Task UnlinkAsync(Organization organization, CancellationToken ct)
    {
        await db.ArticleOrganizations.Where(l => l.OrganizationId == organization.Id).ExecuteDeleteAsync(ct);
        await db.People.Where(p => p.AffiliationId == organization.Id).ExecuteUpdateAsync(s => s.SetProperty(p => p.AffiliationId, (int?)null), ct);
        await db.Organizations.Where(o => o.ParentId == organization.Id).ExecuteUpdateAsync(s => s.SetProperty(o => o.ParentId, (int?)null), ct);
    }

    /// <summary>
    /// A merge: article links move to the survivor (mention counts added where both appear in one article), so do affiliated
    /// people and child organizations; the merged name and aliases become aliases; kind and parent fill the survivor's gaps.
    /// </summary>
    private async Task AbsorbAsync(Organization merged, Organization survivor, CancellationToken ct)
    {
        var links = await db.ArticleOrganizations.Where(l => l.OrganizationId == merged.Id || l.OrganizationId == survivor.Id).ToListAsync(ct);
        var survivorLinks = links.Where(l => l.OrganizationId == survivor.Id).ToDictionary(l => l.ArticleId);
        foreach (var link in links.Where(l => l.OrganizationId == merged.Id))
        {
            if (survivorLinks.TryGetValue(link.ArticleId, out var kept))
            {
                kept.MentionCount += link.MentionCount;
            }
            else
            {
                // The organization is part of the link's key, which EF cannot change in place: the link is re-created for the survivor.
                db.ArticleOrganizations.Add(new ArticleOrganization { ArticleId = link.ArticleId, OrganizationId = survivor.Id, MentionCount = link.MentionCount });
            }
            db.ArticleOrganizations.Remove(link);
        }
        await db.People.Where(p => p.AffiliationId == merged.Id).ExecuteUpdateAsync(s => s.SetProperty(p => p.AffiliationId, (int?)survivor.Id), ct);
        await db.Organizations.Where(o => o.ParentId == merged.Id && o.Id != survivor.Id).ExecuteUpdateAsync(s => s.SetProperty(o => o.ParentId, (int?)survivor.Id), ct);

        survivor.Aliases = DirectoryNames.CleanAliases(survivor.Name, [.. survivor.Aliases, merged.Name, .. merged.Aliases]);
        survivor.Kind ??= merged.Kind;
        if (survivor.ParentId == merged.Id || survivor.ParentId is null)
        {
            // The survivor takes the merged one's place under its parent, unless that parent sits below the survivor.
            survivor.ParentId = merged.ParentId is int parentId && parentId != survivor.Id && !await IsBelowAsync(parentId, survivor.Id, ct) ? parentId : null;
        }
        // Fix-up before the delete, so that EF does not null the survivor's new parent as a dependent of the deleted row.
        db.ChangeTracker.DetectChanges();
    }


    /// <summary>Copies the request's kind, parent and aliases onto the row; a 400 when the parent does not exist or would make a cycle.</summary>
    private async Task<ActionResult?> ApplyAsync(Organization organization, OrganizationRequest request, CancellationToken ct)
    {
        int? parentId = null;
        if (request.Parent is { } parent)
        {
            parentId = await db.Organizations.Where(o => o.Slug == parent).Select(o => (int?)o.Id).SingleOrDefaultAsync(ct);
            if (parentId is null)
            {
                return this.FieldProblem("parent", $"No organization has the slug '{parent}'.");
            }
            if (organization.Id != 0 && (parentId == organization.Id || await IsBelowAsync(parentId.Value, organization.Id, ct)))
            {
                return this.FieldProblem("parent", $"'{parent}' is this organization or one below it; a parent may not make a cycle.");
            }
        }
        organization.Kind = string.IsNullOrWhiteSpace(request.Kind) ? null : request.Kind.Trim();
        organization.ParentId = parentId;
        organization.Aliases = DirectoryNames.CleanAliases(organization.Name, request.Aliases);
        return null;
    }

    /// <summary>True when <paramref name="organizationId"/> has <paramref name="ancestorId"/> somewhere above it.</summary>
    private async Task<bool> IsBelowAsync(int organizationId, int ancestorId, CancellationToken ct)
    {
        var visited = new HashSet<int>();
        int? current = organizationId;
        // The visited set ends the walk on a cycle already stored, so that bad data cannot hang a request.
        while (current is int id && visited.Add(id))
        {
            current = await db.Organizations.Where(o => o.Id == id).Select(o => o.ParentId).SingleOrDefaultAsync(ct);
            if (current == ancestorId)
            {
                return true;
            }
        }
        return false;
    }
}
