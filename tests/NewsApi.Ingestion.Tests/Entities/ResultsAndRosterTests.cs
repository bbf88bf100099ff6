namespace NewsApi.Ingestion.Tests.Entities;

/// <summary>Sports results and line-ups name their people by format, not by the words around them; the names are invented.</summary>
public sealed class ResultsAndRosterTests
{
    [Fact]
    public void ACompetitorWithACountryInBracketsIsAPerson()
    {
        const string Document = """
            Badminton - Harbour Grand Prix results

            VARNAVIK 2025-06-14

            Results of the group matches at the Harbour Grand Prix on Saturday:

            Tan Wei Ling (China) beat Halvard Ostby-Rask (Norway) 15-12 15-6

            Quon Seo Bin (South Korea) beat Ruta Pelnyte (Lithuania) 15-10 15-8

            The semifinals are played on Sunday.
            """;

        string[] expected = ["Tan Wei Ling", "Halvard Ostby-Rask", "Quon Seo Bin", "Ruta Pelnyte"];
        var draft = ParseWithPeople(Document, expected);
        Assert.DoesNotContain(draft.Organizations, organization => expected.Contains(organization.Name));
    }

    [Fact]
    public void ACompetitorWhoseNameIsAlsoATownsIsStillAPerson()
    {
        const string Document = """
            Skiing - moguls results

            TIGNES, France 2025-01-06

            Results of the moguls competition on Friday:

            1. Aksel Marthinsen (Norway) 25.76 points

            2. Florence Hale (Canada) 24.88

            3. Sydney Chester (Australia) 24.57

            The next race is in March.
            """;

        ParseWithPeople(Document, ["Aksel Marthinsen", "Florence Hale", "Sydney Chester"]);
    }

    [Fact]
    public void ACompetitorTheTaggerDoubtsIsStillAPersonWithACountryAndAScore()
    {
        // Unusual given names ("Tove", "Liesl") and surnames that are ordinary words ("Brink", "Ravine") leave the tagger unsure;
        // the shape of the line decides: two words, a country in brackets, a score, and no word of a club.
        const string Document = """
            Alpine skiing - women's downhill standings

            LAKE PLACID, New York 2025-02-08

            Standings after Saturday's downhill race:

            1. Bodil Harkestad (Norway) 180 points

            2. Tove Brink (Sweden) 132

            3. Liesl Ravine (Austria) 86

            4. Marit Olden (U.S) 75

            The next race is on Sunday.
            """;

        // "(U.S)", typed without its last full stop, is still a country's code and defines no acronym.
        string[] expected = ["Bodil Harkestad", "Tove Brink", "Liesl Ravine", "Marit Olden"];
        var draft = ParseWithPeople(Document, expected);
        Assert.DoesNotContain(draft.Organizations, organization => expected.Contains(organization.Name));
    }

    [Fact]
    public void TheNotationOfACricketScorecardNamesItsPlayers()
    {
        // Surnames alone, one of them a town's ("Perth"), in lines of figures: only the dismissals and the bowling figures
        // say these are people.
        const string Document = """
            Cricket - Harbour Shield scoreboard

            VARNAVIK 2025-06-14

            Scoreboard on the first day of the Harbour Shield match on Saturday:

            Northern Districts first innings

            T. Quarrie c Perth b Vandermolen 86

            D. Okwuosa lbw b Vandermolen 4

            S. Marchbank not out 12

            Bowling: Vandermolen 8.1-0-43-3, Perth 10-0-42-1

            The match continues on Sunday.
            """;

        var draft = ParseWithPeople(Document, ["T. Quarrie", "Perth", "Vandermolen", "D. Okwuosa", "S. Marchbank"]);
        Assert.DoesNotContain("Perth", draft.Places);
        Assert.DoesNotContain(draft.Organizations, organization => organization.Name is "Vandermolen" or "Perth");
    }

    [Fact]
    public void EveryNameOfALeagueTableIsATeam()
    {
        const string Document = """
            Soccer - Coastal league standings

            VARNAVIK 2025-06-14

            Standings in the coastal league (tabulate under played, won, drawn, lost, goals for, against, points):

            Harbour United 15 10 5 0 29 10 35

            Deportivo Marinela 15 9 6 0 23 7 33

            Rayo Vallemora 15 4 4 7 20 21 16

            Celta Orvalho 15 5 5 5 17 17 20
            """;

        var draft = NewsDocumentParser.Parse(Document);

        string[] teams = ["Harbour United", "Deportivo Marinela", "Rayo Vallemora", "Celta Orvalho"];
        Assert.All(teams, team => Assert.Contains(draft.Organizations, organization => organization.Name == team));
        Assert.DoesNotContain(draft.People, person => teams.Contains(person.Name));
    }

    [Fact]
    public void ATeamWithATownInItsNameBeforeACountryIsNoPerson()
    {
        const string Document = """
            Basketball - Harbour league result

            VARNAVIK 2025-06-14

            Result of a league match on Thursday:

            Sporting Lisbon (Portugal) 75 Dynamo Kiev (Ukraine) 82
            """;

        var draft = NewsDocumentParser.Parse(Document);

        Assert.DoesNotContain(draft.People, person => person.Name is "Sporting Lisbon" or "Dynamo Kiev");
    }

    [Fact]
    public void PlayersOfALineUpWithShirtNumbersArePeople()
    {
        const string Document = """
            Soccer - Coastal Cup line-ups

            VARNAVIK 2025-06-14

            The hosts won 2-0 on Saturday.

            North: 1 - Tove Aarseth; 2 - Quon Seo Bin; 5 - Ruta Pelnyte; 9 - Eino Lahtela-Vuori.
            """;

        ParseWithPeople(Document, ["Tove Aarseth", "Quon Seo Bin", "Ruta Pelnyte", "Eino Lahtela-Vuori"]);
    }

    [Fact]
    public void AListOfScorersIsPartOfTheReportAndNamesPeople()
    {
        const string Document = """
            Basketball - Harbour league result

            VARNAVIK 2025-06-14

            Leading scorers in the league match on Thursday:

            North - Tove Aarseth 18, Quon Seo Bin 17, Eino Lahtela-Vuori 14

            South - Ruta Pelnyte 20, Halvard Ostby-Rask 15, Tan Wei Ling 11
            """;

        var draft = NewsDocumentParser.Parse(Document);

        Assert.Empty(draft.Tags);
        Assert.Contains("North - Tove Aarseth 18, Quon Seo Bin 17, Eino Lahtela-Vuori 14", draft.Body);
        Assert.Contains(draft.People, person => person.Name == "Quon Seo Bin");
    }

    /// <summary>Parses the document and checks that each of <paramref name="people"/> is one of its people.</summary>
    private static ArticleDraft ParseWithPeople(string document, string[] people)
    {
        var draft = NewsDocumentParser.Parse(document);
        Assert.All(people, name => Assert.Contains(draft.People, person => person.Name == name));
        return draft;
    }

    [Fact]
    public void ATownAndAPluralNounNameATeamAndAClubIsNamedAfterTheWordClub()
    {
        var draft = NewsDocumentParser.Parse("""
            Harlow win the final

            Leg-spinner Noorullah Safi, signed from Multan Eagles in January, bowled the last over against Quetta Kingfishers.
            South African Johan Steyn-Mostert made 63. Faisal Mirza, on loan from the Lahore club Punjab Falcons, made 38.
            """);

        Assert.Contains(draft.Organizations, o => o.Name == "Multan Eagles" && o.Kind == "sports club");
        Assert.Contains(draft.Organizations, o => o.Name == "Quetta Kingfishers");
        Assert.Contains(draft.Organizations, o => o.Name == "Punjab Falcons");
        Assert.Contains(draft.People, p => p.Name == "Johan Steyn-Mostert");
        Assert.DoesNotContain(draft.Places, place => place.Contains("Eagles", StringComparison.Ordinal));
        Assert.DoesNotContain(draft.People, p => p.Name.Contains("Falcons", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Athletes arrived for the Beijing Games on Friday.")]
    [InlineData("Austin Brooks won the final in straight sets.")]
    public void ATownBeforeAnEventOrAPersonsNameIsNoTeam(string sentence)
    {
        var draft = NewsDocumentParser.Parse("Results\n\n" + sentence);

        Assert.DoesNotContain(draft.Organizations, o => o.Kind == "sports club");
    }

    [Fact]
    public void AnUnbeatenScoreInBracketsNamesABatsman()
    {
        var draft = NewsDocumentParser.Parse("Shield score\n\nKestrels 220 for three (Dean Harrowby 130 not out).");

        Assert.Contains(draft.People, p => p.Name == "Dean Harrowby");
        Assert.DoesNotContain(draft.Places, place => place.Contains("Harrowby", StringComparison.Ordinal));
    }

    [Fact]
    public void APlayersPositionBeforeHisNameIsNoOrganization()
    {
        var draft = NewsDocumentParser.Parse("Injury blow\n\nCentre Jason Littlewood will miss the end-of-tour fixture on Saturday.");

        Assert.Contains(draft.People, p => p.Name == "Jason Littlewood");
        Assert.Empty(draft.Organizations);
    }
}
