namespace NewsApi.Ingestion.Entities.Tagging;

/// <summary>Adds a feature's weight for every label to the scores; the trained model at run time, the learning weights in training.</summary>
internal interface IFeatureWeights
{
    void AddTo(ulong feature, Span<float> scores);
}
