using System.Buffers;
using System.Security.Cryptography;
using System.Text;
using NewsApi.Ingestion.Entities;
using NewsApi.Ingestion.Html;
using NewsApi.Ingestion.Layout;
using NewsApi.Ingestion.Normalization;

namespace NewsApi.Ingestion;

/// <summary>The parser's entry points: raw scraped text or an HTML page in, a structured <see cref="ArticleDraft"/> out.</summary>
public static class NewsDocumentParser
{
    /// <summary>Stored with each article so that a parser change can be told apart from a document change.</summary>
    public const string Version = "1.0.0";

    /// <exception cref="EmptyDocumentException">The text is empty or whitespace.</exception>
    public static ArticleDraft Parse(string text, string? sourceName = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (string.IsNullOrWhiteSpace(text))
        {
            throw new EmptyDocumentException();
        }

        var normalized = TextNormalizer.Normalize(text);
        var layout = LayoutParser.Parse(HardWrapJoiner.Join(normalized));
        return Build(layout, ComputeContentHash(normalized), sourceName, canonicalUrl: null);
    }

    /// <summary>Reads an article out of an HTML page: its own metadata (JSON-LD, OpenGraph, meta) first, then the main content of its DOM.</summary>
    /// <exception cref="EmptyDocumentException">The page is empty or whitespace.</exception>
    /// <exception cref="NoArticleException">The page has markup but no headline and no paragraph of text.</exception>
    public static ArticleDraft ParseHtml(string html, string? sourceName = null)
    {
        ArgumentNullException.ThrowIfNull(html);
        if (string.IsNullOrWhiteSpace(html))
        {
            throw new EmptyDocumentException();
        }

        var article = HtmlArticleReader.Read(html);
        // The page's bytes are the identity, line endings aside: re-fetching an unchanged page is not a new document.
        var hash = ComputeContentHash(html.ReplaceLineEndings("\n"));
        return Build(article.Layout, hash, sourceName, article.CanonicalUrl, MaxHtmlEntityChars);
    }

    /// <summary>
    /// The HTML path takes pages of any size, but no article is longer than this: people, organizations and quotes are
    /// read from this much of the body, so that a multi-megabyte page still parses in well under a second.
    /// </summary>
    public const int MaxHtmlEntityChars = 200_000;

    private static ArticleDraft Build(DocumentLayout layout, string contentHash, string? sourceName, string? canonicalUrl, int? entityChars = null)
    {
        var entities = EntityExtractor.Extract(entityChars is { } budget ? WithBodyWithin(layout, budget) : layout);
        return new ArticleDraft
        {
            Headline = layout.Headline,
            HeadlineDerived = layout.HeadlineDerived,
            Standfirst = layout.Standfirst,
            Section = layout.Section,
            PublishedAt = layout.PublishedAt,
            PublishedDateOnly = layout.PublishedDateOnly,
            Source = layout.Source,
            Dateline = layout.Dateline,
            Byline = layout.Byline.Select(author => author.Name).ToArray(),
            Contributors = layout.Contributors,
            Lead = layout.Body.Count > 0 ? layout.Body[0] : "",
            Body = layout.Body,
            Tags = layout.Tags,
            Images = layout.Images,
            Related = layout.Related,
            People = entities.People,
            Organizations = entities.Organizations,
            Places = entities.Places,
            Quotes = entities.Quotes,
            SourceName = sourceName,
            CanonicalUrl = canonicalUrl,
            ContentHash = contentHash,
            WordCount = layout.Body.Sum(CountWords),
        };
    }

    private static DocumentLayout WithBodyWithin(DocumentLayout layout, int budget)
    {
        var total = 0;
        var count = 0;
        while (count < layout.Body.Count && total + layout.Body[count].Length <= budget)
        {
            total += layout.Body[count++].Length;
        }
        return count == layout.Body.Count ? layout : layout with { Body = layout.Body.Take(count).ToArray() };
    }

    /// <summary>SHA-256 of the normalized text, so that re-saving a file with other line endings or NBSPs is not a new document.</summary>
    public static string ComputeContentHash(string normalizedText) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(normalizedText.Trim())));

    // Every white-space character but the space: a paragraph without any (nearly all, once normalized) is counted by spaces, sixteen characters at a time.
    private static readonly SearchValues<char> OtherWhiteSpace =
        SearchValues.Create(Enumerable.Range(0, char.MaxValue + 1).Select(code => (char)code).Where(c => c != ' ' && char.IsWhiteSpace(c)).ToArray());

    private static int CountWords(string paragraph)
    {
        if (!paragraph.AsSpan().ContainsAny(OtherWhiteSpace))
        {
            return LayoutText.CountSpacedWords(paragraph);
        }
        var count = 0;
        var inWord = false;
        foreach (var c in paragraph)
        {
            var isWordChar = !char.IsWhiteSpace(c);
            if (isWordChar && !inWord)
            {
                count++;
            }
            inWord = isWordChar;
        }
        return count;
    }
}
