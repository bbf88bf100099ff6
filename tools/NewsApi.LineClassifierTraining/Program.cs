using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using NewsApi.Ingestion.Layout;
using NewsApi.Ingestion.Layout.Classifier;
using NewsApi.Ingestion.Normalization;
using NewsApi.LineClassifierTraining;

// Learns the rendered-text path's two logistic models and writes their weights as C#:
//   line model:     is this line article text? (labels: the line's shingles are in the data set's true main text)
//   headline model: is this candidate line the page's title? (labels: the manifest's title)
// Only the Apache-2.0 data sets may be used: the weights ship with the parser. Each set is also held out once
// (trained on the other) so the printed figures say how the models do on pages they were not fitted to.

var inv = CultureInfo.InvariantCulture;
string? data = null;
var output = "src/NewsApi.Ingestion/Layout/Classifier/LineClassifierWeights.cs";
string[] sets = ["readability", "modern-2026-llm"];
string? inspect = null;
string? renderedRoot = null;
for (var i = 0; i < args.Length; i++)
{
    switch (args[i])
    {
        case "--data": data = args[++i]; break;
        case "--out": output = args[++i]; break;
        case "--inspect": inspect = args[++i]; break;
        case "--rendered": renderedRoot = args[++i]; break;
        default:
            Console.Error.WriteLine("usage: NewsApi.LineClassifierTraining --data <dir of data sets> [--rendered <root of <set>/<id>.txt>] [--out <weights .cs>] [--inspect <set>]");
            return 2;
    }
}
if (data is null)
{
    Console.Error.WriteLine("usage: NewsApi.LineClassifierTraining --data <dir of data sets> [--rendered <root of <set>/<id>.txt>] [--out <weights .cs>] [--inspect <set>]");
    return 2;
}

if (inspect is not null)
{
    // Measuring only: the shipped weights on another data set's pages, with the headline picks that went wrong.
    return Inspect(TrainingPage.Load(data, inspect, renderedRoot).ToList());
}

const double BodyL2 = 1.0;
const double HeadlineL2 = 1.0;

var pages = sets.SelectMany(set => TrainingPage.Load(data, set, renderedRoot)).ToList();
var features = pages.Select(p => LineFeatures.Compute(p.Lines)).ToList();
Console.WriteLine(string.Create(inv, $"pages: {string.Join(", ", sets.Select(s => $"{s} {pages.Count(p => p.DataSet == s)}"))}; lines {pages.Sum(p => p.Lines.Count)}, article lines {pages.Sum(p => p.Labels.Sum())}"));

double[] TrainBody(Func<int, bool> use)
{
    var x = new List<double[]>();
    var y = new List<int>();
    var weight = new List<double>();
    for (var p = 0; p < pages.Count; p++)
    {
        if (use(p))
        {
            x.AddRange(features[p]);
            y.AddRange(pages[p].Labels);
            // The run search weighs a line by its words, and so does the metric: a paragraph's error costs more than a label's.
            weight.AddRange(pages[p].Lines.Select(line => Math.Sqrt(Math.Clamp(LayoutText.CountWords(line), 1, 80))));
        }
    }
    return LogisticRegression.Fit(x, y, weight, BodyL2);
}

double[] Probabilities(double[] weights, int p) => features[p].Select(row => LogisticRegression.Predict(weights, row)).ToArray();

List<(HeadlineFeatures.Candidate Candidate, int Label)> HeadlineCandidates(int p, double[] bodyWeights)
{
    var page = pages[p];
    if (page.Titles.Count == 0)
    {
        return [];
    }
    var probabilities = Probabilities(bodyWeights, p);
    var (first, _) = MainTextRegion.ArticleRun(page.Lines);
    return HeadlineFeatures.Candidates(page.Lines, first, probabilities)
        .Select(c => (c, IsHeadlineOf(Collapse(page.Lines[c.Index]), page.Titles) ? 1 : 0))
        .ToList();
}

double[] TrainHeadline(Func<int, bool> use, double[] bodyWeights)
{
    var x = new List<double[]>();
    var y = new List<int>();
    for (var p = 0; p < pages.Count; p++)
    {
        if (use(p))
        {
            // A page whose title is not among its lines teaches only what a headline is not; it would pull every score down.
            var candidates = HeadlineCandidates(p, bodyWeights);
            if (!candidates.Exists(c => c.Label == 1))
            {
                continue;
            }
            foreach (var (candidate, label) in candidates)
            {
                x.Add(candidate.Features);
                y.Add(label);
            }
        }
    }
    return LogisticRegression.Fit(x, y, Enumerable.Repeat(1.0, x.Count).ToList(), HeadlineL2);
}

void Report(string name, Func<int, bool> test, double[] bodyWeights, double[] headlineWeights)
{
    int tp = 0, fp = 0, fn = 0, right = 0, total = 0, headlines = 0, headlineRight = 0, reachable = 0;
    for (var p = 0; p < pages.Count; p++)
    {
        if (!test(p))
        {
            continue;
        }
        var probabilities = Probabilities(bodyWeights, p);
        for (var l = 0; l < probabilities.Length; l++)
        {
            var predicted = probabilities[l] >= 0.5 ? 1 : 0;
            var label = pages[p].Labels[l];
            right += predicted == label ? 1 : 0;
            tp += predicted == 1 && label == 1 ? 1 : 0;
            fp += predicted == 1 && label == 0 ? 1 : 0;
            fn += predicted == 0 && label == 1 ? 1 : 0;
            total++;
        }

        var candidates = HeadlineCandidates(p, bodyWeights);
        if (pages[p].Titles.Count > 0)
        {
            headlines++;
            reachable += candidates.Any(c => c.Label == 1) ? 1 : 0;
            if (candidates.Count > 0 && candidates.MaxBy(c => LogisticRegression.Score(headlineWeights, c.Candidate.Features)).Label == 1)
            {
                headlineRight++;
            }
        }
    }
    Console.WriteLine(string.Create(inv,
        $"{name}: lines {total}, accuracy {(double)right / total:0.000}, article-line P {(double)tp / Math.Max(1, tp + fp):0.000} R {(double)tp / Math.Max(1, tp + fn):0.000}; "
        + $"headline {headlineRight}/{headlines} (a right candidate in the window: {reachable})"));
}

foreach (var held in sets)
{
    bool Train(int p) => pages[p].DataSet != held;
    bool Test(int p) => pages[p].DataSet == held;
    var body = TrainBody(Train);
    var headline = TrainHeadline(Train, body);
    Report($"held out {held}", Test, body, headline);
}

var bodyWeights = TrainBody(_ => true);
var headlineWeights = TrainHeadline(_ => true, bodyWeights);
Report("all (training fit)", _ => true, bodyWeights, headlineWeights);
File.WriteAllText(output, WeightsFile(bodyWeights, headlineWeights, pages), new UTF8Encoding(false));
Console.WriteLine($"wrote {output}");
return 0;

static int Inspect(List<TrainingPage> pages)
{
    int right = 0, reachable = 0, shown = 0, showMissed = 0;
    var missed = new Dictionary<string, int>();
    foreach (var page in pages.Where(p => p.Titles.Count > 0))
    {
        var probabilities = LineClassifier.BodyProbabilities(page.Lines);
        var (first, _) = MainTextRegion.ArticleRun(page.Lines);
        var scored = HeadlineFeatures.Candidates(page.Lines, first, probabilities)
            .Select(c => (c.Index, Score: LineClassifier.HeadlineScore(c.Features), Right: page.Titles.Any(t => t.Contains(Collapse(page.Lines[c.Index]), StringComparison.OrdinalIgnoreCase)), c.Features))
            .OrderByDescending(c => c.Score).ToList();
        if (scored.Count == 0)
        {
            continue;
        }
        right += scored[0].Right ? 1 : 0;
        reachable += scored.Any(c => c.Right) ? 1 : 0;
        if (!scored.Any(c => c.Right))
        {
            // Where the title stands when the window misses it: above the window, below it, or on no line of its own.
            var at = Enumerable.Range(0, page.Lines.Count)
                .Where(i => page.Lines[i].Split(' ', StringSplitOptions.RemoveEmptyEntries).Length >= 3
                    && page.Titles.Any(t => t.Contains(Collapse(page.Lines[i]), StringComparison.OrdinalIgnoreCase)))
                .Select(i => i - first).OrderBy(Math.Abs).Take(1).ToList();
            var where = at.Count == 0 ? "none" : at[0] < 0 ? "above" : "below";
            missed[where] = missed.GetValueOrDefault(where) + 1;
            if (at.Count > 0 && showMissed++ < 30)
            {
                Console.WriteLine($"-- missed {page.Id} first={first} title line at {at[0]}: {page.Lines[first + at[0]]}");
            }
        }
        if (!scored[0].Right && scored.Any(c => c.Right) && shown++ < 40)
        {
            Console.WriteLine($"== {page.Id} first={first} title={page.Titles[0]}");
            foreach (var c in scored.Take(4).Concat(scored.Where(c => c.Right).Take(1)))
            {
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {(c.Right ? '*' : ' ')} {c.Index - first,4} {c.Score,6:0.00} {page.Lines[c.Index][..Math.Min(90, page.Lines[c.Index].Length)]}  [{string.Join(' ', c.Features.Select(f => f.ToString("0.##", CultureInfo.InvariantCulture)))}]"));
            }
        }
    }
    Console.WriteLine($"headline right {right}, a right candidate in the window {reachable}, pages {pages.Count}; "
        + $"title outside the window: {string.Join(", ", missed.OrderBy(m => m.Key).Select(m => $"{m.Key} {m.Value}"))}");
    return 0;
}

static string Collapse(string s) => Regex.Replace(s, @"\s+", " ").Trim();

// A headline is inside a title and is most of one of its parts: "Storm closes port" in "Storm closes port | Daily Courier",
// not the site's name "Daily Courier", which a title also contains.
static bool IsHeadlineOf(string line, List<string> titles) =>
    line.Length > 0 && titles.Any(title => title.Contains(line, StringComparison.OrdinalIgnoreCase)
        && line.Length * 5 >= LongestPart(title).Length * 3);

static string LongestPart(string title) =>
    Regex.Split(title, @"\s+(?:[|\-–—:»«·/]|::)\s+").MaxBy(part => part.Length) ?? title;


static string WeightsFile(double[] body, double[] headline, List<TrainingPage> pages)
{
    static string Format(double[] weights) =>
        string.Join(",\n", weights.Chunk(4).Select(chunk => "        " + string.Join(", ", chunk.Select(w => w.ToString("R", CultureInfo.InvariantCulture)))));
    var sources = string.Join(", ", pages.GroupBy(p => p.DataSet).Select(g => $"{g.Key} ({g.Count()} pages)"));
    return $$"""
        // <auto-generated>
        // Written by tools/NewsApi.LineClassifierTraining from the rendered text of the Apache-2.0 data sets
        // {{sources}}; do not edit, run the tool again (see bench/extraction/README.md).
        // </auto-generated>

        namespace NewsApi.Ingestion.Layout.Classifier;

        internal static partial class LineClassifier
        {
            // One weight per LineFeatures column, the intercept last.
            private static readonly double[] BodyWeights =
            [
        {{Format(body)}},
            ];

            // One weight per HeadlineFeatures column, the intercept last.
            private static readonly double[] HeadlineWeights =
            [
        {{Format(headline)}},
            ];
        }

        """;
}
