using NewsApi.Ingestion.Layout.Classifier;

namespace NewsApi.Ingestion.Layout;

/// <summary>A blog's name at the very top of its page, over a short post's title and the post's date.</summary>
internal static partial class HeadlineLines
{
    // The site's name is the page's first line or one under a skip link.
    private const int MaxSiteNameLine = 1;

    // Between the name and the post's date: the site's address or tagline, the title, a subtitle, the writer.
    private const int MaxSiteNameToStamp = 6;

    /// <summary>
    /// "Mira Holt – Harbour Notes" / "Ferry Math" / "March 4, 2025" / the post: a one-person blog prints its name with a dash or
    /// its menu in the page's first line, then the post's short title and its date. The model prefers the name, which stands
    /// over everything; the post's title is the best-scored candidate between the name and the first stamp under it, when half
    /// its terms recur in the text. -1 when the page is not so laid out.
    /// </summary>
    private static int PostTitleUnderSiteName(List<string> lines, List<(int Index, double Score)> scored, int pick, int first)
    {
        if (pick < 0 || pick > MaxSiteNameLine || pick >= first || !HasChromeMarks(lines[pick]))
        {
            return -1;
        }
        var stamp = -1;
        for (var k = pick + 1; k < first && k <= pick + MaxSiteNameToStamp; k++)
        {
            if (HeadlineFeatures.IsStamp(lines[k]))
            {
                stamp = k;
                break;
            }
        }
        if (stamp < 0)
        {
            return -1;
        }
        int best = -1;
        var bestScore = double.NegativeInfinity;
        foreach (var (index, score) in scored)
        {
            if (index > pick && index < stamp && score > bestScore)
            {
                (best, bestScore) = (index, score);
            }
        }
        if (best < 0 || IsNeverHeadline(lines[best]) || LooksLikeChromeTitle(lines[best]) || IsLabelled(lines[best]) || IsPersonName(lines[best]))
        {
            return -1;
        }
        return HalfOfTermsRecur(lines[best], StoryTerms(lines, first), minShared: 1) ? best : -1;
    }
}
