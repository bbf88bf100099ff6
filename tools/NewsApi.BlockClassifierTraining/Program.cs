using System.Globalization;
using System.Text;
using NewsApi.BlockClassifierTraining;
using NewsApi.Ingestion.Html;
using NewsApi.LineClassifierTraining;

// Learns the HTML path's block classifier (is this block of the page article text?) and writes its weights.
// Only the Apache-2.0 data sets may be used: the weights ship with the parser. Each set is also held out once (trained
// on the other) so the printed figures say how the model does on pages it was not fitted to. --inspect measures the
// shipped weights on other sets (measuring only) and where their recall is lost.

const string Usage = "usage: NewsApi.BlockClassifierTraining --data <dir of data sets> [--out <weights file>] [--inspect <set,set>]";
var inv = CultureInfo.InvariantCulture;
string? data = null;
var output = "src/NewsApi.Ingestion/Html/BlockClassifier.weights";
string[] sets = ["readability", "modern-2026-llm"];
string[]? inspect = null;
for (var i = 0; i < args.Length; i++)
{
    switch (args[i])
    {
        case "--data": data = args[++i]; break;
        case "--out": output = args[++i]; break;
        case "--inspect": inspect = args[++i].Split(','); break;
        default:
            Console.Error.WriteLine(Usage);
            return 2;
    }
}
if (data is null)
{
    Console.Error.WriteLine(Usage);
    return 2;
}

if (inspect is not null)
{
    var shipped = BlockClassifier.Weights;
    foreach (var set in inspect)
    {
        var list = TrainingPage.Load(data, set).ToList();
        Console.WriteLine($"{set}: {list.Count} pages");
        Report.Losses(list);
        Report.Simulate(list, shipped);
    }
    return 0;
}

const double L2 = 1.0;
var pages = sets.SelectMany(set => TrainingPage.Load(data, set)).ToList();
Console.WriteLine(string.Create(inv, $"pages: {string.Join(", ", sets.Select(s => $"{s} {pages.Count(p => p.DataSet == s)}"))}; blocks {pages.Sum(p => p.Labels.Length)}, article blocks {pages.Sum(p => p.Labels.Sum())}"));

double[] Train(IEnumerable<TrainingPage> use)
{
    var x = new List<double[]>();
    var y = new List<int>();
    var weight = new List<double>();
    foreach (var page in use)
    {
        x.AddRange(page.Features);
        y.AddRange(page.Labels);
        // The metric counts shingles: a paragraph's error costs more than a label's.
        weight.AddRange(page.Shingles.Select(s => Math.Sqrt(Math.Clamp(s, 1, 200))));
    }
    return LogisticRegression.Fit(x, y, weight, L2);
}

foreach (var held in sets)
{
    var weights = Train(pages.Where(p => p.DataSet != held));
    Console.WriteLine($"held out {held}:");
    Report.Simulate(pages.Where(p => p.DataSet == held).ToList(), weights);
}
var final = Train(pages);
Console.WriteLine("weights: " + string.Join(" ", final.Select(w => w.ToString("F2", inv))));
var file = new StringBuilder();
file.AppendLine("# The HTML path's block classifier: logistic weights over BlockFeatures, the intercept last.");
file.AppendLine("# Written by tools/NewsApi.BlockClassifierTraining from readability and modern-2026-llm (Apache-2.0); do not edit.");
foreach (var w in final)
{
    file.AppendLine(w.ToString("R", inv));
}
File.WriteAllText(output, file.ToString());
Console.WriteLine($"wrote {output}");
Report.Simulate(pages, final);
return 0;
