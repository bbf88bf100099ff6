namespace NewsApi.Ingestion.Layout.Dates;

/// <summary>UTC offsets of the time-zone abbreviations news pages print after a time.</summary>
/// <remarks>Where an abbreviation is ambiguous the reading common in English-language news wins (IST = India, CST = US Central).</remarks>
internal static class TimeZoneAbbreviations
{
    private static readonly Dictionary<string, TimeSpan> Offsets = new(StringComparer.Ordinal)
    {
        ["GMT"] = TimeSpan.Zero, ["UTC"] = TimeSpan.Zero, ["UT"] = TimeSpan.Zero, ["Z"] = TimeSpan.Zero,
        ["WET"] = TimeSpan.Zero, ["WEST"] = H(1), ["BST"] = H(1), ["IST"] = H(5, 30),
        ["CET"] = H(1), ["CEST"] = H(2), ["MET"] = H(1), ["MEST"] = H(2),
        ["EET"] = H(2), ["EEST"] = H(3), ["MSK"] = H(3), ["TRT"] = H(3), ["AST"] = H(3),
        ["GST"] = H(4), ["PKT"] = H(5), ["ICT"] = H(7), ["WIB"] = H(7),
        ["HKT"] = H(8), ["SGT"] = H(8), ["AWST"] = H(8), ["PHT"] = H(8),
        ["JST"] = H(9), ["KST"] = H(9), ["ACST"] = H(9, 30), ["ACDT"] = H(10, 30),
        ["AEST"] = H(10), ["AEDT"] = H(11), ["NZST"] = H(12), ["NZDT"] = H(13),
        ["SAST"] = H(2), ["WAT"] = H(1), ["CAT"] = H(2), ["EAT"] = H(3),
        ["EST"] = H(-5), ["EDT"] = H(-4), ["ET"] = H(-5), ["CST"] = H(-6), ["CDT"] = H(-5), ["CT"] = H(-6),
        ["MST"] = H(-7), ["MDT"] = H(-6), ["MT"] = H(-7), ["PST"] = H(-8), ["PDT"] = H(-7), ["PT"] = H(-8),
        ["AKST"] = H(-9), ["AKDT"] = H(-8), ["HST"] = H(-10), ["NST"] = H(-3, -30), ["NDT"] = H(-2, -30),
        ["BRT"] = H(-3), ["ART"] = H(-3), ["UYT"] = H(-3), ["PYT"] = H(-4), ["CLT"] = H(-4), ["CLST"] = H(-3), ["BOT"] = H(-4),
        ["VET"] = H(-4), ["PET"] = H(-5), ["COT"] = H(-5), ["ECT"] = H(-5),
        ["WITA"] = H(8), ["WIT"] = H(9), ["MYT"] = H(8), ["MMT"] = H(6, 30), ["NPT"] = H(5, 45), ["AFT"] = H(4, 30),
        ["IRST"] = H(3, 30), ["UZT"] = H(5), ["ChST"] = H(10), ["SBT"] = H(11), ["FJT"] = H(12), ["FJST"] = H(13), ["TOT"] = H(13),
    };

    public static bool TryGetOffset(ReadOnlySpan<char> abbreviation, out TimeSpan offset) =>
        Offsets.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(abbreviation, out offset);

    private static TimeSpan H(int hours, int minutes = 0) => new(hours, minutes, 0);
}
