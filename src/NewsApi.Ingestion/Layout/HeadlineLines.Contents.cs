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
}
