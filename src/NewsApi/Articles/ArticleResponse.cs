using NewsApi.Directories;

namespace NewsApi.Articles;

/// <summary>The whole article as stored (shape 2.0: see the README's changelog).</summary>
/// <param name="Id" example="1">Numeric id.</param>
/// <param name="Slug" example="senior-chinese-military-officer-visits-damascus">URL key, unique.</param>
/// <param name="Headline" example="Senior Chinese military officer visits Damascus">As printed, or derived from the lead where the page has none.</param>
/// <param name="HeadlineDerived" example="true">True where the parser made the headline up from the lead.</param>
/// <param name="Standfirst">The summary under the headline, if any.</param>
/// <param name="Section">The site section, if any.</param>
/// <param name="PublishedAt" example="2021-01-16T00:44:00Z">UTC instant; null when the document gives no date.</param>
/// <param name="Source" example="Reuters">News agency credited in the dateline, if any.</param>
/// <param name="Dateline" example="DAMASCUS">The dateline place, if any.</param>
/// <param name="Byline">The authors, as people with the slug of their own endpoint.</param>
/// <param name="Contributors">Other credited people with their role, such as photographers.</param>
/// <param name="Body">Every body paragraph in order; the first is the lead (lists give it as their items' `lead`).</param>
/// <param name="Images">Photos in page order.</param>
/// <param name="Related">Related articles the page listed, as objects (a headline; more fields may follow, such as a link).</param>
/// <param name="Quotes">Quotations in text order, with their speaker where known.</param>
/// <param name="People">People the article mentions, with their roles and their title in this article.</param>
/// <param name="Organizations">Organizations the article mentions.</param>
/// <param name="Tags">The page's own labels.</param>
/// <param name="CanonicalUrl" example="https://news.example.org/2026/01/05/rail-link">The page's own address (link rel=canonical, og:url or its JSON-LD url); null unless the source was an HTML page that gave one.</param>
/// <param name="WordCount" example="612">Words in the body.</param>
/// <param name="Provenance">Where the article came from and when it was stored: for tracing and mirroring, not for readers.</param>
public sealed record ArticleResponse(
    int Id,
    string Slug,
    string Headline,
    bool HeadlineDerived,
    string? Standfirst,
    string? Section,
    DateTimeOffset? PublishedAt,
    string? Source,
    string? Dateline,
    IReadOnlyList<EntityLink> Byline,
    IReadOnlyList<ContributorResponse> Contributors,
    IReadOnlyList<string> Body,
    IReadOnlyList<ImageResponse> Images,
    IReadOnlyList<RelatedHeadlineResponse> Related,
    IReadOnlyList<QuoteResponse> Quotes,
    IReadOnlyList<ArticlePersonResponse> People,
    IReadOnlyList<ArticleOrganizationResponse> Organizations,
    IReadOnlyList<ArticleTagResponse> Tags,
    string? CanonicalUrl,
    int WordCount,
    ArticleProvenance Provenance);

/// <summary>Where an article came from and when it was stored.</summary>
/// <param name="SourceDocumentName" example="000_e86dd55c11529930.txt">File name of the raw document; null for an article written as JSON or ingested without a name.</param>
/// <param name="ContentHash" example="e86dd55c11529930e86dd55c11529930e86dd55c11529930e86dd55c11529930">SHA-256 of the normalized document: its identity.</param>
/// <param name="ParserVersion" example="1.0.0">Version of the parser that made this article.</param>
/// <param name="CreatedAt" example="2026-01-01T12:00:00Z">When it was first stored (UTC).</param>
/// <param name="UpdatedAt" example="2026-01-01T12:00:00Z">When it was last stored (UTC).</param>
public sealed record ArticleProvenance(string? SourceDocumentName, string ContentHash, string ParserVersion, DateTimeOffset CreatedAt, DateTimeOffset UpdatedAt);

/// <summary>A related article the page listed.</summary>
/// <param name="Headline" example="Russia and China hold joint naval drills">Its headline as the page printed it.</param>
public sealed record RelatedHeadlineResponse(string Headline);

/// <summary>A credited person other than an author.</summary>
/// <param name="Slug" example="amara-okafor">The person's key.</param>
/// <param name="Name" example="Amara Okafor">The person's name.</param>
/// <param name="Role" example="photographer">`contributor` or `photographer`.</param>
public sealed record ContributorResponse(string Slug, string Name, PersonRoleName Role);

/// <summary>A quotation.</summary>
/// <param name="Text" example="China and Syria's militaries have a traditionally friendly relationship">The quoted words.</param>
/// <param name="Partial" example="false">True for a quoted phrase inside a sentence rather than a whole statement.</param>
/// <param name="Speaker">Who said it, where the parser could tell.</param>
public sealed record QuoteResponse(string Text, bool Partial, EntityLink? Speaker);

/// <summary>A person as this article presents them.</summary>
/// <param name="Slug" example="amara-okafor">The person's key.</param>
/// <param name="Name" example="Amara Okafor">Full name.</param>
/// <param name="Title" example="senior research fellow">Job title or honorific as this article gives it.</param>
/// <param name="Affiliation">The organization they are known to belong to (as on `/api/people/{slug}`), if any.</param>
/// <param name="Roles">Where they appear: quoted, mentioned, byline, contributor, photographer, in-caption.</param>
public sealed record ArticlePersonResponse(string Slug, string Name, string? Title, EntityLink? Affiliation, IReadOnlyList<PersonRoleName> Roles);

/// <summary>An organization the article mentions.</summary>
/// <param name="Slug" example="xinhua">The organization's key.</param>
/// <param name="Name" example="Xinhua">Its name.</param>
/// <param name="Kind">Such as "news agency", "ministry", "university", where known.</param>
public sealed record ArticleOrganizationResponse(string Slug, string Name, string? Kind);

/// <summary>A label of the article.</summary>
/// <param name="Slug" example="syria">The tag's key.</param>
/// <param name="Name" example="Syria">The label as printed.</param>
/// <param name="Kind">`topic` or `place`.</param>
public sealed record ArticleTagResponse(string Slug, string Name, TagKind Kind);

/// <summary>Where a person appears in an article; written in kebab-case (`in-caption`).</summary>
public enum PersonRoleName
{
    Quoted,
    Mentioned,
    Byline,
    Contributor,
    Photographer,
    InCaption,
}

public static class PersonRoleNames
{
    private static readonly (ArticlePersonRoles Flag, PersonRoleName Name)[] Map =
    [
        (ArticlePersonRoles.Quoted, PersonRoleName.Quoted),
        (ArticlePersonRoles.Mentioned, PersonRoleName.Mentioned),
        (ArticlePersonRoles.Byline, PersonRoleName.Byline),
        (ArticlePersonRoles.Contributor, PersonRoleName.Contributor),
        (ArticlePersonRoles.Photographer, PersonRoleName.Photographer),
        (ArticlePersonRoles.InCaption, PersonRoleName.InCaption),
    ];

    public static IReadOnlyList<PersonRoleName> From(ArticlePersonRoles roles) =>
        Map.Where(entry => roles.HasFlag(entry.Flag)).Select(entry => entry.Name).ToArray();

    public static ArticlePersonRoles ToFlags(IEnumerable<PersonRoleName> names) =>
        Map.Where(entry => names.Contains(entry.Name)).Aggregate(ArticlePersonRoles.None, (roles, entry) => roles | entry.Flag);
}

/// <summary>An article as a GET shows it, with the ETag of its JSON, kept per data version (<see cref="VersionedCache{TKey, TValue}"/>).</summary>
public sealed record CachedArticle(ArticleResponse Article, string JsonETag)
{
    /// <summary>The cache's key of an id or slug: an id as "#12" (a slug has no '#').</summary>
    public static string KeyOf(IdOrSlug key) => key.Id is int id ? IdKey(id) : key.Slug!;

    public static string IdKey(int id) => "#" + id.ToString(System.Globalization.CultureInfo.InvariantCulture);
}

public static class ArticleDetails
{
    /// <summary>The one article <paramref name="matching"/> selects, or null.</summary>
    public static async Task<ArticleResponse?> SingleResponseOrDefaultAsync(this IQueryable<Article> matching, CancellationToken ct)
    {
        var row = await matching.AsNoTracking().AsSplitQuery().Select(a => new
        {
            a.Id,
            a.Slug,
            a.Headline,
            a.HeadlineDerived,
            a.Standfirst,
            a.Section,
            a.PublishedAt,
            a.Source,
            a.Dateline,
            a.Body,
            Images = a.Images.OrderBy(i => i.Order).Select(i => new ImageResponse(i.Caption, i.Credit, i.Url)).ToList(),
            Related = a.RelatedHeadlines.OrderBy(r => r.Order).Select(r => new RelatedHeadlineResponse(r.Text)).ToList(),
            Quotes = a.Quotes.OrderBy(q => q.Order)
                .Select(q => new QuoteResponse(q.Text, q.Partial, q.Speaker == null ? null : new EntityLink(q.Speaker.Slug, q.Speaker.Name)))
                .ToList(),
            People = a.People.OrderBy(p => p.Person.Name).Select(p => new
            {
                p.Person.Slug,
                p.Person.Name,
                p.Title,
                Affiliation = p.Person.Affiliation == null ? null : new EntityLink(p.Person.Affiliation.Slug, p.Person.Affiliation.Name),
                p.Roles,
            }).ToList(),
            Organizations = a.Organizations.OrderBy(o => o.Organization.Name)
                .Select(o => new ArticleOrganizationResponse(o.Organization.Slug, o.Organization.Name, o.Organization.Kind))
                .ToList(),
            Tags = a.Tags.OrderBy(t => t.Tag.Name).Select(t => new ArticleTagResponse(t.Tag.Slug, t.Tag.Name, t.Tag.Kind)).ToList(),
            a.SourceDocumentName,
            a.CanonicalUrl,
            a.ContentHash,
            a.WordCount,
            a.ParserVersion,
            a.CreatedAt,
            a.UpdatedAt,
        }).SingleOrDefaultAsync(ct);

        if (row is null)
        {
            return null;
        }

        // Byline and contributors are roles of people, so they are read from the people list rather than stored twice.
        var contributors = row.People
            .SelectMany(p => new[] { (Flag: ArticlePersonRoles.Contributor, Role: PersonRoleName.Contributor), (Flag: ArticlePersonRoles.Photographer, Role: PersonRoleName.Photographer) }
                .Where(r => p.Roles.HasFlag(r.Flag))
                .Select(r => new ContributorResponse(p.Slug, p.Name, r.Role)))
            .ToList();

        return new ArticleResponse(
            row.Id,
            row.Slug,
            row.Headline,
            row.HeadlineDerived,
            row.Standfirst,
            row.Section,
            row.PublishedAt,
            row.Source,
            row.Dateline,
            row.People.Where(p => p.Roles.HasFlag(ArticlePersonRoles.Byline)).Select(p => new EntityLink(p.Slug, p.Name)).ToList(),
            contributors,
            row.Body,
            row.Images,
            row.Related,
            row.Quotes,
            row.People.Select(p => new ArticlePersonResponse(p.Slug, p.Name, p.Title, p.Affiliation, PersonRoleNames.From(p.Roles))).ToList(),
            row.Organizations,
            row.Tags,
            row.CanonicalUrl,
            row.WordCount,
            new ArticleProvenance(row.SourceDocumentName, row.ContentHash, row.ParserVersion, row.CreatedAt, row.UpdatedAt));
    }
}
