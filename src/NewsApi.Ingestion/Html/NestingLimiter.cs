using System.Text;

namespace NewsApi.Ingestion.Html;

/// <summary>Drops the tags of elements nested deeper than a browser would nest them, keeping all text.</summary>
/// <remarks>
/// The HTML5 tree builder checks the stack of open elements for every tag, so a page of twenty thousand nested
/// elements costs seconds; Blink stops nesting at 512 and attaches deeper elements to the 512th. Here the tags past
/// that depth are removed before parsing: their text stays where it was, only the structure below is flattened.
/// The depth is estimated from the tags alone, counting neither void elements nor those whose end tag is optional.
/// </remarks>
internal static class NestingLimiter
{
    public const int MaxDepth = 512;

    private static readonly HashSet<string> NotNesting = new(StringComparer.OrdinalIgnoreCase)
    {
        "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source", "track", "wbr", "keygen",
        "p", "li", "dt", "dd", "tr", "td", "th", "option", "optgroup", "rb", "rt", "rp", "tbody", "thead", "tfoot", "colgroup",
        "html", "head", "body",
    };

    private static readonly string[] RawTextTags = ["script", "style", "textarea", "title", "xmp", "noscript", "iframe", "noembed", "noframes", "plaintext"];

    public static string Limit(string html)
    {
        return MaxEstimatedDepth(html) <= MaxDepth ? html : Flatten(html);
    }

    private static int MaxEstimatedDepth(string html)
    {
        var depth = 0;
        var max = 0;
        foreach (var tag in Tags(html))
        {
            if (tag.Counts)
            {
                depth = Math.Max(0, depth + (tag.Closing ? -1 : 1));
                max = Math.Max(max, depth);
            }
        }
        return max;
    }

    private static string Flatten(string html)
    {
        var output = new StringBuilder(html.Length);
        var depth = 0;
        var copiedUpTo = 0;
        // End tags owed no output because their start tags were dropped, by tag name.
        var dropped = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        foreach (var tag in Tags(html))
        {
            if (!tag.Counts)
            {
                continue;
            }
            var drop = false;
            if (tag.Closing)
            {
                if (dropped.TryGetValue(tag.Name, out var owed) && owed > 0)
                {
                    dropped[tag.Name] = owed - 1;
                    drop = true;
                }
                else
                {
                    depth = Math.Max(0, depth - 1);
                }
            }
            else if (depth >= MaxDepth)
            {
                dropped[tag.Name] = dropped.GetValueOrDefault(tag.Name) + 1;
                drop = true;
            }
            else
            {
                depth++;
            }
            if (drop)
            {
                output.Append(html, copiedUpTo, tag.Start - copiedUpTo);
                copiedUpTo = tag.End;
            }
        }
        output.Append(html, copiedUpTo, html.Length - copiedUpTo);
        return output.ToString();
    }

    internal readonly record struct Tag(string Name, bool Closing, bool Counts, int Start, int End);

    /// <summary>Start and end tags in order, past comments and the contents of raw-text elements.</summary>
    internal static IEnumerable<Tag> Tags(string html)
    {
        var i = 0;
        while (i < html.Length)
        {
            var open = html.IndexOf('<', i);
            if (open < 0 || open + 1 >= html.Length)
            {
                yield break;
            }
            if (string.CompareOrdinal(html, open, "<!--", 0, 4) == 0)
            {
                var endComment = html.IndexOf("-->", open + 4, StringComparison.Ordinal);
                i = endComment < 0 ? html.Length : endComment + 3;
                continue;
            }
            var closing = html[open + 1] == '/';
            var nameStart = open + (closing ? 2 : 1);
            var nameEnd = nameStart;
            while (nameEnd < html.Length && (char.IsAsciiLetterOrDigit(html[nameEnd]) || html[nameEnd] is '-' or ':'))
            {
                nameEnd++;
            }
            if (nameEnd == nameStart || !char.IsAsciiLetter(html[nameStart]))
            {
                i = open + 1;
                continue;
            }
            var close = html.IndexOf('>', nameEnd);
            if (close < 0)
            {
                yield break;
            }
            var name = html[nameStart..nameEnd];
            var selfClosing = html[close - 1] == '/';
            yield return new Tag(name, closing, !selfClosing && !NotNesting.Contains(name), open, close + 1);
            i = close + 1;
            if (!closing && Array.Exists(RawTextTags, t => t.Equals(name, StringComparison.OrdinalIgnoreCase)))
            {
                var endTag = html.IndexOf("</" + name, i, StringComparison.OrdinalIgnoreCase);
                i = endTag < 0 ? html.Length : endTag;
            }
        }
    }
}
