using System.Collections.Frozen;

namespace NewsApi.Ingestion.Entities.Lexicon;

/// <summary>International bodies usually written by their acronym alone, which no head word would reveal.</summary>
internal static class WellKnownOrganizations
{
    private static readonly FrozenSet<string> Names = FrozenSet.ToFrozenSet(
    [
        "UN", "NATO", "EU", "WHO", "IMF", "WTO", "OPEC", "IAEA", "UNESCO", "UNICEF", "UNHCR", "OSCE", "ASEAN", "FIFA", "UEFA",
        "IOC", "Interpol", "Europol", "ECB", "OECD", "NASA", "Nasa", "ESA", "CERN", "FBI", "CIA", "NSA", "Pentagon", "Kremlin",
        "Hamas", "Hezbollah", "Taliban", "ICC", "ICJ", "UNSC", "WFP", "FAO", "ILO", "UNDP", "AU", "SCO", "BRICS", "OAS",
    ], StringComparer.Ordinal);

    public static bool Contains(string name) => Names.Contains(name);
}
