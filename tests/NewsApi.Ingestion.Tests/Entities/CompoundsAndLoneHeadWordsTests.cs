namespace NewsApi.Ingestion.Tests.Entities;

/// <summary>Particles, compounds, currency prefixes, lone head words and regions named by their countries; every name is invented.</summary>
public sealed class CompoundsAndLoneHeadWordsTests
{
    [Fact]
    public void FilipinoAndSpanishParticlesStayInsideTheName()
    {
        var draft = NewsDocumentParser.Parse("""
            Fishing drama wins at the festival

            Director Consolata dela Cruz-Ibarra accepted the prize on Sunday. Dela Cruz-Ibarra thanked the crew.
            """);

        Assert.Contains(draft.People, p => p.Name == "Consolata dela Cruz-Ibarra");
        Assert.DoesNotContain(draft.People, p => p.Name == "Consolata");
    }

    [Fact]
    public void AHeadWordAloneNamesNoOrganization()
    {
        var draft = NewsDocumentParser.Parse("""
            Rink treasurer charged

            The Velloran Youth Hockey Association said its treasurer had been charged. Board president Harriet Brennholt-Moe said the association had changed its rules.
            """);

        Assert.DoesNotContain(draft.Organizations, o => o.Name == "Board");
        Assert.Contains(draft.Organizations, o => o.Name == "Velloran Youth Hockey Association");
    }

    [Fact]
    public void ACountrysPortfolioBeforeATitleIsNoEmployer()
    {
        var draft = NewsDocumentParser.Parse("""
            Lake clean-up funded

            Chile's Environment Minister, Ramiro Quintanilla Soto, said the government had approved funding for a treatment plant.
            """);

        Assert.DoesNotContain(draft.Organizations, o => o.Name.Contains("Environment", StringComparison.Ordinal));
        Assert.Contains("Chile", draft.Places);
    }

    [Fact]
    public void APlaceBasedCompoundADollarPrefixAndAQuarterAreNoNames()
    {
        var draft = NewsDocumentParser.Parse("""
            Striker sold abroad

            The club accepted a bid of US$2.1 million for its striker, more than it earned in July-September. The Denpasar-based director Wahyu Setiadi won the prize.
            """);

        Assert.DoesNotContain(draft.Organizations, o => o.Name.EndsWith("-based", StringComparison.Ordinal));
        Assert.DoesNotContain("US", draft.Places);
        Assert.DoesNotContain("July-September", draft.Places);
    }

    [Fact]
    public void ARegionNamedByTwoCountriesIsTheTwoCountries()
    {
        var draft = NewsDocumentParser.Parse("""
            Leaders meet on trade

            Leaders from Australia and New Zealand arrived in Suva on Friday for two days of talks.
            """);

        Assert.Contains("Australia", draft.Places);
        Assert.Contains("New Zealand", draft.Places);
        Assert.DoesNotContain("Australia and New Zealand", draft.Places);
    }

    [Fact]
    public void ClubOpeningASentenceIsPartOfTheClubsName()
    {
        var draft = NewsDocumentParser.Parse("""
            Striker joins Greek side

            Club Atlético Cordilleranos de Velloran accepted the offer on Thursday, the club said.

            Club Deportivo Arenales Unidos have accepted a bid of $2.1 million for their striker. Arenales Unidos will keep the remaining 20 per cent.
            """);

        Assert.Contains(draft.Organizations, o => o.Name == "Club Atlético Cordilleranos de Velloran");
        Assert.Contains(draft.Organizations, o => o.Name == "Club Deportivo Arenales Unidos");
        Assert.DoesNotContain(draft.People, p => p.Name == "Arenales Unidos");
    }

    [Fact]
    public void APressIsAPublisherAndALanguageIsNoPlace()
    {
        var draft = NewsDocumentParser.Parse("""
            Novel wins prize

            Her publisher in London, Quillfeather Lantern Press, agreed. Most of the festival's films were in Cebuano.
            """);

        Assert.Contains(draft.Organizations, o => o.Name == "Quillfeather Lantern Press");
        Assert.DoesNotContain(draft.People, p => p.Name.EndsWith("Press", StringComparison.Ordinal));
        Assert.DoesNotContain("Cebuano", draft.Places);
    }

    [Fact]
    public void ANameEndingInAnApostropheKeepsItsSecondHyphenatedName()
    {
        var draft = NewsDocumentParser.Parse("""
            Rates to fall, economist says

            Odhiambo Olang'-Wekesa, an economist at a Nairobi bank, said rates would fall. Olang'-Wekesa said inflation was low.
            """);

        Assert.Contains(draft.People, p => p.Name == "Odhiambo Olang'-Wekesa");
        Assert.DoesNotContain(draft.People, p => p.Name == "Wekesa");
    }
}
