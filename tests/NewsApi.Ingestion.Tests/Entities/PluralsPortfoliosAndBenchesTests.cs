namespace NewsApi.Ingestion.Tests.Entities;

/// <summary>A compound plural's possessive inside a body's name, a portfolio that keeps its article, and judges named together; every name is invented.</summary>
public sealed class PluralsPortfoliosAndBenchesTests
{
    [Fact]
    public void ACompoundPluralsPossessiveBeforeAHeadWordStaysInTheName()
    {
        var draft = EntityArticle.ParseSentence("said Torgeir Vatnedal, leader of the Hålogaland Fishermen's Association, on Thursday.");

        Assert.Contains(draft.Organizations, o => o.Name == "Hålogaland Fishermen's Association");
    }

    [Fact]
    public void AShortWordEndingInMenIsNoPlural()
    {
        var draft = EntityArticle.ParseSentence("Yemen's Ministry of Health said the clinics had run out of fuel.");

        Assert.Contains(draft.Organizations, o => o.Name == "Ministry of Health");
        Assert.Contains("Yemen", draft.Places);
    }

    [Fact]
    public void APortfolioInTheListMayKeepItsArticle()
    {
        var draft = EntityArticle.ParseSentence("A spokesperson for the Department of Fisheries, Forestry, the Coast and Water said the review had begun.");

        Assert.Contains(draft.Organizations, o => o.Name == "Department of Fisheries, Forestry, the Coast and Water");
        Assert.DoesNotContain(draft.Organizations, o => o.Name == "Water");
    }

    [Fact]
    public void ATitleInThePluralNamesEveryoneAfterIt()
    {
        var draft = EntityArticle.ParseSentence("Justices Gurjeet Singh Pannu and Mathieu Ouellet-Brassard concurred.");

        Assert.Contains(draft.People, p => p.Name == "Gurjeet Singh Pannu");
        Assert.Contains(draft.People, p => p.Name == "Mathieu Ouellet-Brassard");
    }
}
