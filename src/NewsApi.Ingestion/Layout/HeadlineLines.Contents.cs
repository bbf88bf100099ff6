using System.Text.RegularExpressions;

namespace NewsApi.Ingestion.Layout;

/// <summary>A guide's table of contents: entries that recur, in the same order, as the section headings further down.</summary>
internal static partial class HeadlineLines
{
    /// <summary>
    /// The first line of the table of contents <paramref name="pick"/> is an entry of, or -1: the pick and a neighbour both recur
    /// further down in the same order, as a section's heading and the next one do. The model prefers such an entry for standing
    /// right above the text; the title stands above the contents.
    /// </summary>
    private static int ContentsStart(List<string> lines, int pick)
    {
        if (!RecursAsHeading(lines, pick, pick + 2, out var again)
            || !(pick + 1 < lines.Count && RecursAsHeading(lines, pick + 1, again + 2, out _)
                || pick > 0 && RecursAsHeading(lines, pick - 1, pick + 2, out var before) && before < again - 1))
        {
            return -1;
        }
        var start = pick;
        while (start > 0 && RecursBelow(lines, start - 1, pick + 2, out _))
        {
            start--;
        }
        return start;
    }

    /// <summary>Whether line <paramref name="i"/> is printed again at or after <paramref name="from"/> over a paragraph, as a section's heading is.</summary>
    private static bool RecursAsHeading(List<string> lines, int i, int from, out int at) =>
        RecursBelow(lines, i, from, out at) && at + 1 < lines.Count && LayoutText.IsProse(lines[at + 1]);

    /// <summary>Whether line <paramref name="i"/> is printed again at or after <paramref name="from"/>, and where first.</summary>
    private static bool RecursBelow(List<string> lines, int i, int from, out int at)
    {
        for (at = from; at < lines.Count; at++)
        {
            if (string.Equals(lines[at], lines[i], StringComparison.Ordinal))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>The best-scored candidate above line <paramref name="start"/>; <paramref name="fallback"/> when there is none.</summary>
    private static int BestAbove(List<(int Index, double Score)> scored, int start, int fallback)
    {
        int best = fallback;
        var bestScore = double.NegativeInfinity;
        foreach (var (index, score) in scored)
        {
            if (index < start && score > bestScore)
            {
                (best, bestScore) = (index, score);
            }
        }
        return best;
    }

    // A contents box's first entries stand right under its header; further down, the pick is the text's own.
    private const int MaxEntriesAboveContentsPick = 3;

    // An entry of a contents box names a section; a longer line or a sentence is the text.
    private const int MaxContentsEntryWords = 14;

    /// <summary>
    /// The "Table of contents" / "Jump to:" / "In this article" header a few lines above <paramref name="pick"/>, or -1: the
    /// pick is one of the box's first entries (short lines, no sentence), which the model prefers to the title above the box
    /// for standing next to the text. Unlike <see cref="ContentsStart"/>, this needs no entry printed again as a heading.
    /// </summary>
    private static int ContentsHeaderAbove(List<string> lines, int pick)
    {
        // A byline or a stamp under the pick makes it the title itself, under a collapsed box's header.
        if (!IsContentsEntry(lines[pick]) || IsStampedBelow(lines, pick))
        {
            return -1;
        }
        for (var i = pick - 1; i >= Math.Max(0, pick - MaxEntriesAboveContentsPick - 1); i--)
        {
            if (ContentsHeader().IsMatch(lines[i]))
            {
                // The header may be printed twice (a collapsed and an open box); the title stands above both.
                return i > 0 && string.Equals(lines[i - 1], lines[i], StringComparison.Ordinal) ? i - 1 : i;
            }
            if (!IsContentsEntry(lines[i]))
            {
                return -1;
            }
        }
        return -1;
    }

    private static bool IsContentsEntry(string line) =>
        LayoutText.CountWords(line) is > 0 and <= MaxContentsEntryWords && !line.EndsWith('.') && !IsNeverHeadline(line);

    [GeneratedRegex(@"^\W*(?:table of contents|contents|in this (?:article|post|guide|story)|on this page|jump to|skip to section|inhaltsverzeichnis|inhalt|sommaire|table des matières|índice|contenidos?|indice|sommario|inhoud(?:sopgave)?|spis treści|innehåll|innholdsfortegnelse|indholdsfortegnelse|sisällys|содержание)\W*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ContentsHeader();
}
