using System.Diagnostics;
using System.Globalization;
using NewsApi.Ingestion.Entities.Tagging;
using NewsApi.Ingestion.Entities.Text;

namespace NewsApi.EntityBenchmark;

/// <summary>
/// The trained tagger alone (<see cref="NameTagger"/>), without the scanner's rules around it: each paragraph (one corpus
/// sentence) is tokenized by the parser's own tokenizer and tagged, and its spans are compared with the gold names by
/// character offsets, as mentions (exact span and type) and as corpus tokens (inside a name of the right type or not).
/// </summary>
internal static class TaggerRunner
{
    public sealed record Result(
        string Name, string Description, Dictionary<EntityType, Tally> Mentions, Dictionary<EntityType, Tally> Tokens,
        List<(string Document, EntityType Type, bool FalsePositive, string Text)> Misses, double Milliseconds);

    public static Result Run(string name, string description, IReadOnlyList<EvalDocument> documents, float margin)
    {
        var mentions = Runner.Types.ToDictionary(t => t, _ => new Tally());
        var tokens = Runner.Types.ToDictionary(t => t, _ => new Tally());
        var misses = new List<(string, EntityType, bool, string)>();
        var tagger = NameTagger.Default;
        var watch = new Stopwatch();
        foreach (var document in documents)
        {
            var predicted = new List<(EntityType Type, int Start, int End)>();
            foreach (var paragraph in document.Paragraphs)
            {
                var text = document.Text.Substring(paragraph.Start, paragraph.Length);
                watch.Start();
                var tokenized = Tokenizer.Tokenize(text);
                var labels = tagger.Tag(tokenized, out var margins);
                watch.Stop();
                foreach (var span in NameLabels.Spans(labels))
                {
                    var confident = true;
                    for (var i = span.Start; i < span.End; i++)
                    {
                        confident &= margins[i] >= margin;
                    }
                    if (confident && TypeOf(span.Type) is { } type)
                    {
                        predicted.Add((type, paragraph.Start + tokenized[span.Start].Start, paragraph.Start + tokenized[span.End - 1].End));
                    }
                }
            }
            var gold = document.Mentions.Select(m => (m.Type, m.Start, m.End)).ToList();
            CountMentions(document, gold, predicted, mentions, misses);
            CountTokens(document, gold, predicted, tokens);
        }
        return new Result(name, description, mentions, tokens, misses, watch.Elapsed.TotalMilliseconds);
    }

    public static void Print(TextWriter output, Result result, float margin)
    {
        var invariant = CultureInfo.InvariantCulture;
        output.WriteLine($"== {result.Name} (tagger alone): {result.Description}");
        output.WriteLine(string.Create(invariant,
            $"   tokenize + tag: {result.Milliseconds / 1000:0.00} s in all; names kept where every word scores at least {margin:0.##} above outside"));
        output.WriteLine();
        output.WriteLine("                        mentions (exact span)        |  corpus tokens");
        output.WriteLine("type                 gold    pred |   P      R      F1  |   P      R      F1");
        Tally allMentions = new(), allTokens = new();
        foreach (var type in Runner.Types)
        {
            allMentions.Add(result.Mentions[type]);
            allTokens.Add(result.Tokens[type]);
            output.WriteLine(Row(Report.Label(type), result.Mentions[type], result.Tokens[type]));
        }
        output.WriteLine(Row("all", allMentions, allTokens));
        output.WriteLine();
    }

    public static void Dump(TextWriter tsv, IEnumerable<Result> results)
    {
        tsv.WriteLine("dataset\tdocument\ttype\toutcome\tmention");
        foreach (var result in results)
        {
            foreach (var (document, type, falsePositive, text) in result.Misses)
            {
                tsv.WriteLine($"{result.Name}\t{document}\t{Report.Label(type)}\t{(falsePositive ? "FP" : "FN")}\t{text.Replace('\n', ' ')}");
            }
        }
    }

    private static void CountMentions(
        EvalDocument document, List<(EntityType Type, int Start, int End)> gold, List<(EntityType Type, int Start, int End)> predicted,
        Dictionary<EntityType, Tally> tallies, List<(string, EntityType, bool, string)> misses)
    {
        // A possessive "'s" is part of the corpus token but never of the tagger's word, so neither side keeps it.
        var goldKeys = gold.Select(m => Trim(document.Text, m)).ToHashSet();
        var predictedKeys = predicted.Select(m => Trim(document.Text, m)).ToHashSet();
        foreach (var type in Runner.Types)
        {
            var tally = tallies[type];
            var g = goldKeys.Count(k => k.Type == type);
            var p = predictedKeys.Count(k => k.Type == type);
            var right = goldKeys.Count(k => k.Type == type && predictedKeys.Contains(k));
            tally.Gold += g;
            tally.GoldFound += right;
            tally.Predicted += p;
            tally.PredictedRight += right;
        }
        misses.AddRange(goldKeys.Where(k => !predictedKeys.Contains(k)).Select(k => (document.Id, k.Type, false, document.Text[k.Start..k.End])));
        misses.AddRange(predictedKeys.Where(k => !goldKeys.Contains(k)).Select(k => (document.Id, k.Type, true, document.Text[k.Start..k.End])));
    }

    private static void CountTokens(
        EvalDocument document, List<(EntityType Type, int Start, int End)> gold, List<(EntityType Type, int Start, int End)> predicted,
        Dictionary<EntityType, Tally> tallies)
    {
        static EntityType? Covering(List<(EntityType Type, int Start, int End)> spans, int start, int end) =>
            spans.Where(s => s.Start <= start && end <= s.End).Select(s => (EntityType?)s.Type).FirstOrDefault();

        foreach (var paragraph in document.Paragraphs)
        {
            for (var i = 0; i < paragraph.TokenStarts.Length; i++)
            {
                var start = paragraph.TokenStarts[i];
                var end = paragraph.TokenEnds[i];
                // The possessive token itself is judged by the word before it.
                if (document.Text.AsSpan(start, end - start) is "'s" or "'S")
                {
                    continue;
                }
                var g = Covering(gold, start, end);
                var p = Covering(predicted, start, end);
                if (g is { } goldType)
                {
                    tallies[goldType].Gold++;
                    tallies[goldType].GoldFound += p == goldType ? 1 : 0;
                }
                if (p is { } predictedType)
                {
                    tallies[predictedType].Predicted++;
                    tallies[predictedType].PredictedRight += g == predictedType ? 1 : 0;
                }
            }
        }
    }

    private static (EntityType Type, int Start, int End) Trim(string text, (EntityType Type, int Start, int End) span)
    {
        var end = span.End;
        if (end - span.Start > 2 && text.AsSpan(end - 2, 2) is "'s" or "'S")
        {
            end -= 2;
        }
        while (end > span.Start && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }
        return (span.Type, span.Start, end);
    }

    private static EntityType? TypeOf(NameType type) => type switch
    {
        NameType.Person => EntityType.Person,
        NameType.Organization => EntityType.Organization,
        NameType.Place => EntityType.Place,
        _ => null,
    };

    private static string Row(string label, Tally mentions, Tally tokens) => string.Create(CultureInfo.InvariantCulture,
        $"{label,-16} {mentions.Gold,7:N0} {mentions.Predicted,7:N0} | {mentions.Precision:0.000}  {mentions.Recall:0.000}  {mentions.F1:0.000} | {tokens.Precision:0.000}  {tokens.Recall:0.000}  {tokens.F1:0.000}");
}
