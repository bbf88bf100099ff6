namespace NewsApi.Ingestion.Tests.Entities;

/// <summary>Natural features named by a word that opens or closes them, before any person rule reads them; every name is invented.</summary>
public sealed class FeatureNameTests
{
    [Fact]
    public void ALakeNamedAfterItsWordIsAPlaceNotAPerson()
    {
        var draft = NewsDocumentParser.Parse("""
            Ice sings

            Most of the measurements were made at the Harmala Field Station on Lake Vääräjärvi, where researcher Aino Pelkola spent two winters on the ice.
            """);

        Assert.Contains("Lake Vääräjärvi", draft.Places);
        Assert.DoesNotContain(draft.People, p => p.Name.Contains("Vääräjärvi", StringComparison.Ordinal));
    }

    [Fact]
    public void AnIslandWhoseNameOpensWithATitleIsAPlace()
    {
        var draft = NewsDocumentParser.Parse("""
            Crab season opens

            Crews in Prince Harald Island and Nova Scotia stood idle on Tuesday, the association said.
            """);

        Assert.Contains("Prince Harald Island", draft.Places);
        Assert.DoesNotContain(draft.People, p => p.Name.Contains("Harald", StringComparison.Ordinal));
    }

    [Fact]
    public void AGulfKeepsTheFullStopOfItsSaint()
    {
        var draft = NewsDocumentParser.Parse("""
            Quota cut

            The quota for the Gulf of St. Varnel was cut by a third on Monday, the ministry said.
            """);

        Assert.Contains("Gulf of St. Varnel", draft.Places);
    }

    [Fact]
    public void ACouncillorsShortTitleIsNoPartOfTheName()
    {
        var draft = NewsDocumentParser.Parse("""
            Crossing approved

            Cr Moana Tautahi-Reeve said the crossing would be built before the school year began.
            """);

        var councillor = Assert.Single(draft.People);
        Assert.Equal("Moana Tautahi-Reeve", councillor.Name);
    }

    [Fact]
    public void AStreetWhereSomethingHappenedAndAQuarterOfATownAreNoPeople()
    {
        var draft = NewsDocumentParser.Parse("""
            Restaurant fire

            Footage from a service station on Harrow Road showed a car leaving at 2am, the court heard. The restaurant in Melbourne East had closed an hour earlier.
            """);

        Assert.DoesNotContain(draft.People, p => p.Name is "Harrow Road" or "Melbourne East");
        Assert.Contains("Harrow Road", draft.Places);
    }

    [Fact]
    public void AGalleryIsAnOrganization()
    {
        var draft = NewsDocumentParser.Parse("""
            Painter dies

            Her last show was at the Lotus Lamp Gallery in Hanoi in 2019, her daughter said.
            """);

        Assert.Contains(draft.Organizations, o => o.Name == "Lotus Lamp Gallery");
    }
}
