using NewsApi.Ingestion.Layout.Bylines;
using NewsApi.Ingestion.Layout.Chrome;
using NewsApi.Ingestion.Layout.Dates;

namespace NewsApi.Ingestion.Layout;

/// <summary>What the head of the page (headline, standfirst, byline, stamps) is told from, line by line.</summary>
public static partial class LayoutParser
{
    /// <summary>
    /// A headline with a full stop (wire copy's "SOCCER - JAPAN GET LUCKY WIN."): told from a lead sentence by the byline or
    /// date line under it, as a standfirst is.
    /// </summary>
    private static bool IsPunctuatedHeadline(List<string> lines, int i, int words) =>
        words <= MaxPunctuatedHeadlineWords && i + 1 < lines.Count && IsBylineOrDate(lines[i + 1]);

    /// <summary>A headline's closing full stop dropped, an abbreviation's ("talks with U.S.") kept.</summary>
    private static string WithoutFullStop(string line)
    {
        if (!line.EndsWith('.') || line.EndsWith("..", StringComparison.Ordinal))
        {
            return line;
        }
        var lastWord = line.AsSpan(line.LastIndexOf(' ') + 1);
        return lastWord[..^1].Contains('.') ? line : line[..^1];
    }

    /// <summary>Whether prose follows the byline block that starts at <paramref name="byline"/>: the lead, under a standfirst.</summary>
    private static bool LeadFollowsByline(List<string> lines, int byline)
    {
        for (var k = byline + 1; k < lines.Count && k <= byline + MaxBylineBlockLines; k++)
        {
            if (LayoutText.IsProse(lines[k]))
            {
                return !ChromeDetector.IsChrome(lines[k]);
            }
        }
        return false;
    }

    private static bool IsBylineOrDate(string line) =>
        BylineParser.TryParseByLine(line, out _) || PublishedDateParser.TryParseDateLine(line, out _)
        || BylineParser.TryParseNameListLine(line, out _) || (LayoutText.CountWords(line) <= 8 && BylineParser.TryParseNameLine(line, out _));

    /// <summary>"CHISINAU (Sputnik) -" on a line of its own: the body starts here.</summary>
    private static bool IsDatelineAlone(string line) =>
        line.Length <= 80 && line[^1] is '-' or '–' or '—'
        && DatelineParser.TryParse(line + " .", out var dateline) && dateline.Length >= line.Length;

    /// <summary>
    /// "CAIRO — 3 May 2026, 10:15 GMT — By Ana Roe": a wire dateline in capitals before a line that is a date stamp or a byline
    /// on its own; <paramref name="place"/> is the dateline and <paramref name="rest"/> the stamp or credit after it.
    /// </summary>
    private static bool TrySplitWireDateline(string line, out string place, out string rest)
    {
        (place, rest) = ("", "");
        if (line.Length > MaxWireDatelineRow || !DatelineParser.TryParse(line, out var dateline) || dateline.Agency is not null
            || !IsWireDatelinePlace(dateline.City))
        {
            return false;
        }
        rest = line[dateline.Length..].Trim();
        place = dateline.Place;
        // "MIAMI - From Cuban Americans to ...": a lead after its dateline is prose, whatever word it opens with.
        return !LayoutText.IsProse(rest) && (PublishedDateParser.TryParseDateLine(rest, out _) || BylineParser.TryParseByLine(rest, out _));
    }

    // A dateline, a stamp and a byline of a few names; a longer line is the lead.
    private const int MaxWireDatelineRow = 200;

    /// <summary>"NEW YORK" in "NEW YORK 1996-12-06", "TIGNES, France" in "TIGNES, France 1996-12-06": one to four capitalized words before the first figure.</summary>
    private static string? CapitalizedPrefix(string line)
    {
        var digit = line.AsSpan().IndexOfAnyInRange('0', '9');
        if (digit <= 0)
        {
            return null;
        }
        var prefix = line[..digit].Trim().TrimEnd(',').Trim();
        var words = prefix.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        // "Published: 21.09.2025", "Posted 3 May 2024": a stamp's label is no place; "March 16, 2025", "Sunday, March 17": nor
        // is the date's own month or day.
        if (prefix.EndsWith(':') || words.Length > 0 && (IsStampLabel(words[0]) || words.All(IsMonthOrDay)))
        {
            return null;
        }
        return words.Length is >= 1 and <= 4 && words.All(word => char.IsUpper(word[0])) ? prefix : null;
    }

    private static bool IsMonthOrDay(string word) =>
        PublishedDateParser.IsMonthName(word.AsSpan().TrimEnd(',')) || word.TrimEnd(',', '.') is "Monday" or "Tuesday" or "Wednesday" or "Thursday"
            or "Friday" or "Saturday" or "Sunday" or "Mon" or "Tue" or "Wed" or "Thu" or "Fri" or "Sat" or "Sun";

    private static bool IsStampLabel(string word) =>
        word.TrimEnd(':') is "Published" or "Posted" or "Updated" or "Modified" or "Created" or "Date" or "Last" or "First" or "Dated";

    /// <summary>A dateline's place in capitals ("MELBOURNE", "AL-AIN, United Arab Emirates"), not a label such as "Updated".</summary>
    private static bool IsWireDatelinePlace(string? prefix)
    {
        if (prefix is null)
        {
            return false;
        }
        var first = prefix.AsSpan(0, prefix.AsSpan().IndexOfAny(' ', ',') is var end and >= 0 ? end : prefix.Length);
        return first.Length >= 3 && !first.ContainsAnyInRange('a', 'z') && first.ContainsAnyInRange('A', 'Z');
    }

    private static bool IsQuestionHeadline(string line, int words) => line.EndsWith('?') && words <= 20;
}
