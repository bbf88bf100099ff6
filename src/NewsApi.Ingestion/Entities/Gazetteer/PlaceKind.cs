namespace NewsApi.Ingestion.Entities.Gazetteer;

public enum PlaceKind
{
    Continent,
    Region,
    Country,
    AdministrativeArea,
    City,

    /// <summary>A river, sea, range, desert or landmark ("Nile", "Andes", "Angkor Wat"): in no country's administration.</summary>
    Feature,
}
