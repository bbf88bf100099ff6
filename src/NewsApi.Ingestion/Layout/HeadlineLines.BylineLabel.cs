using NewsApi.Ingestion.Layout.Bylines;

namespace NewsApi.Ingestion.Layout;

/// <summary>The writer's name under a byline's label on a line of its own, or with the letters of degrees after it.</summary>
internal static partial class HeadlineLines
{
    /// <summary>"By" or "By:" alone on its line: the byline's label, with the writer's name on the next line.</summary>
    internal static bool IsBylineLabel(string line) => line.Trim() is "By" or "by" or "BY" or "By:" or "by:" or "BY:";

    /// <summary>
    /// "Written by" / "The Desk, edited by Mara", "By Jane Roe," / "harbour editor, Bay Courier", "by Jane Roe" / "in Harbour News":
    /// a writer's label with no name after it, a byline ending in a comma, or a byline over a line that opens in lower case go on
    /// to the next line, which is the name, the writer's job or the post's section; a title neither opens in lower case under a
    /// byline nor follows a byline cut off mid-phrase.
    /// </summary>
    private static bool ContinuesByline(List<string> lines, int i)
    {
        var above = lines[i - 1].Trim();
        if (IsWriterLabel(above))
        {
            return true;
        }
        if (!BylineParser.TryParseByLine(above, out _))
        {
            return false;
        }
        return above.EndsWith(',') || char.IsLower(lines[i].TrimStart()[0]);
    }

    // The byline stands under the title, with a deck or a photo's caption between at most.
    private const int MaxBylineBelowTitle = 3;

    /// <summary>
    /// The best-scored candidate up to <see cref="MaxBylineBelowTitle"/> lines above the byline over <paramref name="pick"/>, or
    /// the pick when none stands there.
    /// </summary>
    private static int TitleAboveByline(List<(int Index, double Score)> scored, int pick)
    {
        var byline = pick - 1;
        var best = pick;
        var bestScore = double.NegativeInfinity;
        foreach (var (index, score) in scored)
        {
            if (index < byline && byline - index <= MaxBylineBelowTitle && score > bestScore)
            {
                (best, bestScore) = (index, score);
            }
        }
        return best;
    }

    /// <summary>"Written by", "Posted by:", "Words by": the verb of the writer's credit and "by", the name on the next line.</summary>
    private static bool IsWriterLabel(string line)
    {
        var label = line.TrimEnd(':', ' ').ToLowerInvariant();
        return label is "written by" or "posted by" or "words by" or "story by" or "text by" or "article by" or "reported by" or "authored by";
    }

    /// <summary>"Jane Roe, MS, RD": a person's name, then the letters of degrees after commas; an author's line, not a title.</summary>
    private static bool IsNameWithCredentials(string line)
    {
        var parts = line.Split(',', StringSplitOptions.TrimEntries);
        if (parts.Length < 2 || !BylineParser.TryParseNameLine(parts[0], out var author) || author.Name.Length < parts[0].Length - 1)
        {
            return false;
        }
        for (var k = 1; k < parts.Length; k++)
        {
            var letters = parts[k].Replace(".", "", StringComparison.Ordinal);
            if (letters.Length is < 2 or > 6 || !letters.All(char.IsLetter) || letters.Count(char.IsUpper) < 2)
            {
                return false;
            }
        }
        return true;
    }
}
