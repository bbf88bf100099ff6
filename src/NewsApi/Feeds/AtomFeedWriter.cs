using System.ServiceModel.Syndication;
using System.Text;
using System.Xml;
using NewsApi.Formats;

namespace NewsApi.Feeds;

/// <summary>Builds RFC 4287 Atom feeds of the newest articles with System.ServiceModel.Syndication, never by hand.</summary>
public static class AtomFeedWriter
{
    public const string ContentType = "application/atom+xml";
    public const int EntryCount = 20;
    public const int MaxEntryCount = 100;

    /// <summary>Who publishes the feeds, named as their author for the entries that have no byline.</summary>
    public const string PublisherName = "News API";

    private sealed record EntryRow(
        string Slug, string Headline, string? Standfirst, string Lead, DateTimeOffset? PublishedAt, DateTimeOffset UpdatedAt,
        List<string> Authors, List<string> Tags);

    public static async Task<byte[]> WriteAsync(IQueryable<Article> articles, string title, string feedUrl, ArticleLinks links, int entryCount, CancellationToken ct)
    {
        // Split: each entry's authors and tags are two collections, which one joined query would multiply into each other.
        var rows = await articles.AsNoTracking().AsSplitQuery()
            .OrderByDescending(a => a.PublishedAt).ThenByDescending(a => a.Id)
            .Take(entryCount)
            .Select(a => new EntryRow(
                a.Slug, a.Headline, a.Standfirst, a.Lead, a.PublishedAt, a.UpdatedAt,
                a.People.Where(p => (p.Roles & ArticlePersonRoles.Byline) != 0).OrderBy(p => p.Person.Name).Select(p => p.Person.Name).ToList(),
                a.Tags.OrderBy(t => t.Tag.Name).Select(t => t.Tag.Name).ToList()))
            .ToListAsync(ct);

        title = XmlText(title);
        var feed = new SyndicationFeed(title, null, new Uri(links.BaseUrl + "/api/articles"), feedUrl,
            // An empty feed still needs an updated instant; the epoch says "nothing yet" without changing between requests.
            rows.Count == 0 ? DateTimeOffset.UnixEpoch : rows.Max(r => r.UpdatedAt))
        {
            Items = rows.Select(row => Entry(row, links)).ToList(),
        };
        feed.Links.Add(new SyndicationLink(new Uri(feedUrl), "self", title, ContentType, 0));
        feed.Generator = "NewsApi";
        // RFC 4287 4.1.1: an entry without a byline takes the feed's author, and a feed must have one unless every entry does.
        feed.Authors.Add(new SyndicationPerson { Name = PublisherName, Uri = links.BaseUrl + "/" });

        using var stream = new MemoryStream();
        // UTF-8 without a byte order mark, so that the XML declaration and the Content-Type charset agree.
        using (var writer = XmlWriter.Create(stream, new XmlWriterSettings { Encoding = new UTF8Encoding(false) }))
        {
            new Atom10FeedFormatter(feed).WriteTo(writer);
        }
        return stream.ToArray();
    }

    private static SyndicationItem Entry(EntryRow row, ArticleLinks links)
    {
        var url = links.Article(row.Slug);
        var item = new SyndicationItem(XmlText(row.Headline), (SyndicationContent?)null, new Uri(url), url, row.UpdatedAt)
        {
            Summary = new TextSyndicationContent(XmlText(row.Standfirst ?? row.Lead)),
        };
        if (row.PublishedAt is { } published)
        {
            item.PublishDate = published;
        }
        foreach (var author in row.Authors)
        {
            item.Authors.Add(new SyndicationPerson { Name = XmlText(author) });
        }
        foreach (var tag in row.Tags)
        {
            item.Categories.Add(new SyndicationCategory(XmlText(tag)));
        }
        return item;
    }

    /// <summary>
    /// Text as XML 1.0 can carry it: a character it forbids (U+FFFF, a lone surrogate, most C0 controls) becomes U+FFFD.
    /// Stored text may hold them, and XmlWriter throws on the first one, which took every feed listing that article down.
    /// </summary>
    internal static string XmlText(string text)
    {
        StringBuilder? cleaned = null;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (i + 1 < text.Length && XmlConvert.IsXmlSurrogatePair(text[i + 1], c))
            {
                cleaned?.Append(c).Append(text[i + 1]);
                i++;
                continue;
            }
            if (XmlConvert.IsXmlChar(c))
            {
                cleaned?.Append(c);
                continue;
            }
            cleaned ??= new StringBuilder(text.Length).Append(text, 0, i);
            cleaned.Append('\uFFFD');
        }
        return cleaned?.ToString() ?? text;
    }
}
