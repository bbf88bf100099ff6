using System.Globalization;
using NewsApi.Ingestion;

namespace NewsApi.Articles;

/// <summary>What the parser makes of a raw document, before anything is stored.</summary>
/// <param name="Headline">As printed, or derived from the lead.</param>
/// <param name="HeadlineDerived">True where the document has no headline and the parser made one.</param>
/// <param name="Standfirst">The summary under the headline, if any.</param>
/// <param name="Section">The site section, if any.</param>
/// <param name="PublishedAt">UTC instant (`2021-01-16T00:44:00Z`), or a date alone (`2021-01-16`) where the document gives no time.</param>
/// <param name="Source">News agency credited in the dateline.</param>
/// <param name="Dateline">Dateline place.</param>
/// <param name="Byline">Author names, without "By", outlet or job title.</param>
/// <param name="Contributors">Other credited people and their role.</param>
/// <param name="Lead">The first body paragraph, without the dateline prefix.</param>
/// <param name="Body">Body paragraphs in order.</param>
/// <param name="Tags">The page's own tag line.</param>
/// <param name="Images">Photos: caption, credit and, from HTML, the picture's absolute URL.</param>
/// <param name="Related">Headlines of related articles on the page.</param>
/// <param name="People">People found, with aliases, title, affiliation and roles.</param>
/// <param name="Organizations">Organizations found, with aliases, kind and parent.</param>
/// <param name="Places">Places found.</param>
/// <param name="Quotes">Quotations with their speaker.</param>
/// <param name="CanonicalUrl">The page's own absolute address, from HTML input; null for text.</param>
/// <param name="ContentHash">SHA-256 of the normalized document: the identity an upsert would use.</param>
/// <param name="WordCount">Words in the body.</param>
/// <param name="ParserVersion">Version of the parser.</param>
public sealed record ArticlePreviewResponse(
    string Headline,
    bool HeadlineDerived,
    string? Standfirst,
    string? Section,
    string? PublishedAt,
    string? Source,
    string? Dateline,
    IReadOnlyList<string> Byline,
    IReadOnlyList<ContributorDraft> Contributors,
    string Lead,
    IReadOnlyList<string> Body,
    IReadOnlyList<string> Tags,
    IReadOnlyList<ImageDraft> Images,
    IReadOnlyList<string> Related,
    IReadOnlyList<PersonDraft> People,
    IReadOnlyList<OrganizationDraft> Organizations,
    IReadOnlyList<string> Places,
    IReadOnlyList<QuoteDraft> Quotes,
    string? CanonicalUrl,
    string ContentHash,
    int WordCount,
    string ParserVersion)
{
    public static ArticlePreviewResponse From(ArticleDraft draft) => new(
        draft.Headline,
        draft.HeadlineDerived,
        draft.Standfirst,
        draft.Section,
        FormatPublishedAt(draft),
        draft.Source,
        draft.Dateline,
        draft.Byline,
        draft.Contributors,
        draft.Lead,
        draft.Body,
        draft.Tags,
        draft.Images,
        draft.Related,
        draft.People,
        draft.Organizations,
        draft.Places,
        draft.Quotes,
        draft.CanonicalUrl,
        draft.ContentHash,
        draft.WordCount,
        draft.ParserVersion);

    // A date alone stays a date: midnight would claim a time the document never gave.
    private static string? FormatPublishedAt(ArticleDraft draft) => draft.PublishedAt switch
    {
        null => null,
        { } at when draft.PublishedDateOnly => at.UtcDateTime.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        { } at => at.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture),
    };
}
