using System.Diagnostics.CodeAnalysis;

namespace NewsApi.Ingestion.Entities.Gazetteer;

/// <summary>Countries, regions and cities of the world, built from public data packages (see tools/gazetteer).</summary>
public static class PlaceGazetteer
{
    private static readonly Lazy<GazetteerData> Data = new(GazetteerData.Load, LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>The longest place name, in space-separated words, so that callers know how far to look ahead.</summary>
    public static int MaxWords => Data.Value.MaxWords;

    /// <summary>Exact, case-sensitive lookup of a name as written in running text ("Saudi Arabia", "Chisinau", "UK").</summary>
    public static bool TryFind(string name, [NotNullWhen(true)] out Place? place) => TryFind(name, out place, out _);

    /// <summary>As <see cref="TryFind(string, out Place?)"/>, with the other readings of that spelling so that callers can demand more evidence for "Reading" or "Florence".</summary>
    public static bool TryFind(string name, [NotNullWhen(true)] out Place? place, out NameAmbiguity ambiguity)
    {
        if (Data.Value.Places.TryGetValue(name, out var entry))
        {
            place = entry.Place;
            ambiguity = entry.Ambiguity;
            return true;
        }

        place = null;
        ambiguity = NameAmbiguity.None;
        return false;
    }

    /// <summary>As <see cref="TryFind(string, out Place?)"/>, for a name not yet cut out of its text.</summary>
    public static bool Contains(ReadOnlySpan<char> name) => Data.Value.PlacesBySpan.ContainsKey(name);

    /// <summary>Other readings of a place name as written; <see cref="NameAmbiguity.None"/> for countries, continents and names that are not places.</summary>
    public static NameAmbiguity AmbiguityOf(string name) =>
        Data.Value.Places.TryGetValue(name, out var entry) ? entry.Ambiguity : NameAmbiguity.None;

    /// <summary>The country (or, for "European" or "Middle Eastern", the region) of an adjective such as "Syrian" or "Danish".</summary>
    public static bool TryFindDemonym(string adjective, [NotNullWhen(true)] out Place? country) =>
        Data.Value.Demonyms.TryGetValue(adjective, out country);

    /// <summary>A word that names a kind of administrative division ("Province", "Governorate", "Autonomous Region"), for names such as "Xinjiang Uyghur Autonomous Region".</summary>
    public static bool IsAdministrativeDesignator(string words) => Data.Value.AdministrativeDesignators.Contains(words);
}
