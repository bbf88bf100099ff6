using NewsApi.Ingestion.Layout.Bylines;
using NewsApi.Ingestion.Layout.Chrome;
using NewsApi.Ingestion.Layout.Classifier;
using NewsApi.Ingestion.Layout.Dates;

namespace NewsApi.Ingestion.Layout;

/// <summary>A blog's tagline under its name at the top of the page, over the post's own stamped title.</summary>
internal static partial class HeadlineLines
{
    // The site's name and tagline open the page: a menu of a few lines may stand over them, no story.
    private const int MaxTaglineLine = 12;

    // A site's name is a word or a few ("The Harbour Log", "Pier Notes").
    private const int MaxSiteNameWords = 4;

    // "For people who make websites": a tagline is a phrase, longer than the name over it.
    private const int MinTaglineWords = 4;

    // The post's title follows the tagline after a menu, a trail or the post's date.
    private const int TaglineTitleReach = 16;

    /// <summary>
    /// "Pier Notes" / "The harbour log of Jane Roe" / menu / "Why the ferry runs late" / "by Jane on May 3, 2024": the model
    /// takes the tagline under the site's name for a deck-like title, for it stands alone and reads as a sentence; the post's
    /// own title below carries a stamp or a byline. Returns the stamped title up to <see cref="TaglineTitleReach"/> lines under
    /// the tagline, half of whose words recur in the text under it; -1 when the pick is no tagline or no such title follows.
    /// </summary>
    private static int PostTitleUnderTagline(List<string> lines, int pick, int first)
    {
        // Only the tagline's own neighbours say it is stamped: a short post title may stand between it and the post's stamp.
        if (pick < 1 || pick > MaxTaglineLine || pick + 1 >= lines.Count || !IsSiteName(lines[pick - 1])
            || LayoutText.CountWords(lines[pick]) < MinTaglineWords || LayoutText.CountWords(lines[pick]) <= LayoutText.CountWords(lines[pick - 1])
            || HeadlineFeatures.IsStamp(lines[pick - 1]) || HeadlineFeatures.IsStamp(lines[pick + 1]) || BylineParser.TryParseByLine(lines[pick + 1], out _))
        {
            return -1;
        }
        // The post's title opens the post, so it stands no lower than the text's first line.
        for (var i = pick + 1; i < lines.Count && i <= Math.Min(first, pick + TaglineTitleReach); i++)
        {
            var line = lines[i];
            // A byline or a writer's name under the pick signs the pick: it is a title, and what follows its byline block is a
            // deck or a label. A blog's date alone stands right over its post's title.
            if (IsSignature(line) || IsPersonName(line)
                || HeadlineFeatures.IsStamp(line) && !(i + 1 < lines.Count && i + 1 <= first && IsStampedPostTitle(lines, i + 1, pick)))
            {
                return -1;
            }
            if (!IsStampedPostTitle(lines, i, pick))
            {
                continue;
            }
            // "Economy" / the story's title / its deck over the date: one common word over the pick may be a section's label
            // over a news story, whose deck carries the stamp; a post's title under a label is signed by its writer.
            if (IsOneCommonWord(lines[pick - 1]) && !(i + 1 < lines.Count && BylineParser.TryParseByLine(lines[i + 1], out _)))
            {
                return -1;
            }
            return HalfOfTermsRecur(line, StoryTerms(lines, i + 1), minShared: 1) ? i : -1;
        }
        return -1;
    }

    private static bool IsStampedPostTitle(List<string> lines, int i, int pick)
    {
        var line = lines[i];
        var words = LayoutText.CountWords(line);
        // A section's label ("Design Style", "TRAVEL NOTES") has no word in lower case; a post's title reads as a phrase.
        if (words < 2 || words > MaxStampedTitleWords || !(char.IsUpper(line[0]) || char.IsDigit(line[0])) || IsNeverHeadline(line)
            || ChromeDetector.IsChrome(line) || LooksLikeChromeTitle(line) || IsPersonName(line) || IsLabelled(line)
            || !HasLowerCaseWord(line) || HeadlineFeatures.IsStamp(line)
            || line.Length <= 200 && PublishedDateParser.TryParse(line, out _) || LayoutText.EndsSentence(line) && !line.EndsWith('?') && !line.EndsWith('!'))
        {
            return false;
        }
        // A blog prints its post's date right over the title, or its byline and date right under it; a bare run of capitalized
        // words under a line reads as a name to the byline reader, and a contents box is full of them.
        var stampAbove = i - 1 > pick && HeadlineFeatures.IsStamp(lines[i - 1]) && LayoutText.CountWords(lines[i - 1]) <= MaxSignatureWords;
        var stampBelow = i + 1 < lines.Count && (HeadlineFeatures.IsStamp(lines[i + 1]) || BylineParser.TryParseByLine(lines[i + 1], out _));
        return stampAbove || stampBelow;
    }

    private static bool IsOneCommonWord(string line) => LayoutText.CountWords(line) == 1 && Entities.Gazetteer.CommonWords.Contains(line.Trim());

    private static bool IsSiteName(string line)
    {
        var words = LayoutText.CountWords(line);
        return words >= 1 && words <= MaxSiteNameWords && char.IsUpper(line[0]) && !HeadlineFeatures.IsStamp(line)
            && !ChromeDetector.IsChrome(line) && !LayoutText.EndsSentence(line) && !line.AsSpan().ContainsAny(SeparatorCharacters);
    }
}
