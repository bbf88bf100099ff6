namespace NewsApi.Ingestion.Tests.Entities;

/// <summary>
/// Listed companies with their tickers, appositions that belong to the next name, and runs joined by "and" or "of" that are one
/// name, two names, or people and their firm. Every name is invented.
/// </summary>
public sealed class ListedCompanyAndConnectorTests
{
    [Fact]
    public void AnExchangeAndItsTickerInBracketsAreNoEntities()
    {
        var draft = NewsDocumentParser.Parse("""
            Gearbox makers gain

            Take Varnholt Getriebebau AG (XETRA: VRNG), the Bavarian maker of gearboxes, which trades at half the multiple of Quillmont Systems Inc. (NASDAQ: QLMS).
            """);

        Assert.Contains(draft.Organizations, o => o.Name == "Varnholt Getriebebau AG");
        Assert.DoesNotContain(draft.Organizations, o => o.Name.StartsWith("Take", StringComparison.Ordinal));
        string[] codes = ["XETRA", "VRNG", "NASDAQ", "QLMS"];
        Assert.DoesNotContain(draft.People, p => codes.Contains(p.Name));
        Assert.DoesNotContain(draft.Organizations, o => codes.Contains(o.Name));
        Assert.DoesNotContain(draft.Places, p => codes.Contains(p));
    }

    [Fact]
    public void AClauseAfterAPersonsNameIsNoApposition()
    {
        var draft = NewsDocumentParser.Parse("""
            Quiet profits

            When I asked Varnholt's chief executive, Ysolde Brandauer-Kroll, why the company did not make more noise about itself, she laughed.
            """);

        Assert.Contains(draft.People, p => p.Name == "Ysolde Brandauer-Kroll");
        Assert.DoesNotContain(draft.Organizations, o => o.Name == "Ysolde Brandauer-Kroll");
    }

    [Fact]
    public void ANounThatIntroducesTheNextNameSaysNothingOfThePlaceBeforeIt()
    {
        var draft = NewsDocumentParser.Parse("""
            Forklifts go electric

            In Finland, the forklift maker Korvenmaa Oyj has moved 40 per cent of its production to battery-electric models.
            """);

        Assert.Contains("Finland", draft.Places);
        Assert.DoesNotContain(draft.Organizations, o => o.Name == "Finland");
        Assert.Contains(draft.Organizations, o => o.Name == "Korvenmaa Oyj");
    }

    [Fact]
    public void TwoNamedFirmsJoinedByAndAreTwoOrganizations()
    {
        var draft = NewsDocumentParser.Parse("""
            Seed maker raises funds

            The round was led by Tabocal Partners and Ridgeline Growth Partners LP, the company said on Tuesday.
            """);

        Assert.Contains(draft.Organizations, o => o.Name == "Tabocal Partners");
        Assert.Contains(draft.Organizations, o => o.Name == "Ridgeline Growth Partners LP");
        Assert.DoesNotContain(draft.Organizations, o => o.Name.Contains(" and ", StringComparison.Ordinal));
    }

    [Fact]
    public void UnknownWordsBeforeAndShareTheHeadWordAfterIt()
    {
        var draft = NewsDocumentParser.Parse("""
            Hospitals to merge

            The new organisation would be called Marrowby and Tenshaw Health NHS Foundation Trust and would employ about 11,000 staff.
            """);

        Assert.Contains(draft.Organizations, o => o.Name == "Marrowby and Tenshaw Health NHS Foundation Trust");
    }

    [Fact]
    public void PeopleOfAFirmAreReadApartFromTheFirm()
    {
        var draft = NewsDocumentParser.Parse("""
            Retailer sold

            The administrators, Ilse Brandauer-Kroll and Teodor Vasquelin of Harrowgate Moss Restructuring LLP, said the sale saved 900 jobs.
            """);

        Assert.Contains(draft.Organizations, o => o.Name == "Harrowgate Moss Restructuring LLP");
        Assert.Contains(draft.People, p => p.Name == "Ilse Brandauer-Kroll");
        Assert.DoesNotContain(draft.Organizations, o => o.Name.Contains("Brandauer", StringComparison.Ordinal) || o.Name.Contains("Vasquelin", StringComparison.Ordinal));
    }

    [Fact]
    public void ACaseNamesTheCompanyWithoutItsRe()
    {
        var draft = NewsDocumentParser.Parse("""
            Sale approved

            Re Harrowgate Retail Ltd was heard in the High Court in London on Monday.
            """);

        Assert.Contains(draft.Organizations, o => o.Name == "Harrowgate Retail Ltd");
        Assert.DoesNotContain(draft.Organizations, o => o.Name.StartsWith("Re ", StringComparison.Ordinal));
    }

    [Fact]
    public void ANationalBodysAcronymWithItsCountryIsAnOrganization()
    {
        var draft = NewsDocumentParser.Parse("""
            Hospitals to merge

            The plan must be approved by NHS England before the trusts can merge, Ellie Marrowfield said on Tuesday.
            """);

        Assert.Contains(draft.Organizations, o => o.Name == "NHS England");
        Assert.DoesNotContain(draft.People, p => p.Name.Contains("NHS", StringComparison.Ordinal));
    }

    [Fact]
    public void ARecordLabelIsACompany()
    {
        var draft = NewsDocumentParser.Parse("""
            Debut album

            Jaskień Records said the tour would start in May.
            """);

        Assert.Contains(draft.Organizations, o => o.Name == "Jaskień Records");
        Assert.DoesNotContain(draft.People, p => p.Name.Contains("Jaskień", StringComparison.Ordinal));
    }
}
