namespace NewsApi.Ingestion.Tests.Entities;

/// <summary>Cities English news names by forms the generated gazetteer's sources lack. The person is invented.</summary>
public sealed class EnglishNamesOfCitiesAndRegionsTests
{
    [Fact]
    public void TheEnglishFormOfACityIsAPlace()
    {
        var draft = EntityArticle.ParseSentence("Exhibitors from Cologne and Antwerp filled the hall, said organiser Wenke Brasholt.");

        Assert.Contains("Cologne", draft.Places);
        Assert.Contains("Antwerp", draft.Places);
        Assert.DoesNotContain(draft.People, person => person.Name.Contains("Cologne", StringComparison.Ordinal));
    }
}
