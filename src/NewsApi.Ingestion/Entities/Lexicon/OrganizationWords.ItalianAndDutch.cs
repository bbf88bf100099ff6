using System.Collections.Frozen;

namespace NewsApi.Ingestion.Entities.Lexicon;

internal static partial class OrganizationWords
{
    /// <summary>
    /// Head nouns of Italian bodies ("Associazione X", "Ministero per Y", "Federazione Z", "Fondazione W") and Dutch ones
    /// ("Stichting X", "Vereniging Y", "Ministerie van Z"), which open the name as the Spanish and Romanian ones do.
    /// </summary>
    private static readonly FrozenDictionary<string, string?> HeadWordsOfItalianAndDutch = new Dictionary<string, string?>(StringComparer.Ordinal)
    {
        // Italian: an association, a federation, a ministry, a foundation, a union, a society, a court, a prosecutor's
        // office, a council, an agency, a hospital, a firm, a confederation.
        ["Associazione"] = null,
        ["Federazione"] = null,
        ["Ministero"] = "ministry",
        ["Fondazione"] = null,
        ["Unione"] = null,
        ["Società"] = "company",
        ["Corte"] = null,
        ["Tribunale"] = null,
        ["Procura"] = null,
        ["Consiglio"] = null,
        ["Agenzia"] = null,
        ["Ospedale"] = null,
        ["Azienda"] = "company",
        ["Confederazione"] = null,
        // Dutch: a foundation, an association, a ministry, a court.
        ["Stichting"] = null,
        ["Vereniging"] = null,
        ["Ministerie"] = "ministry",
        ["Rechtbank"] = null,
        // Polish: a law office ("Kancelaria X i Wspólnicy").
        ["Kancelaria"] = null,
    }.ToFrozenDictionary(StringComparer.Ordinal);
}
