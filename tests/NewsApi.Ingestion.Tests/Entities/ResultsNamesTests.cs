namespace NewsApi.Ingestion.Tests.Entities;

/// <summary>Competitors and scorers in results lines, and clubs named with a saint; every name is invented.</summary>
public sealed class ResultsNamesTests
{
    [Fact]
    public void ACompetitorWhoseSurnameIsAProvinceIsAPersonBesideHisCountry()
    {
        var draft = NewsDocumentParser.Parse("""
            Ski jumping results

            Results of the World Cup ski jumping event on Sunday:

            1. Tadej Brennovar (Slovenia) 263.5 (129.5 / 134.0)
            7. Hidetora Kasai (Japan) 242.0 (124.2 / 117.8)
            """);

        Assert.Contains(draft.People, p => p.Name == "Hidetora Kasai");
        Assert.DoesNotContain(draft.Organizations, o => o.Name == "Hidetora Kasai");
    }

    [Fact]
    public void EveryScorerAfterASidesNameAndADashIsAPlayer()
    {
        var draft = NewsDocumentParser.Parse("""
            Basketball - European Cup results

            Results of European Cup basketball matches played on Thursday:

            In Valdemoro: Valdemoro 82 Castelnuovo 76 (halftime 40-38)

            Leading scorers:

            Valdemoro - Harper Quillfeather 20, Chadwin Torvaldsen 17, Jorge Azpilqueta 14

            Castelnuovo - Eric Dellamonte 18, Ron Ashgrove 18, Jacques Sterbeek 14
            """);

        Assert.Contains(draft.People, p => p.Name == "Harper Quillfeather");
        Assert.DoesNotContain(draft.Organizations, o => o.Name == "Harper Quillfeather");
    }

    [Fact]
    public void ANameWithASaintInsideIsNoPerson()
    {
        var draft = NewsDocumentParser.Parse("""
            Soccer - French league results

            Results of French first division matches on Saturday:

            Bruno St Germain 1 (Eric Kervadec 2) Nancy 2 (Paul Fischlein 45)

            Monaco 3 (Victor Ikpebalo 10, 55) Lyon 0
            """);

        Assert.DoesNotContain(draft.People, p => p.Name.Contains("St Germain", StringComparison.Ordinal));
    }

    [Fact]
    public void AKickerAfterARugbyScoringLabelIsAPlayer()
    {
        var draft = NewsDocumentParser.Parse("""
            Rugby union - English league result

            Result of an English league rugby union match on Saturday:

            Harlowfield 28 Bramcote Vale 16

            Scorers:

            Harlowfield:

            Tries: Dunmore, Oyebanjo-Kettle.

            Conversion: Rob Andrewes.

            Penalties: Rob Andrewes (4).
            """);

        Assert.Contains(draft.People, p => p.Name == "Rob Andrewes");
        Assert.DoesNotContain(draft.Organizations, o => o.Name == "Rob Andrewes");
    }

    [Fact]
    public void ATownNamedForASaintIsNoPersonInAResultsLine()
    {
        var draft = NewsDocumentParser.Parse("""
            Ice hockey - NHL results

            Results of National Hockey League games on Tuesday (home team in CAPS):

            St Louis 4 COLORADO 3

            DALLAS 2 Chicago 1
            """);

        Assert.DoesNotContain(draft.People, p => p.Name == "St Louis");
    }

    [Fact]
    public void ASpanishArticleAndOneWordNameAPaperNotAPerson()
    {
        var draft = NewsDocumentParser.Parse("""
            Minister resigns

            The minister resigned on Friday, El Vocero reported, citing sources close to the government.

            "I leave with a clear conscience," he told El Vocero.
            """);

        Assert.DoesNotContain(draft.People, p => p.Name == "El Vocero");
    }

    [Fact]
    public void ClubsNamedForBuildersOrWithATeamsPluralNicknameAreNoPeople()
    {
        var draft = NewsDocumentParser.Parse("""
            Soccer - African Cup Winners' Cup result

            Result of the second leg of the African Cup Winners' Cup final at the National stadium on Friday:

            Delta Contractors (Egypt) 4 Mwanzo Stars (Zaire) 0 (halftime 2-0)
            """);

        Assert.Empty(draft.People);
        Assert.Contains(draft.Organizations, o => o.Name == "Delta Contractors");
        Assert.Contains(draft.Organizations, o => o.Name == "Mwanzo Stars");
    }

    [Fact]
    public void NamesInALineOfOddsAreNoTeams()
    {
        var draft = NewsDocumentParser.Parse("""
            Soccer - Betting odds for Spanish derby

            Betting odds for the first goalscorer in Sunday's match:

            9-2 Davor Sukovic 9-2 Ronaldinho

            5-1 Pedrag Milutovic 7-1 Luis Ferreiro
            """);

        Assert.DoesNotContain(draft.Organizations, o => o.Name == "Pedrag Milutovic");
    }

    [Fact]
    public void AGivenNameThatIsATitleStaysInTheNameTheTaggerFound()
    {
        var draft = NewsDocumentParser.Parse("""
            Bobsleigh - World Cup two-man results

            Leading results of the World Cup two-man bobsleigh race on Saturday:

            1. Germany I (Christoph Langenfeld, Markus Zimmerlein) 1:45.12 (52.40/52.72)
            9. Britain I (Sean Olafsen, Dean Hall) 1:46.26 (52.97/53.29)
            """);

        Assert.Contains(draft.People, p => p.Name == "Dean Hall");
    }

    [Fact]
    public void ADaysShortFormBetweenTwoSyllablesOfAKoreanNameIsPartOfIt()
    {
        var draft = NewsDocumentParser.Parse("""
            Soccer - Asian Cup result

            Result of an Asian Cup group A match on Saturday:

            South Korea 3 Indonesia 1

            Scorers:

            South Korea - Kim Do Hyeon 5, Hwang Sun Hak 7 and 15

            Indonesia - Widodo Putro 50
            """);

        Assert.Contains(draft.People, p => p.Name == "Hwang Sun Hak");
    }

    [Fact]
    public void EachSideOfAFixtureInAListOfFixturesIsATeam()
    {
        var draft = NewsDocumentParser.Parse("""
            Soccer - Scottish league fixtures

            Scottish league fixtures for Saturday:

            Division two: Kelmoor v Dunbarrow, Glenrith v St Aldric (to Tuesday)
            """);

        Assert.Empty(draft.People);
        Assert.Contains(draft.Organizations, o => o.Name == "Glenrith");
        Assert.Contains(draft.Organizations, o => o.Name == "St Aldric");
    }

    [Fact]
    public void OneVersusInProseIsALawCaseNotAFixture()
    {
        var draft = NewsDocumentParser.Parse("""
            Appeal court ruling

            The judges relied on a 1932 case, Eleanor Penhallow v Marcus Carrickmore, which set out a duty of care.
            """);

        Assert.Contains(draft.People, p => p.Name == "Eleanor Penhallow");
        Assert.Contains(draft.People, p => p.Name == "Marcus Carrickmore");
    }
}
