namespace NewsApi.Ingestion.Tests.Entities;

/// <summary>Words that close a club's, a college's, a paper's or a street's name, or a country's, and never a person's; every name is invented.</summary>
public sealed class NameEndingTests
{
    [Fact]
    public void ABodyNamedAfterItsCountryIsNoPersonThoughItSpeaks()
    {
        var draft = NewsDocumentParser.Parse("""
            Visitor numbers rise

            In addition, Tourism Malawi indicated that arrivals rose by a tenth in the year to September, the ministry said.
            """);

        Assert.DoesNotContain(draft.People, p => p.Name.Contains("Malawi", StringComparison.Ordinal));
    }

    [Fact]
    public void ACountryPrintedAfterACompetitorsNameIsNoPartOfIt()
    {
        var draft = NewsDocumentParser.Parse("""
            Aerials results

            Final standings after Sunday's aerials competition at Glenholm:

            9. Yaroslav Petrenko (Ukraine) 191.42

            10. Casimir Drumlin Belarus) 190.70

            11. Brackwater Sigrun (Sweden) 188.10
            """);

        Assert.Contains(draft.People, p => p.Name == "Casimir Drumlin");
        Assert.DoesNotContain(draft.People, p => p.Name.EndsWith("Belarus", StringComparison.Ordinal));
    }

    [Fact]
    public void ACityClubACollegeAndAPaperAreNoPeople()
    {
        var draft = NewsDocumentParser.Parse("""
            Cup and college roundup

            Ignatius City 0 Bellhaven 3

            Virgil Tech defensive end Ossian Vell was named player of the year on Friday.

            Port Mirefield Courier acknowledges the traditional owners of the land on which we work.
            """);

        Assert.DoesNotContain(draft.People, p => p.Name is "Ignatius City" or "Virgil Tech" or "Port Mirefield Courier");
    }

    [Fact]
    public void ARoadNamedWithAGivenNameIsAPlaceWhereSomethingHappens()
    {
        var draft = NewsDocumentParser.Parse("""
            Arson trial hears of petrol purchase

            A detective told the court that footage from a service station on Wilbur Road showed a man filling two jerry cans.
            """);

        Assert.DoesNotContain(draft.People, p => p.Name == "Wilbur Road");
        Assert.DoesNotContain(draft.Organizations, o => o.Name == "Wilbur Road");
    }
}
