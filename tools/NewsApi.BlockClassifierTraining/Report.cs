using System.Globalization;
using NewsApi.Ingestion.Html;
using NewsApi.LineClassifierTraining;

namespace NewsApi.BlockClassifierTraining;

/// <summary>Where recall is lost, and what the classifier's revision would change, over pages scored by shingles as the benchmark does.</summary>
internal static class Report
{
    private static readonly CultureInfo Inv = CultureInfo.InvariantCulture;

    public static void Losses(List<TrainingPage> pages)
    {
        var lost = new Dictionary<string, double>(StringComparer.Ordinal);
        var wrong = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var page in pages)
        {
            var predicted = Math.Max(1, Enumerable.Range(0, page.Labels.Length).Where(b => page.Kept[b]).Sum(b => page.Shingles[b]));
            for (var b = 0; b < page.Labels.Length; b++)
            {
                var where = (page.InChrome[b] ? "chrome " : "") + (page.InRange[b] ? "in-range " : "outside ") + (page.Prose[b] ? "prose" : "short");
                if (page.Labels[b] == 1 && !page.Kept[b])
                {
                    lost[where] = lost.GetValueOrDefault(where) + page.InTruth[b] / (double)page.TruthShingles;
                }
                else if (page.Labels[b] == 0 && page.Kept[b])
                {
                    wrong[where] = wrong.GetValueOrDefault(where) + (page.Shingles[b] - page.InTruth[b]) / (double)predicted;
                }
            }
        }
        Console.WriteLine("  truth blocks left out (page-units of recall): " + string.Join(", ", lost.OrderByDescending(p => p.Value).Select(p => string.Create(Inv, $"{p.Key} {p.Value:F1}"))));
        Console.WriteLine("  other blocks kept (page-units of precision): " + string.Join(", ", wrong.OrderByDescending(p => p.Value).Select(p => string.Create(Inv, $"{p.Key} {p.Value:F1}"))));
    }

    public static void Simulate(List<TrainingPage> pages, double[] weights)
    {
        var probabilities = pages.Select(page => page.Features.Select(row => LogisticRegression.Predict(weights, row)).ToArray()).ToList();
        var (p0, r0, _) = Score(pages, (_, _, kept) => kept);
        Console.WriteLine(string.Create(Inv, $"  rules: P {p0:F4} R {r0:F4} F1 {F1(p0, r0):F4}"));
        foreach (var add in (double[])[0.5, 0.6, BlockClassifier.AddAbove, 0.8, 0.9])
        {
            // As the parser decides: inside the rules' span, outside furniture and teasers (features 14, 8 and 29).
            var (p, r, moved) = Score(pages, (page, b, kept) => kept
                || (pages[page].Features[b][14] == 1 && pages[page].Features[b][8] == 0 && pages[page].Features[b][29] == 0 && probabilities[page][b] >= add));
            Console.WriteLine(string.Create(Inv, $"  add >= {add:F2}: P {p:F4} R {r:F4} F1 {F1(p, r):F4} ({moved.Up} up, {moved.Down} down)"));
        }
    }

    private static double F1(double p, double r) => p + r == 0 ? 0 : 2 * p * r / (p + r);

    private static (double P, double R, (int Up, int Down) Moved) Score(List<TrainingPage> pages, Func<int, int, bool, bool> keep)
    {
        double sumP = 0, sumR = 0;
        int nP = 0, up = 0, down = 0;
        for (var p = 0; p < pages.Count; p++)
        {
            var page = pages[p];
            double tp = 0, all = 0, tp0 = 0, all0 = 0;
            for (var b = 0; b < page.Labels.Length; b++)
            {
                if (keep(p, b, page.Kept[b]))
                {
                    tp += page.InTruth[b];
                    all += page.Shingles[b];
                }
                if (page.Kept[b])
                {
                    tp0 += page.InTruth[b];
                    all0 += page.Shingles[b];
                }
            }
            if (all > 0)
            {
                sumP += tp / all;
                nP++;
            }
            var recall = Math.Min(1, tp / page.TruthShingles);
            sumR += recall;
            var f = PageF1(tp, all, page.TruthShingles);
            var f0 = PageF1(tp0, all0, page.TruthShingles);
            up += f > f0 + 1e-4 ? 1 : 0;
            down += f < f0 - 1e-4 ? 1 : 0;
        }
        return (nP == 0 ? 0 : sumP / nP, sumR / pages.Count, (up, down));
    }

    private static double PageF1(double tp, double all, double truth) => all == 0 ? 0 : F1(tp / all, Math.Min(1, tp / truth));
}
