using System.Security.Cryptography;
using System.Text;
using NewsApi.Ingestion.Entities;
using NewsApi.Ingestion.Layout;
using NewsApi.Ingestion.Normalization;

namespace NewsApi.Ingestion;

/// <summary>The parser's one entry point: raw scraped text in, a structured <see cref="ArticleDraft"/> out.</summary>
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
        var layout = LayoutParser.Parse(normalized);
        var entities = EntityExtractor.Extract(layout);

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
            ContentHash = ComputeContentHash(normalized),
            WordCount = layout.Body.Sum(CountWords),
        };
    }

    /// <summary>SHA-256 of the normalized text, so that re-saving a file with other line endings or NBSPs is not a new document.</summary>
    public static string ComputeContentHash(string normalizedText) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(normalizedText.Trim())));

    private static int CountWords(string paragraph)
    {
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
