using NewsApi.Ingestion.Entities.Gazetteer;

namespace NewsApi.Ingestion.Tests.Gazetteer;

public sealed class NameAmbiguityTests
{
    [Theory]
    [InlineData("Reading")]
    [InlineData("Nice")]
    [InlineData("Mobile")]
    [InlineData("Split")]
    [InlineData("Bath")]
    [InlineData("Of")]
    public void TownsThatAreEnglishWordsAreFlaggedAsCommonWords(string town)
    {
        Assert.True(PlaceGazetteer.TryFind(town, out var place, out var ambiguity));
        Assert.Equal(PlaceKind.City, place.Kind);
        Assert.True(ambiguity.HasFlag(NameAmbiguity.CommonWord));
    }

    [Theory]
    [InlineData("Florence")]
    [InlineData("Victoria")]
    [InlineData("Paris")]
    public void PlacesThatArePersonNamesAreFlagged(string name) =>
        Assert.True(PlaceGazetteer.AmbiguityOf(name).HasFlag(NameAmbiguity.PersonName));

    [Theory]
    [InlineData("Georgia")]
    [InlineData("Chad")]
    [InlineData("Jordan")]
    [InlineData("Turkey")]
    [InlineData("China")]
    [InlineData("Europe")]
    public void CountriesAndContinentsAreNeverAmbiguous(string name)
    {
        Assert.True(PlaceGazetteer.TryFind(name, out _, out var ambiguity));
        Assert.Equal(NameAmbiguity.None, ambiguity);
    }

    [Theory]
    [InlineData("Island")]
    [InlineData("Mann")]
    [InlineData("Emirates")]
    public void AlternateCountrySpellingsThatAreWordsOrNamesAreLeftOut(string word) =>
        Assert.False(PlaceGazetteer.TryFind(word, out _));

    [Theory]
    [InlineData("Damascus")]
    [InlineData("Chisinau")]
    [InlineData("Edinburgh")]
    [InlineData("Saudi Arabia")]
    public void UnmistakablePlaceNamesAreNotFlagged(string name) =>
        Assert.Equal(NameAmbiguity.None, PlaceGazetteer.AmbiguityOf(name));

    [Fact]
    public void AmbiguousTownsStillCarryPopulationSoCallersCanWeighThem()
    {
        Assert.True(PlaceGazetteer.TryFind("Of", out var of));
        Assert.True(PlaceGazetteer.TryFind("Reading", out var reading));
        Assert.InRange(of.Population, 1, 200_000);
        Assert.True(reading.Population > of.Population);
    }
}
