namespace NewsApi.Ingestion.Tests.Entities;

/// <summary>What an elected member represents is a seat, not an employer; every name is invented.</summary>
public sealed class RepresentedSeatTests
{
    [Fact]
    public void TheDistrictACouncillorRepresentsIsNoOrganization()
    {
        var draft = NewsDocumentParser.Parse("""
            Brackmoor council approves hotel

            Councilor Ellisande Orvieux, who represents the Ninth District, led the opposition to the hotel on Tuesday night.
            """);

        Assert.DoesNotContain(draft.Organizations, o => o.Name == "Ninth District");
        Assert.Contains(draft.People, p => p.Name == "Ellisande Orvieux");
    }
}
