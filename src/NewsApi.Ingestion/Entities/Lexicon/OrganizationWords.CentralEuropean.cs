using System.Collections.Frozen;

namespace NewsApi.Ingestion.Entities.Lexicon;

internal static partial class OrganizationWords
{
    /// <summary>
    /// Head nouns of bodies in Romanian ("Centrul Român pentru X", "Partidul Y"), Hungarian ("X Egyesület", "Y Alapítvány"),
    /// Polish, Czech, Slovak and Croatian ("Fundacja X", "Nadace Y", "Udruga Z"), written in those languages in English copy.
    /// Romanian and the Slavic languages put the head first, Hungarian last; either way it marks the run an organization's.
    /// </summary>
    private static readonly FrozenDictionary<string, string?> HeadWordsOfCentralAndEasternEurope = new Dictionary<string, string?>(StringComparer.Ordinal)
    {
        // Romanian: a centre, an institute, a party, a union, a council, an agency, an authority, a society, a federation, a trade union.
        ["Centrul"] = null,
        ["Institutul"] = "research institute",
        ["Partidul"] = "party",
        ["Uniunea"] = null,
        ["Consiliul"] = null,
        ["Agenția"] = null,
        ["Autoritatea"] = null,
        ["Societatea"] = null,
        ["Federația"] = null,
        ["Sindicatul"] = null,
        // Hungarian: an association, a foundation, a party, an alliance, a university, an institute, a society.
        ["Egyesület"] = null,
        ["Alapítvány"] = null,
        ["Párt"] = "party",
        ["Szövetség"] = null,
        ["Egyetem"] = "university",
        ["Intézet"] = "research institute",
        ["Társaság"] = null,
        // Polish: an association, a foundation, an institute, a party, a union, a university, a ministry, a fund, a chamber.
        ["Stowarzyszenie"] = null,
        ["Fundacja"] = null,
        ["Instytut"] = "research institute",
        ["Partia"] = "party",
        ["Związek"] = null,
        ["Uniwersytet"] = "university",
        ["Ministerstwo"] = "ministry",
        ["Fundusz"] = null,
        ["Izba"] = null,
        // Czech and Slovak: a foundation, an association, a university, a ministry; Croatian: an association, a foundation, a union.
        ["Nadace"] = null,
        ["Nadácia"] = null,
        ["Sdružení"] = null,
        ["Združenie"] = null,
        ["Univerzita"] = "university",
        ["Ministerstvo"] = "ministry",
        ["Udruga"] = null,
        ["Zaklada"] = null,
        ["Savez"] = null,
    }.ToFrozenDictionary(StringComparer.Ordinal);
}
