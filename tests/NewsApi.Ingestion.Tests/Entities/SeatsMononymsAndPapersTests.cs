namespace NewsApi.Ingestion.Tests.Entities;

/// <summary>
/// A seat written "Member of Parliament for", a person known by one name with an age, currency prefixes, newspapers' titles,
/// firm words after an "of" title, a match's statistics and line-ups with semicolons; every name is invented.
/// </summary>
public sealed class SeatsMononymsAndPapersTests
{
    [Fact]
    public void AMemberOfParliamentForASeatMakesTheSeatAPlaceAndNoOrganization()
    {
        var draft = NewsDocumentParser.Parse("""
            Committee presses grid boss

            The Chairman of the Committee, Hon. Kwabena Asante-Dorvlo, who is the Member of Parliament for Nkwantaso, said the debt had grown.
            """);

        Assert.Contains("Nkwantaso", draft.Places);
        Assert.DoesNotContain(draft.Organizations, o => o.Name.Contains("Parliament", StringComparison.Ordinal));
    }

    [Fact]
    public void CapitalsAgainstACurrencySignNameNoOrganization()
    {
        var draft = NewsDocumentParser.Parse("""
            Utility owed billions

            The distributor, Tamale Grid Services Limited, is owed GH₵2.3 billion by state agencies, its managing director Ama Serwaah-Boadu said.
            """);

        Assert.DoesNotContain(draft.Organizations, o => o.Name == "GH");
    }

    [Fact]
    public void AOneWordNameWithAnAgeAfterItIsAPerson()
    {
        var draft = NewsDocumentParser.Parse("""
            Outbreak spreads

            At a crowded ward on Monday, Wirasentono, a 52-year-old farmer from Cisompet, sat beside his grandson. "We thought it was a cold," he said.
            """);

        Assert.Contains(draft.People, p => p.Name == "Wirasentono");
        Assert.DoesNotContain(draft.Organizations, o => o.Name == "Wirasentono");
    }

    [Fact]
    public void TwoFirmWordsAfterAnOfTitleAreTheEmployerNotAPerson()
    {
        var draft = NewsDocumentParser.Parse("""
            Grid boss questioned

            The Managing Director of Volta Grid Services Limited, Mrs. Esi Annorbah-Quaye, on Wednesday faced tough questions from the committee.
            """);

        Assert.DoesNotContain(draft.People, p => p.Name.Contains("Limited", StringComparison.Ordinal));
        Assert.Contains(draft.People, p => p.Name == "Esi Annorbah-Quaye");
    }

    [Fact]
    public void ANewspapersTitleKeepsItsArticleAndIsNoPlace()
    {
        var draft = NewsDocumentParser.Parse("""
            Water for the valley

            Farmers near the river say they pay for every drop. "Give us meters we can trust," one told The Marrowgate Ledger last month.

            The views expressed are the author's own and do not reflect The Marrowgate Ledger's editorial stance.
            """);

        Assert.Contains(draft.Organizations, o => o.Name == "The Marrowgate Ledger");
        Assert.DoesNotContain(draft.Places, p => p.Contains("Marrowgate", StringComparison.Ordinal));
    }

    [Fact]
    public void ARadioStationNamedWithFmIsAnOrganization()
    {
        var draft = NewsDocumentParser.Parse("""
            Late winner stuns visitors

            "We have conceded in the last minute, which is unforgivable," Dallin Corrie told Tarnbrook Valley FM after the match.
            """);

        Assert.Contains(draft.Organizations, o => o.Name == "Tarnbrook Valley FM");
        Assert.DoesNotContain(draft.Places, p => p.Contains("Tarnbrook", StringComparison.Ordinal));
    }

    [Fact]
    public void MatchStatisticsAndLineUpsWithSemicolonsNameNoClubs()
    {
        var draft = ParseMatchReport("""
            Shots  14 - 9
            Corners  8 - 4

            Glenmarrow Athletic: Muirhouse; Dalgetty, Achterfeld, McRandal, Fraserburn; Sneddach, Kilbarrow (Oyelowo-Banks 77); Haddonfield, Tullochan.
            """);

        Assert.DoesNotContain(draft.Organizations, o => o.Name is "Shots" or "Corners" or "McRandal" or "Oyelowo-Banks" or "Sneddach");
    }

    [Fact]
    public void MatchStatisticsInPercentagesAndBetweenLongDashesNameNoClubs()
    {
        var draft = ParseMatchReport("""
            Possession  54% — 46%
            Corners  7 — 3
            """);

        Assert.DoesNotContain(draft.Organizations, o => o.Name is "Possession" or "Corners");
        Assert.Contains(draft.Organizations, o => o.Name == "Dunreath Rovers");
    }

    [Fact]
    public void AStreetNamedByItsKindFirstIsNoPerson()
    {
        var draft = NewsDocumentParser.Parse("""
            Founder dies

            Customers called her Dona Lurdes, and the name stuck.

            The business moved to Recife in 1983 and opened its first shop, on Rua Helena, two years later.
            """);

        Assert.DoesNotContain(draft.People, p => p.Name.Contains("Helena", StringComparison.Ordinal));
    }

    [Fact]
    public void ARelativeClauseInsideAPortugueseBodysNameStaysInTheName()
    {
        var draft = NewsDocumentParser.Parse("""
            Network chief named

            Lívia Okamoto Prates succeeded her as president of the network Associação Mulheres que Transformam (AMT) in 2019.
            """);

        Assert.Contains(draft.Organizations, o => o.Name == "Associação Mulheres que Transformam");
    }

    private static ArticleDraft ParseMatchReport(string statistics) => NewsDocumentParser.Parse($"""
        Glenmarrow Athletic 2-1 Dunreath Rovers

        Glenmarrow Athletic came from behind to beat Dunreath Rovers on Saturday.

        Match stats
        {statistics}
        """);
}
