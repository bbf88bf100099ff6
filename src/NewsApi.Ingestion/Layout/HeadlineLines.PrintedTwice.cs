using NewsApi.Ingestion.Layout.Chrome;
using NewsApi.Ingestion.Layout.Classifier;

namespace NewsApi.Ingestion.Layout;

/// <summary>The page's title printed twice in a row (a sticky header's copy or a screen reader's over the heading).</summary>
internal static partial class HeadlineLines
{
    /// <summary>
    /// "Five ferry firms in line for the quay" / "Five ferry firms in line for the quay": a page that repeats its heading in a
    /// bar or a hidden label prints the title twice, one line after the other; a menu's items and a list's teasers stand once
    /// each. Returns the nearest such pair's line above the text's first line when the pick is not it, the line is title-shaped
    /// (four words or more: two or three make a label, "Read Later", or a writer's name), no chrome or stamp reads in it, and half
    /// its terms recur in the text; -1 when there is none.
    /// </summary>
    private static int TitlePrintedTwice(List<string> lines, int pick, int first)
    {
        for (var i = first - 2; i >= Math.Max(0, first - HeadlineFeatures.WindowAbove); i--)
        {
            var line = lines[i];
            if (!string.Equals(line, lines[i + 1], StringComparison.Ordinal))
            {
                continue;
            }
            if (i == pick || i + 1 == pick || !IsTitleShaped(line) || LayoutText.CountWords(line) > MaxStampedTitleWords || !(char.IsUpper(line[0]) || char.IsDigit(line[0]))
                || IsNeverHeadline(line) || LooksLikeChromeHeading(line) || ChromeDetector.IsChrome(line) || IsLabelled(line) || HeadlineFeatures.IsStamp(line))
            {
                return -1;
            }
            return HalfOfTermsRecur(line, StoryTerms(lines, first), minShared: 1) ? i : -1;
        }
        return -1;
    }

    /// <summary>
    /// As <see cref="LooksLikeChromeTitle"/>, but a long label before a colon followed by a clause ("The Harbour Walker's Guide to
    /// Ferries: tides, fares and the best seats") is a title with its subtitle, not a tool bar's label.
    /// </summary>
    private static bool LooksLikeChromeHeading(string line) => HasChromeMarks(line) || HasLongLabel(line) && !HasClauseAfterColon(line);
}
