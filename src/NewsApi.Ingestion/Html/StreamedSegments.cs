using AngleSharp.Dom;

namespace NewsApi.Ingestion.Html;

/// <summary>Puts the segments a streaming server renderer sent late into the places held for them, as its script does in a browser.</summary>
/// <remarks>
/// React's streaming renderer sends a placeholder (<c>&lt;template id="B:1"&gt;</c>) where a part of the page will go, then the
/// part itself at the end of the document in a hidden element (<c>&lt;div hidden id="S:1"&gt;</c>), and a one-line script that
/// moves it into place. Without scripts the article stays hidden at the bottom of the page, and the visible page around its
/// placeholder is only loading skeletons and furniture. A segment completed on its own, outside a boundary, waits in a
/// <c>&lt;template id="P:9"&gt;</c> instead; the renderer numbers both in hexadecimal ("S:a" after "S:9").
/// </remarks>
internal static class StreamedSegments
{
    /// <summary>How the renderer writes a placeholder: a page without either has nothing to place.</summary>
    public const string BoundaryPlaceholderMark = "<template id=\"B:";
    public const string SegmentPlaceholderMark = "<template id=\"P:";

    public static bool HasPlaceholders(string html) =>
        html.Contains(BoundaryPlaceholderMark, StringComparison.Ordinal) || html.Contains(SegmentPlaceholderMark, StringComparison.Ordinal);

    public static void Place(IDocument document)
    {
        List<IElement>? segments = null;
        Dictionary<string, IElement>? placeholders = null;
        Dictionary<string, IElement>? segmentPlaceholders = null;
        foreach (var element in document.All)
        {
            var id = element.Id;
            if (id is null || id.Length < 3 || id[1] != ':' || !IsHexDigits(id.AsSpan(2)))
            {
                continue;
            }
            if (id[0] == 'S' && element.LocalName == "div" && element.HasAttribute("hidden"))
            {
                (segments ??= []).Add(element);
            }
            else if (id[0] == 'B' && element.LocalName == "template")
            {
                (placeholders ??= new Dictionary<string, IElement>(StringComparer.Ordinal)).TryAdd(id[2..], element);
            }
            else if (id[0] == 'P' && element.LocalName == "template")
            {
                (segmentPlaceholders ??= new Dictionary<string, IElement>(StringComparer.Ordinal)).TryAdd(id[2..], element);
            }
        }
        if (segments is null || (placeholders is null && segmentPlaceholders is null))
        {
            return;
        }
        foreach (var segment in segments)
        {
            var number = segment.Id![2..];
            IElement? placeholder = null;
            // A placeholder inside its own segment has nowhere to take it: moving the segment's nodes to it would move them
            // back into the segment for ever (found with a page written to do that).
            if ((segmentPlaceholders?.TryGetValue(number, out placeholder) != true && placeholders?.TryGetValue(number, out placeholder) != true)
                || placeholder is null || placeholder.Parent is not { } parent
                || segment.Contains(placeholder))
            {
                continue;
            }
            foreach (var child in segment.ChildNodes.ToArray())
            {
                parent.InsertBefore(child, placeholder);
            }
            placeholder.Remove();
            segment.Remove();
        }
    }

    private static bool IsHexDigits(ReadOnlySpan<char> text)
    {
        foreach (var c in text)
        {
            if (!char.IsAsciiHexDigitLower(c))
            {
                return false;
            }
        }
        return text.Length > 0;
    }
}
