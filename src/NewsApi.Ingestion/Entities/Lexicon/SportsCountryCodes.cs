using System.Collections.Frozen;

namespace NewsApi.Ingestion.Entities.Lexicon;

/// <summary>
/// The three-letter codes that results tables put after a competitor ("Sindre Olsen (NOR)"): the Olympic committees' codes,
/// which the cycling, skiing and athletics federations use too, and the four home nations of football and rugby. Generic
/// knowledge, kept apart from the place gazetteer: "NOR" or "CAN" alone in a headline in capitals is a word, not a country.
/// </summary>
internal static class SportsCountryCodes
{
    private static readonly FrozenSet<string> Codes = FrozenSet.ToFrozenSet(
    [
        "AFG", "ALB", "ALG", "AND", "ANG", "ANT", "ARG", "ARM", "ARU", "ASA", "AUS", "AUT", "AZE", "BAH", "BAN", "BAR", "BDI",
        "BEL", "BEN", "BER", "BHU", "BIH", "BIZ", "BLR", "BOL", "BOT", "BRA", "BRN", "BRU", "BUL", "BUR", "CAF", "CAM", "CAN",
        "CAY", "CGO", "CHA", "CHI", "CHN", "CIV", "CMR", "COD", "COK", "COL", "COM", "CPV", "CRC", "CRO", "CUB", "CYP", "CZE",
        "DEN", "DJI", "DMA", "DOM", "ECU", "EGY", "ERI", "ESA", "ESP", "EST", "ETH", "FIJ", "FIN", "FRA", "FSM", "GAB", "GAM",
        "GBR", "GBS", "GEO", "GEQ", "GER", "GHA", "GRE", "GRN", "GUA", "GUI", "GUM", "GUY", "HAI", "HKG", "HON", "HUN", "INA",
        "IND", "IRI", "IRL", "IRQ", "ISL", "ISR", "ISV", "ITA", "IVB", "JAM", "JOR", "JPN", "KAZ", "KEN", "KGZ", "KIR", "KOR",
        "KOS", "KSA", "KUW", "LAO", "LAT", "LBA", "LBN", "LBR", "LCA", "LES", "LIE", "LTU", "LUX", "MAD", "MAR", "MAS", "MAW",
        "MDA", "MDV", "MEX", "MGL", "MHL", "MKD", "MLI", "MLT", "MNE", "MON", "MOZ", "MRI", "MTN", "MYA", "NAM", "NCA", "NED",
        "NEP", "NGR", "NIG", "NOR", "NRU", "NZL", "OMA", "PAK", "PAN", "PAR", "PER", "PHI", "PLE", "PLW", "PNG", "POL", "POR",
        "PRK", "PUR", "QAT", "ROU", "RSA", "RUS", "RWA", "SAM", "SEN", "SEY", "SGP", "SKN", "SLE", "SLO", "SMR", "SOL", "SOM",
        "SRB", "SRI", "SSD", "STP", "SUD", "SUI", "SUR", "SVK", "SWE", "SWZ", "SYR", "TAN", "TGA", "THA", "TJK", "TKM", "TLS",
        "TOG", "TPE", "TTO", "TUN", "TUR", "TUV", "UAE", "UGA", "UKR", "URU", "USA", "UZB", "VAN", "VEN", "VIE", "VIN", "YEM",
        "ZAM", "ZIM", "ENG", "SCO", "WAL", "NIR",
    ], StringComparer.Ordinal);

    /// <summary>"NOR", or "Nor" as some sites print it in mixed-case tables ("Haruto Inagaki (Jpn)").</summary>
    public static bool IsCode(string word) =>
        word.Length == 3 && (Codes.Contains(word)
            || char.IsAsciiLetterUpper(word[0]) && char.IsAsciiLetterLower(word[1]) && char.IsAsciiLetterLower(word[2]) && Codes.Contains(word.ToUpperInvariant()));
}
