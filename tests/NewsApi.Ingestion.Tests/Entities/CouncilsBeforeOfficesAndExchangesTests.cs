namespace NewsApi.Ingestion.Tests.Entities;

/// <summary>A council named before its office holder, and a stock exchange by its acronym; every person and firm is invented.</summary>
public sealed class CouncilsBeforeOfficesAndExchangesTests
{
    [Fact]
    public void ACouncilNamedCityOfATownBeforeItsMayorIsTheMayorsBody()
    {
        var draft = EntityArticle.ParseSentence("City of Fremantle Mayor Hannah Okafor-Lind said the council would object.");

        Assert.Contains(draft.Organizations, o => o.Name == "City of Fremantle");
        var mayor = Assert.Single(draft.People, p => p.Name == "Hannah Okafor-Lind");
        Assert.Equal("City of Fremantle", mayor.Organization);
    }

    [Fact]
    public void AStockExchangeByItsAcronymIsAnOrganization()
    {
        var draft = EntityArticle.ParseSentence("Marlow Cobalt Ltd told the ASX it was assessing the impact of the royalty.");

        Assert.Contains(draft.Organizations, o => o.Name == "ASX");
    }
}
