using NewsApi.Ingestion.Layout.Chrome;

namespace NewsApi.Ingestion.Layout;

/// <summary>A related list's first item right under its header ("Related stories"), between the title and the text.</summary>
internal static partial class HeadlineLines
{
    /// <summary>
    /// The title above a "Related stories" / "Latest related coverage" header whose first item is <paramref name="pick"/>, or
    /// <paramref name="pick"/>: the model takes the item for the headline when the box stands between the title and the text.
    /// The title must be a title-shaped candidate a few lines above the header, half of whose words, two at least, recur from the
    /// pick down (the story's own title, not a sidebar's).
    /// </summary>
    private static int TitleAboveRelatedItem(List<string> lines, List<(int Index, double Score)> scored, int pick)
    {
        // A blog's "Recent posts" lists the post itself first, whose title stands again over its text further down.
        if (pick < 2 || !ChromeDetector.IsRelatedHeader(lines[pick - 1]) || RecursBelow(lines, pick, pick + 1, out _))
        {
            return pick;
        }
        var title = TitleAboveBox(lines, scored, pick - 1, pick);
        if (title == pick)
        {
            return pick;
        }
        return HalfOfTermsRecur(lines[title], StoryTerms(lines, pick), minShared: 2) ? title : pick;
    }
}
