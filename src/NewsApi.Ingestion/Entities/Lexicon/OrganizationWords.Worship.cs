using System.Collections.Frozen;

namespace NewsApi.Ingestion.Entities.Lexicon;

internal static partial class OrganizationWords
{
    /// <summary>
    /// "Masjid Nurul Iman", "Surau Al-Falah", "Gurdwara Sahib X": Malay, Indonesian and Punjabi words that open the name of a
    /// mosque, a prayer house or a gurdwara, whose committees run kitchens, schools and appeals in the news.
    /// </summary>
    private static readonly FrozenSet<string> HeadWordsOfPlacesOfWorship = FrozenSet.ToFrozenSet(["Masjid", "Surau", "Gurdwara"], StringComparer.Ordinal);
}
