namespace NewsApi.Ingestion.Tests.Entities;

/// <summary>Organizations from head words, suffixes, context nouns and acronyms; every name is invented.</summary>
public sealed class OrganizationDetectionTests
{
    [Fact]
    public void AFirmWhoseNameOpensWithATitleWordIsNoPerson()
    {
        var draft = NewsDocumentParser.Parse("""
            Fuel queues return

            Tolu Adeyemi-Bankole, head of research at Lagos-based Cardinal Osprey Research, said the strike showed how fragile supply remained.
            """);

        Assert.DoesNotContain(draft.People, person => person.Name is "Osprey Research" or "Cardinal Osprey Research");
    }

    [Fact]
    public void ACompanyLaterCalledByItsFirstWordsIsTheSameCompany()
    {
        var draft = NewsDocumentParser.Parse("""
            Miner agrees lithium deal

            Karrawind Resources has agreed to buy Chilean producer Quebrada Velasca Litio SA for $1.2 billion.
            Karrawind said it would acquire all of Quebrada Velasca from its owner by the end of the year.
            """);

        var company = Assert.Single(draft.Organizations, organization => organization.Name.StartsWith("Quebrada Velasca", StringComparison.Ordinal));
        Assert.Contains("Quebrada Velasca", company.Aliases);
        Assert.DoesNotContain(draft.People, person => person.Name == "Quebrada Velasca");
    }

    [Fact]
    public void WhereAnalystsWorkIsAnOrganizationEvenWithAGivenNameFirst()
    {
        var draft = NewsDocumentParser.Parse("Chip shares fall\n\nAnalysts at Edward Jonesberg and Bernstadt cut their price targets on Tuesday.");

        Assert.Contains(draft.Organizations, organization => organization.Name == "Edward Jonesberg");
        Assert.Contains(draft.Organizations, organization => organization.Name == "Bernstadt");
        Assert.DoesNotContain(draft.People, person => person.Name is "Edward Jonesberg" or "Bernstadt");
    }

    [Fact]
    public void ACommonWordAndItsOfOpeningTheSentenceAreNoPartOfTheName()
    {
        var draft = NewsDocumentParser.Parse("Chip shares fall\n\nShares of Varnatech Corp fell 6% on Tuesday after the chipmaker cut its outlook.");

        Assert.Contains(draft.Organizations, organization => organization.Name == "Varnatech Corp");
    }

    [Theory]
    [InlineData("Hapoel Varnavik beat Maccabi Ostbyen 2-1 on Saturday to go top.", new[] { "Hapoel Varnavik", "Maccabi Ostbyen" })]
    [InlineData("AC Brevikko drew with Real Sandvolla in front of 40,000 fans.", new[] { "AC Brevikko", "Real Sandvolla" })]
    [InlineData("Stade Varnavik lost 3-0 to Legia Ostbyen in the cup on Sunday.", new[] { "Stade Varnavik", "Legia Ostbyen" })]
    public void AClubsFirstWordMakesItAClub(string sentence, string[] clubs)
    {
        var draft = NewsDocumentParser.Parse("Weekend football\n\n" + sentence);

        Assert.All(clubs, club => Assert.Contains(draft.Organizations, organization => organization.Name == club && organization.Kind == "sports club"));
        Assert.DoesNotContain(draft.People, person => clubs.Contains(person.Name));
    }

    [Fact]
    public void AcronymInParenthesesBecomesAnAliasAndLaterUsesCount()
    {
        var extraction = EntityArticle.FromBody(
            "The Baltic Bank for Grid Investment (BBGI) will lend the money.",
            "BBGI approved the loan on Monday, and BBGI staff will monitor it.");

        var organization = extraction.Organization("Baltic Bank for Grid Investment");
        Assert.Equal(["BBGI"], organization.Aliases);
        Assert.Equal(3, organization.Mentions);
        Assert.DoesNotContain(extraction.Organizations, o => o.Name == "BBGI");
    }

    [Fact]
    public void OfAPlacePossessiveOrganizationNamesTheParent()
    {
        var extraction = EntityArticle.FromBody(
            "Liang Haoran, director of the Bureau for Overseas Training of Norway's Coastal Defence Council, arrived on Monday.");

        Assert.Equal("Coastal Defence Council", extraction.Organization("Bureau for Overseas Training").Parent);
        Assert.Null(extraction.Organization("Coastal Defence Council").Parent);
        Assert.Equal("Bureau for Overseas Training", extraction.Person("Liang Haoran").Organization);
        Assert.Contains("Norway", extraction.Places);
    }

    [Fact]
    public void PossessiveOrganizationBeforeAnotherIsItsParent()
    {
        var extraction = EntityArticle.FromBody(
            "A study by the Tarvik University of Mining's Centre for Slope Stability (CSS) found the pit unsafe.");

        Assert.Equal("Tarvik University of Mining", extraction.Organization("Centre for Slope Stability").Parent);
        Assert.Equal(["CSS"], extraction.Organization("Centre for Slope Stability").Aliases);
    }

    [Theory]
    [InlineData("The hulls will be built by Stocznia Varnavska, whose managing director Halina Brzezińska said work starts in May.", "Stocznia Varnavska", "Halina Brzezińska")]
    [InlineData("The fund sold its stake in Ostbyen Kraft, whose shares fell 4 percent, said its manager Ingrid Solvang.", "Ostbyen Kraft", "Ingrid Solvang")]
    public void ANameWhoseOfficersOrSharesFollowIsAnOrganization(string sentence, string organization, string person)
    {
        var draft = NewsDocumentParser.Parse("Shipyard news\n\n" + sentence);

        Assert.Contains(draft.Organizations, found => found.Name == organization);
        Assert.DoesNotContain(draft.People, found => found.Name == organization);
        Assert.Contains(draft.People, found => found.Name == person);
    }

    [Theory]
    [InlineData("She joined the Water and Power Development Authority in 1968.", "Water and Power Development Authority")]
    [InlineData("The licence was issued by the Mines and Energy Ministry on Monday.", "Mines and Energy Ministry")]
    public void AHeadWordAfterAndNamesTheWholeOrganization(string sentence, string organization)
    {
        var draft = NewsDocumentParser.Parse("Licences\n\n" + sentence);

        Assert.Contains(draft.Organizations, found => found.Name == organization);
    }

    [Fact]
    public void AnAcronymAfterAndIsASecondOrganization()
    {
        var draft = NewsDocumentParser.Parse("Cholera\n\nThe campaign is supported by the Varnavian Health Organization and UNICEF, the ministry said.");

        Assert.Contains(draft.Organizations, found => found.Name == "Varnavian Health Organization");
        Assert.Contains(draft.Organizations, found => found.Name == "UNICEF");
    }

    [Fact]
    public void ANameThatDoesSomethingToItsOwnIsAnOrganization()
    {
        var draft = NewsDocumentParser.Parse("Copper\n\nMinera Quebrada Fria raised its full-year copper forecast on Wednesday after a strike ended.");

        Assert.Contains(draft.Organizations, found => found.Name == "Minera Quebrada Fria");
        Assert.DoesNotContain(draft.People, found => found.Name == "Minera Quebrada Fria");
    }

    [Fact]
    public void APluralPossessiveBeforeAPlaceEndsTheName()
    {
        var draft = NewsDocumentParser.Parse("Strike ends\n\nThe Varnavia Union of Teachers' Ostbyen branch called off the strike on Monday.");

        Assert.Contains(draft.Organizations, found => found.Name == "Varnavia Union of Teachers");
        Assert.DoesNotContain(draft.Organizations, found => found.Name.Contains("Ostbyen", StringComparison.Ordinal));
    }

    [Fact]
    public void ANameAfterTheIsNoPerson()
    {
        var draft = NewsDocumentParser.Parse("Bronzes\n\nThe Haldenmuseum Ostbyen handed over three bronzes to a delegation on Tuesday.");

        Assert.DoesNotContain(draft.People, found => found.Name == "Haldenmuseum Ostbyen");
    }

    [Fact]
    public void AGivenNameAloneIsNeverAnOrganization()
    {
        var draft = NewsDocumentParser.Parse("Obituary\n\nShe is survived by her son, two daughters, Ayesha and Zainab, and six grandchildren.");

        Assert.DoesNotContain(draft.Organizations, found => found.Name == "Zainab");
    }

    [Theory]
    [InlineData("The judge said the mayor took bribes from Dunavölgy Busz Kft. between 2017 and 2019.", "Dunavölgy Busz Kft.", "Dunavölgy Busz")]
    [InlineData("The ore goes to Severny Kombinat OOO under a ten-year contract.", "Severny Kombinat OOO", "Severny Kombinat")]
    public void ALegalFormAfterANameMakesItACompany(string sentence, string name, string alias)
    {
        var draft = NewsDocumentParser.Parse("Court news\n\n" + sentence);

        Assert.Contains(draft.Organizations, organization => organization.Name == name && organization.Kind == "company" && organization.Aliases.Contains(alias));
        Assert.DoesNotContain(draft.Places, place => place.StartsWith(name, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("She served as ambassador to the United Nations before the election.", "United Nations")]
    [InlineData("The forward was suspended for two games by the NHL on Friday.", "NHL")]
    public void InternationalBodiesAndLeaguesNeedNoContext(string sentence, string name)
    {
        var extraction = EntityArticle.FromBody(sentence);

        Assert.Contains(extraction.Organizations, organization => organization.Name == name);
        Assert.DoesNotContain(extraction.Places, place => place == name);
    }

    [Theory]
    [InlineData("The deal was signed with the Romanian generator Valcea Hidroenergie on Monday.", "Valcea Hidroenergie", "company")]
    [InlineData("Moldova's state grid operator Retelectric Sud signed the deal.", "Retelectric Sud", "company")]
    [InlineData("He told the analytical website Severnaya Pravda that talks had stalled.", "Severnaya Pravda", "media")]
    [InlineData("The findings were published in the journal Lunar Geoscience Reports on Monday.", "Lunar Geoscience Reports", "journal")]
    [InlineData("The figures came from the think tank Praxis Analytica in March.", "Praxis Analytica", "research institute")]
    [InlineData("Shares in Kestrel Holdings rose 4%.", "Kestrel Holdings", "company")]
    [InlineData("The Ministry of Coastal Affairs declined to comment.", "Ministry of Coastal Affairs", "ministry")]
    [InlineData("Researchers at the University of Tarvik found the fossil.", "University of Tarvik", "university")]
    [InlineData("Members of the Green Harvest Party walked out.", "Green Harvest Party", "party")]
    [InlineData("The figures were reported by Xinhua on Monday.", "Xinhua", "news agency")]
    [InlineData("Questions about the figures should go to Tarvik Newsroom on Monday.", "Tarvik Newsroom", "media")]
    [InlineData("Prices were compiled by the Tarvik Commodities Desk on Monday.", "Tarvik Commodities Desk", "media")]
    public void KindComesFromTheHeadWordOrTheContext(string sentence, string name, string kind)
    {
        var extraction = EntityArticle.FromBody(sentence);

        Assert.Equal(kind, extraction.Organization(name).Kind);
        Assert.Empty(extraction.People);
    }

    [Fact]
    public void LegalFormStaysInTheNameAsWrittenAndTheShortFormIsAnAlias()
    {
        var extraction = EntityArticle.FromBody("Sakuragawa Holdings Co. agreed to buy the chain, advised by Kowloon Meridian Capital Ltd.");

        // As written: the abbreviation's own full stop stays ("Co."); a sentence's stop after "Ltd" is the sentence's.
        Assert.Contains("Sakuragawa Holdings", extraction.Organization("Sakuragawa Holdings Co.").Aliases);
        Assert.Equal("company", extraction.Organization("Kowloon Meridian Capital Ltd").Kind);
    }

    [Fact]
    public void OrganizationDescribedByAnAppositionIsAnOrganization()
    {
        var extraction = EntityArticle.FromBody("The train is run by Vistula Nightways, a small operator founded in 2021.");

        Assert.Equal("company", extraction.Organization("Vistula Nightways").Kind);
        Assert.Empty(extraction.People);
    }

    [Fact]
    public void ShortFormByFirstWordRefersToTheOrganization()
    {
        var extraction = EntityArticle.FromBody(
            "Kawabata Retail Holdings agreed to buy the grocer.",
            "Kawabata President Haruki Sendo said the deal made sense.");

        Assert.Contains("Kawabata", extraction.Organization("Kawabata Retail Holdings").Aliases);
        Assert.Equal("Kawabata Retail Holdings", extraction.Person("Haruki Sendo").Organization);
        Assert.Equal("President", extraction.Person("Haruki Sendo").Title);
    }

    [Fact]
    public void OrganizationSpeakingWithoutAHeadWordIsAnOrganization()
    {
        var extraction = EntityArticle.FromBody("The port is closed, Portekspres said on Tuesday.");

        Assert.Single(extraction.Organizations, o => o.Name == "Portekspres");
        Assert.Empty(extraction.People);
    }

    [Fact]
    public void DemonymBeforeAHeadWordStaysInTheName()
    {
        var extraction = EntityArticle.FromBody("The Portuguese Armed Forces held drills near Lisbon.");

        Assert.Single(extraction.Organizations, o => o.Name == "Portuguese Armed Forces");
        Assert.Equal(["Lisbon"], extraction.Places);
    }

    [Fact]
    public void NameBeforeAJobTitleIsTheEmployer()
    {
        var extraction = EntityArticle.FromBody(
            "Kestrel Rovers manager Anders Vollan said his team deserved more.",
            "Former Rovers captain Tormod Lie said the club needed a reset.");

        Assert.Equal("Kestrel Rovers", extraction.Person("Anders Vollan").Organization);
        Assert.Equal("Kestrel Rovers", extraction.Person("Tormod Lie").Organization);
        Assert.Contains("Rovers", extraction.Organization("Kestrel Rovers").Aliases);
        Assert.Single(extraction.Organizations);
    }

    [Fact]
    public void NameBetweenTheAndAnOrganizationNounIsAnOrganization()
    {
        var extraction = EntityArticle.FromBody("Organizers from the Casa de Todos movement said 20,000 people took part.");

        Assert.Single(extraction.Organizations, o => o.Name == "Casa de Todos");
        Assert.Empty(extraction.Places);
    }

    [Fact]
    public void NewspaperWithAnArticleThatReportsIsAnOrganization()
    {
        var extraction = EntityArticle.FromBody("The deal was close, the Harbour City Courier reported on Monday.");

        Assert.Single(extraction.Organizations, o => o.Name == "Harbour City Courier");
        Assert.Empty(extraction.People);
    }

    [Theory]
    [InlineData("The film was bought by Lunaro Pictures Pvt Ltd for release in May.", "Lunaro Pictures Pvt Ltd", "Lunaro Pictures")]
    [InlineData("The handler is owned by Ostby Varnak Holding AŞ, the group said on Monday.", "Ostby Varnak Holding AŞ", "Ostby Varnak Holding")]
    [InlineData("The developer Vistaro Living S.A. said on Monday it would build 900 flats.", "Vistaro Living S.A.", "Vistaro Living")]
    public void EveryTrailingLegalFormIsCutForTheAlias(string sentence, string name, string alias)
    {
        var draft = NewsDocumentParser.Parse("Deal done\n\n" + sentence);

        var organization = Assert.Single(draft.Organizations, o => o.Name == name);
        Assert.Contains(alias, organization.Aliases);
    }

    [Fact]
    public void ALegalFormInLowerCaseClosesTheName()
    {
        var draft = NewsDocumentParser.Parse("Rates rise\n\nPriya Okonjo, a senior economist at Penwarden & Lowry plc in London, said the hike was overdue.");

        Assert.Contains(draft.Organizations, o => o.Name == "Penwarden & Lowry plc" && o.Aliases.Contains("Penwarden & Lowry"));
        Assert.Contains(draft.People, p => p.Name == "Priya Okonjo" && p.Organization == "Penwarden & Lowry plc");
    }

    [Fact]
    public void ASaintsPossessiveBeforeAHeadWordIsPartOfTheName()
    {
        var draft = NewsDocumentParser.Parse("Man hurt by falling tree\n\nA man in his 60s was taken to St Brannoc's Hospital in Ennistown with minor injuries.");

        Assert.Contains(draft.Organizations, o => o.Name == "St Brannoc's Hospital");
        Assert.DoesNotContain(draft.Organizations, o => o.Name == "Hospital");
        Assert.DoesNotContain(draft.Places, p => p.Contains("Brannoc", StringComparison.Ordinal));
    }

    [Fact]
    public void ALegalFormBeforeAPronounEndsTheSentence()
    {
        var draft = NewsDocumentParser.Parse("Film sold\n\nThe film has been acquired for distribution by Lunaro Pictures Inc. It is expected to open in May.");

        Assert.Contains(draft.Organizations, o => o.Name == "Lunaro Pictures Inc");
        Assert.DoesNotContain(draft.Organizations, o => o.Name.Contains("It", StringComparison.Ordinal));
    }

    [Fact]
    public void APlaceMadeIntoAModifierIsAPlaceAndNoPartOfTheNameAfterIt()
    {
        var draft = NewsDocumentParser.Parse("Deal done\n\nKarvalo agreed to buy the mine from Kuala Lumpur-listed Varnak Timur Mineral Bhd for $410 million.");

        Assert.Contains(draft.Organizations, o => o.Name == "Varnak Timur Mineral Bhd");
        Assert.DoesNotContain(draft.Organizations, o => o.Name.Contains("Lumpur", StringComparison.Ordinal));
        Assert.Contains("Kuala Lumpur", draft.Places);
    }

    [Theory]
    [InlineData("Officials of the Varnak Provincial People's Committee approved the dam on Monday.", "Varnak Provincial People's Committee")]
    [InlineData("Members of the Varnak Women's Livelihood Network marched on Monday.", "Varnak Women's Livelihood Network")]
    public void AGroupsPossessiveBeforeAHeadWordIsInsideTheName(string sentence, string name)
    {
        var draft = NewsDocumentParser.Parse("Dam approved\n\n" + sentence);

        Assert.Contains(draft.Organizations, o => o.Name == name);
    }
}
