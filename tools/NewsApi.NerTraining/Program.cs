using System.Diagnostics;
using System.Globalization;
using NewsApi.Ingestion.Entities.Tagging;
using NewsApi.NerTraining;

// Rebuilds the name tagger's model from the GMB corpus, deterministically, and prints its held-out figures.
//   dotnet run -c Release --project tools/NewsApi.NerTraining -- --gmb ../shared/datasets/ner/gmb-ner.conll.gz \
//     --out src/NewsApi.Ingestion/Entities/Tagging/Model/names.model [--epochs 5] [--conll <CoNLL-2003 file, measuring only>]
//     [--documents tools/NewsApi.NerTraining/Documents --document-weight 3]  (news of the parser's shapes; not in the committed model yet)
var options = ParseOptions(args);
if (args.Contains("--measure-load"))
{
    // What the embedded model costs a process that starts parsing: load time and resident memory.
    using var process = Process.GetCurrentProcess();
    process.Refresh();
    var residentBefore = process.WorkingSet64;
    var loadClock = Stopwatch.StartNew();
    var embedded = NameModel.LoadEmbedded();
    loadClock.Stop();
    var tagClock = Stopwatch.StartNew();
    new NameTagger(embedded).Tag(new NewsApi.Ingestion.Entities.Text.TextUnit(0, NewsApi.Ingestion.Entities.Text.TextZone.Body, "Angela Merkel met Emmanuel Macron in Paris.").Tokens, out _);
    tagClock.Stop();
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"first sentence tagged in {tagClock.Elapsed.TotalMilliseconds:F0} ms (word lists loading)"));
    GC.Collect();
    process.Refresh();
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
        $"embedded model: {embedded.FeatureCount:N0} features, loaded in {loadClock.Elapsed.TotalMilliseconds:F0} ms, resident memory +{(process.WorkingSet64 - residentBefore) / 1048576.0:F1} MB"));
    return 0;
}
if (options.TryGetValue("bodies", out var bodiesDirectory))
{
    // For error analysis: what the layout keeps of each document, beside it as <name>.body.
    foreach (var path in Directory.GetFiles(bodiesDirectory, "*.txt"))
    {
        var draft = NewsApi.Ingestion.NewsDocumentParser.Parse(File.ReadAllText(path));
        File.WriteAllText(Path.ChangeExtension(path, ".body"), string.Join("\n", [draft.Headline, draft.Standfirst ?? "", .. draft.Body]));
    }
    return 0;
}
if (options.TryGetValue("explain", out var explainPath))
{
    // For error analysis: each token's label and margin, then the people, organizations and places the parser reports.
    var explained = File.ReadAllText(explainPath);
    foreach (var paragraph in explained.Split("\n\n", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
    {
        var unit = new NewsApi.Ingestion.Entities.Text.TextUnit(0, NewsApi.Ingestion.Entities.Text.TextZone.Body, paragraph);
        var labels = NameTagger.Default.Tag(unit.Tokens, out var margins);
        Console.WriteLine(string.Join(' ', unit.Tokens.Select((token, t) => labels[t] == NameLabel.Outside
            ? token.Text
            : string.Create(CultureInfo.InvariantCulture, $"{token.Text}/{labels[t]}:{margins[t]:F1}"))));
    }
    NewsApi.Ingestion.Entities.ArticleScanner.RuleTrace = (run, rule) => Console.WriteLine($"  rule: {run} <- {rule}");
    var draft = NewsApi.Ingestion.NewsDocumentParser.Parse(explained);
    NewsApi.Ingestion.Entities.ArticleScanner.RuleTrace = null;
    foreach (var line in draft.Body)
    {
        Console.WriteLine($"  body: {line}");
    }
    var layout = NewsApi.Ingestion.Layout.LayoutParser.Parse(explained);
    Console.WriteLine($"headline: {draft.Headline}");
    Console.WriteLine($"byline: {string.Join(" | ", draft.Byline)}; contributors: {string.Join(" | ", draft.Contributors.Select(contributor => $"{contributor.Name} ({contributor.Role})"))}");
    var explainedLines = NewsApi.Ingestion.Layout.LayoutParser.SplitLines(NewsApi.Ingestion.Normalization.TextNormalizer.Normalize(explained));
    Console.WriteLine($"lines: {explainedLines.Count}; main text region: {NewsApi.Ingestion.Layout.MainTextRegion.Find(explainedLines)}");
    Console.WriteLine($"dateline: {layout.Dateline}; dateline place: {layout.DatelinePlace}; published: {layout.PublishedAt}");
    Console.WriteLine($"people: {string.Join(" | ", draft.People.Select(person => person.Name))}");
    Console.WriteLine($"organizations: {string.Join(" | ", draft.Organizations.Select(organization => organization.Name))}");
    Console.WriteLine($"places: {string.Join(" | ", draft.Places)}");
    Console.WriteLine($"body paragraphs: {draft.Body.Count}; related headlines: {draft.Related.Count}; tags: {draft.Tags.Count}");
    return 0;
}
if (options.TryGetValue("measure-parse", out var parsePath))
{
    // Parse cost with and without the tagger, as processor time (which other jobs on a shared machine change far less than wall time).
    var document = File.ReadAllText(parsePath);
    foreach (var useTagger in new[] { false, true, false, true, false, true, false, true })
    {
        NewsApi.Ingestion.Entities.EntityExtractor.UseNameTagger = useTagger;
        NewsApi.Ingestion.NewsDocumentParser.Parse(document);
        using var self = Process.GetCurrentProcess();
        var cpuBefore = self.TotalProcessorTime;
        const int Parses = 2000;
        for (var n = 0; n < Parses; n++)
        {
            NewsApi.Ingestion.NewsDocumentParser.Parse(document);
        }
        self.Refresh();
        var cpu = self.TotalProcessorTime - cpuBefore;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"tagger {(useTagger ? "on " : "off")}: {cpu.TotalMilliseconds * 1000 / Parses:F0} µs CPU per document, {Parses / cpu.TotalSeconds:F0} documents per CPU-second"));
    }
    return 0;
}
if (!options.TryGetValue("gmb", out var gmbPath))
{
    Console.Error.WriteLine("usage: --gmb <gmb-ner.conll.gz> [--out <names.model>] [--epochs N] [--min-weight W] [--conll <file>] [--documents <dir> [--document-weight K]]");
    return 2;
}
var epochs = int.Parse(options.GetValueOrDefault("epochs", "5"), CultureInfo.InvariantCulture);
var minimumWeight = float.Parse(options.GetValueOrDefault("min-weight", "0.01"), CultureInfo.InvariantCulture);
var clock = Stopwatch.StartNew();

var sentences = CorpusReader.Read(gmbPath);
// Held out by sentence number, in bands of ten, since the corpus has no document ids: test every 10th, dev the 5th of each ten.
var aligned = sentences.Select(sentence => new AlignedSentence(sentence, GmbType)).ToList();
var train = aligned.Where(sentence => sentence.Number % 10 is not 0 and not 5).ToList();
// Headlines, datelines and table headings come in capitals, which VOA prose never is: one training sentence in ten is also
// seen upper-cased, so capitals alone do not make a name.
train.AddRange(sentences.Where(sentence => sentence.Number % 10 == 3)
    .Select(sentence => new AlignedSentence(sentence with { Words = [.. sentence.Words.Select(word => word.ToUpperInvariant())] }, GmbType)));
var dev = aligned.Where(sentence => sentence.Number % 10 == 5).ToList();
var test = aligned.Where(sentence => sentence.Number % 10 == 0).ToList();
Console.WriteLine($"GMB: {sentences.Count} sentences; train {train.Count}, dev {dev.Count}, test {test.Count}; read and aligned in {clock.Elapsed.TotalSeconds:F1} s");
Console.WriteLine($"gold name tokens the tagger can reach (capitalized or a connector inside a name): {Coverage(train):P2}");

var training = train.Select(sentence => new TrainingSentence(sentence.Features, sentence.Gold)).ToList();
if (options.TryGetValue("documents", out var documentsDirectory))
{
    // News of the parser's own shapes (menus, bylines, captions, wire copy), each sentence seen k times an epoch beside the GMB's.
    var weight = int.Parse(options.GetValueOrDefault("document-weight", "1"), CultureInfo.InvariantCulture);
    var documents = DocumentSentences.Read(documentsDirectory, out var counts);
    Console.WriteLine($"documents: {counts.Documents} ({documentsDirectory}), {counts.Sentences} sentences with {counts.Names} names, each seen {weight} times an epoch; skipped {counts.SkippedOptional} sentences holding an optional name, {counts.SkippedRelated} units holding another article's headline");
    for (var k = 0; k < weight; k++)
    {
        training.AddRange(documents);
    }
    if (options.TryGetValue("show-documents", out var showPath))
    {
        // For checking the projection: each sentence with its names in brackets and their types.
        File.WriteAllLines(showPath, documents.Select(sentence => string.Join(' ', sentence.Tokens!.Select((token, t) => sentence.Gold[t] == NameLabel.Outside
            ? token.Text : $"{token.Text}/{sentence.Gold[t]}"))), new System.Text.UTF8Encoding(false, throwOnInvalidBytes: false));
    }
}

var perceptron = new Perceptron();
var order = Enumerable.Range(0, training.Count).ToArray();
for (var epoch = 1; epoch <= epochs; epoch++)
{
    new Random(epoch).Shuffle(order);
    var errors = 0;
    var scored = 0;
    foreach (var index in order)
    {
        var sentence = training[index];
        NameTagger.Decode(sentence.Features, perceptron, (i, features, chosen) =>
        {
            perceptron.Tick();
            scored++;
            var truth = sentence.Gold[i];
            if (chosen != truth)
            {
                errors++;
                perceptron.Update(features, truth, chosen);
            }
        });
    }
    var averagedNow = new FixedWeights(perceptron.Averaged(0f));
    Console.WriteLine($"epoch {epoch}: training errors {errors}/{scored} ({(double)errors / scored:P2}); dev {Evaluate(dev, averagedNow).Overall}; {clock.Elapsed.TotalSeconds:F0} s");
}

var averaged = perceptron.Averaged(minimumWeight);
Console.WriteLine($"features: {perceptron.FeatureCount} learned, {averaged.Count} kept (|weight| >= {minimumWeight})");
IFeatureWeights final = new FixedWeights(averaged);
if (options.TryGetValue("out", out var outPath))
{
    using (var file = File.Create(outPath))
    {
        NameModel.Write(file, averaged);
    }
    using var written = File.OpenRead(outPath);
    final = NameModel.Read(written);
    Console.WriteLine($"model written: {outPath}, {new FileInfo(outPath).Length:N0} bytes (weights as half-precision floats, Brotli)");
}

Console.WriteLine("dev, names kept only where every capitalized word scores at least the margin above outside (the scanner's confidence floor):");
foreach (var margin in new[] { 0f, 1f, 2f, 3f, 4f, 6f })
{
    Console.WriteLine($"  margin {margin}: {Evaluate(dev, final, margin).Overall.Trim()}");
}
Console.WriteLine();
Console.WriteLine("GMB held-out test (exact spans; per, org, geo; titles left out of people):");
Console.WriteLine(Evaluate(test, final));
if (options.TryGetValue("conll", out var conllPath))
{
    var conll = CorpusReader.Read(conllPath).Select(sentence => new AlignedSentence(sentence, ConllType)).ToList();
    Console.WriteLine($"CoNLL-2003 file {Path.GetFileName(conllPath)} ({conll.Count} sentences; exact spans; PER, ORG, LOC; MISC ignored):");
    Console.WriteLine(Evaluate(conll, final));
    if (options.TryGetValue("dump", out var dumpPath))
    {
        // For error analysis: each sentence's missed (-) and spurious (+) names.
        using var dump = new StreamWriter(dumpPath);
        foreach (var sentence in conll)
        {
            var predicted = NameLabels.Spans(NameTagger.Decode(sentence.Features, final, observer: null)).ToHashSet();
            var gold = NameLabels.Spans(sentence.Gold).ToHashSet();
            foreach (var span in gold.Except(predicted))
            {
                dump.WriteLine($"-\t{span.Type}\t{sentence.Unit.Join(span.Start, span.End)}\t{sentence.Text}");
            }
            foreach (var span in predicted.Except(gold))
            {
                dump.WriteLine($"+\t{span.Type}\t{sentence.Unit.Join(span.Start, span.End)}\t{sentence.Text}");
            }
        }
    }
}
Console.WriteLine($"done in {clock.Elapsed.TotalSeconds:F0} s");
return 0;

static NameType GmbType(string type) => type switch
{
    "per" => NameType.Person,
    "org" => NameType.Organization,
    "geo" => NameType.Place,
    // "gpe" is in practice the nationality adjective ("Iraqi"); the rest (times, events, artifacts) are not names we keep.
    _ => NameType.None,
};

static NameType ConllType(string type) => type switch
{
    "PER" => NameType.Person,
    "ORG" => NameType.Organization,
    "LOC" => NameType.Place,
    _ => NameType.None,
};

static double Coverage(List<AlignedSentence> sentences)
{
    var reachable = 0;
    var total = 0;
    foreach (var sentence in sentences)
    {
        for (var t = 0; t < sentence.Gold.Length; t++)
        {
            if (sentence.Gold[t] != NameLabel.Outside)
            {
                total++;
                reachable += sentence.Features.IsCandidate[t] ? 1 : 0;
            }
        }
    }
    return (double)reachable / Math.Max(1, total);
}

static Scores Evaluate(List<AlignedSentence> sentences, IFeatureWeights weights, float minimumMargin = float.NegativeInfinity)
{
    var scores = new Scores();
    foreach (var sentence in sentences)
    {
        var labels = NameTagger.Decode(sentence.Features, weights, observer: null, out var margins);
        var predicted = NameLabels.Spans(labels).Where(span => Enumerable.Range(span.Start, span.End - span.Start)
            .All(t => !sentence.Unit.Tokens[t].IsCapitalizedWord || margins[t] >= minimumMargin)).ToList();
        var gold = NameLabels.Spans(sentence.Gold);
        scores.Add(predicted, gold);
    }
    return scores;
}

static Dictionary<string, string> ParseOptions(string[] args)
{
    var options = new Dictionary<string, string>(StringComparer.Ordinal);
    for (var i = 0; i + 1 < args.Length; i += 2)
    {
        options[args[i].TrimStart('-')] = args[i + 1];
    }
    return options;
}

/// <summary>Exact-span precision, recall and F1 per type, counted over mentions.</summary>
internal sealed class Scores
{
    private readonly int[] truePositives = new int[4];
    private readonly int[] predictedCounts = new int[4];
    private readonly int[] goldCounts = new int[4];

    public string Overall => Line("overall", truePositives[1..].Sum(), predictedCounts[1..].Sum(), goldCounts[1..].Sum());

    public void Add(List<NameSpan> predicted, List<NameSpan> gold)
    {
        var goldSet = gold.ToHashSet();
        foreach (var span in predicted)
        {
            predictedCounts[(int)span.Type]++;
            if (goldSet.Contains(span))
            {
                truePositives[(int)span.Type]++;
            }
        }
        foreach (var span in gold)
        {
            goldCounts[(int)span.Type]++;
        }
    }

    public override string ToString() => string.Join(Environment.NewLine,
        Line("people", truePositives[1], predictedCounts[1], goldCounts[1]),
        Line("organizations", truePositives[2], predictedCounts[2], goldCounts[2]),
        Line("places", truePositives[3], predictedCounts[3], goldCounts[3]),
        Overall);

    private static string Line(string name, int truePositive, int predicted, int gold)
    {
        var precision = (double)truePositive / Math.Max(1, predicted);
        var recall = (double)truePositive / Math.Max(1, gold);
        var f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
        return string.Create(CultureInfo.InvariantCulture, $"  {name,-14} P {precision:F3}  R {recall:F3}  F1 {f1:F3}  (gold {gold}, predicted {predicted})");
    }
}
