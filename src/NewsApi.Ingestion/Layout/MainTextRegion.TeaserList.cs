using System.Text.RegularExpressions;

namespace NewsApi.Ingestion.Layout;

internal static partial class MainTextRegion
{
    // Between a story and the site's lists stand their headers and a row of links ("Related", "Internal Links", "Most read");
    // inside a story a subheading or two, a caption, a credit stand between paragraphs, not this many short lines.
    private const int MinTeaserListGapLines = 8;

    // A list of teasers has several items; two or three blurbs under headings are a feature's short sections.
    private const int MinTeaserBlurbs = 4;

    // A teaser's blurb is a sentence or two; a longer paragraph is a section of the article itself.
    private const int MaxTeaserBlurbWords = 45;

    // Another story's headline over its blurb is a sentence's length; a section's heading ("Disaster recovery"), a review's
    // date ("Aug 2024") or its writer's name over a paragraph is shorter.
    private const int MinTeaserHeadlineWords = 4;

    // The blurbs alone under headlines make nearly all of a list's prose; an article's own paragraphs follow one another.
    private const double MinTeaserBlurbShare = 0.7;

    /// <summary>
    /// The article's last line when the run goes on, past a long stretch of short lines (a list's header, links, a site's
    /// section labels), into lists of other stories, each a headline over a one-sentence blurb: many such blurbs outweigh the
    /// gap, so the maximum-sum run takes them in. A gap opened by a line that introduces a list ("... the following:") is the
    /// article's own list.
    /// </summary>
    private static int BeforeTeaserList(List<string> lines, int first, int last)
    {
        var k = first;
        while (k <= last)
        {
            if (Score(lines[k]) > 0)
            {
                k++;
                continue;
            }
            var gapEnd = GapEnd(lines, k, last);
            // The list must start right under the gap: past one more gap, the prose in between (a recipe's last step under its
            // ingredients) is the article's.
            if (gapEnd - k >= MinTeaserListGapLines && k > first && !IntroducesList(lines[k - 1])
                && !IntroducesList(lines[k]) && ProseWords(lines, first, k - 1) >= MinArticleWordsAboveComments
                && IsTeaserList(lines, gapEnd, NextLongGap(lines, gapEnd, last) - 1) && IsTeaserList(lines, gapEnd, last))
            {
                return k - 1;
            }
            k = gapEnd;
        }
        return last;
    }

    // "The board listed the works it will pay for:" opens the article's list; a header ("Related links:") is shorter.
    private const int MinListIntroductionWords = 6;

    private static bool IntroducesList(string line) => line.TrimEnd().EndsWith(':') && LayoutText.CountWords(line) >= MinListIntroductionWords;

    private static int GapEnd(List<string> lines, int start, int last)
    {
        var end = start;
        while (end <= last && Score(lines[end]) <= 0)
        {
            end++;
        }
        return end;
    }

    /// <summary>Where the next stretch of at least <see cref="MinTeaserListGapLines"/> short lines starts; past <paramref name="last"/> when none does.</summary>
    private static int NextLongGap(List<string> lines, int start, int last)
    {
        for (var k = start; k <= last; k++)
        {
            if (Score(lines[k]) > 0)
            {
                continue;
            }
            var end = GapEnd(lines, k, last);
            if (end - k >= MinTeaserListGapLines)
            {
                return k;
            }
            k = end;
        }
        return last + 1;
    }

    /// <summary>Whether the prose of lines [first, last] is mostly single short paragraphs, each under a headline: a list's blurbs.</summary>
    private static bool IsTeaserList(List<string> lines, int first, int last)
    {
        int blurbs = 0, teasers = 0;
        for (var i = first; i <= last; i++)
        {
            if (Score(lines[i]) <= 0)
            {
                continue;
            }
            blurbs++;
            var alone = Score(lines[i - 1]) <= 0 && (i == last || Score(lines[i + 1]) <= 0);
            teasers += alone && LayoutText.CountWords(lines[i]) <= MaxTeaserBlurbWords && IsTeaserHeadline(lines[i - 1]) ? 1 : 0;
        }
        return blurbs >= MinTeaserBlurbs && teasers >= blurbs * MinTeaserBlurbShare;
    }

    /// <summary>A headline of another story; an item number ("3. Harbour Ferries Ltd") makes it a heading of the article's own list.</summary>
    private static bool IsTeaserHeadline(string line) =>
        LayoutText.CountWords(line) >= MinTeaserHeadlineWords && !ItemNumber().IsMatch(line);

    [GeneratedRegex(@"^\s*(?:\w+\s)?\d+[.):]\s", RegexOptions.CultureInvariant)]
    private static partial Regex ItemNumber();
}
