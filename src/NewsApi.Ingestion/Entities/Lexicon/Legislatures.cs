using System.Collections.Frozen;

namespace NewsApi.Ingestion.Entities.Lexicon;

/// <summary>
/// Parliaments named by one word of their own language ("the Bundestag", "the Sejm", "the Dáil"): generic knowledge that such a
/// word after "in the" is the body that sits there, not a region.
/// </summary>
internal static class Legislatures
{
    private static readonly FrozenSet<string> OneWordNames = FrozenSet.ToFrozenSet(
    [
        "Bundestag", "Bundesrat", "Nationalrat", "Landtag", "Storting", "Stortinget", "Riksdag", "Riksdagen", "Folketing",
        "Folketinget", "Eduskunta", "Althing", "Alþingi", "Løgting", "Lagting", "Inatsisartut", "Sejm", "Seimas", "Saeima",
        "Riigikogu", "Knesset", "Dáil", "Dail", "Seanad", "Oireachtas", "Senedd", "Tynwald", "Duma", "Rada", "Majlis", "Mazhilis",
        "Senat", "Kurultai", "Khural", "Sabor", "Skupština", "Skupstina", "Sobranie", "Sobranje", "Cortes", "Congreso", "Kokkai",
        "Sansad", "Jirga", "Shura", "Kenesh", "Parlamento", "Parlement", "Parlament", "Parliament", "Congress", "Legislature",
    ], StringComparer.Ordinal);

    public static bool IsOneWordName(string word) => OneWordNames.Contains(word);
}
