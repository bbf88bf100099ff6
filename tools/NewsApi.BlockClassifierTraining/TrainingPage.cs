using System.Text;
using System.Text.RegularExpressions;
using NewsApi.Ingestion;
using NewsApi.Ingestion.Html;

namespace NewsApi.BlockClassifierTraining;

/// <summary>A page's blocks as the parser cuts them, each labelled by whether the true main text holds it.</summary>
internal sealed partial class TrainingPage
{
    public required string DataSet { get; init; }
    public required string Id { get; init; }
    public required double[][] Features { get; init; }
    public required int[] Labels { get; init; }
    public required bool[] Kept { get; init; }

    /// <summary>Per block: its 4-word shingles in the truth, and not.</summary>
    public required int[] InTruth { get; init; }
    public required int[] Shingles { get; init; }
    public required bool[] InChrome { get; init; }
    public required bool[] InRange { get; init; }
    public required bool[] Prose { get; init; }
    public required int TruthShingles { get; init; }

    public static IEnumerable<TrainingPage> Load(string dataRoot, string dataSet)
    {
        var dir = Path.Combine(dataRoot, dataSet);
        var manifest = File.ReadAllLines(Path.Combine(dir, "manifest.tsv"));
        var header = manifest[0].Split('\t');
        var idColumn = Array.IndexOf(header, "id");
        var ids = manifest.Skip(1).Where(l => l.Length > 0).Select(l => l.Split('\t')[idColumn]).Order(StringComparer.Ordinal).ToList();
        return ids.AsParallel().AsOrdered().Select(id => Read(dir, dataSet, id)).Where(p => p is not null).Select(p => p!).ToList();
    }

    private static TrainingPage? Read(string dir, string dataSet, string id)
    {
        var htmlFile = Path.Combine(dir, "html", id + ".html");
        var truthFile = Path.Combine(dir, "truth", id + ".txt");
        if (!File.Exists(htmlFile) || !File.Exists(truthFile))
        {
            return null;
        }
        List<TextBlock> blocks;
        MainContent content;
        try
        {
            (blocks, content) = HtmlArticleReader.ReadBlocks(File.ReadAllText(htmlFile, Encoding.UTF8));
        }
        catch (NoArticleException)
        {
            return null;
        }
        var truthTokens = Tokens(File.ReadAllText(truthFile, Encoding.UTF8));
        var truth = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i + 4 <= truthTokens.Length; i++)
        {
            truth.Add(string.Join(' ', truthTokens, i, 4));
        }
        var truthText = " " + string.Join(' ', truthTokens) + " ";
        var kept = new bool[blocks.Count];
        foreach (var block in content.Blocks)
        {
            kept[block.Index] = true;
        }
        var labels = new int[blocks.Count];
        var inTruth = new int[blocks.Count];
        var shingles = new int[blocks.Count];
        for (var b = 0; b < blocks.Count; b++)
        {
            var tokens = Tokens(blocks[b].Text);
            if (tokens.Length >= 4)
            {
                shingles[b] = tokens.Length - 3;
                for (var i = 0; i + 4 <= tokens.Length; i++)
                {
                    inTruth[b] += truth.Contains(string.Join(' ', tokens, i, 4)) ? 1 : 0;
                }
                labels[b] = inTruth[b] * 2 >= shingles[b] ? 1 : 0;
            }
            else if (tokens.Length > 0)
            {
                shingles[b] = 1;
                inTruth[b] = truthText.Contains(" " + string.Join(' ', tokens) + " ", StringComparison.Ordinal) ? 1 : 0;
                labels[b] = inTruth[b];
            }
        }
        return new TrainingPage
        {
            DataSet = dataSet,
            Id = id,
            Features = BlockFeatures.Compute(blocks, content),
            Labels = labels,
            Kept = kept,
            InTruth = inTruth,
            Shingles = shingles,
            InChrome = blocks.Select(b => b.InChrome).ToArray(),
            InRange = blocks.Select(b => b.Index >= content.FirstBlock && b.Index <= content.LastBlock).ToArray(),
            Prose = blocks.Select(MainContentFinder.IsProseLike).ToArray(),
            TruthShingles = Math.Max(1, truthTokens.Length - 3),
        };
    }

    public static string[] Tokens(string text) => Word().Matches(text).Select(m => m.Value.ToLowerInvariant()).ToArray();

    [GeneratedRegex(@"\w+")]
    private static partial Regex Word();
}
