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

    [Theory]
    [InlineData("The contract went to a Dingolfing firm owned by the engineer Arnulf Trebitz, the council said.")]
    [InlineData("A retired Neckarsulm nurse, Hiltrud Oberwanger, 74, brought the case on behalf of 300 savers.")]
    public void ATownMadeIntoAModifierOfWhatComesFromItIsAPlace(string sentence)
    {
        var draft = EntityArticle.ParseSentence(sentence);

        Assert.Single(draft.Places, place => place is "Dingolfing" or "Neckarsulm");
        Assert.DoesNotContain(draft.Organizations, organization => organization.Name is "Dingolfing" or "Neckarsulm");
    }

    [Fact]
    public void ATeamNamedByItsTownIsNoPlace()
    {
        var draft = EntityArticle.ParseSentence("The Dingolfing side, promoted in May, lost 3-0 at home on Saturday.");

        Assert.DoesNotContain("Dingolfing", draft.Places);
    }

    [Fact]
    public void APlaceWithAConnectorMadeIntoAModifierIsThePlace()
    {
        var draft = EntityArticle.ParseSentence("The Rio de Janeiro-based carrier Voarte Linhas posted its first profit in three years.");

        Assert.Contains("Rio de Janeiro", draft.Places);
    }
}
