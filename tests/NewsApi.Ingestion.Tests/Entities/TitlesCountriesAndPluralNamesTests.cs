namespace NewsApi.Ingestion.Tests.Entities;

/// <summary>A Malaysian title of two words, a senior counsel with a Gaelic surname, a country after "in", a plural's apostrophe inside a body's name; every name is invented.</summary>
public sealed class TitlesCountriesAndPluralNamesTests
{
    [Fact]
    public void TanSriIsATitleNotPartOfTheName()
    {
        var draft = NewsDocumentParser.Parse("""
            Plantation group lifts dividend

            In a statement, chairman Tan Sri Kumaresan Velappan said the board remained "disciplined about returns".
            """);

        Assert.Contains(draft.People, p => p.Name == "Kumaresan Velappan");
    }

    [Fact]
    public void ASeniorCounselsLettersAfterAGaelicNameAreNoOrganization()
    {
        var draft = NewsDocumentParser.Parse("""
            Credit union manager jailed

            Defending, Ciarán Ó Flaithbheartaigh SC said his client had repaid part of the money.
            """);

        Assert.DoesNotContain(draft.Organizations, o => o.Name.Contains("Flaithbheartaigh", StringComparison.Ordinal));
    }

    [Fact]
    public void ACountryAfterInIsAPlaceWhateverTheClauseAfterIt()
    {
        var draft = NewsDocumentParser.Parse("""
            Glaciers retreat

            Peru's glaciers have shrunk by a third since 2000, researchers said.

            The satellite analysis was led by Prof Aili Kettunenmaa of the Savonlinna Institute of Earth Observation in Finland, whose team adapted methods first used to track ice loss in Svalbard.
            """);

        Assert.Contains("Finland", draft.Places);
        Assert.DoesNotContain(draft.Organizations, o => o.Name == "Finland");
    }

    [Fact]
    public void APluralsApostropheBeforeAHeadWordStaysInsideTheName()
    {
        var draft = NewsDocumentParser.Parse("""
            Budget reaction

            Rafiqul Haque Chowdhury, president of the Sylhet Wholesale Grocers' Chamber, welcomed the simpler tax rules.
            """);

        Assert.Contains(draft.Organizations, o => o.Name == "Sylhet Wholesale Grocers' Chamber");
    }

    [Fact]
    public void ACityCouncilNamedCityOfTheTownIsABodyAndTheTownAPlace()
    {
        var draft = NewsDocumentParser.Parse("""
            Bakery gets second oven

            The bakery is something of a Yallingup obsession, and its owner runs it from the old Yallingup Boys' School building.

            Ms Rahali received a $15,000 small-business grant from the City of Yallingup last year to install a second oven.
            """);

        Assert.Contains(draft.Organizations, o => o.Name == "City of Yallingup");
        Assert.Contains("Yallingup", draft.Places);
    }

    [Fact]
    public void AnAndBetweenTwoOrdinaryWordsOfAHospitalsNameStaysInsideIt()
    {
        var draft = NewsDocumentParser.Parse("""
            Minister opens hospital

            The health minister on Tuesday opened the Kaolack Regional Mother and Child Hospital, a 150-bed unit built with Saudi funds.

            The World Bank and International Monetary Fund praised the project.
            """);

        Assert.Contains(draft.Organizations, o => o.Name == "Kaolack Regional Mother and Child Hospital");
        Assert.Contains(draft.Organizations, o => o.Name == "World Bank");
        Assert.Contains(draft.Organizations, o => o.Name == "International Monetary Fund");
    }

    [Fact]
    public void ALegalFormWithItsStopsEndsTheNameBeforeTheNextSentence()
    {
        var draft = NewsDocumentParser.Parse("""
            Festival prize

            The film was produced with the Greek company Kyvelos Productions S.A. Its producer, Reza Mohtashim, said deals had been signed.
            """);

        Assert.Contains(draft.Organizations, o => o.Name == "Kyvelos Productions S.A.");
        Assert.DoesNotContain(draft.Organizations, o => o.Name.EndsWith("Its", StringComparison.Ordinal));
    }

    [Fact]
    public void AnArticleThatIsPartOfAPlacesNameStaysOnIt()
    {
        var draft = NewsDocumentParser.Parse("""
            Former mayor dies

            Wilhelmina Brouwersma spent four decades in public life, first as a councillor in Zwolle and finally as a member of parliament in The Hague.
            """);

        Assert.Contains("The Hague", draft.Places);
        Assert.DoesNotContain(draft.Organizations, o => o.Name.Contains("Hague", StringComparison.Ordinal));
    }

    [Fact]
    public void ASquareNamedPlazaFirstIsAPlaceNotAPerson()
    {
        var draft = NewsDocumentParser.Parse("""
            Teachers march on La Paz

            LA PAZ, Bolivia (AP) — Thousands of rural teachers marched through central La Paz on Monday, and police fired tear gas to stop them from reaching Plaza Quintanilla, the square that houses the presidential palace.
            """);

        Assert.DoesNotContain(draft.People, p => p.Name.Contains("Quintanilla", StringComparison.Ordinal));
        Assert.Contains("Plaza Quintanilla", draft.Places);
    }
}
