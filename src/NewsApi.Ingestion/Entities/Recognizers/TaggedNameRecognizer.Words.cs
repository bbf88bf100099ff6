namespace NewsApi.Ingestion.Entities.Recognizers;

/// <summary>The small word sets the tagger's spans are checked against.</summary>
internal sealed partial class TaggedNameRecognizer
{
    private static readonly HashSet<string> PluralPlaceNouns = new(StringComparer.Ordinal)
    {
        "provinces", "districts", "regions", "counties", "states", "municipalities", "prefectures", "governorates", "oblasts",
        "islands", "villages", "towns", "cities",
    };

    private static readonly HashSet<string> UrbanPlaceNouns = new(StringComparer.Ordinal)
    {
        "square", "street", "avenue", "road", "station", "park", "bridge", "airport", "stadium", "hall", "tower", "market",
        "neighbourhood", "neighborhood", "quarter", "harbour", "harbor", "port", "beach", "plaza", "boulevard", "lane",
    };

    // Natural features, roads and grounds the tagger, trained on news where such names are mostly bodies, reads as
    // organizations: the word closing or opening the name says what it is. Not "Channel" (a broadcaster's too) nor "Cemetery"
    // (GMB tags a national cemetery as the body that runs it).
    private static readonly HashSet<string> FeatureOrGroundClosers = new(StringComparer.Ordinal)
    {
        "Creek", "Pass", "Ridge", "Depression", "Barrage", "Peak", "Peaks", "Gorge", "Escarpment", "Lane", "Expressway",
        "Highway", "Row", "Auditorium", "Park", "Embankment",
    };

    private static readonly HashSet<string> FeatureOrGroundOpeners = new(StringComparer.Ordinal)
    {
        "Cementerio", "Cemitério", "Cimetière", "Cimitero", "Pabellón",
        // A neighbourhood in Spanish, a seafront road and a lagoon in French.
        "Barrio", "Corniche", "Étang",
    };

    // "Salar de Atacama", "Lagoa dos Patos": a salt flat or a lagoon names its place with a particle; a firm named after
    // one does not ("Salar Austral Lithium").
    private static readonly HashSet<string> FeatureOpenersBeforeAParticle = new(StringComparer.Ordinal) { "Salar", "Lagoa", "Laguna" };

    private static readonly HashSet<string> WordsAfterASubject = new(StringComparer.Ordinal)
    {
        "is", "was", "are", "were", "has", "had", "have", "will", "would", "could", "can", "may", "might", "should", "must",
        "did", "does", "do", "of", "and", "or", "in", "on", "at", "to", "for", "with", "by", "from", "as", "that", "which",
        "who", "after", "before", "but", "than", "into", "over", "under", "since", "against",
    };
}
