using System.Text;
using System.Text.RegularExpressions;
using NewsApi.Ingestion.Layout;
using NewsApi.Ingestion.Normalization;

namespace NewsApi.LineClassifierTraining;

/// <summary>A rendered page split into lines as the parser splits it, each labelled by whether the true main text holds it.</summary>
internal sealed partial class TrainingPage
{
    // A short line counts as article text only where it stands next in the truth, not wherever its words occur.
    private const int ShortLineReach = 80;

    public required string DataSet { get; init; }
    public required string Id { get; init; }
    public required List<string> Lines { get; init; }
    public required int[] Labels { get; init; }
    public required string? Title { get; init; }

    public static IEnumerable<TrainingPage> Load(string dataRoot, string dataSet)
    {
        var dir = Path.Combine(dataRoot, dataSet);
        var manifest = File.ReadAllLines(Path.Combine(dir, "manifest.tsv"));
        var header = manifest[0].Split('\t');
        int idColumn = Array.IndexOf(header, "id"), titleColumn = Array.IndexOf(header, "title");
        foreach (var row in manifest.Skip(1).Where(l => l.Length > 0).Select(l => l.Split('\t')).OrderBy(c => c[idColumn], StringComparer.Ordinal))
        {
            var id = row[idColumn];
            var rendered = Path.Combine(dir, "rendered", id + ".txt");
            var truthFile = Path.Combine(dir, "truth", id + ".txt");
            if (!File.Exists(rendered) || !File.Exists(truthFile))
            {
                continue;
            }
            var text = File.ReadAllText(rendered, Encoding.UTF8);
            if (string.IsNullOrWhiteSpace(text))
            {
                continue;
            }
            var lines = LayoutParser.SplitLines(TextNormalizer.Normalize(text));
            var truth = File.ReadAllText(truthFile, Encoding.UTF8);
            yield return new TrainingPage
            {
                DataSet = dataSet,
                Id = id,
                Lines = lines,
                Labels = Label(lines, TextNormalizer.Normalize(truth)),
                Title = titleColumn >= 0 && row[titleColumn].Length > 0 ? row[titleColumn] : null,
            };
        }
    }

    /// <summary>1 for a line whose 4-word shingles are mostly in the truth; a shorter line must come next in the truth's order.</summary>
    private static int[] Label(List<string> lines, string truth)
    {
        var truthTokens = Tokens(truth);
        var positions = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        for (var i = 0; i + 4 <= truthTokens.Length; i++)
        {
            var key = string.Join(' ', truthTokens, i, 4);
            if (!positions.TryGetValue(key, out var list))
            {
                positions[key] = list = [];
            }
            list.Add(i);
        }

        var labels = new int[lines.Count];
        var cursor = 0;
        for (var l = 0; l < lines.Count; l++)
        {
            var tokens = Tokens(lines[l]);
            if (tokens.Length >= 4)
            {
                int found = 0, total = tokens.Length - 3, last = -1;
                for (var i = 0; i < total; i++)
                {
                    if (positions.TryGetValue(string.Join(' ', tokens, i, 4), out var at))
                    {
                        found++;
                        last = Math.Max(last, at[0]);
                    }
                }
                if (found * 2 >= total)
                {
                    labels[l] = 1;
                    cursor = Math.Max(cursor, last);
                }
            }
            else if (tokens.Length > 0)
            {
                var at = Find(truthTokens, tokens, Math.Max(0, cursor - 10), cursor + ShortLineReach);
                if (at >= 0)
                {
                    labels[l] = 1;
                    cursor = at + tokens.Length;
                }
            }
        }
        return labels;
    }

    private static int Find(string[] haystack, string[] needle, int from, int to)
    {
        for (var i = from; i <= Math.Min(to, haystack.Length - needle.Length); i++)
        {
            var match = true;
            for (var k = 0; k < needle.Length && match; k++)
            {
                match = haystack[i + k] == needle[k];
            }
            if (match)
            {
                return i;
            }
        }
        return -1;
    }

    public static string[] Tokens(string text) => Word().Matches(text).Select(m => m.Value.ToLowerInvariant()).ToArray();

    [GeneratedRegex(@"\w+")]
    private static partial Regex Word();
}
