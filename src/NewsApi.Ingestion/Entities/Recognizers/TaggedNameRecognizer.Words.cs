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

    private static readonly HashSet<string> WordsAfterASubject = new(StringComparer.Ordinal)
    {
        "is", "was", "are", "were", "has", "had", "have", "will", "would", "could", "can", "may", "might", "should", "must",
        "did", "does", "do", "of", "and", "or", "in", "on", "at", "to", "for", "with", "by", "from", "as", "that", "which",
        "who", "after", "before", "but", "than", "into", "over", "under", "since", "against",
    };
}
