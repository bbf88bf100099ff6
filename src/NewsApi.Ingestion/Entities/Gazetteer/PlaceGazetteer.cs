using System.Diagnostics.CodeAnalysis;

namespace NewsApi.Ingestion.Entities.Gazetteer;

public enum PlaceKind
{
    Continent,
    Region,
    Country,
    AdministrativeArea,
    City,
}

public sealed record Place(string Name, PlaceKind Kind, string? CountryName);

/// <summary>Countries, regions and cities of the world, built from a public data package (see tools/gazetteer).</summary>
public static class PlaceGazetteer
{
    // Placeholder until the generated gazetteer lands: knows nothing.
    private static readonly Dictionary<string, Place> ByName = new(StringComparer.Ordinal);

    /// <summary>The longest place name, in words, so that callers know how far to look ahead.</summary>
    public static int MaxWords => 1;

    /// <summary>Exact, case-sensitive lookup of a name as written in running text ("Saudi Arabia", "Chisinau").</summary>
    public static bool TryFind(string name, [NotNullWhen(true)] out Place? place) => ByName.TryGetValue(name, out place);

    /// <summary>The country of an adjective such as "Syrian" or "Danish".</summary>
    public static bool TryFindDemonym(string adjective, [NotNullWhen(true)] out Place? country)
    {
        country = null;
        return false;
    }
}

/// <summary>Given names from a public list: one signal among several that a capitalized pair is a person.</summary>
public static class GivenNames
{
    public static bool Contains(string name) => false;
}
