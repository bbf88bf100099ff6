using NewsApi.Ingestion.Layout.Classifier;

namespace NewsApi.Ingestion.Layout;

/// <summary>An item of a menu printed line by line, which the model can take for a short headline.</summary>
internal static partial class HeadlineLines
{
    // A menu's label is a word or a few; so are its neighbours.
    private const int MaxMenuItemWords = 3;

    /// <summary>
    /// "Reviews" / "PC hardware" / "Windows": a short label between two short labels is an item of a menu, which the model
    /// can still prefer when no title-shaped line stands near the text. A byline or a stamp beside it makes it a short headline.
    /// </summary>
    private static bool IsMenuItem(List<string> lines, int i) =>
        i > 1 && i + 2 < lines.Count && LayoutText.CountWords(lines[i]) <= MaxMenuItemWords
        && IsShortLabel(lines[i - 2]) && IsShortLabel(lines[i - 1]) && IsShortLabel(lines[i + 1]) && IsShortLabel(lines[i + 2]);

    private static bool IsShortLabel(string line) => LayoutText.CountWords(line) <= MaxMenuItemWords && !HeadlineFeatures.IsStamp(line);
}
