using NewsApi.Ingestion.Entities.Tagging;

namespace NewsApi.NerTraining;

/// <summary>
/// Averaged perceptron weights (Collins 2002) with lazy averaging: each weight keeps the running total of its past values,
/// brought up to date only when it changes, so an update costs the features of one token.
/// </summary>
internal sealed class Perceptron : IFeatureWeights
{
    private sealed class Row
    {
        public readonly float[] Weights = new float[NameLabels.Count];
        public readonly double[] Totals = new double[NameLabels.Count];
        public readonly long[] Stamps = new long[NameLabels.Count];
    }

    private readonly Dictionary<ulong, Row> rows = [];
    private long instances;

    public int FeatureCount => rows.Count;

    public void AddTo(ulong feature, Span<float> scores)
    {
        if (rows.TryGetValue(feature, out var row))
        {
            for (var l = 0; l < scores.Length; l++)
            {
                scores[l] += row.Weights[l];
            }
        }
    }

    /// <summary>Counts one token seen; call for every scored token, right or wrong, so the averages weigh time fairly.</summary>
    public void Tick() => instances++;

    public void Update(ReadOnlySpan<ulong> features, NameLabel truth, NameLabel guess)
    {
        foreach (var feature in features)
        {
            if (!rows.TryGetValue(feature, out var row))
            {
                row = new Row();
                rows.Add(feature, row);
            }
            Change(row, (int)truth, 1f);
            Change(row, (int)guess, -1f);
        }
    }

    private void Change(Row row, int label, float delta)
    {
        row.Totals[label] += (instances - row.Stamps[label]) * (double)row.Weights[label];
        row.Stamps[label] = instances;
        row.Weights[label] += delta;
    }

    /// <summary>The averaged weights, without rows whose every weight rounds to nothing.</summary>
    public Dictionary<ulong, float[]> Averaged(float minimumMagnitude)
    {
        var averaged = new Dictionary<ulong, float[]>(rows.Count);
        foreach (var (feature, row) in rows)
        {
            var weights = new float[NameLabels.Count];
            var keep = false;
            for (var l = 0; l < weights.Length; l++)
            {
                var total = row.Totals[l] + (instances - row.Stamps[l]) * (double)row.Weights[l];
                weights[l] = (float)(total / Math.Max(1, instances));
                keep |= Math.Abs(weights[l]) >= minimumMagnitude;
            }
            if (keep)
            {
                averaged.Add(feature, weights);
            }
        }
        return averaged;
    }
}

/// <summary>Fixed weights from a dictionary, for scoring the averaged model before it is written.</summary>
internal sealed class FixedWeights(IReadOnlyDictionary<ulong, float[]> weights) : IFeatureWeights
{
    public void AddTo(ulong feature, Span<float> scores)
    {
        if (weights.TryGetValue(feature, out var row))
        {
            for (var l = 0; l < scores.Length; l++)
            {
                scores[l] += row[l];
            }
        }
    }
}
