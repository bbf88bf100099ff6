using NewsApi.Ingestion.Layout.Bylines;
using NewsApi.Ingestion.Layout.Classifier;

namespace NewsApi.Ingestion.Layout;

/// <summary>A page's own title signed and stamped under it, below a label the model picked (a show's name, a menu's item).</summary>
internal static partial class HeadlineLines
{
    // The writer's line and the stamp close the title's block: "Jane Roe" then "9:42 AM on 10/07/2024".
    private const int MaxSignedBlockLines = 3;

    // "The Harbour Hour Blog", "Jane Roe All Shows": a show's or a section's name.
    private const int MaxLabelWords = 5;

    /// <summary>
    /// "Harbour Hour All Shows" / "Search" / "Why the ferry runs late" / "Jane Roe, @janeroe" / "9:42 AM on 10/07/2024": the model takes
    /// a label over the post for the headline, for it stands alone among short lines and shares the story's words; the post's own
    /// title under it carries its writer's line and then a stamp, as no label or deck over a title does. Returns that title, the
    /// first such line between the pick and the text's first line with half its words, two at least, recurring in the text under
    /// it; -1 when the pick is itself stamped or signed, or a line of text stands between.
    /// </summary>
    private static int SignedTitleBelow(List<string> lines, int pick, int first)
    {
        // A label is a name of a few words; a longer pick is a title, and a signed line under it a call to the reader or a deck.
        if (pick < 1 || pick + 2 >= lines.Count || LayoutText.CountWords(lines[pick]) > MaxLabelWords || HasStampBeside(lines, pick) || IsStampedBelow(lines, pick))
        {
            return -1;
        }
        // Right under the pick stands its deck, which a title's byline block follows: the title is a line or more further down.
        for (var i = pick + 2; i + 1 < lines.Count && i <= first; i++)
        {
            var line = lines[i];
            if (LayoutText.IsProse(line) || HeadlineFeatures.IsStamp(line))
            {
                return -1;
            }
            if (!(char.IsUpper(line[0]) || char.IsDigit(line[0])) || LayoutText.CountWords(line) > MaxStampedTitleWords || !IsTitleShaped(line)
                || !HasLowerCaseWord(line) || IsNeverHeadline(line) || LooksLikeChromeHeading(line) || !IsSignedAndStampedBelow(lines, i))
            {
                continue;
            }
            return HalfOfTermsRecur(line, StoryTerms(lines, i + 1), minShared: 2) ? i : -1;
        }
        return -1;
    }

    /// <summary>The writer's line right under the title ("By Jane Roe", "Jane Roe, @janeroe"), then a stamp within the block.</summary>
    private static bool IsSignedAndStampedBelow(List<string> lines, int title)
    {
        if (!IsWritersLine(lines[title + 1]))
        {
            return false;
        }
        for (var k = title + 1; k < lines.Count && k <= title + MaxSignedBlockLines; k++)
        {
            if (HeadlineFeatures.IsStamp(lines[k]) && !BylineParser.TryParseByLine(lines[k], out _) || PublishedDateParserTryParse(lines[k]))
            {
                return true;
            }
        }
        return false;
    }

    private static bool PublishedDateParserTryParse(string line) => line.Length <= 200 && Dates.PublishedDateParser.TryParse(line, out _);

    /// <summary>A byline, a bare name, or a name with the writer's social handle after a comma ("Jane Roe, @janeroe").</summary>
    private static bool IsWritersLine(string line)
    {
        if (IsSignature(line) || IsPersonName(line))
        {
            return true;
        }
        var comma = line.IndexOf(", @", StringComparison.Ordinal);
        return comma > 0 && line.IndexOf(' ', comma + 2) < 0 && PersonNameText.LooksLikeName(line[..comma].Trim())
            && LayoutText.CountWords(line.AsSpan(0, comma)) is >= 2 and <= 4;
    }
}
