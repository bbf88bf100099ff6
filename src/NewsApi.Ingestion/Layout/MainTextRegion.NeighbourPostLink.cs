using System.Text.RegularExpressions;

namespace NewsApi.Ingestion.Layout;

internal static partial class MainTextRegion
{
    // A link to the next post is its label and at most the post's title.
    private const int MaxNeighbourLinkWords = 15;

    /// <summary>
    /// The line before a link to the post before or after this one ("« Previous Post", "Next story: Harbour fares rise",
    /// "Newer Post Older Post Home") once the run holds an article's words: a blog or a paper prints it under the story, and
    /// under it come the related posts, the comments and the sidebar, never more of the story.
    /// </summary>
    private static int BeforeNeighbourPostLink(List<string> lines, int first, int last) =>
        BeforeLineUnderArticle(lines, first, last, IsNeighbourPostLink);

    /// <summary>The line before the first line that <paramref name="endsArticle"/> once the run holds an article's words; else <paramref name="last"/>.</summary>
    private static int BeforeLineUnderArticle(List<string> lines, int first, int last, Func<string, bool> endsArticle)
    {
        var above = 0;
        for (var i = first; i <= last; i++)
        {
            if (above >= MinArticleWordsAboveComments && endsArticle(lines[i]))
            {
                return i - 1;
            }
            above += Score(lines[i]) > 0 ? LayoutText.CountWords(lines[i]) : 0;
        }
        return last;
    }

    /// <summary>
    /// "Previous Post: How I Plan the Week", "Next Story »", "Older post", "« Prev": where the link stands in the list of posts,
    /// then the neighbour's title or nothing. "Next steps for the board" and "Previous owners of the pier" are the story's.
    /// </summary>
    internal static bool IsNeighbourPostLink(string line) =>
        LayoutText.CountWords(line) <= MaxNeighbourLinkWords && (NeighbourPostLabel().IsMatch(line) || ArrowToNeighbourPost().IsMatch(line));

    [GeneratedRegex(@"^\W*(?i:previous|prev|next|older|newer)\s+(?i:post|article|story|entry)\b(?:\s*[:|»›>→]|\s+[\p{Lu}\d]|\s*$)", RegexOptions.CultureInvariant)]
    private static partial Regex NeighbourPostLabel();

    [GeneratedRegex(@"^\s*(?:«|‹|<<|←)\s*(?i:previous|prev|older|newer)\b", RegexOptions.CultureInvariant)]
    private static partial Regex ArrowToNeighbourPost();
}
