using Microsoft.EntityFrameworkCore;
using NewsApi.Data;

namespace NewsApi.Relations;

/// <summary>A person or organization that appears in the same articles, with how many articles they share.</summary>
/// <param name="Slug" example="amara-okafor">The key to its own endpoint.</param>
/// <param name="Name" example="Amara Okafor">Its display name.</param>
/// <param name="Articles" example="3">Articles both appear in.</param>
public sealed record RelatedEntity(string Slug, string Name, int Articles);

/// <summary>Who appears with whom: the people and organizations sharing articles with one person or organization, most shared first.</summary>
/// <param name="Articles" example="5">Articles the person or organization itself appears in.</param>
/// <param name="People">People sharing articles with it, most shared first, then by name.</param>
/// <param name="Organizations">Organizations sharing articles with it, most shared first, then by name.</param>
public sealed record RelatedResponse(int Articles, IReadOnlyList<RelatedEntity> People, IReadOnlyList<RelatedEntity> Organizations);

public static class CoOccurrence
{
    public const int DefaultLimit = 20;
    public const int MaxLimit = 100;

    /// <summary>Counts co-occurrence over <paramref name="articleIds"/>, leaving out the subject itself.</summary>
    public static async Task<RelatedResponse> CountAsync(
        NewsDbContext db, IQueryable<int> articleIds, int? excludedPersonId, int? excludedOrganizationId, int limit, CancellationToken ct)
    {
        var articles = await articleIds.CountAsync(ct);
        var people = await db.ArticlePeople.AsNoTracking()
            .Where(ap => articleIds.Contains(ap.ArticleId) && ap.PersonId != excludedPersonId)
            .GroupBy(ap => ap.PersonId)
            .Select(g => new { Id = g.Key, Articles = g.Count() })
            .Join(db.People, g => g.Id, p => p.Id, (g, p) => new { p.Slug, p.Name, g.Articles })
            .OrderByDescending(r => r.Articles).ThenBy(r => r.Name).ThenBy(r => r.Slug)
            .Take(limit)
            .ToListAsync(ct);
        var organizations = await db.ArticleOrganizations.AsNoTracking()
            .Where(ao => articleIds.Contains(ao.ArticleId) && ao.OrganizationId != excludedOrganizationId)
            .GroupBy(ao => ao.OrganizationId)
            .Select(g => new { Id = g.Key, Articles = g.Count() })
            .Join(db.Organizations, g => g.Id, o => o.Id, (g, o) => new { o.Slug, o.Name, g.Articles })
            .OrderByDescending(r => r.Articles).ThenBy(r => r.Name).ThenBy(r => r.Slug)
            .Take(limit)
            .ToListAsync(ct);
        return new RelatedResponse(
            articles,
            people.Select(p => new RelatedEntity(p.Slug, p.Name, p.Articles)).ToList(),
            organizations.Select(o => new RelatedEntity(o.Slug, o.Name, o.Articles)).ToList());
    }
}
