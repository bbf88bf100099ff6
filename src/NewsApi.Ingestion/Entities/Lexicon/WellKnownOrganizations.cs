using System.Collections.Frozen;

namespace NewsApi.Ingestion.Entities.Lexicon;

/// <summary>International bodies and leagues usually written by their acronym alone or by a name no head word would reveal.</summary>
internal static class WellKnownOrganizations
{
    private static readonly FrozenSet<string> Names = FrozenSet.ToFrozenSet(
    [
        "UN", "NATO", "EU", "WHO", "IMF", "WTO", "OPEC", "IAEA", "UNESCO", "UNICEF", "UNHCR", "OSCE", "ASEAN", "FIFA", "UEFA",
        "IOC", "Interpol", "Europol", "ECB", "OECD", "NASA", "Nasa", "ESA", "CERN", "FBI", "CIA", "NSA", "Pentagon", "Kremlin",
        "Hamas", "Hezbollah", "Taliban", "ICC", "ICJ", "UNSC", "WFP", "FAO", "ILO", "UNDP", "AU", "SCO", "BRICS", "OAS",
        "United Nations", "Red Cross", "Red Crescent", "Amnesty International", "Greenpeace", "Human Rights Watch",
        "NBA", "NFL", "NHL", "MLB", "NCAA", "ATP", "WTA",
        // Stock exchanges, which a company "told" or is "listed on" by their acronym.
        "NYSE", "Nasdaq", "NASDAQ", "ASX", "TSX", "JSE", "SGX", "HKEX", "LSE", "NSE", "BSE", "KRX", "Euronext",
    ], StringComparer.Ordinal);

    /// <summary>The most words a name of the list has ("Human Rights Watch").</summary>
    public const int MaxWords = 3;

    public static bool Contains(string name) => Names.Contains(name);
}
