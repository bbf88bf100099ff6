using System.Text.RegularExpressions;

namespace NewsApi.Ingestion.Layout;

internal static partial class MainTextRegion
{
    // The header names the post after its count: a title's worth of words, never a paragraph.
    private const int MaxResponsesHeaderWords = 30;

    /// <summary>
    /// The line before a comment section's header that counts the responses and names the post ("12 Responses to “Harbour
    /// Walks”", "3 thoughts on “Pier Repairs”", "{ 7 comments… read them below or add one }", "Discuss this story") once the run
    /// holds an article's words: the bare headers of <see cref="CommentThread.IsSectionHeader"/> do not reach these, and the
    /// comments under them are written in sentences.
    /// </summary>
    private static int BeforeResponsesHeader(List<string> lines, int first, int last) =>
        BeforeLineUnderArticle(lines, first, last, IsResponsesHeader);

    /// <summary>
    /// A header over the responses to a post. A sentence that opens the same way ("150 responses to the survey backed the
    /// plan.") ends in a stop, where a post's title after the count does not.
    /// </summary>
    internal static bool IsResponsesHeader(string line)
    {
        var trimmed = line.Trim();
        return LayoutText.CountWords(trimmed) <= MaxResponsesHeaderWords && !trimmed.EndsWith('.') && ResponsesHeader().IsMatch(trimmed);
    }

    [GeneratedRegex(@"^\W*(?:(?:\d+|no|one|two|three)\s+(?:comments?|responses?|replies|thoughts)\s+(?:to|on)\s+\S|\d+\s+comments?…?\s+read (?:it|them) below|reader views\b|discuss this (?:article|story|post)\b)", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex ResponsesHeader();
}
