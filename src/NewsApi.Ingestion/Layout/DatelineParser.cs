using System.Text.RegularExpressions;

namespace NewsApi.Ingestion.Layout;

/// <summary>The wire dateline opening a lead: the city as printed and the agency, such as "CHISINAU (Sputnik) -".</summary>
/// <param name="Region">What followed the city after a comma ("Portugal" in "LISBON, Portugal (AP) —", or a date).</param>
internal readonly record struct Dateline(string City, string? Agency, int Length, string? Region = null)
{
    /// <summary>The city with the region or country printed beside it, for the entity stage to read places from.</summary>
    public string Place => Region is null ? City : City + ", " + Region;
}

internal static partial class DatelineParser
{
    // A dateline is a short prefix; only this much of the lead is ever examined.
    private const int MaxPrefix = 160;

    /// <summary>Finds "CITY (Agency) -", "CITY, March 9 (Reuters) -", "City, Country (AP) —" or "CITY — " at the start of a paragraph.</summary>
    public static bool TryParse(string paragraph, out Dateline dateline)
    {
        dateline = default;
        var head = paragraph.Length > MaxPrefix ? paragraph[..MaxPrefix] : paragraph;

        // Cheap shape checks first: the regexes below are bounded but try many splits of a long prefix.
        var open = head.IndexOf('(');
        var close = open >= 0 ? head.IndexOf(')', open) : -1;
        var hasAgency = open is >= 0 and <= 100 && close > open;
        var match = hasAgency ? WithAgency().Match(head[..Math.Min(head.Length, close + 6)]) : Match.Empty;
        if (match.Success)
        {
            var agency = match.Groups["agency"].Value.Trim();
            dateline = new Dateline(match.Groups["city"].Value.Trim(), agency.Length == 0 ? null : agency, match.Length, RegionOf(match));
            return match.Length < paragraph.Length;
        }

        match = open == 0 && hasAgency ? AgencyOnly().Match(head) : Match.Empty;
        if (match.Success)
        {
            dateline = new Dateline("", match.Groups["agency"].Value.Trim(), match.Length);
            return match.Length < paragraph.Length;
        }

        match = head.Length > 2 && char.IsUpper(head[0]) && char.IsUpper(head[1]) && head.IndexOf('/') is > 0 and < 80
            ? SlashedAgency().Match(head)
            : Match.Empty;
        if (match.Success)
        {
            dateline = new Dateline(match.Groups["city"].Value.Trim(), match.Groups["agency"].Value.Trim(), match.Length);
            return match.Length < paragraph.Length;
        }

        match = head.Length > 2 && char.IsUpper(head[0]) && char.IsUpper(head[1]) ? CapitalCityOnly().Match(head) : Match.Empty;
        if (match.Success && match.Groups["city"].Value.Count(char.IsLetter) >= 3 && !RestIsCapitals(paragraph, match.Length))
        {
            dateline = new Dateline(match.Groups["city"].Value.Trim(), null, match.Length, RegionOf(match));
            return match.Length < paragraph.Length;
        }
        return false;
    }

    /// <summary>
    /// "SOCCER - JAPAN GET LUCKY WIN": a lead after a dateline is written in sentence case, so a capitalized prefix followed
    /// by more capitals is a headline's section label, not a city.
    /// </summary>
    private static bool RestIsCapitals(string paragraph, int start)
    {
        var letters = 0;
        for (var i = start; i < paragraph.Length && letters < 12; i++)
        {
            if (char.IsLower(paragraph[i]))
            {
                return false;
            }
            letters += char.IsLetter(paragraph[i]) ? 1 : 0;
        }
        return letters > 0;
    }

    private static string? RegionOf(Match match)
    {
        var region = match.Groups["region"];
        return region.Success && region.Value.Trim().Length > 0 ? region.Value.Trim() : null;
    }

    [GeneratedRegex(@"^(?<city>\p{Lu}[\p{L}.'’ -]{0,40}?)\s*(?:,\s*(?<region>[^()\n]{1,60}?))?\s*\((?<agency>[^()\n]{1,40})\)\s*[-–—]{1,2}\s*", RegexOptions.CultureInvariant)]
    private static partial Regex WithAgency();

    // "MOSCOW, November 14. /TASS/. ": the agency between slashes.
    [GeneratedRegex(@"^(?<city>\p{Lu}[\p{Lu}.'’ -]{1,40}?),\s*[^/\n]{1,40}?\s*/(?<agency>\p{Lu}[^/\n]{1,19})/\.?\s*", RegexOptions.CultureInvariant)]
    private static partial Regex SlashedAgency();

    [GeneratedRegex(@"^\((?<agency>\p{Lu}[^()\n]{1,39})\)\s*[-–—]{1,2}\s*", RegexOptions.CultureInvariant)]
    private static partial Regex AgencyOnly();

    // "AMMAN/BEIRUT — ": a story filed from two cities names both, split by a slash.
    [GeneratedRegex(@"^(?<city>\p{Lu}[\p{Lu}.'’ -]{1,40}?(?:/\p{Lu}[\p{Lu}.'’ -]{1,40}?)?)(?:,\s*(?<region>[\p{L}. ]{1,40}?))?\s+[-–—]{1,2}\s+", RegexOptions.CultureInvariant)]
    private static partial Regex CapitalCityOnly();
}
