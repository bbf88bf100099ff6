using NewsApi.Ingestion.Layout.Chrome;
using System.Globalization;
using System.Text.RegularExpressions;

namespace NewsApi.Ingestion.Layout.Dates;

/// <summary>A date found on a page: the UTC instant, whether only a day was given, and whether it was labelled as an update.</summary>
internal readonly record struct PageDate(DateTimeOffset Instant, bool DateOnly, bool IsUpdate);

/// <summary>Reads the publication stamps news pages print, in their many forms, as a UTC instant.</summary>
internal static partial class PublishedDateParser
{
    // Date lines are short; longer lines are body text that merely mentions a date.
    private const int MaxDateLineLength = 100;

    /// <summary>Parses a line that is a date stamp and little else ("Published: Tue 14 Nov 2023 16.30 GMT").</summary>
    public static bool TryParseDateLine(string line, out PageDate date)
    {
        date = default;
        return line.Length is not (0 or > MaxDateLineLength) && HasFourDigitRun(line) && Remembered(DateLines, line, ReadDateLine, out date);
    }

    private static bool ReadDateLine(string line, out PageDate date)
    {
        if (TryParse(line, out date) && (CountResidualWords(line) <= 1 || IsPlaceBeforeDate(line)))
        {
            return true;
        }
        return TryParseBesideLabels(line, out date);
    }

    /// <summary>"Local News | Updated 5:42 PM, Oct 14, 2024", "Opinion • 12 March 2024": a stamp beside a section's short label.</summary>
    private static bool TryParseBesideLabels(string line, out PageDate date)
    {
        date = default;
        var segments = line.Split(['|', '•', '·'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (segments.Length < 2)
        {
            return false;
        }
        var found = false;
        foreach (var segment in segments)
        {
            // "Last updated: 16 Feb 17:52 GMT · First published: 16 Feb 09:05 GMT": the first publication wins wherever it stands.
            if (TryParseDateLine(segment, out var stamp))
            {
                if (!found || date.IsUpdate && !stamp.IsUpdate)
                {
                    date = stamp;
                }
                found = true;
            }
            // "Published Nov 17 • Last updated 9 hours ago • 4 minute read": a relative stamp or a reading time beside it says no more.
            else if (ChromeDetector.IsRelativeStamp(segment) || ChromeDetector.IsReadingTime(segment))
            {
                continue;
            }
            // "By Jane Roe | March 9, 2023" is a byline that carries its stamp, read as one.
            else if (segment.AsSpan().IndexOfAnyInRange('0', '9') >= 0 || segment.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length > MaxLabelWords
                || segment.EndsWith('.') || segment.StartsWith("by ", StringComparison.OrdinalIgnoreCase) || segment.Contains(" by ", StringComparison.OrdinalIgnoreCase))
            {
                return false;
            }
        }
        return found;
    }

    private const int MaxLabelWords = 3;

    /// <summary>"NEW YORK 1996-12-05", "RIO DE JANEIRO 1996-12-06": a wire date line names its city, up to four capitalized words, before the date.</summary>
    private static bool IsPlaceBeforeDate(string line)
    {
        var digit = line.AsSpan().IndexOfAnyInRange('0', '9');
        if (digit <= 0 || CountResidualWords(line[digit..]) > 0)
        {
            return false;
        }
        var words = line[..digit].Split([' ', ','], StringSplitOptions.RemoveEmptyEntries);
        return words.Length is >= 1 and <= 4 && words.All(word => char.IsUpper(word[0]));
    }

    /// <summary>Parses the first date in a short text; the time and zone default to midnight and UTC.</summary>
    public static bool TryParse(string text, out PageDate date)
    {
        date = default;
        return text.Length <= MaxDateLineLength * 2 && HasFourDigitRun(text) && Remembered(Stamps, text, ReadStamp, out date);
    }

    private static bool ReadStamp(string text, out PageDate date)
    {
        date = default;
        // "Published 10:00 GMT, updated 12:00 GMT": the published part wins.
        var isUpdate = StartsWithUpdateLabel(text);
        var updateAt = text.IndexOf("updated", StringComparison.OrdinalIgnoreCase);
        if (updateAt > 0 && !isUpdate && TryParse(text[..updateAt], out date))
        {
            return true;
        }
        var publishedAt = isUpdate ? text.IndexOf("published", StringComparison.OrdinalIgnoreCase) : -1;
        if (publishedAt > 0 && TryParse(text[publishedAt..], out date))
        {
            return true;
        }

        var iso = IsoDate().Match(text);
        if (iso.Success)
        {
            return TryBuildIso(text, iso, isUpdate, out date);
        }

        if (!TryFindDay(text, out var day, out var dayStart, out var dayLength))
        {
            return false;
        }

        var rest = string.Concat(text.AsSpan(0, dayStart), " ", text.AsSpan(dayStart + dayLength));
        var hasTime = TryFindTime(rest, out var timeOfDay, out var timeEnd);
        var offset = TimeSpan.Zero;
        if (hasTime)
        {
            offset = FindOffset(rest.AsSpan(timeEnd)) ?? FindOffset(rest.AsSpan()) ?? TimeSpan.Zero;
        }

        try
        {
            var local = day.ToDateTime(TimeOnly.FromTimeSpan(hasTime ? timeOfDay : TimeSpan.Zero));
            date = new PageDate(new DateTimeOffset(local, offset).ToUniversalTime(), !hasTime, isUpdate);
            return true;
        }
        catch (ArgumentException)
        {
            return false;
        }
    }

    // Every date form that is accepted carries a four-digit year; testing for one first spares the regexes most lines.
    private static bool HasFourDigitRun(string line)
    {
        // From digit run to digit run by vectorized search: every short line of a page is asked, most several times.
        var rest = line.AsSpan();
        while (rest.IndexOfAnyInRange('0', '9') is var start and >= 0)
        {
            rest = rest[start..];
            var run = rest.IndexOfAnyExceptInRange('0', '9');
            if (run < 0)
            {
                return rest.Length >= 4;
            }
            if (run >= 4)
            {
                return true;
            }
            rest = rest[run..];
        }
        return false;
    }

    public static bool StartsWithUpdateLabel(string text) =>
        text.StartsWith("updated", StringComparison.OrdinalIgnoreCase)
        || text.StartsWith("last updated", StringComparison.OrdinalIgnoreCase)
        || text.StartsWith("last modified", StringComparison.OrdinalIgnoreCase)
        || text.StartsWith("modified", StringComparison.OrdinalIgnoreCase);

    private static bool TryBuildIso(string text, Match iso, bool isUpdate, out PageDate date)
    {
        date = default;
        var year = Int(iso.Groups["y"]);
        var month = Int(iso.Groups["m"]);
        var dayOfMonth = Int(iso.Groups["d"]);
        if (!IsValidDay(year, month, dayOfMonth))
        {
            return false;
        }
        var hasTime = iso.Groups["h"].Success;
        var hour = hasTime ? Int(iso.Groups["h"]) : 0;
        var minute = hasTime ? Int(iso.Groups["min"]) : 0;
        var second = iso.Groups["s"].Success ? Int(iso.Groups["s"]) : 0;
        if (hour > 23 || minute > 59 || second > 59)
        {
            return false;
        }
        var offset = TimeSpan.Zero;
        var zone = iso.Groups["z"];
        if (zone.Success && zone.Value != "Z")
        {
            offset = ParseNumericOffset(zone.ValueSpan) ?? TimeSpan.Zero;
        }
        else if (hasTime && !zone.Success)
        {
            offset = FindOffset(text.AsSpan(iso.Index + iso.Length)) ?? TimeSpan.Zero;
        }
        try
        {
            var instant = new DateTimeOffset(year, month, dayOfMonth, hour, minute, second, offset).ToUniversalTime();
            date = new PageDate(instant, !hasTime, isUpdate);
            return true;
        }
        catch (ArgumentException)
        {
            // An offset beyond ±14 h ("+14:59", "JST+14") or an instant outside the calendar: not a date that can be placed.
            return false;
        }
    }

    private static bool TryFindDay(string text, out DateOnly day, out int start, out int length)
    {
        day = default;
        start = length = 0;
        Match match;
        int year, month, dayOfMonth;

        if ((match = DayMonthYear().Match(text)).Success)
        {
            (dayOfMonth, month, year) = (Int(match.Groups["d"]), MonthNumber(match.Groups["mon"].ValueSpan), Int(match.Groups["y"]));
        }
        else if ((match = MonthDayYear().Match(text)).Success)
        {
            (dayOfMonth, month, year) = (Int(match.Groups["d"]), MonthNumber(match.Groups["mon"].ValueSpan), Int(match.Groups["y"]));
        }
        else if ((match = NumericDayFirst().Match(text)).Success)
        {
            (dayOfMonth, month, year) = (Int(match.Groups["d"]), Int(match.Groups["m"]), Int(match.Groups["y"]));
            // Day-first is the reading unless it is impossible ("12/31/2021" can only be month-first).
            if (month > 12 && dayOfMonth <= 12)
            {
                (dayOfMonth, month) = (month, dayOfMonth);
            }
        }
        else if ((match = YearFirstSlashed().Match(text)).Success)
        {
            (dayOfMonth, month, year) = (Int(match.Groups["d"]), Int(match.Groups["m"]), Int(match.Groups["y"]));
        }
        else
        {
            return false;
        }

        if (!IsValidDay(year, month, dayOfMonth))
        {
            return false;
        }
        day = new DateOnly(year, month, dayOfMonth);
        (start, length) = (match.Index, match.Length);
        return true;
    }

    private static bool TryFindTime(string text, out TimeSpan timeOfDay, out int end)
    {
        timeOfDay = default;
        end = 0;
        var match = TimeOfDay().Match(text);
        if (!match.Success)
        {
            return false;
        }
        var hour = Int(match.Groups["h"]);
        var minute = Int(match.Groups["min"]);
        var second = match.Groups["s"].Success ? Int(match.Groups["s"]) : 0;
        if (match.Groups["ampm"].Success)
        {
            if (hour is 0 or > 12)
            {
                return false;
            }
            var isPm = char.ToLowerInvariant(match.Groups["ampm"].Value[0]) == 'p';
            hour = hour % 12 + (isPm ? 12 : 0);
        }
        if (hour > 23 || minute > 59 || second > 59)
        {
            return false;
        }
        timeOfDay = new TimeSpan(hour, minute, second);
        end = match.Index + match.Length;
        return true;
    }

    /// <summary>The first zone in the text: an abbreviation ("CEST"), optionally with an offset ("GMT+3"), or a bare offset ("+02:00").</summary>
    internal static TimeSpan? FindOffset(ReadOnlySpan<char> text)
    {
        var i = 0;
        while (i < text.Length)
        {
            if (char.IsAsciiLetterUpper(text[i]) && (i == 0 || !char.IsLetter(text[i - 1])))
            {
                var start = i;
                while (i < text.Length && char.IsAsciiLetterUpper(text[i]))
                {
                    i++;
                }
                var nextIsLower = i < text.Length && char.IsLower(text[i]);
                if (!nextIsLower && i - start >= 2 && TimeZoneAbbreviations.TryGetOffset(text[start..i], out var zoneOffset))
                {
                    var after = text[i..].TrimStart(' ');
                    return (after.Length > 0 && after[0] is '+' or '-' or '−' ? ParseNumericOffset(after) : null) is { } extra
                        ? zoneOffset + extra
                        : zoneOffset;
                }
                continue;
            }
            if (text[i] is '+' or '−' && i + 1 < text.Length && char.IsAsciiDigit(text[i + 1]))
            {
                return ParseNumericOffset(text[i..]);
            }
            i++;
        }
        return null;
    }

    /// <summary>"+3", "-05:00", "+0530", "+05:30".</summary>
    private static TimeSpan? ParseNumericOffset(ReadOnlySpan<char> text)
    {
        if (text.IsEmpty || text[0] is not ('+' or '-' or '−'))
        {
            return null;
        }
        var sign = text[0] == '+' ? 1 : -1;
        var i = 1;
        var value = 0;
        var digits = 0;
        while (i < text.Length && char.IsAsciiDigit(text[i]) && digits < 4)
        {
            value = value * 10 + (text[i] - '0');
            digits++;
            i++;
        }
        int hours, minutes = 0;
        if (digits is 1 or 2)
        {
            hours = value;
            if (i + 2 < text.Length && text[i] == ':' && char.IsAsciiDigit(text[i + 1]) && char.IsAsciiDigit(text[i + 2]))
            {
                minutes = (text[i + 1] - '0') * 10 + (text[i + 2] - '0');
            }
        }
        else if (digits is 3 or 4)
        {
            (hours, minutes) = (value / 100, value % 100);
        }
        else
        {
            return null;
        }
        if (hours > 14 || minutes > 59)
        {
            return null;
        }
        return sign * new TimeSpan(hours, minutes, 0);
    }

    /// <summary>Words left once date, time, zone and stamp labels are set aside; a date line has almost none.</summary>
    private static int CountResidualWords(string line)
    {
        var count = 0;
        var i = 0;
        while (i < line.Length)
        {
            if (!char.IsLetter(line[i]))
            {
                i++;
                continue;
            }
            var start = i;
            while (i < line.Length && (char.IsLetter(line[i]) || line[i] == '.'))
            {
                i++;
            }
            var word = line.AsSpan(start, i - start).TrimEnd('.');
            if (!IsDateVocabulary(word))
            {
                count++;
            }
        }
        return count;
    }

    private static bool IsDateVocabulary(ReadOnlySpan<char> word)
    {
        if (MonthNumber(word) > 0 || TimeZoneAbbreviations.TryGetOffset(word, out _))
        {
            return true;
        }
        // "GMT16": the glued day leaves the zone as a word of its own here, so only letters are compared.
        Span<char> lower = stackalloc char[Math.Min(word.Length, 16)];
        if (word.Length > 16)
        {
            return false;
        }
        word.ToLowerInvariant(lower);
        return lower switch
        {
            "published" or "updated" or "posted" or "last" or "modified" or "first" or "on" or "at" or "date" or "time"
                or "am" or "pm" or "a.m" or "p.m" or "a" or "p" or "m" or "st" or "nd" or "rd" or "th" or "of" or "created"
                or "monday" or "tuesday" or "wednesday" or "thursday" or "friday" or "saturday" or "sunday"
                or "mon" or "tue" or "tues" or "wed" or "thu" or "thur" or "thurs" or "fri" or "sat" or "sun" or "t"
                or "min" or "mins" or "minute" or "minutes" or "read" or "by"
                // The same labels in the languages of sites that publish in English beside their own.
                or "publié" or "mis" or "jour" or "le" or "à" or "publicado" or "atualizado" or "actualizado" or "em" or "el" or "às"
                or "veröffentlicht" or "aktualisiert" or "um" or "uhr" or "pubblicato" or "aggiornato" or "il" or "alle"
                or "gepubliceerd" or "bijgewerkt" or "op" or "om" or "publicerad" or "publisert" or "julkaistu" or "kl" or "klo" => true,
            _ => false,
        };
    }

    /// <summary>"February", "Feb", "Sept": a month's name, full or short.</summary>
    internal static bool IsMonthName(ReadOnlySpan<char> word) => MonthNumber(word.TrimEnd('.')) > 0;

    private static int MonthNumber(ReadOnlySpan<char> name)
    {
        if (name.Length < 3)
        {
            return 0;
        }
        Span<char> lower = stackalloc char[3];
        name[..3].ToLowerInvariant(lower);
        var month = lower switch
        {
            "jan" => 1, "feb" => 2, "mar" => 3, "apr" => 4, "may" => 5, "jun" => 6,
            "jul" => 7, "aug" => 8, "sep" => 9, "oct" => 10, "nov" => 11, "dec" => 12, _ => 0,
        };
        if (month == 0 || name.Length == 3 || (name.Length == 4 && name.Equals("sept", StringComparison.OrdinalIgnoreCase)))
        {
            return month;
        }
        var full = CultureInfo.InvariantCulture.DateTimeFormat.GetMonthName(month);
        return name.Equals(full, StringComparison.OrdinalIgnoreCase) ? month : 0;
    }

    private static bool IsValidDay(int year, int month, int day) =>
        year is >= 1900 and <= 2200 && month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month);

    private static int Int(Group group) => int.Parse(group.ValueSpan, NumberStyles.None, CultureInfo.InvariantCulture);

    private const string MonthPattern =
        "(?<mon>January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)(?![a-z])";

    [GeneratedRegex(@"(?<!\d)(?<y>\d{4})-(?<m>\d{2})-(?<d>\d{2})(?:[T ](?<h>\d{2}):(?<min>\d{2})(?::(?<s>\d{2})(?:\.\d{1,9})?)?\s?(?<z>Z|[+-]\d{2}(?::?\d{2})?)?)?(?!\d)", RegexOptions.CultureInvariant)]
    private static partial Regex IsoDate();

    [GeneratedRegex(@"(?<!\d)(?<d>\d{1,2})(?:st|nd|rd|th)?\s*(?:of\s+)?" + MonthPattern + @"\.?,?\s*(?<y>\d{4})(?!\d)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex DayMonthYear();

    [GeneratedRegex(MonthPattern + @"\.?\s*(?<d>\d{1,2})(?:st|nd|rd|th)?[.,]?\s*(?<y>\d{4})(?!\d)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex MonthDayYear();

    [GeneratedRegex(@"(?<![\d.:/])(?<d>\d{1,2})(?<sep>[./-])(?<m>\d{1,2})\k<sep>(?<y>\d{4})(?!\d)", RegexOptions.CultureInvariant)]
    private static partial Regex NumericDayFirst();

    [GeneratedRegex(@"(?<!\d)(?<y>\d{4})(?<sep>[./])(?<m>\d{1,2})\k<sep>(?<d>\d{1,2})(?!\d)", RegexOptions.CultureInvariant)]
    private static partial Regex YearFirstSlashed();

    [GeneratedRegex(@"(?<![\d.:])(?<h>\d{1,2})(?:[:.]|h(?=\d{2}))(?<min>\d{2})(?::(?<s>\d{2}))?(?!\d)\s*(?<ampm>[ap]\.?m\.?(?![a-z]))?", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex TimeOfDay();
}
