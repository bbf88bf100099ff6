using NewsApi.Ingestion.Layout.Bylines;
using NewsApi.Ingestion.Layout.Chrome;
using NewsApi.Ingestion.Layout.Dates;

namespace NewsApi.Ingestion.Layout;

/// <summary>A short title under the page's date line, over the longer deck the model picks.</summary>
internal static partial class HeadlineLines
{
    // "Pier fees cut", "Podium for Bayport": a title under a date is three words or more; one or two make a section's label.
    private const int MinDatedTitleWords = 3;

    /// <summary>
    /// "Mon, May 4, 2026" / "Ferry fares frozen" / "Board drops the spring rise after riders' petition" / "By Jane Roe": the model
    /// prefers the deck, longer and nearest the byline, and the deck rule turns away a title of three words or in capitalized words
    /// ("Bayport Pier Reopens"), which read as a section's label or a menu's row elsewhere. Right under the page's date alone they
    /// open the story's head: the line above the pick is its title when it is no longer than the pick, shows no other chrome, and
    /// shares a term with the text under the pick.
    /// </summary>
    private static bool IsDeckUnderDatedTitle(List<string> lines, int pick, int first)
    {
        // Under a byline the date closes the head of a story above; the lines after it are its tools, not a title.
        if (pick < 2 || !PublishedDateParser.TryParseDateLine(lines[pick - 2], out _) || pick >= 3 && BylineParser.TryParseByLine(lines[pick - 3], out _))
        {
            return false;
        }
        var above = lines[pick - 1];
        var words = LayoutText.CountWords(above);
        if (words < MinDatedTitleWords || words > LayoutText.CountWords(lines[pick]) || LayoutText.EndsSentence(above) || IsNeverHeadline(above)
            || HasChromeMarks(above, menuRow: false) || HasLongLabel(above) || IsListItem(above) || ChromeDetector.IsChrome(above) || ChromeDetector.IsRelatedHeader(above)
            || IsKickedTitle(lines[pick]) || IsLabelled(above) || IsInCapitals(above))
        {
            return false;
        }
        var story = StoryTerms(lines, Math.Max(first, pick + 1));
        return Terms(above).Any(story.Contains);
    }

    /// <summary>"IN ASSOCIATION WITH", "MARKETS": a line in capitals over a deck in mixed case is a label or a sponsor's note.</summary>
    private static bool IsInCapitals(string line)
    {
        var (letters, upper) = LayoutText.CountLetters(line);
        return letters > 0 && upper == letters;
    }
}
