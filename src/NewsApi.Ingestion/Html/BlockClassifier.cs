using System.Globalization;

namespace NewsApi.Ingestion.Html;

/// <summary>A logistic model of whether a text block is the article's, used on the blocks the rules pass over inside the article's span.</summary>
/// <remarks>
/// Trained by tools/NewsApi.BlockClassifierTraining on the Apache-2.0 sets only (readability, modern-2026-llm); its
/// weights ship as an embedded file. The rules' choice is one of its features, so it adds a block only where the block's
/// shape and surroundings speak clearly for it: a lead whose names are all links, a closing line, a list the rules cut.
/// </remarks>
internal static class BlockClassifier
{
    private const string ResourceName = "NewsApi.Ingestion.Html.BlockClassifier.weights";

    // Measured on the news sets, which the model never saw: 0.5 gained more there but lost modern articles; 0.7 gains on both.
    internal const double AddAbove = 0.7;

    public static readonly double[] Weights = Load();

    public static double Probability(double[] row)
    {
        var sum = Weights[^1];
        for (var j = 0; j < row.Length; j++)
        {
            sum += Weights[j] * row[j];
        }
        return 1 / (1 + Math.Exp(-sum));
    }

    /// <summary>The rules' blocks, with those the model finds article text among the blocks the rules passed over inside the article's span.</summary>
    public static List<TextBlock> Revise(IReadOnlyList<TextBlock> blocks, MainContent content)
    {
        var kept = content.Blocks.ToList();
        if (content.Blocks.Count == 0 || Weights[^1] == 0)
        {
            return kept;
        }
        var teasers = TeaserFinder.WithReadMoreBlurbs(blocks, TeaserFinder.Find(blocks));
        var rows = BlockFeatures.Compute(blocks, content, teasers);
        var chosen = new bool[blocks.Count];
        foreach (var block in content.Blocks.Concat(content.Refused ?? []))
        {
            chosen[block.Index] = true;
        }
        var added = false;
        for (var i = Math.Max(0, content.FirstBlock); i <= Math.Min(content.LastBlock, blocks.Count - 1); i++)
        {
            if (!chosen[i] && IsUndecided(blocks[i], teasers[i]) && Probability(rows[i]) >= AddAbove)
            {
                kept.Add(blocks[i]);
                added = true;
            }
        }
        return added ? kept.OrderBy(b => b.Index).ToList() : kept;
    }

    /// <summary>A block the model may add: furniture and other stories' teasers are the rules' to leave out, whatever their shape,
    /// as are the writer's boxes and dropped lists' titles the rules took out (<see cref="MainContent.Refused"/>).</summary>
    /// <remarks>With them the model added related-story lists and contents boxes that stood inside the article's element.</remarks>
    internal static bool IsUndecided(TextBlock block, bool teaser) => !block.InChrome && !teaser && block.LinkDensity < MaxLinkDensity;

    // A line that is a link whole is a link list's (a contents box, other stories): the rules leave those out by shape.
    private const double MaxLinkDensity = 0.8;

    private static double[] Load()
    {
        using var stream = typeof(BlockClassifier).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"missing resource {ResourceName}");
        using var reader = new StreamReader(stream);
        var weights = new List<double>();
        while (reader.ReadLine() is { } line)
        {
            if (line.Length > 0 && line[0] != '#')
            {
                weights.Add(double.Parse(line, CultureInfo.InvariantCulture));
            }
        }
        // A file written for another feature list is no model: the rules stand alone rather than read weights against the wrong features.
        return weights.Count == BlockFeatures.Count + 1 ? weights.ToArray() : new double[BlockFeatures.Count + 1];
    }
}
