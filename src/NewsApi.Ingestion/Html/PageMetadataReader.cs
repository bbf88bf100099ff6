using System.Text.Json;
using System.Text.RegularExpressions;
using AngleSharp.Dom;
using NewsApi.Ingestion.Normalization;

namespace NewsApi.Ingestion.Html;

/// <summary>Reads the metadata a publisher puts in the page for search engines and social networks.</summary>
/// <remarks>
/// The order of trust follows what publishers maintain best: JSON-LD (what search engines index), then OpenGraph and
/// article:* properties (what social networks show), then plain <c>&lt;meta&gt;</c> names and the document title.
/// </remarks>
internal static partial class PageMetadataReader
{
    // JSON-LD blocks are small; a larger one is data (a whole catalogue or a state dump), not article metadata.
    private const int MaxJsonLdLength = 2_000_000;
    private const int MaxKeywords = 40;

    private static readonly HashSet<string> ArticleTypes = new(StringComparer.OrdinalIgnoreCase)
    {
        "NewsArticle", "Article", "ReportageNewsArticle", "AnalysisNewsArticle", "OpinionNewsArticle", "ReviewNewsArticle",
        "BackgroundNewsArticle", "AskPublicNewsArticle", "BlogPosting", "LiveBlogPosting", "Report", "ScholarlyArticle",
        "TechArticle", "SatiricalArticle", "SocialMediaPosting", "DiscussionForumPosting", "AdvertiserContentArticle",
    };

    private static readonly JsonDocumentOptions JsonOptions = new()
    {
        AllowTrailingCommas = true,
        CommentHandling = JsonCommentHandling.Skip,
        MaxDepth = 64,
    };

    public static PageMetadata Read(IDocument document)
    {
        var meta = ReadMetaTags(document);
        var article = FindJsonLdArticle(document);

        string? Meta(params string[] keys)
        {
            foreach (var key in keys)
            {
                if (meta.TryGetValue(key, out var values) && values.Count > 0)
                {
                    return values[0];
                }
            }
            return null;
        }

        var keywords = new List<string>();
        if (article is { } a)
        {
            AddKeywords(keywords, a, "keywords");
        }
        if (keywords.Count == 0)
        {
            foreach (var key in new[] { "article:tag", "news_keywords", "keywords", "parsely-tags", "sailthru.tags" })
            {
                if (meta.TryGetValue(key, out var values))
                {
                    foreach (var value in values)
                    {
                        AddKeywordList(keywords, value);
                    }
                }
                if (keywords.Count > 0)
                {
                    break;
                }
            }
        }

        var authors = new List<string>();
        if (article is { } withAuthor && withAuthor.TryGetProperty("author", out var authorElement))
        {
            AddNames(authors, authorElement);
        }
        if (authors.Count == 0)
        {
            foreach (var key in new[] { "author", "article:author", "parsely-author", "sailthru.author", "dc.creator", "byl" })
            {
                if (meta.TryGetValue(key, out var values))
                {
                    foreach (var value in values)
                    {
                        AddAuthorText(authors, value);
                    }
                }
                if (authors.Count > 0)
                {
                    break;
                }
            }
        }

        var canonical = document.QuerySelector("link[rel~='canonical' i][href]")?.GetAttribute("href");
        var (imageUrl, imageCaption) = ReadImage(article);

        return new PageMetadata
        {
            Headline = Clean(article is { } h ? String(h, "headline") ?? String(h, "name") : null),
            OpenGraphTitle = Clean(Meta("og:title", "twitter:title")),
            DocumentTitle = Clean(document.Title),
            SiteName = Clean(Meta("og:site_name", "application-name")),
            Description = Clean((article is { } d ? String(d, "description") : null) ?? Meta("og:description", "description", "twitter:description")),
            Section = Clean((article is { } s ? FirstString(s, "articleSection") : null) ?? Meta("article:section", "section", "parsely-section")),
            CanonicalUrl = Clean(canonical ?? Meta("og:url") ?? (article is { } u ? String(u, "url") : null)),
            ArticleBody = article is { } b ? String(b, "articleBody") : null,
            PublishedRaw = FirstReadableStamp(
                article is { } p ? String(p, "datePublished") : null,
                article is { } c ? String(c, "dateCreated") : null,
                Meta("article:published_time"), Meta("og:article:published_time"), Meta("datepublished"), Meta("publishdate"),
                Meta("pubdate"), Meta("publish-date"), MarkedTimeElementStamp(document),
                // A bare "date" is often the day the page was served, not written: the page's own marked <time> comes first.
                Meta("date"), Meta("dc.date"), Meta("dc.date.issued"), Meta("dcterms.created"), Meta("sailthru.date"),
                Meta("parsely-pub-date"), Meta("article.published"), Meta("originalpublicationdate"), Meta("displaydate"),
                document.QuerySelector("time[datetime]")?.GetAttribute("datetime")),
            ModifiedRaw = Clean((article is { } m ? String(m, "dateModified") : null) ?? Meta("article:modified_time", "og:updated_time", "datemodified", "lastmod")),
            Authors = authors,
            Keywords = keywords,
            ImageUrl = imageUrl ?? Clean(Meta("og:image", "og:image:url", "twitter:image", "twitter:image:src")),
            ImageCaption = imageCaption ?? Clean(Meta("og:image:alt", "twitter:image:alt")),
            DeclaresArticle = article is not null,
        };
    }

    /// <summary>All <c>&lt;meta&gt;</c> values by lower-case name, property or itemprop, in document order.</summary>
    private static Dictionary<string, List<string>> ReadMetaTags(IDocument document)
    {
        var result = new Dictionary<string, List<string>>(StringComparer.OrdinalIgnoreCase);
        foreach (var element in document.QuerySelectorAll("meta"))
        {
            var content = element.GetAttribute("content");
            if (string.IsNullOrWhiteSpace(content))
            {
                continue;
            }
            foreach (var attribute in new[] { "property", "name", "itemprop" })
            {
                var key = element.GetAttribute(attribute);
                if (string.IsNullOrWhiteSpace(key))
                {
                    continue;
                }
                key = key.Trim().ToLowerInvariant();
                if (!result.TryGetValue(key, out var list))
                {
                    result[key] = list = [];
                }
                list.Add(content.Trim());
            }
        }
        return result;
    }

    /// <summary>The first JSON-LD object of an article type, top level, in an array or in <c>@graph</c>.</summary>
    private static JsonElement? FindJsonLdArticle(IDocument document)
    {
        foreach (var script in document.QuerySelectorAll("script[type]"))
        {
            if (!script.GetAttribute("type")!.Contains("ld+json", StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }
            var json = script.TextContent;
            if (json.Length == 0 || json.Length > MaxJsonLdLength)
            {
                continue;
            }
            try
            {
                using var parsed = JsonDocument.Parse(WithoutLoneSurrogates(json).Trim().TrimEnd(';'), JsonOptions);
                if (FindArticle(parsed.RootElement, depth: 0) is { } found)
                {
                    // Cloned so that it outlives the JsonDocument.
                    return found.Clone();
                }
            }
            catch (JsonException)
            {
                // Hand-written JSON-LD is often invalid (raw newlines, stray commas); the page's other metadata still counts.
            }
        }
        return null;
    }

    /// <summary>
    /// The JSON with every unpaired surrogate, raw or escaped (<c>\ud800</c>), made U+FFFD. JsonDocument.Parse throws an
    /// ArgumentException on a raw one and JsonElement.GetString an InvalidOperationException on an escaped one, long after
    /// parsing: both escaped the parser as a 500 (found by the HTML property tests).
    /// </summary>
    private static string WithoutLoneSurrogates(string json)
    {
        json = TextNormalizer.ReplaceLoneSurrogates(json);
        return json.Contains("\\u", StringComparison.OrdinalIgnoreCase) ? LoneEscapedSurrogate().Replace(json, "\\uFFFD") : json;
    }

    // A high-surrogate escape not followed by a low one, or a low one not preceded by a high one. An escaped backslash
    // before "ud800" can be taken for an escape here; the text it spoils was a literal "\ud800", no loss.
    [GeneratedRegex(@"\\u[dD][89abAB][0-9a-fA-F]{2}(?!\\u[dD][c-fC-F][0-9a-fA-F]{2})|(?<!\\u[dD][89abAB][0-9a-fA-F]{2})\\u[dD][c-fC-F][0-9a-fA-F]{2}", RegexOptions.CultureInvariant)]
    private static partial Regex LoneEscapedSurrogate();

    private static JsonElement? FindArticle(JsonElement element, int depth)
    {
        if (depth > 6)
        {
            return null;
        }
        switch (element.ValueKind)
        {
            case JsonValueKind.Array:
                foreach (var item in element.EnumerateArray())
                {
                    if (FindArticle(item, depth + 1) is { } found)
                    {
                        return found;
                    }
                }
                return null;
            case JsonValueKind.Object:
                if (element.TryGetProperty("@type", out var type) && IsArticleType(type))
                {
                    return element;
                }
                if (element.TryGetProperty("@graph", out var graph))
                {
                    return FindArticle(graph, depth + 1);
                }
                // WebPage { mainEntity: NewsArticle } is a common nesting.
                if (element.TryGetProperty("mainEntity", out var main))
                {
                    return FindArticle(main, depth + 1);
                }
                return null;
            default:
                return null;
        }
    }

    private static bool IsArticleType(JsonElement type) => type.ValueKind switch
    {
        JsonValueKind.String => ArticleTypes.Contains(StripVocabulary(type.GetString()!)),
        JsonValueKind.Array => type.EnumerateArray().Any(t => t.ValueKind == JsonValueKind.String && ArticleTypes.Contains(StripVocabulary(t.GetString()!))),
        _ => false,
    };

    private static string StripVocabulary(string type)
    {
        var slash = type.LastIndexOfAny(['/', ':']);
        return slash >= 0 ? type[(slash + 1)..] : type;
    }

    private static string? String(JsonElement element, string property)
    {
        if (!element.TryGetProperty(property, out var value))
        {
            return null;
        }
        return value.ValueKind switch
        {
            JsonValueKind.String => value.GetString(),
            JsonValueKind.Object when value.TryGetProperty("@id", out var id) && id.ValueKind == JsonValueKind.String => id.GetString(),
            JsonValueKind.Array => value.EnumerateArray().Where(v => v.ValueKind == JsonValueKind.String).Select(v => v.GetString()).FirstOrDefault(),
            _ => null,
        };
    }

    private static string? FirstString(JsonElement element, string property) => String(element, property);

    private static void AddKeywords(List<string> keywords, JsonElement article, string property)
    {
        if (!article.TryGetProperty(property, out var value))
        {
            return;
        }
        if (value.ValueKind == JsonValueKind.String)
        {
            AddKeywordList(keywords, value.GetString()!);
        }
        else if (value.ValueKind == JsonValueKind.Array)
        {
            foreach (var item in value.EnumerateArray())
            {
                if (item.ValueKind == JsonValueKind.String)
                {
                    AddKeywordList(keywords, item.GetString()!);
                }
            }
        }
    }

    private static void AddKeywordList(List<string> keywords, string list)
    {
        foreach (var part in list.Split([',', ';', '|'], StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            // Machine tags ("tag:abc", "type:article", "ID-1234") are the CMS's bookkeeping, not topics.
            if (keywords.Count >= MaxKeywords || part.Length > 60 || part.Contains(':', StringComparison.Ordinal) || part.Contains('=', StringComparison.Ordinal)
                || !part.Any(char.IsLetter))
            {
                continue;
            }
            if (!keywords.Contains(part, StringComparer.OrdinalIgnoreCase))
            {
                keywords.Add(part);
            }
        }
    }

    private static void AddNames(List<string> names, JsonElement author)
    {
        switch (author.ValueKind)
        {
            case JsonValueKind.String:
                AddAuthorText(names, author.GetString()!);
                break;
            case JsonValueKind.Object:
                if (author.TryGetProperty("name", out var name))
                {
                    AddNames(names, name);
                }
                break;
            case JsonValueKind.Array:
                foreach (var item in author.EnumerateArray())
                {
                    AddNames(names, item);
                }
                break;
        }
    }

    private static void AddAuthorText(List<string> names, string text)
    {
        var value = Clean(text);
        // article:author is often the author's profile URL, which names no one.
        if (value is null || value.Contains("://", StringComparison.Ordinal) || value.StartsWith('/') || value.Length > 80)
        {
            return;
        }
        foreach (var part in value.Split([',', ';', '|'], StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            foreach (var name in part.Split(" and ", StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
            {
                if (name.Any(char.IsLetter) && !names.Contains(name, StringComparer.OrdinalIgnoreCase))
                {
                    names.Add(name);
                }
            }
        }
    }

    private static (string? Url, string? Caption) ReadImage(JsonElement? article)
    {
        if (article is not { } a || !a.TryGetProperty("image", out var image))
        {
            return (null, null);
        }
        if (image.ValueKind == JsonValueKind.Array)
        {
            image = image.EnumerateArray().FirstOrDefault();
        }
        return image.ValueKind switch
        {
            JsonValueKind.String => (Clean(image.GetString()), null),
            JsonValueKind.Object => (Clean(String(image, "url") ?? String(image, "contentUrl")), Clean(String(image, "caption"))),
            _ => (null, null),
        };
    }

    /// <summary>The first stated publication date that can be read, in order of trust; else the first stated at all.</summary>
    /// <remarks>A page can state its date in several places and write one of them in a form no parser reads; the next one then serves.</remarks>
    private static string? FirstReadableStamp(params string?[] candidates)
    {
        string? first = null;
        foreach (var candidate in candidates)
        {
            if (Clean(candidate) is not { } stamp)
            {
                continue;
            }
            if (HtmlArticleReader.ParseStamp(stamp) is not null)
            {
                return stamp;
            }
            first ??= stamp;
        }
        return first;
    }

    /// <summary>The first <c>&lt;time datetime&gt;</c> (or microdata element) marked as the publication.</summary>
    private static string? MarkedTimeElementStamp(IDocument document)
    {
        var marked = document.QuerySelector("time[pubdate][datetime], time[itemprop='datePublished'][datetime], [itemprop='datePublished'][content]");
        return marked?.GetAttribute("datetime") ?? marked?.GetAttribute("content");
    }

    /// <summary>Whitespace collapsed and entities the publisher double-escaped undone; null when nothing is left.</summary>
    internal static string? Clean(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }
        if (text.Contains('&', StringComparison.Ordinal))
        {
            text = System.Net.WebUtility.HtmlDecode(text);
        }
        // Publishers put inline markup in JSON-LD headlines ("<em>Show Title</em>").
        if (text.Contains('<', StringComparison.Ordinal))
        {
            text = InlineTag().Replace(text, "");
        }
        var collapsed = string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        return collapsed.Length == 0 ? null : collapsed;
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"</?[a-zA-Z][^<>]{0,200}>")]
    private static partial System.Text.RegularExpressions.Regex InlineTag();
}
