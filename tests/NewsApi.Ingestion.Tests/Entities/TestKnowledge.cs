using System.Diagnostics.CodeAnalysis;
using NewsApi.Ingestion.Entities;
using NewsApi.Ingestion.Entities.Gazetteer;

namespace NewsApi.Ingestion.Tests.Entities;

/// <summary>A small, fixed world for entity tests, so that they do not move when the generated gazetteer does.</summary>
internal sealed class TestKnowledge : IEntityKnowledge
{
    public static readonly TestKnowledge Instance = new();

    private static readonly Dictionary<string, (Place Place, NameAmbiguity Ambiguity)> Places = new(StringComparer.Ordinal)
    {
        ["Portugal"] = (new Place("Portugal", PlaceKind.Country, "Portugal"), NameAmbiguity.None),
        ["Norway"] = (new Place("Norway", PlaceKind.Country, "Norway"), NameAmbiguity.None),
        ["Turkey"] = (new Place("Türkiye", PlaceKind.Country, "Türkiye"), NameAmbiguity.None),
        ["Saudi Arabia"] = (new Place("Saudi Arabia", PlaceKind.Country, "Saudi Arabia"), NameAmbiguity.None),
        ["Lisbon"] = (new Place("Lisbon", PlaceKind.City, "Portugal") { Population = 545_000 }, NameAmbiguity.None),
        ["Bergen"] = (new Place("Bergen", PlaceKind.City, "Norway") { Population = 285_000 }, NameAmbiguity.None),
        ["Tromsø"] = (new Place("Tromsø", PlaceKind.City, "Norway") { Population = 77_000 }, NameAmbiguity.None),
        ["Reading"] = (new Place("Reading", PlaceKind.City, "United Kingdom") { Population = 318_000 }, NameAmbiguity.CommonWord),
        ["Kashgar"] = (new Place("Kashgar", PlaceKind.City, "China") { Population = 500_000 }, NameAmbiguity.None),
        ["Xinjiang"] = (new Place("Xinjiang", PlaceKind.AdministrativeArea, "China"), NameAmbiguity.None),
        ["Middle East"] = (new Place("Middle East", PlaceKind.Region, null), NameAmbiguity.None),
        ["Europe"] = (new Place("Europe", PlaceKind.Continent, null), NameAmbiguity.None),
        ["Edinburgh"] = (new Place("Edinburgh", PlaceKind.City, "United Kingdom") { Population = 465_000 }, NameAmbiguity.None),
        ["India"] = (new Place("India", PlaceKind.Country, "India"), NameAmbiguity.None),
    };

    private static readonly HashSet<string> Demonyms = new(StringComparer.Ordinal) { "Portuguese", "Norwegian", "Turkish", "Indian", "Saudi", "Chinese" };

    private static readonly HashSet<string> Given = new(StringComparer.Ordinal) { "Maria", "John", "Ingrid", "Paulo", "Sofia" };

    private static readonly HashSet<string> Common = new(StringComparer.OrdinalIgnoreCase)
    {
        "energy", "defense", "finance", "reading", "labour", "trade", "health", "harbour", "water", "policy", "conservative",
        "liberal", "green",
    };

    public int MaxPlaceWords => 3;

    public bool TryFindPlace(string name, [NotNullWhen(true)] out Place? place, out NameAmbiguity ambiguity)
    {
        if (Places.TryGetValue(name, out var entry))
        {
            place = entry.Place;
            ambiguity = entry.Ambiguity;
            return true;
        }
        place = null;
        ambiguity = NameAmbiguity.None;
        return false;
    }

    public bool IsDemonym(string word) => Demonyms.Contains(word);

    public bool TryFindDemonym(string word, [NotNullWhen(true)] out Place? place)
    {
        place = word switch
        {
            "Portuguese" => Places["Portugal"].Place,
            "Norwegian" => Places["Norway"].Place,
            "Turkish" => Places["Turkey"].Place,
            "Indian" => Places["India"].Place,
            "Saudi" => Places["Saudi Arabia"].Place,
            _ => null,
        };
        return place is not null;
    }

    public bool IsGivenName(string word) => Given.Contains(word);

    public bool IsAdministrativeDesignator(string words) => words is "Autonomous Region" or "Province" or "Region";

    public bool IsCommonWord(string word) => Common.Contains(word);
}
