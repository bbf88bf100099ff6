using AngleSharp.Dom;

namespace NewsApi.Ingestion.Html;

internal static partial class HtmlArticleReader
{
    /// <summary>The page's blocks and the rules' choice among them, before the block classifier: what its training tool learns from.</summary>
    internal static (List<TextBlock> Blocks, MainContent Content) ReadBlocks(string html)
    {
        using var document = ParseDocument(html);
        if (StreamedSegments.HasPlaceholders(html))
        {
            StreamedSegments.Place(document);
        }
        var metadata = PageMetadataReader.Read(document);
        var root = (IElement?)document.Body ?? document.DocumentElement;
        var (blocks, _, content, _) = FindContent(root, metadata);
        return (blocks, content);
    }
}
