namespace NewsApi.Ingestion.Tests.Entities;

/// <summary>Brazilian and Spanish-speaking companies by their last word, and a seat named after its town's centre; every firm is invented.</summary>
public sealed class IberianFirmsAndCentralSeatsTests
{
    [Theory]
    [InlineData("The stake was sold to Serrana Participações last year, the filing shows.", "Serrana Participações")]
    [InlineData("The money was moved to Cerrado Gestão de Recursos, a fund manager in São Paulo.", "Cerrado Gestão de Recursos")]
    public void ACompanysLastWordInPortugueseMakesItAnOrganization(string sentence, string firm)
    {
        var draft = EntityArticle.ParseSentence(sentence);

        draft.AssertOrganizationNotPerson(firm);
    }

    [Fact]
    public void ATownsCentralSeatIsAPlace()
    {
        var draft = EntityArticle.ParseSentence("Voters in Mpika Central elect a new member of parliament on Thursday.");

        Assert.DoesNotContain(draft.Organizations, o => o.Name == "Mpika Central");
        Assert.DoesNotContain(draft.People, p => p.Name == "Mpika Central");
    }
}
