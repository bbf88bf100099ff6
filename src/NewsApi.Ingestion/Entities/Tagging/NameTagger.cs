using NewsApi.Ingestion.Entities.Text;

namespace NewsApi.Ingestion.Entities.Tagging;

/// <summary>
/// A greedy left-to-right averaged-perceptron tagger of people, organizations and places (BIO), over the features of
/// <see cref="SentenceFeatures"/>. The model is trained by tools/NewsApi.NerTraining and embedded in this assembly.
/// </summary>
internal sealed class NameTagger(IFeatureWeights weights)
{
    private static readonly Lazy<NameTagger> LazyDefault = new(
        () => new NameTagger(NameModel.LoadEmbedded()), LazyThreadSafetyMode.ExecutionAndPublication);

    public static NameTagger Default => LazyDefault.Value;

    /// <summary>Called for each scored token with its features and the label chosen; training learns from it.</summary>
    public delegate void Observer(int index, ReadOnlySpan<ulong> features, NameLabel chosen);

    public NameLabel[] Tag(Token[] tokens, out float[] margins) => Decode(new SentenceFeatures(tokens), weights, observer: null, out margins);

    public static NameLabel[] Decode(SentenceFeatures sentence, IFeatureWeights weights, Observer? observer) =>
        Decode(sentence, weights, observer, out _);

    /// <summary>
    /// Tags every token; <paramref name="margins"/> holds, for each token in a name, how far its label's score is above
    /// "outside": the tagger's confidence, which callers weigh against other evidence.
    /// </summary>
    public static NameLabel[] Decode(SentenceFeatures sentence, IFeatureWeights weights, Observer? observer, out float[] margins)
    {
        var labels = new NameLabel[sentence.Length];
        margins = new float[sentence.Length];
        Span<ulong> features = stackalloc ulong[SentenceFeatures.MaxFeaturesPerToken];
        Span<float> scores = stackalloc float[NameLabels.Count];
        var previous = NameLabel.Outside;
        var beforePrevious = NameLabel.Outside;
        for (var i = 0; i < labels.Length; i++)
        {
            var label = NameLabel.Outside;
            if (sentence.IsCandidate[i])
            {
                var count = sentence.StaticFeatures(i, features);
                count = sentence.HistoryFeatures(i, previous, beforePrevious, features, count);
                scores.Clear();
                weights.AddAll(features[..count], scores);
                label = Best(scores, previous);
                margins[i] = scores[(int)label] - scores[(int)NameLabel.Outside];
                if (observer is null && label != NameLabel.Outside && !NameLabels.IsInside(label) && NameLabels.TypeOf(previous) == NameLabels.TypeOf(label))
                {
                    // "Horii Manabu": two names of one kind with nothing between them are one name, not two people side by side.
                    label = NameLabels.Inside(NameLabels.TypeOf(label));
                }
                observer?.Invoke(i, features[..count], label);
            }
            labels[i] = label;
            beforePrevious = previous;
            previous = label;
        }
        return labels;
    }

    private static NameLabel Best(ReadOnlySpan<float> scores, NameLabel previous)
    {
        var best = NameLabel.Outside;
        var bestScore = float.NegativeInfinity;
        for (var l = 0; l < scores.Length; l++)
        {
            var label = (NameLabel)l;
            // Ties go to the earlier label, so the answer never depends on anything but the scores.
            if (scores[l] > bestScore && NameLabels.CanFollow(previous, label))
            {
                best = label;
                bestScore = scores[l];
            }
        }
        return best;
    }
}
