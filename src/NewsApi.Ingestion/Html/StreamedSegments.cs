using AngleSharp.Dom;

namespace NewsApi.Ingestion.Html;

/// <summary>Puts the segments a streaming server renderer sent late into the places held for them, as its script does in a browser.</summary>
/// <remarks>
/// React's streaming renderer sends a placeholder (<c>&lt;template id="B:1"&gt;</c>) where a part of the page will go, then the
/// part itself at the end of the document in a hidden element (<c>&lt;div hidden id="S:1"&gt;</c>), and a one-line script that
/// moves it into place. Without scripts the article stays hidden at the bottom of the page, and the visible page around its
/// placeholder is only loading skeletons and furniture.
/// </remarks>
internal static class StreamedSegments
{
    /// <summary>How the renderer writes a placeholder: a page without it has nothing to place.</summary>
    public const string PlaceholderMark = "<template id=\"B:";

    public static void Place(IDocument document)
    {
        List<IElement>? segments = null;
        Dictionary<string, IElement>? placeholders = null;
        foreach (var element in document.All)
        {
            var id = element.Id;
            if (id is null || id.Length < 3 || id[1] != ':' || !IsDigits(id.AsSpan(2)))
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
        }
        if (segments is null || placeholders is null)
        {
            return;
        }
        foreach (var segment in segments)
        {
            // A placeholder inside its own segment has nowhere to take it: moving the segment's nodes to it would move them
            // back into the segment for ever (found with a page written to do that).
            if (!placeholders.TryGetValue(segment.Id![2..], out var placeholder) || placeholder.Parent is not { } parent
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

    private static bool IsDigits(ReadOnlySpan<char> text)
    {
        foreach (var c in text)
        {
            if (!char.IsAsciiDigit(c))
            {
                return false;
            }
        }
        return text.Length > 0;
    }
}
