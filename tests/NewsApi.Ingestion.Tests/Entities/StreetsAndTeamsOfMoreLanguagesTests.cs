namespace NewsApi.Ingestion.Tests.Entities;

/// <summary>Streets named in Italian, Polish and German, and cycling and running teams by their first or last word; every name is invented.</summary>
public sealed class StreetsAndTeamsOfMoreLanguagesTests
{
    [Theory]
    [InlineData("Speaking later at the party's offices on Via Cervantina, Mirela Dobrescu said the talks were paused.", "Via Cervantina", "Mirela Dobrescu")]
    [InlineData("The bribe was handed over in a cafe on Aleja Brzozowa, Mirela Dobrescu told the court.", "Aleja Brzozowa", "Mirela Dobrescu")]
    [InlineData("The police searched the offices on Pirnaer Landstraße, Ilse Vorderbrügge said.", "Pirnaer Landstraße", "Ilse Vorderbrügge")]
    public void AStreetNamedByItsKindIsNoPerson(string sentence, string street, string person)
    {
        var draft = EntityArticle.ParseSentence(sentence);

        Assert.DoesNotContain(draft.People, p => p.Name.Contains(street, StringComparison.Ordinal));
        Assert.DoesNotContain(draft.Organizations, o => o.Name.Contains(street, StringComparison.Ordinal));
        Assert.Contains(draft.People, p => p.Name == person);
    }

    [Theory]
    [InlineData("Ondřej Kapoun, who rides for Vale Pro Cycling, finished third.", "Vale Pro Cycling")]
    [InlineData("The race was won by Tavish Quarrie of Team Kestrelwood Speed.", "Team Kestrelwood Speed")]
    [InlineData("Ilse Vorderbrügge of Northfield Harriers won the 800 metres.", "Northfield Harriers")]
    public void ATeamsFirstOrLastWordMakesItAClub(string sentence, string team)
    {
        var draft = EntityArticle.ParseSentence(sentence);

        draft.AssertOrganizationNotPerson(team);
    }

    [Fact]
    public void ACountryCodeBeforeARidersTeamInBracketsIsNoOrganization()
    {
        var draft = EntityArticle.ParseSentence(
            "Stage result: 1. Ondřej Kapoun (CZE, Vale Pro Cycling) 3:52:41; 2. Tavish Quarrie (SCO, Team Kestrelwood Speed) +0:38.");

        Assert.DoesNotContain(draft.Organizations, o => o.Name is "CZE" or "SCO");
        Assert.Contains(draft.People, p => p.Name == "Ondřej Kapoun");
    }
}
