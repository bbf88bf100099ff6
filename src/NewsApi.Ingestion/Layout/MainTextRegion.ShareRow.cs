using System.Text.RegularExpressions;

namespace NewsApi.Ingestion.Layout;

internal static partial class MainTextRegion
{
    // A row of tools is a label or a few ("Email to a friend | Printer friendly"), never a sentence.
    private const int MaxShareRowWords = 12;

    // Under a story the prose that follows its tools is the site's (teasers with blurbs, readers' comments, a newsletter's
    // pitch) and is shorter than the story; a row set between a story's lead and its rest has most of the story below it.
    private const double MaxProseShareBelowShareRow = 0.6;

    /// <summary>
    /// The line before the row of share and print tools under the story ("Print | Email this", "E-mail to a friend"), once
    /// the run holds an article's words and less prose follows the row than stands above it: the run of prose otherwise goes
    /// on through the row into the blurbs, comments and notices below.
    /// </summary>
    private static int BeforeShareRow(List<string> lines, int first, int last)
    {
        var above = 0;
        for (var i = first; i <= last; i++)
        {
            if (Score(lines[i]) > 0)
            {
                above += LayoutText.CountWords(lines[i]);
                continue;
            }
            if (above >= MinArticleWordsAboveComments && IsShareRow(lines[i]) && ProseWords(lines, i + 1, last) < above * MaxProseShareBelowShareRow)
            {
                return i - 1;
            }
        }
        return last;
    }

    // A row of labels is short; a longer line is never matched against the labels, which keeps the test linear.
    private const int MaxShareRowLength = 120;

    /// <summary>
    /// A row of the page's tools for the story, first a share, mail or print tool and nothing but such labels ("Print | Email
    /// this", "Share: Email Facebook Twitter Print", "Email to a friendPrinter friendly"): a heading that starts with one of
    /// their words ("Print design basics", "Facebook: the first social shop") is the story's.
    /// </summary>
    private static bool IsShareRow(string line) =>
        line.Length <= MaxShareRowLength && LayoutText.CountWords(line) <= MaxShareRowWords && ShareTool().IsMatch(line) && ToolLabels().IsMatch(line);

    [GeneratedRegex(@"^\W*(?:print|e-?mail|share|tweet|facebook|twitter|digg|del\.icio\.us|post to|printable|printer|send (?:this )?to a friend|bookmark)\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex ShareTool();

    [GeneratedRegex(@"^(?:[\W_]*(?:share(?: this(?: (?:story|article|post|page))?| on \w+| via \w+)?|tweet(?: this)?|e-?mail(?: this)?(?: (?:story|article|page))?(?: to a (?:friend|colleague))?|print(?:er)?(?:[- ]friendly)?(?: this)?(?: (?:version|story|article|page))?|printable version|easy print|send (?:this )?to a friend|post to [\w.]+|digg(?: this)?(?: story)?|del\.icio\.us|facebook|twitter|linkedin|reddit|pinterest|whatsapp|stumbleupon|newsvine|comments?|bookmark(?: this)?|return to top|search|newsletter))+[\W_]*$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex ToolLabels();
}
