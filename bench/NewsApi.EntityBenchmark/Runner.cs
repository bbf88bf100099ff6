using System.Diagnostics;
using NewsApi.Ingestion;

namespace NewsApi.EntityBenchmark;

/// <summary>What the parser made of one document, scored per type.</summary>
internal sealed record DocumentResult(
    string Id, string Headline, double Milliseconds, string? Error, IReadOnlyDictionary<EntityType, TypeScore> Scores, bool HasGold, bool PredictedAny);

/// <summary>One data set's documents and what the header line says about them.</summary>
internal sealed record DatasetResult(string Name, string Description, IReadOnlyList<DocumentResult> Documents);

internal static class Runner
{
    public static readonly EntityType[] Types = [EntityType.Person, EntityType.Organization, EntityType.Place];

    /// <summary>
    /// Corpus documents: the gold side is the set of distinct mention texts per type, the parser's side the set of its names
    /// and, with <paramref name="withAliases"/>, the aliases it gives each of them (the preview's "aliases": a surname the
    /// story uses alone, an acronym), as a client reading both fields sees them.
    /// </summary>
    public static List<DocumentResult> RunCorpus(IReadOnlyList<EvalDocument> documents, bool withAliases)
    {
        Warm(documents.Count > 0 ? documents[0].Text : null);
        var results = new List<DocumentResult>(documents.Count);
        foreach (var document in documents)
        {
            var gold = Types.ToDictionary(t => t, t => (IReadOnlyList<GoldName>)document.Mentions
                .Where(m => m.Type == t)
                .GroupBy(m => Names.Key(m.Text))
                .Select(g => new GoldName(g.First().Text, [], true))
                .ToList());
            results.Add(Run(document.Id, document.Headline, document.Text, gold, useAliases: withAliases));
        }
        return results;
    }

    /// <summary>Golden documents: names and aliases on both sides, optional names neither right nor wrong.</summary>
    public static List<DocumentResult> RunGolden(IReadOnlyList<GoldenDocument> documents)
    {
        Warm(documents.Count > 0 ? documents[0].Text : null);
        return documents.Select(d => Run(d.Id, d.Id, d.Text, d.Names, useAliases: true)).ToList();
    }

    private static DocumentResult Run(string id, string headline, string text, IReadOnlyDictionary<EntityType, IReadOnlyList<GoldName>> gold, bool useAliases)
    {
        var predicted = Types.ToDictionary(t => t, _ => (IReadOnlyList<Predicted>)[]);
        string? error = null;
        var watch = Stopwatch.StartNew();
        try
        {
            // The same call the preview endpoint makes for a text/plain body (RawDocument.Parse).
            var draft = NewsDocumentParser.Parse(text);
            watch.Stop();
            predicted[EntityType.Person] = draft.People.Select(p => new Predicted(p.Name, p.Aliases)).ToList();
            predicted[EntityType.Organization] = draft.Organizations.Select(o => new Predicted(o.Name, o.Aliases)).ToList();
            predicted[EntityType.Place] = draft.Places.Select(p => new Predicted(p, [])).ToList();
        }
        catch (Exception e)
        {
            // A crash is a result to report, not a reason to stop measuring the other documents.
            watch.Stop();
            error = $"{e.GetType().Name}: {e.Message}";
        }
        var scores = Types.ToDictionary(t => t, t => Scorer.Score(t, gold[t], predicted[t], useAliases));
        return new DocumentResult(
            id, headline, watch.Elapsed.TotalMilliseconds, error, scores,
            HasGold: gold.Values.Any(g => g.Any(n => n.Required)),
            PredictedAny: predicted.Values.Any(p => p.Count > 0));
    }

    /// <summary>One untimed parse first, so that JIT and the parser's lazily loaded word lists are not charged to document one.</summary>
    private static void Warm(string? text)
    {
        if (!string.IsNullOrWhiteSpace(text))
        {
            _ = NewsDocumentParser.Parse(text);
        }
    }
}
