namespace NewsApi.Ingestion.Tests.Entities;

/// <summary>A club named by a word and its home city; every name is invented.</summary>
public sealed class ClubAndCityTests
{
    [Fact]
    public void AWordNoNameListKnowsBeforeALargeCityIsAClub()
    {
        var draft = NewsDocumentParser.Parse("""
            Zorvex extend lead at the top

            Dutch first division leaders Zorvex Amsterdam, who have played 18 matches, romped to a 6-0 win over Volendam on Saturday.
            """);

        Assert.Contains(draft.Organizations, o => o.Name == "Zorvex Amsterdam");
        Assert.DoesNotContain(draft.People, p => p.Name == "Zorvex Amsterdam");
    }
}
