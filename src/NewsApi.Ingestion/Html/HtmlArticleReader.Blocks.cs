using AngleSharp.Dom;
using AngleSharp.Html.Dom;

namespace NewsApi.Ingestion.Html;

internal static partial class HtmlArticleReader
{
    /// <summary>The page's blocks and the rules' choice among them, before the block classifier: what its training tool learns from.</summary>
    internal static (List<TextBlock> Blocks, MainContent Content) ReadBlocks(string html)
    {
        var (page, metadata, root) = OpenPage(html);
        using var document = page;
        var (blocks, _, content, _) = FindContent(root, metadata);
        return (blocks, content);
    }

    /// <summary>The parsed page, its own metadata and the element the content is looked for under; the caller disposes the page.</summary>
    private static (IHtmlDocument Page, PageMetadata Metadata, IElement Root) OpenPage(string html)
    {
        var document = ParseDocument(html);
        // A walk over every element, so only where the page has the renderer's placeholders.
        if (StreamedSegments.HasPlaceholders(html))
        {
            StreamedSegments.Place(document);
        }
        return (document, PageMetadataReader.Read(document), (IElement?)document.Body ?? document.DocumentElement);
    }
}
