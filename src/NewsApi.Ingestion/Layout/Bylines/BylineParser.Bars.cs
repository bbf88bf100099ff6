using NewsApi.Ingestion.Entities.Gazetteer;
using NewsApi.Ingestion.Layout.Dates;

namespace NewsApi.Ingestion.Layout.Bylines;

/// <summary>A writer's name before a bar and what follows it.</summary>
internal static partial class BylineParser
{
    /// <summary>
    /// "Lindiwe Mbatha | 5 December 2026, 06:00", "Marta Olmedo | Madrid": a writer's name before one bar, then the stamp or
    /// the town the story is filed from; a breadcrumb ("World News | Europe") has the same shape.
    /// </summary>
    public static bool TryParseNameBeforeBar(string line, out BylineAuthor author)
    {
        const int MaxPlaceWords = 3;
        author = default!;
        var bar = line.IndexOf(" | ", StringComparison.Ordinal);
        if (bar <= 0 || line.IndexOf('|', bar + 3) >= 0 || line.Length > 100)
        {
            return TryParseNameBeforeCommaAndStamp(line, out author);
        }
        var name = line[..bar].Trim();
        var rest = line[(bar + 3)..].Trim();
        var nameWords = name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (nameWords.Length is < 2 or > 4 || !PersonNameText.LooksLikeName(name))
        {
            return false;
        }
        // A breadcrumb has the same shape before a town, so the name must open with a given name the lists hold; before a
        // stamp, which no breadcrumb has, words that are no ordinary words will do ("Lindiwe Roe-Qwesha | 5 December 2026").
        var stamped = PublishedDateParser.TryParseDateLine(rest, out _);
        if (!GivenNames.ContainsWithOrWithoutAccents(nameWords[0])
            && !(stamped && HasNoOrdinaryWord(nameWords)))
        {
            return false;
        }
        var restWords = rest.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var isPlace = restWords.Length is >= 1 and <= MaxPlaceWords && Array.TrueForAll(restWords, word => char.IsUpper(word[0]) && word.All(char.IsLetter))
            && !Array.Exists(restWords, PersonNameText.TitleHeadWords.Contains);
        if (!isPlace && !stamped)
        {
            return false;
        }
        author = new BylineAuthor(PersonNameText.FixCapitals(name), null);
        return true;
    }
    /// <summary>
    /// "Karim Roe , Sunday 29 Nov 2026": the writer's name, a comma, then the stamp and nothing else. A dateline has the same
    /// shape ("Buenos Aires, 3 December 2026"), so a place's name is none.
    /// </summary>
    private static bool TryParseNameBeforeCommaAndStamp(string line, out BylineAuthor author)
    {
        author = default!;
        var comma = line.IndexOf(',');
        if (comma <= 0 || line.Length > 100 || !PublishedDateParser.TryParseDateLine(line[(comma + 1)..].Trim(), out _)
            || !OpensWithTheDate(line.AsSpan(comma + 1).Trim()))
        {
            return false;
        }
        var name = line[..comma].Trim();
        // "SANKT ODAL, Norway 2025-01-10": a wire's dateline, its town in capitals and a country before the stamp.
        if (!name.AsSpan().ContainsAnyInRange('a', 'z'))
        {
            return false;
        }
        var nameWords = name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (nameWords.Length is < 2 or > 4 || !PersonNameText.LooksLikeName(name) || PublishedDateParser.IsMonthName(nameWords[0])
            || !HasNoOrdinaryWord(nameWords) || PlaceGazetteer.Contains(name))
        {
            return false;
        }
        author = new BylineAuthor(PersonNameText.FixCapitals(name), null);
        return true;
    }

    /// <summary>
    /// "Ana Roe / Delta Evening Post", "Ana Roe/Staff Reporter": under the headline, the writer's name before one slash, then
    /// the outlet or the desk. A breadcrumb ("World / Asia Pacific") has the same shape, so the name must open with a given
    /// name the lists hold or hold no ordinary word.
    /// </summary>
    public static bool TryParseNameBeforeSlash(string line, out BylineAuthor author)
    {
        const int MaxOutletWords = 6;
        author = default!;
        var slash = line.IndexOf('/');
        if (slash <= 0 || line.IndexOf('/', slash + 1) >= 0 || line.Length > 100 || line.AsSpan().IndexOfAnyInRange('0', '9') >= 0
            || line.AsSpan().IndexOfAny(".!?;:\"“”") >= 0)
        {
            return false;
        }
        var name = line[..slash].Trim();
        var rest = line[(slash + 1)..].Trim();
        var nameWords = name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var restWords = rest.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (nameWords.Length is < 2 or > 4 || restWords.Length is < 1 or > MaxOutletWords || !char.IsUpper(restWords[0][0])
            || !PersonNameText.LooksLikeName(name)
            || !GivenNames.ContainsWithOrWithoutAccents(nameWords[0]) && !HasNoOrdinaryWord(nameWords)
            || PlaceGazetteer.Contains(name))
        {
            return false;
        }
        author = new BylineAuthor(PersonNameText.FixCapitals(name), null);
        return true;
    }

    /// <summary>Words no dictionary of ordinary words holds ("Lindiwe Roe-Qwesha"), as a name's are and a label's or a place's are not.</summary>
    private static bool HasNoOrdinaryWord(string[] words) => Array.TrueForAll(words, word => !CommonWords.Contains(word.ToLowerInvariant()));

    /// <summary>"Sunday 29 Nov 2026", "29.11.2026", "Nov 29, 2026": the stamp's first word is a day, a figure or a month, not a place.</summary>
    private static bool OpensWithTheDate(ReadOnlySpan<char> stamp)
    {
        var space = stamp.IndexOf(' ');
        var first = (space > 0 ? stamp[..space] : stamp).TrimEnd(',');
        return !first.IsEmpty && (char.IsAsciiDigit(first[0]) || PublishedDateParser.IsMonthName(first) || IsDayName(first));
    }

    private static bool IsDayName(ReadOnlySpan<char> word)
    {
        foreach (var day in (ReadOnlySpan<string>)["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "Mon", "Tue", "Tues", "Wed", "Thu", "Thurs", "Fri", "Sat", "Sun"])
        {
            if (word.TrimEnd('.').Equals(day, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }
        return false;
    }
}
