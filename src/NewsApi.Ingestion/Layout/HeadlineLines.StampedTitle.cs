using NewsApi.Ingestion.Layout.Bylines;
using NewsApi.Ingestion.Layout.Chrome;
using NewsApi.Ingestion.Layout.Classifier;
using NewsApi.Ingestion.Layout.Dates;

namespace NewsApi.Ingestion.Layout;

/// <summary>A page's own title with its byline or date, above a pick that has neither.</summary>
internal static partial class HeadlineLines
{
    // How far above an unstamped pick a title with its byline or date is looked for.
    private const int StampedTitleReach = 60;

    // A longer line over a byline is a teaser's or a deck's sentence.
    private const int MaxStampedTitleWords = 20;

    // Between a title and its stamp: "By", "Written by", "•", a name; no sentence.
    private const int MaxStampGap = 4;

    private static bool HasStampBeside(List<string> lines, int pick) =>
        IsStampedBelow(lines, pick) || HeadlineFeatures.IsStamp(lines[pick - 1])
        || pick + 1 < lines.Count && (BylineParser.TryParseNameLine(lines[pick + 1], out _) || IsDeskByline(lines[pick + 1]));

    /// <summary>
    /// The nearest title-shaped line above <paramref name="pick"/> with a byline or date under it (short lines between),
    /// half of whose words recur in the article: where a guide's own title stands over its table of contents and first section
    /// heading, which the model picks for standing next to the text. A stamped teaser whose words the article does not repeat
    /// is passed over; further than <see cref="StampedTitleReach"/> up, the title needs its author's name under it.
    /// </summary>
    private static int StampedTitleAbove(List<string> lines, int pick, int first)
    {
        HashSet<string>? article = null;
        for (var i = pick - 1; i >= Math.Max(0, pick - FarStampedTitleReach); i--)
        {
            var line = lines[i];
            if (!(char.IsUpper(line[0]) || char.IsDigit(line[0])) || LayoutText.CountWords(line) > MaxStampedTitleWords || !IsTitleShaped(line)
                || IsNeverHeadline(line) || LooksLikeChromeTitle(line) || line.Contains(lines[pick], StringComparison.OrdinalIgnoreCase)
                || line.Length <= 200 && PublishedDateParser.TryParse(line, out _) || !IsStampedBelow(lines, i) && !IsSignedBelow(lines, i)
                || pick - i > StampedTitleReach && !HasAuthorBelow(lines, i))
            {
                continue;
            }
            article ??= StoryTerms(lines, Math.Max(first, pick));
            if (HalfOfTermsRecur(line, article, minShared: 2))
            {
                return i;
            }
        }
        return -1;
    }

    // Further up, a title needs its author's name under it: a long guide's contents and tables stand between it and the pick.
    private const int FarStampedTitleReach = 250;

    private static bool HasAuthorBelow(List<string> lines, int title)
    {
        for (var k = title + 1; k < lines.Count && k <= title + MaxStampGap; k++)
        {
            if (BylineParser.TryParseByLine(lines[k], out _) || BylineParser.TryParseNameLine(lines[k], out _))
            {
                return true;
            }
        }
        return false;
    }

    private static bool IsStampedBelow(List<string> lines, int title)
    {
        for (var k = title + 1; k < lines.Count && k <= title + MaxStampGap; k++)
        {
            if (HeadlineFeatures.IsStamp(lines[k]))
            {
                return true;
            }
            if (LayoutText.CountWords(lines[k]) > MaxStampGap)
            {
                return false;
            }
        }
        return false;
    }

    // A show's or a column's name over its host's ("Mornings with Jane Roe") is shorter than a signed headline.
    private const int MinSignedTitleWords = 5;

    /// <summary>
    /// "Why the old pier repairs will take months" over "Jane Roe" (or over "By" and the name): a title in sentence case signed
    /// with its author's bare name, which the byline reader takes for no stamp. A label in capitalized words over a name ("Meet
    /// The Crew" over "Jane Roe") is a menu's item over a staff list's first entry.
    /// </summary>
    private static bool IsSignedBelow(List<string> lines, int title)
    {
        var k = title + 1;
        if (k < lines.Count && lines[k].Trim() is "By" or "by")
        {
            k++;
        }
        return k < lines.Count && IsPersonName(lines[k]) && HasLowerCaseWord(lines[title]) && LayoutText.CountWords(lines[title]) >= MinSignedTitleWords;
    }

    private static bool HasLowerCaseWord(string line)
    {
        foreach (var range in line.AsSpan().Split(' '))
        {
            var word = line.AsSpan(range);
            if (!word.IsEmpty && char.IsLower(word[0]))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>
    /// "Harbour board sells the old pier" / "By Jane Roe" / "Updated 4:10 pm" / pick: the title signed by its writer, with the
    /// pick right under the stamp that closes the title's byline block (a deck, a photo's note, a comment link). The stamp
    /// above the pick is the title's, not the pick's; -1 when the pick does not stand so. A blog's date over its post title has
    /// no byline between a title and it. The page's tools may stand in or under the block ("Print 0 Ratings", "Follow", "Email").
    /// </summary>
    private static int SignedTitleOverStamp(List<string> lines, int pick, int first)
    {
        if (pick < 3 || IsStampedBelow(lines, pick) || pick + 1 < lines.Count && (BylineParser.TryParseNameLine(lines[pick + 1], out _) || IsSignature(lines[pick + 1])))
        {
            return -1;
        }
        // The page's tools ("Print", "4 comments", "Click to follow") sit under or inside the byline block; they belong to the
        // title above as much as the stamp does, so the walk passes over them. The title stands right over the block's top line.
        var tools = 0;
        var k = pick - 1;
        while (k > 0 && tools < MaxToolLines && IsToolLine(lines[k]) && !IsBylineBlockLine(lines[k]))
        {
            tools++;
            k--;
        }
        // Past tools, a stamp is a date line alone: "Today's front page: March 25, 2013" in a list of posts is another post's title.
        if (!HeadlineFeatures.IsStamp(lines[k]) || tools > 0 && !IsNeverHeadline(lines[k]))
        {
            return -1;
        }
        var signed = false;
        var block = 0;
        var top = k;
        while (k > 0 && block < MaxStampGap && (IsBylineBlockLine(lines[k]) || tools < MaxToolLines && IsToolLine(lines[k])))
        {
            if (tools > 0 && HeadlineFeatures.IsStamp(lines[k]) && !IsNeverHeadline(lines[k]))
            {
                return -1;
            }
            if (IsBylineBlockLine(lines[k]))
            {
                signed |= IsSignature(lines[k]);
                block++;
                top = k;
            }
            else
            {
                tools++;
            }
            k--;
        }
        if (top == 0)
        {
            return -1;
        }
        k = top - 1;
        var title = lines[k];
        if (!signed || ChromeDetector.IsChrome(title) || LayoutText.CountWords(title) > MaxStampedTitleWords || !IsTitleShaped(title)
            || IsNeverHeadline(title) || LooksLikeChromeTitle(title) || title.Contains(lines[pick], StringComparison.OrdinalIgnoreCase))
        {
            return -1;
        }
        if (tools == 0)
        {
            var article = StoryTerms(lines, Math.Max(first, pick));
            return Terms(title).Any(article.Contains) ? k : -1;
        }
        // Past a page's tools, a sidebar's item over a name-like label ("Sponsor Ad") can pass for a signed title; the page's own
        // title is about what the article says, so half its words recur there, the pick (a deck, a video's title) included.
        return HalfOfTermsRecur(title, StoryTerms(lines, pick), minShared: 2) ? k : -1;
    }

    // A tool bar printed line by line ("Email", "Print", "Share", "Comments") is a handful of lines; more is a menu or a list.
    private const int MaxToolLines = 6;

    private static bool IsToolLine(string line) =>
        ChromeDetector.IsChrome(line) || LooksLikeChromeTitle(line) || LayoutText.CountWords(line) <= MaxToolWords && !line.EndsWith('.');

    // "Click to follow", "Adjust font size:", "(0 votes)": a button's label is a few words and no sentence.
    private const int MaxToolWords = 4;

    private static bool IsBylineBlockLine(string line) => HeadlineFeatures.IsStamp(line) || IsSignature(line);

    private static bool IsSignature(string line) =>
        BylineParser.TryParseByLine(line, out _) || IsDeskByline(line) || BylineParser.TryParseNameLine(line, out _)
        || line.StartsWith("By ", StringComparison.OrdinalIgnoreCase) && LayoutText.CountWords(line) <= MaxSignatureWords;

    // "By Harbour Desk Staff |": a byline the byline reader leaves out for its bar is still a handful of words.
    private const int MaxSignatureWords = 8;
}
