using NewsApi.Ingestion.Entities.Gazetteer;

namespace NewsApi.Ingestion.Tests.Gazetteer;

public sealed class GazetteerLoadingTests
{
    [Fact]
    public async Task TablesAreLoadedOnceWhateverTheNumberOfConcurrentCallers()
    {
        var lookups = Enumerable.Range(0, 16).Select(i => Task.Run(() =>
        {
            Assert.True(PlaceGazetteer.TryFind(i % 2 == 0 ? "Oslo" : "Norway", out _));
            Assert.True(PlaceGazetteer.TryFindDemonym("Norwegian", out _));
            Assert.True(PlaceGazetteer.MaxWords > 1);
        }));
        await Task.WhenAll(lookups);

        Assert.Equal(1, GazetteerData.LoadCount);
    }

    [Fact]
    public void RepeatedLookupsReturnTheSharedPlace()
    {
        Assert.True(PlaceGazetteer.TryFind("Kraków", out var written));
        Assert.True(PlaceGazetteer.TryFind("Krakow", out var folded));
        Assert.Same(written, folded);
        Assert.Equal(1, GazetteerData.LoadCount);
    }
}
