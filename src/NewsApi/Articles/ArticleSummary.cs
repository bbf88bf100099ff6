using System.Linq.Expressions;
using System.Text.Json.Serialization;
using NewsApi.Directories;
using NewsApi.Paging;
using NewsApi.Search;

namespace NewsApi.Articles;

/// <summary>An article in a list: enough to show a card and to follow its links.</summary>
/// <param name="Id" example="1">Numeric id.</param>
/// <param name="Slug" example="senior-chinese-military-officer-visits-damascus">URL key, unique.</param>
/// <param name="Headline" example="Senior Chinese military officer visits Damascus">As printed, or derived from the lead where the page has none.</param>
/// <param name="PublishedAt" example="2021-01-16T00:44:00Z">UTC instant; null when the document gives no date.</param>
/// <param name="Lead" example="Earlier this week, a senior Chinese military officer visited Damascus to discuss closer ties between Syria and China.">The first body paragraph.</param>
/// <param name="Source" example="Reuters">News agency credited in the dateline, if any.</param>
/// <param name="Image">The first photo, if any.</param>
/// <param name="Tags">The page's own labels.</param>
/// <param name="People">People the article mentions.</param>
/// <param name="Organizations">Organizations the article mentions.</param>
public sealed record ArticleSummary(
    int Id,
    string Slug,
    string Headline,
    DateTimeOffset? PublishedAt,
    string Lead,
    string? Source,
    ImageResponse? Image,
    IReadOnlyList<EntityLink> Tags,
    IReadOnlyList<EntityLink> People,
    IReadOnlyList<EntityLink> Organizations)
{
    public static readonly Expression<Func<Article, ArticleSummary>> Projection = a => new ArticleSummary(
        a.Id,
        a.Slug,
        a.Headline,
        a.PublishedAt,
        a.Lead,
        a.Source,
        // Scalar subqueries seek the article's first image through the ArticleId index; a FirstOrDefault of a whole
        // image row makes EF number every image in the table (ROW_NUMBER over Images) on each list request.
        ImageResponse.FromColumns(
            a.Images.OrderBy(i => i.Order).Select(i => i.Caption).FirstOrDefault(),
            a.Images.OrderBy(i => i.Order).Select(i => i.Credit).FirstOrDefault(),
            a.Images.OrderBy(i => i.Order).Select(i => i.Url).FirstOrDefault()),
        a.Tags.OrderBy(t => t.Tag.Name).Select(t => new EntityLink(t.Tag.Slug, t.Tag.Name)).ToList(),
        a.People.OrderBy(p => p.Person.Name).Select(p => new EntityLink(p.Person.Slug, p.Person.Name)).ToList(),
        a.Organizations.OrderBy(o => o.Organization.Name).Select(o => new EntityLink(o.Organization.Slug, o.Organization.Name)).ToList());

    /// <summary>Where the search `q` matched this article, field by field; absent from lists without `q`.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public IReadOnlyList<FieldHighlights>? Highlights { get; init; }
}

/// <summary>The columns of a summary that come from the article's own row, read for a page before its links.</summary>
public sealed record ArticleSummaryRow(
    int Id, string Slug, string Headline, DateTimeOffset? PublishedAt, string Lead, string? Source, string? ImageCaption, string? ImageCredit, string? ImageUrl)
{
    public static readonly Expression<Func<Article, ArticleSummaryRow>> Projection = a => new ArticleSummaryRow(
        a.Id,
        a.Slug,
        a.Headline,
        a.PublishedAt,
        a.Lead,
        a.Source,
        // As in ArticleSummary.Projection: scalar subqueries seek the first image through the ArticleId index.
        a.Images.OrderBy(i => i.Order).Select(i => i.Caption).FirstOrDefault(),
        a.Images.OrderBy(i => i.Order).Select(i => i.Credit).FirstOrDefault(),
        a.Images.OrderBy(i => i.Order).Select(i => i.Url).FirstOrDefault());
}

/// <summary>
/// Summaries in two SQL commands whatever the page size: the rows, then the tags, people and organizations of all of them in
/// one UNION ALL. A split query would run one command per collection, each repeating the page's filter and order.
/// </summary>
public static class ArticleSummaries
{
    private const int TagLink = 0;
    private const int PersonLink = 1;
    private const int OrganizationLink = 2;

    /// <summary>The rows as summaries, in the rows' order; those <paramref name="cached"/> holds at this version are not read again.</summary>
    public static async Task<List<ArticleSummary>> CompleteAsync(
        NewsDbContext db, IReadOnlyList<ArticleSummaryRow> rows, CancellationToken ct, CachedSummaries? cached = null)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(rows);
        if (rows.Count == 0)
        {
            return [];
        }
        var version = cached is null ? 0 : await cached.Version(ct);
        var known = await (cached?.Cache).GetOrReadAsync(version, rows.Select(r => r.Id), async missing =>
        {
            var wanted = missing.ToHashSet();
            return (await ReadAsync(db, [.. rows.Where(r => wanted.Contains(r.Id))], ct)).Select(summary => KeyValuePair.Create(summary.Id, summary));
        });
        return rows.Select(r => known[r.Id]).ToList();
    }

    private static async Task<List<ArticleSummary>> ReadAsync(NewsDbContext db, IReadOnlyList<ArticleSummaryRow> rows, CancellationToken ct)
    {
        var ids = rows.Select(r => r.Id).ToArray();
        var links = await db.ArticleTags.Where(l => ids.Contains(l.ArticleId))
            .Select(l => new LinkRow { ArticleId = l.ArticleId, Kind = TagLink, Slug = l.Tag.Slug, Name = l.Tag.Name })
            .Concat(db.ArticlePeople.Where(l => ids.Contains(l.ArticleId))
                .Select(l => new LinkRow { ArticleId = l.ArticleId, Kind = PersonLink, Slug = l.Person.Slug, Name = l.Person.Name }))
            .Concat(db.ArticleOrganizations.Where(l => ids.Contains(l.ArticleId))
                .Select(l => new LinkRow { ArticleId = l.ArticleId, Kind = OrganizationLink, Slug = l.Organization.Slug, Name = l.Organization.Name }))
            // Ordered by the database, so that names sort by its collation exactly as the per-collection queries did.
            .OrderBy(l => l.ArticleId).ThenBy(l => l.Kind).ThenBy(l => l.Name)
            .AsNoTracking()
            .ToListAsync(ct);

        var byArticle = new Dictionary<int, (List<EntityLink> Tags, List<EntityLink> People, List<EntityLink> Organizations)>(rows.Count);
        foreach (var id in ids)
        {
            byArticle[id] = ([], [], []);
        }
        foreach (var link in links)
        {
            var lists = byArticle[link.ArticleId];
            var list = link.Kind switch
            {
                TagLink => lists.Tags,
                PersonLink => lists.People,
                _ => lists.Organizations,
            };
            list.Add(new EntityLink(link.Slug, link.Name));
        }
        return rows.Select(r =>
        {
            var lists = byArticle[r.Id];
            return new ArticleSummary(r.Id, r.Slug, r.Headline, r.PublishedAt, r.Lead, r.Source,
                ImageResponse.FromColumns(r.ImageCaption, r.ImageCredit, r.ImageUrl), lists.Tags, lists.People, lists.Organizations);
        }).ToList();
    }

    /// <summary>The summaries of these articles by id (ids with no article are left out); those <paramref name="cached"/> holds are not read.</summary>
    public static async Task<Dictionary<int, ArticleSummary>> ByIdAsync(
        NewsDbContext db, IReadOnlyCollection<int> ids, CancellationToken ct, CachedSummaries? cached = null)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(ids);
        var version = cached is null ? 0 : await cached.Version(ct);
        return await (cached?.Cache).GetOrReadAsync(version, ids, async missing =>
        {
            var wanted = missing.ToArray();
            var rows = await db.Articles.AsNoTracking().Where(a => wanted.Contains(a.Id)).Select(ArticleSummaryRow.Projection).ToListAsync(ct);
            return (await ReadAsync(db, rows, ct)).Select(summary => KeyValuePair.Create(summary.Id, summary));
        });
    }

    /// <summary>One link of an article to a tag, person or organization, as the UNION ALL returns it.</summary>
    private sealed class LinkRow
    {
        public int ArticleId { get; init; }
        public int Kind { get; init; }
        public string Slug { get; init; } = "";
        public string Name { get; init; } = "";
    }
}

/// <summary>A photo of an article.</summary>
/// <param name="Caption" example="Residents queue for water at a distribution point in the old town">The caption as printed.</param>
/// <param name="Credit" example="REUTERS / Jana Novak">Photographer or agency, without the © wrapping.</param>
/// <param name="Url" example="https://news.example.org/media/2026/01/water-queue.jpg">Absolute address of the picture; null unless the source was an HTML page that gave one.</param>
public sealed record ImageResponse(string Caption, string? Credit, string? Url)
{
    /// <summary>Null when the article has no image (no caption came back).</summary>
    public static ImageResponse? FromColumns(string? caption, string? credit, string? url) => caption is null ? null : new ImageResponse(caption, credit, url);
}

/// <summary>The one way every endpoint lists articles, so that filters, order and item shape never drift apart.</summary>
public static class ArticleListing
{
    /// <summary>Everything but `q`, which needs the database's full-text index (see <see cref="ArticleSearchQueries"/>).</summary>
    public static IQueryable<Article> Filter(this IQueryable<Article> articles, ArticleListFilter filter)
    {
        foreach (var slug in filter.TagSlugs.Distinct())
        {
            articles = articles.Where(a => a.Tags.Any(t => t.Tag.Slug == slug));
        }
        foreach (var slug in filter.PersonSlugs.Distinct())
        {
            articles = articles.Where(a => a.People.Any(p => p.Person.Slug == slug));
        }
        foreach (var slug in filter.OrganizationSlugs.Distinct())
        {
            articles = articles.Where(a => a.Organizations.Any(o => o.Organization.Slug == slug));
        }
        if (filter.From is DateOnly from)
        {
            var start = StartOfDayUtc(from);
            articles = articles.Where(a => a.PublishedAt >= start);
        }
        // The last representable day has no next midnight: it bounds nothing.
        if (filter.To is DateOnly to && to < DateOnly.MaxValue)
        {
            // Inclusive of the whole day: everything before the next midnight UTC.
            var end = StartOfDayUtc(to.AddDays(1));
            articles = articles.Where(a => a.PublishedAt < end);
        }
        return articles;
    }

    /// <summary>
    /// One page of summaries, by number or by cursor, in a fixed number of SQL commands: a count, the page, and one per
    /// collection.
    /// </summary>
    public static Task<PagedResponse<ArticleSummary>> ToSummaryPageAsync(
        this IQueryable<Article> articles, ArticleSort sort, PageQuery paging, CancellationToken ct) =>
        ArticleKeysetPaging.ToSummaryPageAsync(articles, sort, paging, ct);

    private static DateTimeOffset StartOfDayUtc(DateOnly date) => new(date.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
}
