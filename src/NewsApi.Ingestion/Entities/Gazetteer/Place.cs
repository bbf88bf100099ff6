namespace NewsApi.Ingestion.Entities.Gazetteer;

/// <summary>A place under its canonical name; <see cref="CountryName"/> is the country itself for a country and null for continents and regions.</summary>
public sealed record Place(string Name, PlaceKind Kind, string? CountryName)
{
    /// <summary>People living there per GeoNames: exact for cities, the sum of its listed settlements for an administrative area (an upper bound), zero otherwise.</summary>
    public long Population { get; init; }

    /// <summary>A national capital.</summary>
    public bool IsCapital { get; init; }
}
