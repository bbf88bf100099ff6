using System.Text;

namespace NewsApi.Ingestion.Html;

/// <summary>Drops the tags a browser ignores inside a <c>&lt;select&gt;</c> (a stray <c>&lt;br&gt;</c> or <c>&lt;/a&gt;</c> between options).</summary>
/// <remarks>
/// The HTML5 tree builder ignores every tag but option, optgroup and hr in a select, but AngleSharp keeps a
/// <c>&lt;br&gt;</c> there as an open element, so that everything after it, the article included, ends up inside the
/// drop-down: a menu of links that the content finder rightly passes over. Without those tags the select closes where a
/// browser closes it.
/// </remarks>
internal static class SelectRepair
{
    // Option tags are the select's own; raw-text elements keep their tags, or their text (a script) would become the page's.
    private static readonly HashSet<string> KeptInSelect = new(StringComparer.OrdinalIgnoreCase)
    {
        "option", "optgroup", "hr", "script", "style", "template", "noscript", "title", "xmp", "iframe", "noembed", "noframes", "plaintext",
    };

    // These end a select in the tree builder, as its end tag does.
    private static readonly HashSet<string> EndingSelect = new(StringComparer.OrdinalIgnoreCase) { "input", "keygen", "textarea" };

    public static string Repair(string html)
    {
        if (html.IndexOf("<select", StringComparison.OrdinalIgnoreCase) < 0)
        {
            return html;
        }
        StringBuilder? output = null;
        var copiedUpTo = 0;
        var inSelect = false;
        foreach (var tag in NestingLimiter.Tags(html))
        {
            if (tag.Name.Equals("select", StringComparison.OrdinalIgnoreCase))
            {
                inSelect = !tag.Closing;
                continue;
            }
            if (inSelect && EndingSelect.Contains(tag.Name))
            {
                inSelect = false;
            }
            if (!inSelect || KeptInSelect.Contains(tag.Name))
            {
                continue;
            }
            output ??= new StringBuilder(html.Length);
            output.Append(html, copiedUpTo, tag.Start - copiedUpTo);
            copiedUpTo = tag.End;
        }
        return output is null ? html : output.Append(html, copiedUpTo, html.Length - copiedUpTo).ToString();
    }
}
