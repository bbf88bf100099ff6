namespace NewsApi.Ingestion.Tests.Entities;

/// <summary>Cities named by forms the generated gazetteer's sources lack, or where only the words around them say so. People are invented.</summary>
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

    [Fact]
    public void AWorksNamedByItsTownNamesTheTown()
    {
        var draft = EntityArticle.ParseSentence("Production stopped on Monday at the Emden plant, where 1,800 people work, the union's Margit Dernbach said.");

        Assert.Contains("Emden", draft.Places);
        Assert.DoesNotContain(draft.Organizations, organization => organization.Name == "Emden");
    }
}
