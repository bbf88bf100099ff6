namespace NewsApi.Ingestion.Tests.Entities;

/// <summary>A side's scorers listed with their goals, beside a line of results; every name is invented.</summary>
public sealed class ScorersListTests
{
    private static ArticleDraft Parse(string facts) => NewsDocumentParser.Parse($"""
        Varnholt edge Lindmere to reach the final

        By Maren Tveitane

        Varnholt HK beat Lindmere KC 31-29 on Sunday to reach the final of the regional handball cup for the first time.

        {facts}
        """);

    [Fact]
    public void TheNamesInAScorersListAreNoTeams()
    {
        var draft = Parse("""
            Varnholt: Skaugvoll 9, Lindqvist-Berg 6, Oyelaran 5, Thyssen 4, Ravnsholm 3.
            Lindmere: Kovalyk 10, Hegyesi 6, Tornqvist-Lund 5, Szalka 2.
            """);

        Assert.DoesNotContain(draft.Organizations, o => o.Name is "Lindqvist-Berg" or "Oyelaran" or "Thyssen" or "Hegyesi" or "Szalka");
    }

    [Fact]
    public void TheSidesInALineOfResultsStayTeams()
    {
        var draft = Parse("""
            Results: Varnholt 31 Lindmere 29, Osterby 25 Eastbrook 24, Haldenvik 30 Fjordby 28, Kvalsund 22 Brekke 27.
            """);

        Assert.Contains(draft.Organizations, o => o.Name == "Eastbrook");
        Assert.Contains(draft.Organizations, o => o.Name == "Fjordby");
    }

    [Fact]
    public void ANameBeforeTheMinutesOfItsGoalsIsAScorer()
    {
        var draft = NewsDocumentParser.Parse("""
            Varnholt 3-1 Lindmere: Brekkestad double lifts the hosts

            Varnholt   3 – 1   Lindmere
            Brekkestad 12', 67' (pen); Vaskelis 55'   |   Oyatunde 40'
            Osterby Stadium · Attendance: 4,215

            Brekkestad scored twice as Varnholt beat Lindmere 3-1 on Tuesday to move into second place.
            """);

        Assert.DoesNotContain(draft.Organizations, o => o.Name is "Brekkestad" or "Vaskelis" or "Oyatunde");
        Assert.Contains(draft.People, p => p.Name == "Vaskelis");
    }

    [Fact]
    public void ATablesColumnHeadsAreNoName()
    {
        var draft = NewsDocumentParser.Parse("""
            Varnholt move second after win over Lindmere

            Varnholt beat Lindmere 3-1 on Tuesday to move into second place in the league.

            Pos Club P W D L GD Pts
            1 Osterby 12 9 2 1 +15 29
            2 Varnholt 12 8 2 2 +11 26
            """);

        Assert.DoesNotContain(draft.Organizations, o => o.Name.Contains("GD", StringComparison.Ordinal));
    }
}
