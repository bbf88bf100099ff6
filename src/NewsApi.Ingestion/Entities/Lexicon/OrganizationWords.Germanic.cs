using System.Collections.Frozen;

namespace NewsApi.Ingestion.Entities.Lexicon;

internal static partial class OrganizationWords
{
    /// <summary>
    /// German and Nordic banks' head nouns, written as one compound ("Hanseatische Landesbank", "the Riksbank", "Kreissparkasse
    /// X"): the English "Bank" above does not end them.
    /// </summary>
    private static readonly FrozenSet<string> HeadWordsOfGermanAndNordicBanks = FrozenSet.ToFrozenSet(
    [
        "Landesbank", "Bundesbank", "Riksbank", "Riksbanken", "Nationalbank", "Nationalbanken", "Volksbank", "Sparkasse",
        "Kreissparkasse", "Stadtsparkasse", "Zentralbank", "Notenbank", "Sparebank", "Sparbank", "Sparbanken",
    ], StringComparer.Ordinal);

    /// <summary>"the Bundesbank", "the Riksbank": a compound bank's name is whole in one word, unlike a bare "Bank".</summary>
    public static bool IsOneWordBank(string word) => HeadWordsOfGermanAndNordicBanks.Contains(word);
}
