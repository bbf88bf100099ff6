namespace NewsApi.Ingestion.Tests.Layout;

public class ResultsTableTests
{
    private const string ResultsOnly = """
        ROWING-REGATTA SINGLE SCULLS RESULTS.

        VARNAVIK, Norway 2025-06-14

        Results of the Fjord Regatta

        single sculls final on Saturday:

        Women

        1. Oona Lindqvist-Hale (Finland) 7:21.04

        2. Marit Tveitereid (Norway) 7:23.88

        3. Agnes Pobłocka (Poland) 7:25.10
        """;

    private const string StoryWithRelatedLinks = """
        Ferry operator orders two electric vessels

        The operator said on Tuesday it had ordered two battery-powered ferries for its busiest crossing, to enter service in 2027.

        Engineers expect the vessels to cut the route's emissions by nine tenths, the company said.

        Read more

        Port strike ends after pay deal

        New bridge opens to traffic
        """;

    [Fact]
    public void TableOfResultsIsTheBodyAndItsPeopleAndCountriesAreFound()
    {
        var draft = NewsDocumentParser.Parse(ResultsOnly);

        Assert.Contains("1. Oona Lindqvist-Hale (Finland) 7:21.04", draft.Body);
        Assert.Contains("3. Agnes Pobłocka (Poland) 7:25.10", draft.Body);
        Assert.Empty(draft.Related);
        Assert.Contains(draft.People, person => person.Name == "Marit Tveitereid");
        Assert.Contains("Poland", draft.Places);
        Assert.DoesNotContain(draft.Organizations, organization => organization.Name == "VARNAVIK");
    }

    [Fact]
    public void OddsAfterAHeadingTheTableDoesNotContinueAreNoRelatedHeadlines()
    {
        // A wire's odds story long enough to be cut as a page: one sentence wrapped over two short lines, then blocks of odds
        // under their headings. The scorers' block comes after headings that end the first table, and its lines of figures
        // are still the story's.
        const string Document = """
            SOCCER - BETTING ON HARBOUR CITY V NORTHPORT.
            VARNAVIK 2025-06-14
            Bookmakers betting on Saturday's
            League match between Harbour City and Northport:
            To win: 6-5 Harbour City; 7-4 Northport
            Draw: 9-4
            Correct score:
            Harbour City to win Northport to win
            1-0 13-2 1-0 15-2
            2-0 9-1 2-0 12-1
            2-1 8-1 2-1 10-1
            3-0 20-1 3-0 28-1
            3-1 16-1 3-1 22-1
            3-2 25-1 3-2 25-1
            4-0 50-1 4-0 100-1
            4-1 40-1 4-1 80-1
            4-2 50-1 4-2 80-1
            Draw:
            0-0 8-1
            1-1 11-2
            2-2 14-1
            3-3 50-1
            Double result:
            half-time full-time
            5-2 Harbour City Harbour City
            14-1 Harbour City Draw
            28-1 Harbour City Northport
            5-1 Draw Harbour City
            4-1 Draw Draw
            11-2 Draw Northport
            25-1 Northport Harbour City
            14-1 Northport Draw
            4-1 Northport Northport
            First goalscorer of match:
            Harbour City Northport
            9-2 Eirik Sandvold 9-2 Lars Vindenes
            5-1 Tor Aasheim 7-1 Jon Ullestad
            7-1 Odd Brekke 7-1 Are Lunde
            12-1 Per Strand 9-1 Ola Moen
            14-1 Knut Haugen 12-1 Geir Lie
            16-1 Arne Dahl 14-1 Rune Berg
            16-1 Svein Foss 14-1 Nils Aune
            20-1 Trond Vik 20-1 Kjell Ask
            """;

        var draft = NewsDocumentParser.Parse(Document.Replace("\n", "\n\n", StringComparison.Ordinal));

        Assert.DoesNotContain("5-1 Tor Aasheim 7-1 Jon Ullestad", draft.Related);
        Assert.Contains("5-1 Tor Aasheim 7-1 Jon Ullestad", draft.Body);
        Assert.Contains(draft.People, person => person.Name == "Tor Aasheim");
    }

    [Fact]
    public void BracketsAfterEachPlayerOfASquadNameTheirClubsAndCountriesStayPlaces()
    {
        const string Document = """
            SOCCER - NORWAY NAME SQUAD FOR QUALIFIER.

            OSLO 2025-06-14

            Norway named the following squad on Saturday for next week's World Cup qualifier against Iceland in Oslo:

            Defenders - Eirik Sandvold (Bergen), Tor Aasheim (Ghent, Belgium), Lars Vindenes (Aarhus, Denmark), Jon Ullestad (Sweden).

            The coach said he had left out two forwards who were still recovering from injuries picked up last month.
            """;

        var draft = NewsDocumentParser.Parse(Document);

        Assert.Contains(draft.Organizations, organization => organization.Name == "Bergen");
        Assert.Contains(draft.Organizations, organization => organization.Name == "Ghent");
        Assert.DoesNotContain(draft.Organizations, organization => organization.Name is "Belgium" or "Sweden");
        Assert.Contains("Sweden", draft.Places);
        Assert.Contains(draft.People, person => person.Name == "Eirik Sandvold");
    }

    [Fact]
    public void AScoreboardUnderItsHeadlineKeepsTheHeadlineAndEveryRow()
    {
        // Rows of a scoreboard are no chrome above a headline: the model's pick among them must not cut the table off.
        const string Document = """
            CRICKET - NORTH V SOUTH ONE-DAY SCOREBOARD.

            VARNAVIK 2025-06-14

            Scoreboard in the Coastal Series

            limited overs match between North and South on Saturday:

            South

            T. Okonkwo c Lindqvist b Ferreira 31

            R. Aldana c P. Haugen b Ferreira 7

            B. Mwale c Strand b Dahl 5

            S. Ivers c Lindqvist b Borrow 54

            C. Tamura run out 7

            J. Ekwueme lbw b Dahl 5

            J. Marrow c Borrow b Strand 24

            N. Quist c and b P. Haugen 7

            K. Oyelaran b Strand 8

            C. Abara run out 2

            C. Wendt not out 8

            Extras (lb-10 w-1 nb-3) 14

            Total (49.2 overs) 172

            Fall of wickets: 1-11 2-38 3-64 4-73 5-81 6-120 7-135 8-150

            9-153.

            Bowling: Rask 10-2-26-0 (nb-3), Ferreira 10-0-39-2,

            Dahl 10-1-25-2, Borrow 6.2-0-27-1, Strand 10-0-34-2 (w-1),

            P. Haugen 3-0-11-1.

            North

            M. Tollef b Quist 29

            M. Haugen c Marrow b Oyelaran 27

            R. Pallis lbw Quist 5

            G. Borrow not out 57

            M. Bekele st Marrow b Tamura 3

            S. Lamb b Tamura 21

            T. Dahl not out 3

            Extras (lb-17 nb-8 w-3) 28

            Total (for five wickets, 48.4 overs) 173

            Fall of wickets: 1-59 2-70 3-78 4-90 5-160.

            Did not bat: I. Lindqvist, P. Rask, S. Strand, J. Ferreira.

            Result: North won by five wickets.
            """;

        var draft = NewsDocumentParser.Parse(Document);

        Assert.Equal("CRICKET - NORTH V SOUTH ONE-DAY SCOREBOARD", draft.Headline);
        Assert.Contains("T. Okonkwo c Lindqvist b Ferreira 31", draft.Body);
        Assert.Contains("S. Lamb b Tamura 21", draft.Body);
    }

    [Fact]
    public void RelatedHeadlinesWithoutFiguresStayRelatedHeadlines()
    {
        var draft = NewsDocumentParser.Parse(StoryWithRelatedLinks);

        Assert.Equal(["Port strike ends after pay deal", "New bridge opens to traffic"], draft.Related);
        Assert.DoesNotContain(draft.Body, paragraph => paragraph.Contains("bridge", StringComparison.Ordinal));
    }

    [Fact]
    public void PlaceOpeningADateLineIsTheDatelinePlace()
    {
        const string Document = """
            Harbour authority delays dredging plan

            LISBON 2025-03-04

            The port authority said on Tuesday it would put off dredging the river mouth until an environmental study was complete.
            """;

        var draft = NewsDocumentParser.Parse(Document);

        Assert.Contains("Lisbon", draft.Places);
        Assert.NotNull(draft.PublishedAt);
    }

    [Fact]
    public void TeamsInAResultsTableAreOrganizationsAndNationalSidesStayPlaces()
    {
        const string Document = """
            HANDBALL - NORDIC LEAGUE RESULTS.

            AARHUS, Denmark 2025-02-08

            Results of Nordic League matches played on Saturday:

            Kolding 31 Skjern 27

            Holstebro 24 Ribe 24

            Denmark 30 Norway 28
            """;

        var draft = NewsDocumentParser.Parse(Document);

        Assert.Contains(draft.Organizations, organization => organization.Name == "Kolding" && organization.Kind == "sports club");
        Assert.Contains(draft.Organizations, organization => organization.Name == "Holstebro");
        Assert.Contains("Norway", draft.Places);
        Assert.DoesNotContain(draft.Organizations, organization => organization.Name == "Norway");
    }

    [Fact]
    public void StandingsUnderTheHeadlineAreTheBodyAndTheirCapitalTeamsAreOrganizations()
    {
        const string Document = """
            ICE HOCKEY - NORTHERN LEAGUE STANDINGS.

            NEW HAVEN 2025-01-19

            Northern League standings after Saturday's games

            (tabulate under won, lost, points):

            EASTERN DIVISION

            W L PTS

            PORTLAND 21 9 42

            SAINT JOHN 18 12 36

            WESTERN DIVISION

            W L PTS

            DULUTH 20 10 40

            CHARLOTTE 15 15 30

            AUSTIN 14 16 28
            """;

        var draft = NewsDocumentParser.Parse(Document);

        Assert.Contains("SAINT JOHN 18 12 36", draft.Body);
        Assert.Empty(draft.Related);
        Assert.Contains(draft.Organizations, organization => organization.Name == "SAINT JOHN" && organization.Kind == "sports club");
        Assert.Contains(draft.Organizations, organization => organization.Name == "DULUTH");
        // Cities that are also given names: capitals in a line of figures are teams, whatever the tagger thinks.
        Assert.Contains(draft.Organizations, organization => organization.Name == "CHARLOTTE");
        Assert.Contains(draft.Organizations, organization => organization.Name == "AUSTIN");
        Assert.DoesNotContain(draft.People, person => person.Name is "CHARLOTTE" or "AUSTIN");
        Assert.Contains("New Haven", draft.Places);
        Assert.NotNull(draft.PublishedAt);
    }

    [Fact]
    public void ResultsAfterTheLeadKeepAthletesAsPeopleAndCountryCodesAsPlaces()
    {
        const string Document = """
            SPEED SKATING - RESULTS FROM THE WINTER CUP.

            HAMAR, Norway 2025-02-01

            Results from the first day of the Winter Cup speed skating races here on Saturday.

            Men's 500 metres: 1.

            Tanaka Kenji (Japan) 34.91 seconds; 2.

            Dorian Whitcombe (US) 35.02; 3.

            Elias Brekkestad (Norway) 35.10.

            Women's 500 metres: 1.

            Mirela Costache (Romania) 37.80; 2.

            Hanna Oyelaran-Berg (Norway) 37.95.
            """;

        var draft = NewsDocumentParser.Parse(Document);

        Assert.Contains(draft.People, person => person.Name == "Tanaka Kenji");
        Assert.Contains(draft.People, person => person.Name == "Dorian Whitcombe");
        Assert.Contains(draft.People, person => person.Name == "Mirela Costache");
        Assert.DoesNotContain(draft.Organizations, organization => organization.Name is "Dorian Whitcombe" or "Men" or "Women");
        Assert.Contains("Romania", draft.Places);
    }

    [Fact]
    public void ClubsWithTheirScoresAreOrganizationsAndScorersInBracketsArePeople()
    {
        const string Document = """
            SOCCER - COASTAL LEAGUE SUMMARIES.

            CARDIFF 2025-03-08

            Summaries of Coastal League matches on Saturday:

            Harbourside 2 (Pemberton 14, Quayle 71) Millbrook 1 (Ostrowski 55).

            Alba Rovers (Wales) 3 (Tregarthen 9, Pemberton 30, Vossler 88) Kestrel Town 0.
            """;

        var draft = NewsDocumentParser.Parse(Document);

        Assert.Contains(draft.Organizations, organization => organization.Name == "Harbourside" && organization.Kind == "sports club");
        Assert.Contains(draft.Organizations, organization => organization.Name == "Millbrook");
        Assert.Contains(draft.People, person => person.Name == "Quayle");
        Assert.Contains(draft.People, person => person.Name == "Ostrowski");
        Assert.DoesNotContain(draft.Organizations, organization => organization.Name is "Quayle" or "Ostrowski" or "Tregarthen");
    }

    [Fact]
    public void CompetitionsGradesAndStandingsMarksAreNoOrganizations()
    {
        const string Document = """
            CATTLE - PRAIRIE AUCTION PRICES AND THE HARBOUR CUP.

            AMARILLO 2025-04-02

            Prices at the Prairie Livestock Exchange auction on Wednesday, as the Harbour Cup final drew a record crowd in town.

            Slaughter Steers - Select and Choice 2-3 1150-1200 lbs 67.00.

            X-Amarillo Drovers 12 1 0 351 199
            """;

        var draft = NewsDocumentParser.Parse(Document);

        Assert.DoesNotContain(draft.Organizations, organization => organization.Name is "Choice" or "Harbour Cup" or "X-Amarillo Drovers");
        Assert.Contains(draft.Organizations, organization => organization.Name == "Amarillo Drovers" && organization.Kind == "sports club");
    }
}
