using NewsApi.Paging;

namespace NewsApi.Relations;

/// <summary>What a related entry is.</summary>
public enum RelatedType
{
    /// <summary>A person: `/api/people/{slug}`.</summary>
    Person,

    /// <summary>An organization: `/api/organizations/{slug}`.</summary>
    Organization,
}

/// <summary>A person or organization that appears in the same articles, with how many articles they share.</summary>
/// <param name="Type" example="person">`person` or `organization`: which endpoint the slug belongs to.</param>
/// <param name="Slug" example="ingrid-solberg">The key to its own endpoint.</param>
/// <param name="Name" example="Maren Tveitane">Its display name.</param>
/// <param name="Articles" example="3">Articles both appear in.</param>
public sealed record RelatedEntity(RelatedType Type, string Slug, string Name, int Articles);

public static class CoOccurrence
{
    /// <summary>
    /// One page of the people and organizations sharing articles in <paramref name="articleIds"/>, most shared first, then
    /// by name, leaving out the subject itself (the person or organization with <paramref name="subjectId"/>); only
    /// <paramref name="type"/> when given.
    /// </summary>
    public static Task<PagedResponse<RelatedEntity>> PageAsync<TSubject>(
        NewsDbContext db, IQueryable<int> articleIds, int subjectId, RelatedType? type, PageQuery paging, CancellationToken ct)
    {
        int? excludedPersonId = typeof(TSubject) == typeof(Person) ? subjectId : null;
        int? excludedOrganizationId = typeof(TSubject) == typeof(Organization) ? subjectId : null;
        var people = db.ArticlePeople.AsNoTracking()
            .Where(ap => articleIds.Contains(ap.ArticleId) && ap.PersonId != excludedPersonId)
            .GroupBy(ap => ap.PersonId)
            .Select(g => new { Id = g.Key, Articles = g.Count() })
            .Join(db.People, g => g.Id, p => p.Id, (g, p) => new RelatedRow { Type = RelatedType.Person, Slug = p.Slug, Name = p.Name, Articles = g.Articles });
        var organizations = db.ArticleOrganizations.AsNoTracking()
            .Where(ao => articleIds.Contains(ao.ArticleId) && ao.OrganizationId != excludedOrganizationId)
            .GroupBy(ao => ao.OrganizationId)
            .Select(g => new { Id = g.Key, Articles = g.Count() })
            .Join(db.Organizations, g => g.Id, o => o.Id, (g, o) => new RelatedRow { Type = RelatedType.Organization, Slug = o.Slug, Name = o.Name, Articles = g.Articles });
        var rows = type switch
        {
            RelatedType.Person => people,
            RelatedType.Organization => organizations,
            _ => people.Concat(organizations),
        };
        return rows
            .OrderByDescending(r => r.Articles).ThenBy(r => r.Name).ThenBy(r => r.Type).ThenBy(r => r.Slug)
            .Select(r => new RelatedEntity(r.Type, r.Slug, r.Name, r.Articles))
            .ToPageAsync(paging, ct);
    }

    /// <summary>A class with setters, not a record, so that EF can combine the two sides of the UNION column by column.</summary>
    private sealed class RelatedRow
    {
        public RelatedType Type { get; init; }
        public string Slug { get; init; } = "";
        public string Name { get; init; } = "";
        public int Articles { get; init; }
    }
}
