using System.Text.RegularExpressions;

namespace NewsApi.Ingestion.Layout.Chrome;

internal static partial class ChromeDetector
{
    private const int MaxReadingControlLength = 48;

    /// <summary>
    /// "Continue reading the main story", "Article continues below", "Enlarge this image", "Flag as inappropriate": a button or
    /// a marker the page sets between the story's paragraphs or under each comment, never a line of the story.
    /// </summary>
    /// <remarks>Kept out of the phrases the line models were trained on, so their choices do not move.</remarks>
    private static bool IsReadingControl(string line) => line.Length <= MaxReadingControlLength && ReadingControl().IsMatch(line);

    [GeneratedRegex(@"^\W*(?:continue reading the (?:main )?(?:story|article)|(?:story|article) continues(?: below)?|enlarge this (?:image|photo)|flag as inappropriate)\W*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ReadingControl();
}
