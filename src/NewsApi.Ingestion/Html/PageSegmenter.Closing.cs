using System.Text.RegularExpressions;
using AngleSharp.Dom;

namespace NewsApi.Ingestion.Html;

internal static partial class PageSegmenter
{
    /// <summary>Boxes named for the site's copyright that no paragraph of prose follows: the page's closing legal notice.</summary>
    /// <remarks>
    /// The notice is prose ("X.com is the official site of ... All rights reserved."), and under a short article it outweighs
    /// the article's own column, so the whole page won as its container. A notice with prose after it is left alone: a
    /// reference page cites its sources so between its entries, and the agency's line under a story is the story's.
    /// </remarks>
    private static HashSet<IElement> ClosingCopyrightBoxes(List<TextBlock> blocks)
    {
        var lastProse = -1;
        for (var i = 0; i < blocks.Count; i++)
        {
            if (blocks[i].Kind is not (BlockKind.Heading or BlockKind.Caption) && MainContentFinder.IsProseLike(blocks[i]))
            {
                lastProse = i;
            }
        }
        var boxes = new HashSet<IElement>(ReferenceEqualityComparer.Instance);
        for (var i = Math.Max(0, lastProse); i < blocks.Count; i++)
        {
            for (var element = blocks[i].Container; element is not null; element = element.ParentElement)
            {
                if (element.LocalName is not ("body" or "html" or "article" or "main") && ClassAndId(element) is { Length: > 0 } hints
                    && CopyrightHint().IsMatch(hints) && !ContentHint().IsMatch(hints))
                {
                    boxes.Add(element);
                }
            }
        }
        return boxes;
    }

    [GeneratedRegex(@"copyright", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex CopyrightHint();
}
