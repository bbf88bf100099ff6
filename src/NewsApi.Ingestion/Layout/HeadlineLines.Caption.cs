using NewsApi.Ingestion.Layout.Images;

namespace NewsApi.Ingestion.Layout;

/// <summary>A photo's caption under its credit, picked for standing next to the text, below the title the photo illustrates.</summary>
internal static partial class HeadlineLines
{
    /// <summary>
    /// The title over a photo's credit and caption ("Harbour board to sell the old pier" / "Jane Roe/Bay Wire" / "Mara Quist, the
    /// board's chair, said ..."), when the model picked the caption: a credit stands over a photo, and the line under it
    /// describes the photo, not the article; -1 when the pick is not such a caption.
    /// </summary>
    private static int TitleOverCaptionCredit(List<string> lines, int pick)
    {
        if (pick < 2 || !ImageCreditParser.TryParseCreditLine(lines[pick - 1], out _))
        {
            return -1;
        }
        var title = lines[pick - 2];
        return IsTitleShaped(title) && !IsNeverHeadline(title) && !LooksLikeChromeTitle(title) ? pick - 2 : -1;
    }
}
