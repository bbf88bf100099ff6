using NewsApi.Ingestion.Layout.Chrome;
using NewsApi.Ingestion.Layout.Dates;

namespace NewsApi.Ingestion.Layout;

internal static partial class MainTextRegion
{
    // A story's own list is a handful of points or names; past this many lines the "list" is the page's.
    private const int MaxIntroducedListLines = 30;

    /// <summary>
    /// The last line of the list a sentence of the story opens ("The new model will differ from the old one in four ways:")
    /// right at the run's end, and of the prose that closes it: the list's short lines cost the run more than the sentence
    /// or two after them bring, so the run stops at the sentence that announces them. The list ends at the page's furniture
    /// (a label, a tag line, a comment header, a stamp).
    /// </summary>
    private static int ThroughIntroducedList(List<string> lines, int first, int last)
    {
        var intro = last + 1 < lines.Count && LayoutText.IntroducesWhatFollows(lines[last + 1]) ? last + 1
            : LayoutText.IntroducesWhatFollows(lines[last]) ? last : -1;
        while (intro >= first && !ChromeDetector.IsChrome(lines[intro]))
        {
            var end = intro + 1;
            var closing = false;
            while (end < lines.Count && end - intro <= MaxIntroducedListLines && IsListItem(lines[end]) && !PostFooter.StartsAt(lines, end))
            {
                // A sentence of the story's after the items closes the list; whatever short lines follow it are the page's again.
                if (closing && Score(lines[end]) <= 0)
                {
                    break;
                }
                closing |= end - intro > MinIntroducedListItems + 1 && IsClosingSentence(lines[end]);
                end++;
            }
            if (end - intro <= MinIntroducedListItems || end - intro > MaxIntroducedListLines)
            {
                break;
            }
            last = end - 1;
            intro = LayoutText.IntroducesWhatFollows(lines[last]) ? last : -1;
        }
        return last;
    }

    // One line under a sentence ending in a colon is a quotation or a link, not a list.
    private const int MinIntroducedListItems = 1;

    /// <summary>
    /// A plain sentence as long as the one that opened the list: items set off by a bullet or a quotation mark ("“Knock, Knock.
    /// Who's There?” by Jane Roe") or a few words long read as sentences too, and are still the list.
    /// </summary>
    private static bool IsClosingSentence(string line) =>
        char.IsUpper(line[0]) && LayoutText.EndsSentence(line) && LayoutText.CountWords(line) >= MinClosingSentenceWords;

    // As long as a sentence that introduces a list (LayoutText.IntroducesWhatFollows).
    private const int MinClosingSentenceWords = 12;

    private static bool IsListItem(string line) =>
        !ChromeDetector.IsChrome(line) && !IsReaction(line) && !CommentThread.IsSectionHeader(line) && !ChromeDetector.IsRelatedHeader(line)
        && !ChromeDetector.IsTagHeader(line) && !TagLineParser.TryParseLabelled(line, out _) && !PublishedDateParser.TryParse(line, out _)
        && !IsLabel(line);

    /// <summary>"Related Posts", "About Us": a few capitalized words with no verb's lower case and no mark, a section's name.</summary>
    private static bool IsLabel(string line)
    {
        const int MaxLabelWords = 4;
        var words = 0;
        foreach (var range in line.AsSpan().Split(' '))
        {
            var word = line.AsSpan(range);
            if (word.IsEmpty)
            {
                continue;
            }
            if (!char.IsUpper(word[0]) && word is not ("and" or "of" or "the" or "&"))
            {
                return false;
            }
            words++;
        }
        return words is > 0 and <= MaxLabelWords && line.AsSpan().IndexOfAny(".?!:,;") < 0;
    }
}
