using NewsApi.Ingestion.Layout.Bylines;

namespace NewsApi.Ingestion.Layout;

public static partial class LayoutParser
{
    /// <summary>
    /// "Photos: Ana Roe, Bo Kim · Words: Cy Doe", "Editor: Ana Roe": who wrote and who took the pictures, each under its label
    /// on one line, pieces set off by bars. Read as a whole, or the pictures' label makes the line a photo credit and the
    /// writer after the bar is lost.
    /// </summary>
    private static bool TryParseCreditRow(string line, out IReadOnlyList<BylineAuthor> authors, out IReadOnlyList<ContributorDraft> contributors)
    {
        authors = [];
        contributors = [];
        if (line.Length > 200 || !line.Contains(':', StringComparison.Ordinal))
        {
            return false;
        }
        if (line.AsSpan().IndexOfAny(CreditRowBars) < 0)
        {
            return ContributorLineParser.TryParseLabelled(line, out contributors);
        }
        var writers = new List<BylineAuthor>();
        var credited = new List<ContributorDraft>();
        var labelled = 0;
        foreach (var segment in line.Split(CreditRowBarChars, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (ContributorLineParser.TryParseLabelled(segment, out var pieceCredits))
            {
                credited.AddRange(pieceCredits);
                labelled++;
            }
            else if (segment.Contains(':', StringComparison.Ordinal) && BylineParser.TryParseByLine(segment, out var pieceWriters))
            {
                writers.AddRange(pieceWriters);
                labelled++;
            }
            else if (Dates.PublishedDateParser.TryParseDateLine(segment, out _))
            {
                // "Published: 25.11.2026, 21:40 · Author: Ana Roe": the row's stamp, read by the date reader from the whole line.
                continue;
            }
            else
            {
                return false;
            }
        }
        authors = writers;
        contributors = credited;
        return labelled >= 2;
    }

    private static bool TryTakeCreditRow(string line, PageBuilder page)
    {
        if (!TryParseCreditRow(line, out var authors, out var contributors))
        {
            return false;
        }
        if (authors.Count > 0 && page.Byline.Count == 0)
        {
            page.AddAuthors(authors);
        }
        page.Contributors.AddRange(contributors);
        return true;
    }

    private static bool IsCreditRow(string line) => TryParseCreditRow(line, out _, out _);

    private static readonly char[] CreditRowBarChars = ['·', '|', '•'];

    private static readonly System.Buffers.SearchValues<char> CreditRowBars = System.Buffers.SearchValues.Create("·|•");
}
