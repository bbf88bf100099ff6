using System.Text.RegularExpressions;

namespace NewsApi.Ingestion.Layout;

/// <summary>A story's highlights or key points: a header over a few short items, printed between the title and the text.</summary>
internal static partial class HeadlineLines
{
    // A highlights box holds a handful of items; further down, the header is another box's.
    private const int MaxHighlightItems = 6;

    /// <summary>
    /// The "Story highlights" / "Key takeaways" header up to a few lines above <paramref name="pick"/>, or -1: the pick is one of
    /// its items, title-shaped and next to the text, which the model prefers to the title above the box.
    /// </summary>
    private static int HighlightsHeaderAbove(List<string> lines, int pick)
    {
        for (var i = pick - 1; i >= Math.Max(0, pick - MaxHighlightItems); i--)
        {
            if (HighlightsHeader().IsMatch(lines[i]))
            {
                // A menu's "Highlights" label stands among other labels; a box's header over its first item.
                return LayoutText.CountWords(lines[i + 1]) >= MinHighlightItemWords ? i : -1;
            }
        }
        return -1;
    }

    // An item of highlights is a clause; a menu's next label is a word or two.
    private const int MinHighlightItemWords = 4;

    // The title stands right above the box, with its byline, stamp, deck or reading time between at most.
    private const int MaxTitleLinesAboveBox = 8;

    /// <summary>
    /// The best-scored title-shaped candidate a few lines above a box's header (highlights, contents); <paramref name="pick"/> when there is none
    /// (the title stands elsewhere on the page, and a menu's label would win over the item).
    /// </summary>
    private static int TitleAboveBox(List<string> lines, List<(int Index, double Score)> scored, int header, int pick)
    {
        var best = pick;
        var bestScore = double.NegativeInfinity;
        foreach (var (index, score) in scored)
        {
            if (index < header && header - index <= MaxTitleLinesAboveBox && score > bestScore && IsTitleShaped(lines[index]))
            {
                (best, bestScore) = (index, score);
            }
        }
        return best;
    }

    [GeneratedRegex(@"^\W*(?:story highlights|highlights|key points|key takeaways|key highlights|key facts|in brief|at a glance|tl;?\s?dr|the gist|in short|das wichtigste in kürze|auf einen blick|l'essentiel|en bref|en resumen|lo más importante|in breve|em resumo)\W*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex HighlightsHeader();
}
