using System.Text.RegularExpressions;

namespace NewsApi.Ingestion.Layout;

/// <summary>A post's filing row: where it is filed and what it is tagged with, printed between its title and its text.</summary>
internal static partial class HeadlineLines
{
    /// <summary>
    /// "tags: harbour, ferries, pier", "Staff | Tags: podcast, ferries", "news, photos — Tags: pier — quaywriter @ 15:25", "Leave a
    /// comment! | Published in Interviews, Ferries": the post's categories or tags after a label, alone or after a bar or a dash.
    /// The model can prefer such a row for standing right over the text, where a blog prints it; a headline names no tags.
    /// </summary>
    private static bool IsFilingRow(string line) => line.Length <= 300 && FilingRow().IsMatch(line);

    [GeneratedRegex(@"^(?:tags|tagged|labels|categories|topics)\s*:\s*\S|\s[|—–·•]\s*(?:(?:tags|tagged|labels|categories|topics)\s*:|(?:posted|published|filed) (?:in|under)\s+\S)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex FilingRow();

    // The row stands under the title, with the post's date or writer between at most.
    private const int MaxFilingRowBelowTitle = 3;

    /// <summary>
    /// The best-scored candidate up to <see cref="MaxFilingRowBelowTitle"/> lines above the filing row <paramref name="pick"/>, or
    /// the pick when none stands there: passed over as a mere candidate, the row would hand the headline, and the text's cut that
    /// starts at it, to a line anywhere in the window (a comment form's notice under a short post).
    /// </summary>
    private static int TitleAboveFilingRow(List<string> lines, List<(int Index, double Score)> scored, int pick)
    {
        var best = pick;
        var bestScore = double.NegativeInfinity;
        foreach (var (index, score) in scored)
        {
            if (index < pick && pick - index <= MaxFilingRowBelowTitle && score > bestScore && !IsFilingRow(lines[index]))
            {
                (best, bestScore) = (index, score);
            }
        }
        return best;
    }
}
