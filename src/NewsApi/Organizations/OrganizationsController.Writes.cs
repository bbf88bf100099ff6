using NewsApi.Directories;

namespace NewsApi.Organizations;

public sealed partial class OrganizationsController
{
    /// <summary>A forced delete: the organization leaves its articles; affiliated people and child organizations lose the link.</summary>
    protected override async Task UnlinkAsync(Organization organization, CancellationToken ct)
    {
        await Db.ArticleOrganizations.Where(l => l.OrganizationId == organization.Id).ExecuteDeleteAsync(ct);
        await Db.People.Where(p => p.AffiliationId == organization.Id).ExecuteUpdateAsync(s => s.SetProperty(p => p.AffiliationId, (int?)null), ct);
        await Db.Organizations.Where(o => o.ParentId == organization.Id).ExecuteUpdateAsync(s => s.SetProperty(o => o.ParentId, (int?)null), ct);
    }

    /// <summary>
    /// A merge: article links move to the survivor (mention counts added where both appear in one article), so do affiliated
    /// people and child organizations; kind and parent fill the survivor's gaps.
    /// </summary>
    protected override async Task AbsorbAsync(Organization merged, Organization survivor, CancellationToken ct)
    {
        await MoveLinksAsync(
            l => l.OrganizationId == merged.Id || l.OrganizationId == survivor.Id, l => l.OrganizationId, survivor.Id,
            (kept, link) => kept.MentionCount += link.MentionCount,
            link => new ArticleOrganization { ArticleId = link.ArticleId, OrganizationId = survivor.Id, MentionCount = link.MentionCount },
            ct);
        await Db.People.Where(p => p.AffiliationId == merged.Id).ExecuteUpdateAsync(s => s.SetProperty(p => p.AffiliationId, (int?)survivor.Id), ct);
        await Db.Organizations.Where(o => o.ParentId == merged.Id && o.Id != survivor.Id).ExecuteUpdateAsync(s => s.SetProperty(o => o.ParentId, (int?)survivor.Id), ct);

        survivor.Kind ??= merged.Kind;
        if (survivor.ParentId == merged.Id || survivor.ParentId is null)
        {
            // The survivor takes the merged one's place under its parent, unless that parent sits below the survivor.
            survivor.ParentId = merged.ParentId is int parentId && parentId != survivor.Id && !await IsBelowAsync(parentId, survivor.Id, ct) ? parentId : null;
        }
        // Fix-up before the delete, so that EF does not null the survivor's new parent as a dependent of the deleted row.
        Db.ChangeTracker.DetectChanges();
    }


    /// <summary>Copies the request's kind, parent and aliases onto the row; a 400 when the parent does not exist or would make a cycle.</summary>
    protected override async Task<ActionResult?> ApplyAsync(Organization organization, OrganizationRequest request, CancellationToken ct)
    {
        var (parentId, unknown) = await OrganizationNamedAsync(request.Parent, "parent", ct);
        if (unknown is not null)
        {
            return unknown;
        }
        if (parentId is int id && organization.Id != 0 && (id == organization.Id || await IsBelowAsync(id, organization.Id, ct)))
        {
            return this.FieldProblem("parent", $"'{request.Parent}' is this organization or one below it; a parent may not make a cycle.");
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
            current = await Db.Organizations.Where(o => o.Id == id).Select(o => o.ParentId).SingleOrDefaultAsync(ct);
            if (current == ancestorId)
            {
                return true;
            }
        }
        return false;
    }
}
