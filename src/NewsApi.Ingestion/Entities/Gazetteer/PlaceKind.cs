namespace NewsApi.Ingestion.Entities.Gazetteer;

public enum PlaceKind
{
    Continent,
    Region,
    Country,
    AdministrativeArea,
    City,
}
