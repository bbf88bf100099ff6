namespace NewsApi.Ingestion.Tests.Entities;

/// <summary>A club named by a word and its home city; every name is invented.</summary>
public sealed class ClubAndCityTests
{
    [Theory]
    [InlineData("Tonje Brattvoll-Aune of IL Fjellgløtt won both sprints on Saturday.", "IL Fjellgløtt")]
    [InlineData("The classic race went to Sindre Aakvik-Lien of Lyngseidet Skarvtind IL by four seconds.", "Lyngseidet Skarvtind IL")]
    [InlineData("Her coach at Gällivare Myrberget SK said the snow had come late.", "Gällivare Myrberget SK")]
    public void ANordicClubIsNamedByItsFormBeforeOrAfterTheName(string sentence, string club)
    {
        var draft = EntityArticle.ParseSentence(sentence);

        Assert.Contains(draft.Organizations, o => o.Name == club);
        Assert.DoesNotContain(draft.People, p => p.Name == club);
    }

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
