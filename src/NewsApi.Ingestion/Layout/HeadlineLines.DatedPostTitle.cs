using NewsApi.Ingestion.Layout.Chrome;
using NewsApi.Ingestion.Layout.Classifier;
using NewsApi.Ingestion.Layout.Dates;

namespace NewsApi.Ingestion.Layout;

/// <summary>A post's short title under the post's date alone, right over the text, below a longer pick.</summary>
internal static partial class HeadlineLines
{
    /// <summary>
    /// "The Harbour Log" / "Notes on ferries, piers and the people who run them" / "Monday, May 4, 2026" / "Pier fees" / text: a
    /// blog prints the post's date alone over the post's title, and the title is often a word or three, which the model scores
    /// under a longer tagline, a sidebar's item or a form's label above the date. Returns the line under the page's first date
    /// line below the pick when it stands right over the text (or over a byline right over it), is shorter than the pick and reads
    /// as a title; -1 otherwise.
    /// </summary>
    /// <remarks>
    /// A news page prints its date under the title and its deck under the date: the deck is longer than the title it follows,
    /// so the length guard keeps the title.
    /// </remarks>
    private static int PostTitleUnderDate(List<string> lines, int pick, int first)
    {
        // A pick with its own byline or date right under it is signed: the date lower down is its, and the line under that
        // date an agency's or the paper's name, a tool or a caption. A form's label ("check to open links in new windows") opens
        // in lower case, as no title does.
        if (pick < 0 || pick + 1 >= lines.Count || IsBylineBlockLine(lines[pick + 1]) && !char.IsLower(lines[pick][0]))
        {
            return -1;
        }
        for (var d = pick + 1; d < first && d + 1 < lines.Count; d++)
        {
            if (!PublishedDateParser.TryParseDateLine(lines[d], out _))
            {
                continue;
            }
            var title = d + 1;
            var text = title + 1 < lines.Count && title + 1 < first && IsSignature(lines[title + 1]) ? title + 2 : title + 1;
            if (text != first || !IsPostTitleUnderDate(lines[title], lines[pick]))
            {
                return -1;
            }
            var story = StoryTerms(lines, text);
            return HalfOfTermsRecur(lines[title], story, minShared: 1) && !HalfOfTermsRecur(lines[pick], story, minShared: 2) ? title : -1;
        }
        return -1;
    }

    private static bool IsPostTitleUnderDate(string line, string pick)
    {
        var words = LayoutText.CountWords(line);
        return words >= 2 && words < LayoutText.CountWords(pick) && (char.IsUpper(line[0]) || char.IsDigit(line[0]))
            && !(LayoutText.EndsSentence(line) && !line.EndsWith('?') && !line.EndsWith('!')) && !IsNeverHeadline(line)
            && !ChromeDetector.IsChrome(line) && !ChromeDetector.IsRelatedHeader(line) && !LooksLikeChromeTitle(line) && !IsLabelled(line)
            && !IsInCapitals(line) && !HeadlineFeatures.IsStamp(line) && !IsPersonName(line);
    }
}
