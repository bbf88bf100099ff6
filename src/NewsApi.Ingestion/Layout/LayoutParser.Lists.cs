using System.Text.RegularExpressions;
using NewsApi.Ingestion.Layout.Bylines;
using NewsApi.Ingestion.Layout.Chrome;
using NewsApi.Ingestion.Layout.Images;

namespace NewsApi.Ingestion.Layout;

// The body and tail zones: where the article ends, and the related lists, tags and captions after it.
public static partial class LayoutParser
{
    /// <summary>Back from the end over lines that are not prose, or are prose-shaped chrome and credits lines.</summary>
    private static int FindTailStart(List<string> lines, int headEnd)
    {
        var j = lines.Count;
        while (j > headEnd)
        {
            var line = lines[j - 1];
            var isTail = !LayoutText.IsProse(line)
                || ChromeDetector.IsChrome(line)
                || ContributorLineParser.TryParse(line, out _)
                || ImageCreditParser.TryParseCaptionWithCredit(line, out _, out _)
                || (j < lines.Count && ImageCreditParser.TryParseCreditLine(lines[j], out _) && !ChromeDetector.IsCopyrightLine(lines[j]))
                || (LayoutText.IsQuestionTitle(line) && j >= 2 && IsListNeighbour(lines[j - 2]));
            if (!isTail && !(j < lines.Count && IsBetweenChrome(lines, j - 1)))
            {
                break;
            }
            j--;
        }
        return j;
    }

    /// <summary>A line that can stand above a related headline: another headline, a question title or a list header.</summary>
    private static bool IsListNeighbour(string line) =>
        !LayoutText.IsProse(line) || LayoutText.IsQuestionTitle(line) || ChromeDetector.IsRelatedHeader(line);

    /// <summary>A short sentence to the reader with chrome on both sides, such as a newsletter pitch, belongs to the widget around it.</summary>
    private static bool IsBetweenChrome(List<string> lines, int i) =>
        i > 0 && i + 1 < lines.Count && LayoutText.CountWords(lines[i]) <= 20 && LayoutText.AddressesTheReader(lines[i])
        && ChromeDetector.IsChrome(lines[i - 1]) && ChromeDetector.IsChrome(lines[i + 1]);

    /// <summary>"1. Headline", "• Headline": list numbering and bullets are not part of a related headline.</summary>
    private static string StripListMarker(string line)
    {
        var i = 0;
        while (i < line.Length && i < 4 && char.IsAsciiDigit(line[i]))
        {
            i++;
        }
        if (i > 0 && i + 1 < line.Length && line[i] is '.' or ')' && line[i + 1] == ' ')
        {
            return line[(i + 2)..];
        }
        if (line.Length > 2 && line[0] is '•' or '-' or '–' or '*' or '·' && line[1] == ' ')
        {
            return line[2..];
        }
        return line;
    }

    private static void ReadBody(List<string> lines, int start, int end, PageBuilder page)
    {
        var listMode = ListMode.None;
        for (var i = start; i < end; i++)
        {
            var line = lines[i];
            // "Related stories" is chrome too; read as a header first, so that the headlines under it leave the body.
            if (ChromeDetector.IsRelatedHeader(line) && i + 1 < end && IsListedHeadline(lines[i + 1]) && !LayoutText.IsProse(lines[i + 1]))
            {
                listMode = ListMode.Related;
                continue;
            }
            if (listMode == ListMode.Related && IsTeaser(lines, i, end, page))
            {
                continue;
            }
            if (TryTakeAnywhere(lines, ref i, page, inHead: false))
            {
                continue;
            }
            if (TryTakeHeaderOrList(line, ref listMode, page, requireHeader: true))
            {
                continue;
            }
            page.Body.Add(line);
        }
    }

    /// <summary>
    /// The sentence a list of other stories prints under each headline: prose right under the headline just listed, with
    /// the list going on under it (another headline) or nothing of the article after it (the end, or chrome). A paragraph
    /// after the last headline of a box inside the story is the story going on.
    /// </summary>
    private static bool IsTeaser(List<string> lines, int i, int end, PageBuilder page)
    {
        const int MaxTeaserWords = 60;
        if (!LayoutText.IsProse(lines[i]) || LayoutText.CountWords(lines[i]) > MaxTeaserWords || page.Related.Count == 0
            || !string.Equals(StripListMarker(lines[i - 1]), page.Related[^1], StringComparison.Ordinal))
        {
            return false;
        }
        if (i + 1 >= end)
        {
            return true;
        }
        var next = lines[i + 1];
        return ChromeDetector.IsChrome(next) || IsListedHeadline(next) && !LayoutText.IsProse(next);
    }

    private static void ReadTail(List<string> lines, int start, PageBuilder page)
    {
        var listMode = ListMode.None;
        // Whether the lines read so far continue the article: a table of results right after its text is part of it.
        var continuesBody = true;
        var inComments = false;
        for (var i = start; i < lines.Count; i++)
        {
            var line = lines[i];
            // "15 comments | Sort by: Newest", "Comments (48)": the readers' thread runs from here to the next list's header
            // ("More on this story", "Tags:"); its lines are neither related headlines nor the story.
            inComments = CommentsHeader().IsMatch(line) || inComments && !ChromeDetector.IsRelatedHeader(line) && !ChromeDetector.IsTagHeader(line);
            if (inComments)
            {
                continue;
            }
            if (listMode == ListMode.Tags && TagLineParser.TryParseUnderHeader(line, out var headedTags))
            {
                page.Tags.AddRange(headedTags);
                continue;
            }
            if (TryTakeImage(lines, ref i, page) || TryTakeHeaderOrList(line, ref listMode, page, requireHeader: false))
            {
                continue;
            }
            if (TryTakeAnywhere(lines, ref i, page, inHead: false))
            {
                continue;
            }
            // A line of figures is never a related headline: odds and scores after a heading the table does not continue
            // ("Double result:", "5-2 Real Madrid Real Madrid") are still the story's.
            if (!ChromeDetector.IsChrome(line) && (LayoutText.IsDataLine(line) || continuesBody && DataFollows(lines, i)))
            {
                // The table, and the headings above its blocks ("Results of the World Cup", "Men").
                page.Body.Add(line);
                continue;
            }
            if (LayoutText.CountWords(line) >= 3)
            {
                continuesBody = false;
            }
            if (LayoutText.IsQuestionTitle(line))
            {
                page.Related.Add(StripListMarker(line));
            }
            else if (LayoutText.IsProse(line))
            {
                if (!IsBetweenChrome(lines, i))
                {
                    page.Body.Add(line);
                }
            }
            else if (IsListedHeadline(line))
            {
                page.Related.Add(StripListMarker(line));
            }
        }
    }

    private static bool DataFollows(List<string> lines, int i)
    {
        // A results table's heading, date, division and column lines ("Results of the World Cup", "Men", "W L T PF PA")
        // stand a few lines above it; a sentence between them and the table means the table belongs to something else.
        for (var k = i + 1; k < lines.Count && k <= i + 6; k++)
        {
            if (LayoutText.IsDataLine(lines[k]))
            {
                return true;
            }
            if (LayoutText.IsProse(lines[k]))
            {
                return false;
            }
        }
        return false;
    }

    private const int MaxAuthorBioWords = 80;

    /// <summary>"About the author", "About the authors:", "About the writer".</summary>
    private static bool IsAuthorBioHeader(string line) =>
        line.Length <= 24 && line.AsSpan().TrimEnd(" :") is var header
        && (header.Equals("About the author", StringComparison.OrdinalIgnoreCase) || header.Equals("About the authors", StringComparison.OrdinalIgnoreCase)
            || header.Equals("About the writer", StringComparison.OrdinalIgnoreCase));

    /// <summary>"Read more:" / "Topics" headers, the lists under them, and tag lines.</summary>
    private static bool TryTakeHeaderOrList(string line, ref ListMode mode, PageBuilder page, bool requireHeader)
    {
        if (ChromeDetector.IsRelatedHeader(line))
        {
            mode = ListMode.Related;
            return true;
        }
        if (ChromeDetector.IsTagHeader(line))
        {
            mode = ListMode.Tags;
            return true;
        }
        if (IsAuthorBioHeader(line))
        {
            mode = ListMode.AuthorBio;
            return true;
        }
        if (mode == ListMode.AuthorBio)
        {
            // The note under "About the author": a short paragraph on who wrote the story, not the story.
            mode = ListMode.None;
            if (LayoutText.IsProse(line) && LayoutText.CountWords(line) <= MaxAuthorBioWords)
            {
                return true;
            }
        }
        if (TagLineParser.TryParseLabelled(line, out var tags) || TagLineParser.TryParseHashtags(line, out tags))
        {
            page.Tags.AddRange(tags);
            return true;
        }
        if (TryTakeInlineRelated(line, page))
        {
            return true;
        }
        if (mode == ListMode.Related && LayoutText.IsQuestionTitle(line))
        {
            page.Related.Add(StripListMarker(line));
            return true;
        }
        if (LayoutText.IsProse(line))
        {
            mode = ListMode.None;
            return false;
        }
        if (mode != ListMode.None && ChromeDetector.IsChrome(line))
        {
            mode = ListMode.None;
            return true;
        }
        if (mode == ListMode.Tags && TagLineParser.TryParseUnderHeader(line, out var headedTags))
        {
            page.Tags.AddRange(headedTags);
            return true;
        }
        if (mode == ListMode.Related && LayoutText.CountWords(line) is >= 2 and <= MaxRelatedHeadlineWords)
        {
            page.Related.Add(StripListMarker(line));
            return true;
        }
        if (!requireHeader && TagLineParser.TryParseCommaLine(line, out tags))
        {
            page.Tags.AddRange(tags);
            return true;
        }
        return false;
    }

    /// <summary>"Read more: Other article's headline" on one line.</summary>
    private static bool TryTakeInlineRelated(string line, PageBuilder page)
    {
        var colon = line.IndexOf(':');
        if (colon is <= 0 or > 30 || colon + 2 >= line.Length)
        {
            return false;
        }
        if (!ChromeDetector.IsRelatedHeader(line[..colon]))
        {
            return false;
        }
        var headline = line[(colon + 1)..].Trim();
        if (LayoutText.CountWords(headline) is < 2 or > MaxRelatedHeadlineWords)
        {
            return false;
        }
        page.Related.Add(headline);
        return true;
    }

    private enum ListMode
    {
        None,
        Related,
        AuthorBio,
        Tags,
    }

    [GeneratedRegex(@"^(?:\d+\s+comments?|comments?\s*\(\d+\))(?:\s*$|\s*[|·•])", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex CommentsHeader();
}
