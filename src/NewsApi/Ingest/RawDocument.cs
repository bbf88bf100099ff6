using NewsApi.Ingestion;

namespace NewsApi.Ingest;

/// <summary>The two shapes of source document the parser reads.</summary>
public enum DocumentKind
{
    Text,
    Html,
}

/// <summary>A source document as decoded text, with its kind: what the ingest endpoint, preview and seeding all parse.</summary>
public sealed record RawDocument(string Text, DocumentKind Kind)
{
    public const string TextMediaType = "text/plain";
    public const string HtmlMediaType = "text/html";

    /// <summary>
    /// The one place that picks the parser, so that a page parses the same way whether it was posted or seeded.
    /// Throws <see cref="EmptyDocumentException"/>, and for HTML <see cref="NoArticleException"/>.
    /// </summary>
    public ArticleDraft Parse(string? sourceName = null) => Kind == DocumentKind.Html
        ? NewsDocumentParser.ParseHtml(Text, sourceName)
        : NewsDocumentParser.Parse(Text, sourceName);

    /// <summary>HTML for text/html; anything else the endpoints accept is text.</summary>
    public static DocumentKind KindOf(string? mediaType) =>
        string.Equals(mediaType, HtmlMediaType, StringComparison.OrdinalIgnoreCase) ? DocumentKind.Html : DocumentKind.Text;

    /// <summary>Seed files are told apart by extension: *.html and *.htm are pages, the rest text.</summary>
    public static DocumentKind KindOfFile(string fileName) =>
        fileName.EndsWith(".html", StringComparison.OrdinalIgnoreCase) || fileName.EndsWith(".htm", StringComparison.OrdinalIgnoreCase)
            ? DocumentKind.Html
            : DocumentKind.Text;
}
