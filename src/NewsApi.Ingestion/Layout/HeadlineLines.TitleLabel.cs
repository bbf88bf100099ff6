using System.Text.RegularExpressions;
using NewsApi.Ingestion.Layout.Dates;

namespace NewsApi.Ingestion.Layout;

/// <summary>A field's label or the post's date that a page prints on the headline's own line.</summary>
internal static partial class HeadlineLines
{
    /// <summary>
    /// "Title: Tidal models of the old pier" → "Tidal models of the old pier", "Ferry notes, day 4 / Mar 2025" → "Ferry notes, day 4":
    /// a record's page labels its title as a field, and a post list prints the date after a slash on the title's line; neither
    /// is the title's words. A line that is nothing but the label or the date is left as it is.
    /// </summary>
    internal static string WithoutTitleLabelOrDate(string headline)
    {
        if (TitleLabel().Match(headline) is { Success: true } label && LayoutText.CountWords(headline.AsSpan(label.Length)) >= 2)
        {
            headline = headline[label.Length..];
        }
        var slash = headline.LastIndexOf(" / ", StringComparison.Ordinal);
        if (slash > 0 && LayoutText.CountWords(headline.AsSpan(0, slash)) >= 2 && IsDateAfterSlash(headline[(slash + 3)..]))
        {
            headline = headline[..slash];
        }
        return headline;
    }

    private static bool IsDateAfterSlash(string rest) => MonthAndYear().IsMatch(rest) || PublishedDateParser.TryParseDateLine(rest, out _);

    [GeneratedRegex(@"^\s*Title\s*:\s*", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex TitleLabel();

    [GeneratedRegex(@"^(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+\d{4}$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex MonthAndYear();
}
