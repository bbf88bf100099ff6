using System.Globalization;

namespace NewsApi.EntityBenchmark;

/// <summary>The plain-text table per data set and the TSV of every false positive and negative.</summary>
internal static class Report
{
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    public static void Print(TextWriter output, DatasetResult result)
    {
        var documents = result.Documents;
        output.WriteLine($"== {result.Name}: {result.Description}");
        var times = documents.Where(d => d.Error is null).Select(d => d.Milliseconds).Order().ToList();
        var errors = documents.Count(d => d.Error is not null);
        if (times.Count > 0)
        {
            output.WriteLine(string.Create(Invariant,
                $"   parse time per document: median {Percentile(times, 0.5):0.00} ms, p95 {Percentile(times, 0.95):0.00} ms, max {times[^1]:0.00} ms, total {times.Sum() / 1000:0.00} s; {errors} parse errors"));
        }
        output.WriteLine();
        output.WriteLine("                   distinct names |       strict         |       lenient");
        output.WriteLine("type                 gold    pred |   P      R      F1  |   P      R      F1");
        Tally allStrict = new(), allLenient = new();
        foreach (var type in Runner.Types)
        {
            Tally strict = new(), lenient = new();
            foreach (var document in documents)
            {
                strict.Add(document.Scores[type].Strict);
                lenient.Add(document.Scores[type].Lenient);
            }
            allStrict.Add(strict);
            allLenient.Add(lenient);
            output.WriteLine(Row(Label(type), strict, lenient));
        }
        output.WriteLine(Row("all", allStrict, allLenient));
        var withGold = documents.Count(d => d.HasGold);
        output.WriteLine(string.Create(Invariant,
            $"documents with gold names but none predicted: {documents.Count(d => d.HasGold && !d.PredictedAny)} of {withGold}"));
        output.WriteLine();
    }

    /// <summary>One line per miss: data set, document, its headline, type, FP or FN, the name, and its lenient counterpart.</summary>
    public static void Dump(TextWriter tsv, IEnumerable<DatasetResult> results)
    {
        tsv.WriteLine("dataset\tdocument\theadline\ttype\toutcome\tname\tlenient_match");
        foreach (var result in results)
        {
            foreach (var document in result.Documents)
            {
                if (document.Error is not null)
                {
                    tsv.WriteLine($"{result.Name}\t{document.Id}\t{Clean(document.Headline, 80)}\t-\tERROR\t{Clean(document.Error, 200)}\t");
                }
                foreach (var miss in Runner.Types.SelectMany(t => document.Scores[t].Misses))
                {
                    tsv.WriteLine(string.Join('\t',
                        result.Name, document.Id, Clean(document.Headline, 80), Label(miss.Type), miss.FalsePositive ? "FP" : "FN",
                        Clean(miss.Name, 200), Clean(miss.LenientCounterpart ?? "", 200)));
                }
            }
        }
    }

    public static string Label(EntityType type) => type switch
    {
        EntityType.Person => "people",
        EntityType.Organization => "organizations",
        _ => "places",
    };

    private static string Row(string label, Tally strict, Tally lenient) => string.Create(Invariant,
        $"{label,-16} {strict.Gold,7:N0} {strict.Predicted,7:N0} | {strict.Precision:0.000}  {strict.Recall:0.000}  {strict.F1:0.000} | {lenient.Precision:0.000}  {lenient.Recall:0.000}  {lenient.F1:0.000}");

    private static double Percentile(List<double> sorted, double p) =>
        sorted[Math.Clamp((int)Math.Ceiling(p * sorted.Count) - 1, 0, sorted.Count - 1)];

    private static string Clean(string text, int max)
    {
        var flat = text.Replace('\t', ' ').Replace('\n', ' ').Replace('\r', ' ');
        return flat.Length <= max ? flat : flat[..max];
    }
}
