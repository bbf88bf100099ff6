using NewsApi.Ingestion.Layout.Classifier;

namespace NewsApi.Ingestion.Layout;

/// <summary>A site's name and its blurb at the top of the page, over the post's own title at the head of the text.</summary>
internal static partial class HeadlineLines
{
    // A site's name or slogan over its blurb: a phrase of a few words, not a title's clause.
    private const int MaxBlurbLabelWords = 5;

    /// <summary>
    /// "Sail More, Worry Less" / "Over 300 posts on one idea: how to sail more for less. ..." / "Why the Ferry Runs Late" / the
    /// post: the site's name or slogan in the page's first lines, its blurb in one paragraph, then the post's title and text.
    /// The run of prose opens at the blurb, so the model takes the name over it for the title; the post's title is the first
    /// line under the blurb, followed by prose, when half its words recur in that text. -1 when the page is not so laid out.
    /// </summary>
    private static int TitleUnderBlurb(List<string> lines, int pick, int first)
    {
        if (pick < 1 || pick > MaxTaglineLine || pick + 1 != first || first + 2 >= lines.Count
            || LayoutText.CountWords(lines[pick]) > MaxBlurbLabelWords || !LayoutText.IsProse(lines[first]) || !LayoutText.IsProse(lines[first + 2]))
        {
            return -1;
        }
        var title = first + 1;
        var line = lines[title];
        var words = LayoutText.CountWords(line);
        if (words < MinBlurbTitleWords || words > MaxStampedTitleWords || !(char.IsUpper(line[0]) || char.IsDigit(line[0])) || !HasLowerCaseWord(line)
            || IsNeverHeadline(line) || LooksLikeChromeTitle(line) || IsLabelled(line) || HeadlineFeatures.IsStamp(line)
            || LayoutText.EndsSentence(line) && !line.EndsWith('?') && !line.EndsWith('!'))
        {
            return -1;
        }
        return HalfOfTermsRecur(line, StoryTerms(lines, title + 1), minShared: 1) ? title : -1;
    }

    private const int MinBlurbTitleWords = 3;
}
