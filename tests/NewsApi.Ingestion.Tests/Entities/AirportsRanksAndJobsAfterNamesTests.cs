namespace NewsApi.Ingestion.Tests.Entities;

/// <summary>Airports as places, ranks that define an acronym, and a job after an organization's acronym; every name is invented.</summary>
public sealed class AirportsRanksAndJobsAfterNamesTests
{
    [Fact]
    public void AnAirportIsAPlaceNotACompany()
    {
        var draft = EntityArticle.ParseSentence("The turboprop overran the runway at Dhangadi Valley International Airport on Sunday afternoon.");

        Assert.Contains("Dhangadi Valley International Airport", draft.Places);
        Assert.DoesNotContain(draft.Organizations, o => o.Name.EndsWith("Airport", StringComparison.Ordinal));
    }

    [Fact]
    public void ARankOfSomethingThatDefinesAnAcronymIsNoOrganization()
    {
        var draft = EntityArticle.ParseSentence("The division's spokesperson, Superintendent of Police (SP) Temitope Olagunju-Bello, said the strike had been peaceful.");

        Assert.DoesNotContain(draft.Organizations, o => o.Name == "Superintendent of Police");
        Assert.Contains(draft.People, p => p.Name == "Temitope Olagunju-Bello");
    }

    [Fact]
    public void AJobAfterAnOrganizationsAcronymIsNoPartOfItsName()
    {
        var draft = EntityArticle.ParseSentence("KPMB General Manager, Engr. Yusuf Danladi Gwarzo, urged the workers to return to the terminals.");

        Assert.DoesNotContain(draft.Organizations, o => o.Name.Contains("General Manager", StringComparison.Ordinal));
    }
}
