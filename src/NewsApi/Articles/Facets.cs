using System.Text.Json.Serialization;
using NewsApi.Paging;

namespace NewsApi.Articles;

/// <summary>The facets a list can count.</summary>
[Flags]
public enum FacetKinds
{
    None = 0,
    Tags = 1,
    People = 2,
    Organizations = 4,
    Sources = 8,
    Years = 16,
}

public static class FacetNames
{
    private static readonly Dictionary<string, FacetKinds> Names = new(StringComparer.Ordinal)
    {
        ["tags"] = FacetKinds.Tags,
        ["people"] = FacetKinds.People,
        ["organizations"] = FacetKinds.Organizations,
        ["sources"] = FacetKinds.Sources,
        ["years"] = FacetKinds.Years,
    };

    /// <summary>Parses `tags,people,...`; an unknown or empty name is an error naming the ones that exist.</summary>
    public static bool TryParse(string? text, out FacetKinds kinds, out string? error)
    {
        kinds = FacetKinds.None;
        error = null;
        if (text is null)
        {
            return true;
        }
        foreach (var part in text.Split(','))
        {
            var name = part.Trim();
            if (!Names.TryGetValue(name, out var kind))
            {
                error = $"'{(name.Length > 40 ? name[..40] : name)}' is not a facet; use a comma-separated list of {string.Join(", ", Names.Keys)}.";
                kinds = FacetKinds.None;
                return false;
            }
            kinds |= kind;
        }
        return true;
    }
}

/// <summary>How many matching articles carry one tag, person or organization.</summary>
/// <param name="Slug" example="syria">Its slug, to add as a filter.</param>
/// <param name="Name" example="Syria">Its display name.</param>
/// <param name="Count" example="12">Matching articles that carry it.</param>
public sealed record EntityFacet(string Slug, string Name, int Count);

/// <summary>How many matching articles a source credits.</summary>
/// <param name="Name" example="Reuters">The source as stored.</param>
/// <param name="Count" example="7">Matching articles from it.</param>
public sealed record SourceFacet(string Name, int Count);

/// <summary>How many matching articles were published in one year (UTC).</summary>
/// <param name="Year" example="2021">The year.</param>
/// <param name="Count" example="30">Matching articles published in it.</param>
public sealed record YearFacet(int Year, int Count);

/// <summary>Counts over every article that matches the list's filters and query, the top ones of each kind asked for.</summary>
public sealed record ArticleFacets
{
    public const int TopCount = 10;

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public IReadOnlyList<EntityFacet>? Tags { get; init; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public IReadOnlyList<EntityFacet>? People { get; init; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public IReadOnlyList<EntityFacet>? Organizations { get; init; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public IReadOnlyList<SourceFacet>? Sources { get; init; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public IReadOnlyList<YearFacet>? Years { get; init; }

    /// <summary>
    /// One GROUP BY per kind asked for, over the ids of the matching articles; most frequent first, ties by name.
    /// <paramref name="all"/> says that every article matches, so that the links are counted straight from their indexes.
    /// </summary>
    public static async Task<ArticleFacets> CountAsync(NewsDbContext db, IQueryable<Article> matching, bool all, FacetKinds kinds, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        var ids = matching.Select(a => a.Id);
        var facets = new ArticleFacets();
        // Links are grouped by id (an index range, no text compared) and only the groups are joined to their names.
        if (kinds.HasFlag(FacetKinds.Tags))
        {
            var links = all ? db.ArticleTags : db.ArticleTags.Where(l => ids.Contains(l.ArticleId));
            var counts = links.GroupBy(l => l.TagId).Select(g => new { Id = g.Key, Count = g.Count() });
            facets = facets with
            {
                Tags = await (from c in counts
                              join t in db.Tags on c.Id equals t.Id
                              orderby c.Count descending, t.Name, t.Slug
                              select new EntityFacet(t.Slug, t.Name, c.Count)).Take(TopCount).ToListAsync(ct),
            };
        }
        if (kinds.HasFlag(FacetKinds.People))
        {
            var links = all ? db.ArticlePeople : db.ArticlePeople.Where(l => ids.Contains(l.ArticleId));
            var counts = links.GroupBy(l => l.PersonId).Select(g => new { Id = g.Key, Count = g.Count() });
            facets = facets with
            {
                People = await (from c in counts
                                join p in db.People on c.Id equals p.Id
                                orderby c.Count descending, p.Name, p.Slug
                                select new EntityFacet(p.Slug, p.Name, c.Count)).Take(TopCount).ToListAsync(ct),
            };
        }
        if (kinds.HasFlag(FacetKinds.Organizations))
        {
            var links = all ? db.ArticleOrganizations : db.ArticleOrganizations.Where(l => ids.Contains(l.ArticleId));
            var counts = links.GroupBy(l => l.OrganizationId).Select(g => new { Id = g.Key, Count = g.Count() });
            facets = facets with
            {
                Organizations = await (from c in counts
                                       join o in db.Organizations on c.Id equals o.Id
                                       orderby c.Count descending, o.Name, o.Slug
                                       select new EntityFacet(o.Slug, o.Name, c.Count)).Take(TopCount).ToListAsync(ct),
            };
        }
        if (kinds.HasFlag(FacetKinds.Sources))
        {
            facets = facets with
            {
                Sources = await matching.Where(a => a.Source != null)
                    .GroupBy(a => a.Source!)
                    .Select(g => new { Name = g.Key, Count = g.Count() })
                    .OrderByDescending(f => f.Count).ThenBy(f => f.Name).Take(TopCount)
                    .Select(f => new SourceFacet(f.Name, f.Count)).ToListAsync(ct),
            };
        }
        if (kinds.HasFlag(FacetKinds.Years))
        {
            var years = db.ArticleYears();
            facets = facets with
            {
                Years = await (all ? years : years.Where(y => ids.Contains(y.Id)))
                    .GroupBy(y => y.Year)
                    .Select(g => new { Year = g.Key, Count = g.Count() })
                    .OrderByDescending(f => f.Count).ThenByDescending(f => f.Year).Take(TopCount)
                    .Select(f => new YearFacet(f.Year, f.Count)).ToListAsync(ct),
            };
        }
        return facets;
    }
}

/// <summary>An article's publication year, read straight from the stored text.</summary>
public sealed class ArticleYear
{
    public int Id { get; init; }
    public int Year { get; init; }
}

/// <summary>A page of articles, with facet counts when `facets` asked for them.</summary>
/// <param name="Items">The articles on this page; empty beyond the last page.</param>
/// <param name="Page">The page number asked for; null when the page was asked for by cursor.</param>
/// <param name="PageSize">The page size asked for.</param>
/// <param name="TotalItems">How many articles match, on all pages.</param>
/// <param name="TotalPages">How many pages there are at this page size.</param>
/// <param name="Next">Cursor of the page after this one (pass it as `cursor`); null on the last page.</param>
/// <param name="Facets">Counts over all matching articles, for the kinds `facets` named; absent without `facets`.</param>
public sealed record ArticleListResponse(
    IReadOnlyList<ArticleSummary> Items,
    int? Page,
    int PageSize,
    int TotalItems,
    int TotalPages,
    string? Next,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] ArticleFacets? Facets)
{
    public static ArticleListResponse From(PagedResponse<ArticleSummary> page, ArticleFacets? facets)
    {
        ArgumentNullException.ThrowIfNull(page);
        return new(page.Items, page.Page, page.PageSize, page.TotalItems, page.TotalPages, page.Next, facets);
    }
}
