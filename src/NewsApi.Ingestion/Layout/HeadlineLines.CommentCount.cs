using System.Text.RegularExpressions;

namespace NewsApi.Ingestion.Layout;

/// <summary>A comment counter that the page prints on the headline's own line.</summary>
internal static partial class HeadlineLines
{
    /// <summary>
    /// "Why the pier shut 149 Comments" → "Why the pier shut": a blog's comment link rendered on the title's line is the page's
    /// furniture, not the title's words. A line that is nothing but the count is left as it is.
    /// </summary>
    internal static string WithoutCommentCount(string headline)
    {
        var match = TrailingCommentCount().Match(headline);
        return match.Success && LayoutText.CountWords(headline.AsSpan(0, match.Index)) >= 2 ? headline[..match.Index] : headline;
    }

    [GeneratedRegex(@"\s+\(?\d{1,3}(?:,\d{3})*\s+comments?\)?\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex TrailingCommentCount();
}
