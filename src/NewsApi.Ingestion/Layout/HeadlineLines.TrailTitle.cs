namespace NewsApi.Ingestion.Layout;

/// <summary>The page's title as the last step of its trail, printed again as the heading under it.</summary>
internal static partial class HeadlineLines
{
    // The trail stands over the heading; a run of text that opens in the page's menu may start a few lines over both.
    private const int MaxTrailTitleBelowRun = 8;

    // A trail's step of one or two words names a section ("Home / Sport"), which its heading repeats in turn.
    private const int MinTrailTitleWords = 3;

    // A section's heading under its trail stands a few lines over the article's own title.
    private const int MaxSectionToTitleLines = 6;

    /// <summary>
    /// "Home / Blog / Why the ferry runs late" / "Why the ferry runs late": a trail names the page it stands on as its last step,
    /// and the heading under it repeats that step, which a menu's item, a tagline or a list's teaser never does. Returns the
    /// heading under the page's first such trail when the pick is another line and the heading has three words or more and
    /// no separator, stamp or byline; -1 when there is none.
    /// </summary>
    /// <remarks>
    /// A section's page names the section last ("News / Harbour Sport" / "Harbour Sport"), with the article's title a few lines
    /// under it: a title-shaped pick there stays, and a heading in capitalized words alone, as section names are written, must
    /// share half its terms with the text. A post's title may share none (it plays on words), but it has words in lower case.
    /// </remarks>
    private static int TitleUnderTrail(List<string> lines, int pick, int first)
    {
        var end = Math.Min(lines.Count - 1, Math.Max(pick, first) + MaxTrailTitleBelowRun);
        for (var k = 0; k < end; k++)
        {
            var title = lines[k + 1];
            if (!EndsTrailWith(lines[k], title))
            {
                continue;
            }
            if (k + 1 == pick || LayoutText.CountWords(title) is < MinTrailTitleWords or > MaxHeadlineWords || IsNeverHeadline(title)
                || HasSeparatorToken(title) || title.AsSpan().IndexOfAny("»›|") >= 0
                || pick > k + 1 && pick - (k + 1) <= MaxSectionToTitleLines && IsTitleShaped(lines[pick]))
            {
                return -1;
            }
            return HasLowerCaseWord(title) || HalfOfTermsRecur(title, StoryTerms(lines, k + 2), minShared: 1) ? k + 1 : -1;
        }
        return -1;
    }

    /// <summary>"Home » Recipes » Cheesy harbour bread" over "Cheesy harbour bread": a step or more, a trail's arrow or slash, then the line.</summary>
    private static bool EndsTrailWith(string trail, string step)
    {
        if (trail.Length <= step.Length + 2 || !trail.EndsWith(step, StringComparison.Ordinal))
        {
            return false;
        }
        var before = trail.AsSpan(0, trail.Length - step.Length).TrimEnd();
        return before.Length >= 2 && before[^1] is '/' or '»' or '>' or '›' or '→' && !before[..^1].Trim().IsEmpty;
    }
}
