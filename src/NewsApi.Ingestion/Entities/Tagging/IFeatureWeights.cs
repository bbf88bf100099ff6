namespace NewsApi.Ingestion.Entities.Tagging;

/// <summary>Adds a feature's weight for every label to the scores; the trained model at run time, the learning weights in training.</summary>
internal interface IFeatureWeights
{
    void AddTo(ulong feature, Span<float> scores);

    /// <summary>Adds the weights of all <paramref name="features"/> in their order, so each score is the same sum as from one <see cref="AddTo"/> after another.</summary>
    void AddAll(ReadOnlySpan<ulong> features, Span<float> scores)
    {
        foreach (var feature in features)
        {
            AddTo(feature, scores);
        }
    }
}
