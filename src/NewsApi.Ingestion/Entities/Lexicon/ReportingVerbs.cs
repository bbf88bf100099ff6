using System.Collections.Frozen;

namespace NewsApi.Ingestion.Entities.Lexicon;

/// <summary>Verbs that attribute speech ("said", "told", "added", "pointed out").</summary>
internal static class ReportingVerbs
{
    private static readonly FrozenSet<string> Verbs = FrozenSet.ToFrozenSet(
    [
        "said", "says", "say", "saying", "told", "tells", "tell", "telling", "added", "adds", "adding", "explained", "explains",
        "explaining", "pointed", "points", "noted", "notes", "noting", "stressed", "stresses", "stressing", "quoted", "wrote",
        "writes", "writing", "insisted", "insists", "warned", "warns", "warning", "argued", "argues", "arguing", "continued",
        "replied", "replies", "asked", "asks", "claimed", "claims", "claiming", "stated", "states", "commented", "comments",
        "remarked", "recalled", "recalls", "concluded", "emphasized", "emphasised", "emphasizing", "emphasising", "observed",
        "acknowledged", "admitted", "admits", "declared", "announced", "announcing", "suggested", "suggests", "cautioned",
        "predicted", "conceded", "confirmed", "confirms", "according", "responded", "answered", "urged", "urges", "vowed",
        "promised", "declaring", "mused", "joked", "quipped", "shouted", "whispered", "tweeted", "posted", "indicated",
        "underlined", "underscored", "highlighted", "maintained", "reiterated", "contended", "countered", "assured",
        "reported", "reports", "promised", "promising", "pledged", "pledging", "accused", "accusing", "vowing", "called", "calling", "described", "describing", "dubbed", "branded", "labelled", "labeled", "termed",
        "ruled", "rules", "ruling", "describe", "describes",
    ], StringComparer.OrdinalIgnoreCase);

    public static bool IsReportingVerb(string word) => Verbs.Contains(word);
}
