using NewsApi.Ingestion.Layout;

namespace NewsApi.Ingestion.Tests.Entities;

/// <summary>People found from the words around their names, with titles and affiliations; the names are invented.</summary>
public sealed class PersonDetectionTests
{
    [Fact]
    public void ACabinetSecretaryIsATitleAndThePortfolioNoOrganization()
    {
        // Kenya's ministers are "Cabinet Secretaries": the portfolio before the title is no organization's name.
        var draft = NewsDocumentParser.Parse("""
            Levy cut approved

            Treasury Cabinet Secretary Odhiambo Kiprotich Wanjala said the shortfall would be covered from the Exchequer.
            """);

        Assert.Contains(draft.People, person => person.Name == "Odhiambo Kiprotich Wanjala");
        Assert.DoesNotContain(draft.Organizations, organization => organization.Name.Contains("Cabinet", StringComparison.Ordinal));
    }

    [Fact]
    public void BeforeAnElectedOfficeIsWhereItsHolderWasElected()
    {
        // Kenyan counties and constituencies; the tagger takes them for the employers of the people after them.
        var draft = NewsDocumentParser.Parse("""
            Counties demand funds

            NAIROBI, March 3 - County governors asked the Treasury for more money on Tuesday.

            Its chairperson, Makueni Governor Halima Adan Korow, said most county hospitals had run out of drugs.

            Embakasi North MP Beatrice Akinyi Oloo said the levy would hurt farmers, while Labour MP Tomas Rennick backed it.
            """);

        Assert.Contains("Makueni", draft.Places);
        Assert.Contains("Embakasi North", draft.Places);
        Assert.DoesNotContain(draft.Organizations, organization => organization.Name is "Makueni" or "Embakasi North");
        Assert.Contains(draft.People, person => person.Name == "Halima Adan Korow");
        Assert.Contains(draft.People, person => person.Name == "Beatrice Akinyi Oloo");
        Assert.DoesNotContain("Labour", draft.Places);
    }

    [Fact]
    public void AGivenNameSpeltLikeAnAgencysAcronymIsAName()
    {
        // "LETA" is a wire service; "Leta" a given name.
        var draft = NewsDocumentParser.Parse("""
            Bike hub plan

            The scheme will start in May, said Councillor Leta Rasheed, who chairs the transport committee.
            """);

        Assert.Contains(draft.People, person => person.Name == "Leta Rasheed");
        Assert.DoesNotContain(draft.Organizations, organization => organization.Name == "Leta");
    }

    [Fact]
    public void ANamedStormIsNoOneAndARoleWordIsNoPartOfAName()
    {
        var draft = NewsDocumentParser.Parse("""
            Storm Lisbet brings red warning

            Storm Lisbet has cut power to 40,000 homes on the west coast, the grid operator said on Saturday.

            Forecaster Oisin Bracken said the strongest gusts of Storm Lisbet were still to come along the Atlantic coast.
            """);

        Assert.DoesNotContain(draft.People, person => person.Name.Contains("Lisbet", StringComparison.Ordinal));
        Assert.DoesNotContain(draft.Organizations, organization => organization.Name.Contains("Lisbet", StringComparison.Ordinal));
        Assert.Contains(draft.People, person => person.Name == "Oisin Bracken");
    }

    [Fact]
    public void AGivenNameBeforeTheSurnameOfAPersonAlreadyReadIsARelative()
    {
        // The tagger took the victim for an organization; his father, read first, shares his surname.
        var draft = NewsDocumentParser.Parse("""
            Man executed for 1990 killing of farmer

            STARKE, Florida 2025-03-04

            A man convicted of killing a farmer during a robbery 35 years ago was executed on Tuesday.

            As Glenn Haverwick, a rural pastor who is the victim's father, looked on, the prisoner was pronounced dead for the murder of Lester Haverwick.

            Lester Haverwick was taken to a nearby field where he was beaten, police said.
            """);

        Assert.Contains(draft.People, person => person.Name == "Glenn Haverwick");
        Assert.Contains(draft.People, person => person.Name == "Lester Haverwick");
        Assert.DoesNotContain(draft.Organizations, organization => organization.Name == "Lester Haverwick");
    }

    [Theory]
    [InlineData("Jan-Willem van den Broek, a hydrologist at the Delta Works Institute, said the dikes would hold.", "Jan-Willem van den Broek")]
    [InlineData("Abdulrahman bin Khalid al-Thani, the deputy governor of the Gulf Monetary Authority, said reserves were ample.", "Abdulrahman bin Khalid al-Thani")]
    [InlineData("Karim el-Masri, a senior analyst at Nile Crest Securities, said the pound would weaken.", "Karim el-Masri")]
    [InlineData("Ñuño Ibáñez Zúñiga, director of the Andean Seed Bank, said the vault was full.", "Ñuño Ibáñez Zúñiga")]
    [InlineData("Łucja Wróblewska-Kaczmarek, a spokeswoman for the Baltic Ferry Union, said crossings would resume.", "Łucja Wróblewska-Kaczmarek")]
    [InlineData("Siobhan O'Donoghue, a planner at the Cork Harbour Authority, said the berth was ready.", "Siobhan O'Donoghue")]
    [InlineData("Hamish McTavish, chief engineer at the Highland Rail Company, said the line had reopened.", "Hamish McTavish")]
    [InlineData("Ludwig von Ebersberg-Tann, president of the Alpine Club Federation, said the pass was closed.", "Ludwig von Ebersberg-Tann")]
    public void NamesWithParticlesAndLettersBeyondAsciiAreKeptWhole(string sentence, string name)
    {
        var extraction = EntityArticle.FromBody(sentence);

        var person = Assert.Single(extraction.People);
        Assert.Equal(name, person.Name);
        Assert.NotNull(person.Title);
        Assert.NotNull(person.Organization);
    }

    [Theory]
    [InlineData("The relief coordinator Jan Vestergaard said the helicopters were flying again.", "Jan Vestergaard")]
    [InlineData("The talks were chaired by National Security Adviser Halvdan Berglund on Monday.", "Halvdan Berglund")]
    [InlineData("Top-seeded Kåre Tveitnes beat the defending champion in straight sets on Monday.", "Kåre Tveitnes")]
    [InlineData("A military spokesman, Major General Haldor Sultan, said the convoy had turned back.", "Haldor Sultan")]
    [InlineData("The award went to Nobel Laureate Ingrid Solvang for her work on tides.", "Ingrid Solvang")]
    [InlineData("Trần Thị Thu Lan, a researcher at the Mekong Delta Institute, said the salt had reached the rice fields.", "Trần Thị Thu Lan")]
    [InlineData("Councilors Daniel Haverford and Ines Valcárcel voted against the plan.", "Daniel Haverford")]
    [InlineData("Varnavia State Commissioner for Transportation Bolanle Haldane-Coker said the ferries would run.", "Bolanle Haldane-Coker")]
    [InlineData("Referee Ingrid Solvang pointed to the spot after consulting the video screen.", "Ingrid Solvang")]
    [InlineData("Varnavia's Energy Cabinet Secretary Wanjiru Haldane-Otieno and Ostbya's trade minister signed the deal.", "Wanjiru Haldane-Otieno")]
    public void NamesAfterTitlesAndMonthsAndSentenceOpenersArePeople(string sentence, string name)
    {
        // The whole parser, with its gazetteers and the trained tagger: these runs are the ones the rules leave to the tagger.
        var draft = NewsDocumentParser.Parse("Ferry news\n\n" + sentence);

        Assert.Contains(draft.People, person => person.Name == name);
        Assert.DoesNotContain(draft.Organizations, organization => organization.Name.Contains(name, StringComparison.Ordinal));
        Assert.DoesNotContain(draft.Places, place => place.Contains(name, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Nordlys Batteri, a start-up founded in 2019 by Øystein Ærø and Zoë Ñúñez-Çelik, raised 40 million crowns.", new[] { "Øystein Ærø", "Zoë Ñúñez-Çelik" })]
    [InlineData("The shop was co-founded by Halvdan Berg, Ingrid Solvang and Kåre Tveit in a garage.", new[] { "Halvdan Berg", "Ingrid Solvang", "Kåre Tveit" })]
    public void FoundersAfterFoundedByArePeople(string sentence, string[] names)
    {
        var extraction = NewsDocumentParser.Parse("Start-up raises money for batteries\n\n" + sentence);

        Assert.All(names, name => Assert.Contains(extraction.People, person => person.Name == name));
        Assert.DoesNotContain(extraction.Organizations, organization => names.Contains(organization.Name));
    }

    [Theory]
    [InlineData("They were tied for the lead with the team of Donna Quillfeather and Mike Hollsbrand at 13-under-par.", new[] { "Donna Quillfeather", "Mike Hollsbrand" })]
    [InlineData("The champions Kelli Vandermolen and Tiger Oakhurst were another shot back.", new[] { "Kelli Vandermolen", "Tiger Oakhurst" })]
    [InlineData("Alessandro Del Pietrasanta and Croat Alen Bokulic lead the attack.", new[] { "Alessandro Del Pietrasanta", "Alen Bokulic" })]
    public void TwoFullNamesJoinedByAndAreTwoPeople(string sentence, string[] names)
    {
        var draft = NewsDocumentParser.Parse("Golf leaders after the second round\n\n" + sentence);

        Assert.All(names, name => Assert.Contains(draft.People, person => person.Name == name));
        Assert.DoesNotContain(draft.Places, place => names.Contains(place));
    }

    [Fact]
    public void TeamsWhoseNamesOpenWithATownAreNoPair()
    {
        var draft = NewsDocumentParser.Parse("NFL results\n\nThe Dallas Cowboys and Washington Redskins meet on Sunday in the late game.");

        // The pair rule must not make both teams people ("Dallas Cowboys" alone is still the tagger's call).
        Assert.DoesNotContain(draft.People, person => person.Name == "Washington Redskins");
    }

    [Theory]
    [InlineData("All-rounder Gregor Blauwvelt steered his side to a comfortable victory.", "Gregor Blauwvelt")]
    [InlineData("Third-stringer Kerwin Dallmeyer, a 1988 draft choice, threw two touchdown passes.", "Kerwin Dallmeyer")]
    [InlineData("Quarterback Tomasz Wielgus was sacked four times.", "Tomasz Wielgus")]
    public void APlayersPositionBeforeTheNameIsATitle(string sentence, string name)
    {
        var draft = NewsDocumentParser.Parse("Match report\n\n" + sentence);

        Assert.Contains(draft.People, person => person.Name == name);
    }

    [Theory]
    // A given name written without its accents ("Frantisek" for "František") is still a given name.
    [InlineData("The blast blew out the windows of Frantisek Hudecovsky's family home in a village near the border.", "Frantisek Hudecovsky")]
    [InlineData("Regine Cavallaro-Briand finished third, a second behind the winner.", "Regine Cavallaro-Briand")]
    // A name after a title of a place and a comma is the title's holder, not one more place of a list.
    [InlineData("Four men insulted the rabbi of Bratislava, Baruch Meyerovitz, in the city centre on Friday.", "Baruch Meyerovitz")]
    [InlineData("The mayor of Varnavik, Ottoline Braskeby, condemned the attack.", "Ottoline Braskeby")]
    public void NamesThatLookLikePlacesAreStillPeople(string sentence, string name)
    {
        var draft = NewsDocumentParser.Parse("Report from the region\n\n" + sentence);

        Assert.Contains(draft.People, person => person.Name == name);
        Assert.DoesNotContain(draft.Places, place => place == name);
    }

    [Theory]
    [InlineData("The Office of the Special Prosecutor, which brought the case, welcomed the verdict.", "Office of the Special Prosecutor")]
    [InlineData("Delegates of the Organisation of the Islamic Conference met in Dakar.", "Organisation of the Islamic Conference")]
    public void AHeadWordTakesOfTheIntoTheOrganizationsName(string sentence, string name)
    {
        var draft = NewsDocumentParser.Parse("Verdict\n\n" + sentence);

        Assert.Contains(draft.Organizations, organization => organization.Name == name);
    }

    [Theory]
    [InlineData("Ward 3 Alderman Darnell Whitbourne, who voted against the plan, said the depot would bring fumes.", "Darnell Whitbourne")]
    [InlineData("County Sheriff Lorna Eckhardt-Vance said the road would stay closed.", "Lorna Eckhardt-Vance")]
    public void LocalOfficesAreTitlesNotPartOfTheName(string sentence, string name)
    {
        var draft = NewsDocumentParser.Parse("Council approves bus depot\n\n" + sentence);

        var person = Assert.Single(draft.People, person => person.Name.EndsWith(name.Split(' ')[^1], StringComparison.Ordinal));
        Assert.Equal(name, person.Name);
    }

    [Fact]
    public void AnAppositionWithATownBeforeItsNounCallsTheNameAnOrganization()
    {
        var draft = NewsDocumentParser.Parse("Start-up wins a grant\n\nSolvind Kraftverk, a Trondheim start-up, has won a grant from the regional council.");

        Assert.Contains(draft.Organizations, organization => organization.Name == "Solvind Kraftverk");
        Assert.DoesNotContain(draft.People, person => person.Name == "Solvind Kraftverk");
    }

    [Theory]
    [InlineData("Former governor Harold W. Pemberton said on Monday the bridge would be rebuilt.", "Harold W. Pemberton")]
    [InlineData("Ms. Okafor said Kwame A. Mensah-Bonsu would lead the review of the port contracts.", "Kwame A. Mensah-Bonsu")]
    public void InitialsAreTheNamesOwnAndEndNoSentence(string sentence, string name)
    {
        var extraction = EntityArticle.FromBody(sentence);

        Assert.Contains(extraction.People, person => person.Name == name);
    }

    [Theory]
    [InlineData("The coach said the injured wing is replaced by fellow Tasmanian Corin Waddell-Pryce.", "Corin Waddell-Pryce")]
    [InlineData("Swede Elof Brannqvist scored twice before half-time and the hosts never recovered.", "Elof Brannqvist")]
    [InlineData("Croat Dario Mikulandra headed the winner in the last minute.", "Dario Mikulandra")]
    [InlineData("Frenchman Aurelien Bastide-Roux beat the top seed in straight sets.", "Aurelien Bastide-Roux")]
    [InlineData("Queenslander Lachlan Ferrabee will miss the test with a knee injury.", "Lachlan Ferrabee")]
    public void WhereAPersonIsFromIsNoPartOfTheName(string sentence, string name)
    {
        // The whole parser with the shipped gazetteer and tagger: nationalities and states come from them.
        var draft = NewsDocumentParser.Parse($"Match report\n\n{sentence}\n");

        Assert.Contains(draft.People, person => person.Name == name);
        Assert.DoesNotContain(draft.People, person => person.Name.EndsWith(name, StringComparison.Ordinal) && person.Name != name);
    }

    [Fact]
    public void ATitleWordAfterAGivenNameIsASurname()
    {
        var draft = NewsDocumentParser.Parse("""
            Coalition talks resume

            Prime Minister Tobias Major said on Friday the coalition talks would resume. Major added that he was hopeful.

            The novelist Agnes King, who chairs the festival, said tickets had sold out.
            """);

        Assert.Contains(draft.People, person => person.Name == "Tobias Major");
        Assert.Contains(draft.People, person => person.Name == "Agnes King");
        Assert.DoesNotContain(draft.People, person => person.Name == "Major");
    }

    [Fact]
    public void DeanBeforeASurnameIsAGivenName()
    {
        var draft = NewsDocumentParser.Parse("Match report\n\nStriker Dean Marlowe, 24, scored twice for the visitors.\n");

        Assert.Contains(draft.People, person => person.Name == "Dean Marlowe");
    }

    [Theory]
    [InlineData("Osman Hadrawi Ashkir, a lawyer for the families, said the appeal would be heard in March.", "Osman Hadrawi Ashkir")]
    [InlineData("Herman Tuvikene Saar, the mayor, said the bridge would reopen.", "Herman Tuvikene Saar")]
    public void GivenNamesEndingInManStayInTheName(string sentence, string name)
    {
        var extraction = EntityArticle.FromBody(sentence);

        Assert.Contains(extraction.People, person => person.Name == name);
    }

    [Fact]
    public void NameInNoGivenNameListIsFoundFromItsApposition()
    {
        var extraction = EntityArticle.FromBody(
            "Zhou Tianhong, deputy director of the Office for Coastal Affairs of the Maritime Safety Administration, visited the port.");

        var person = extraction.Person("Zhou Tianhong");
        Assert.Equal("deputy director", person.Title);
        Assert.Equal("Office for Coastal Affairs", person.Organization);
    }

    [Fact]
    public void NameInNoGivenNameListIsFoundFromAReportingVerb()
    {
        var extraction = EntityArticle.FromBody("The harvest was poor this year, Oyelaran Adebisi told farmers in the market.");

        Assert.Equal("Oyelaran Adebisi", Assert.Single(extraction.People).Name);
    }

    [Fact]
    public void CapitalizedTitleBeforeTheNameIsItsTitle()
    {
        var extraction = EntityArticle.FromBody("Portuguese Health Minister Leonor Almada-Vaz opened the clinic on Friday.");

        var person = extraction.Person("Leonor Almada-Vaz");
        Assert.Equal("Health Minister", person.Title);
        Assert.Contains(PersonRole.Mentioned, person.Roles);
    }

    [Fact]
    public void HonorificsGiveTitleAndLaterAliases()
    {
        var extraction = EntityArticle.FromBody(
            "Prof Henrietta Ashgrove of the Royal Botanic Institute led the survey.",
            "Ms Ashgrove said the orchids had returned.");

        var person = extraction.Person("Henrietta Ashgrove");
        Assert.Equal("Prof", person.Title);
        Assert.Equal("Royal Botanic Institute", person.Organization);
        Assert.Contains("Ms Ashgrove", person.Aliases);
        Assert.Equal(2, person.Mentions);
    }

    [Fact]
    public void OrganizationBeforeALowerCaseTitleIsTheAffiliation()
    {
        var extraction = EntityArticle.FromBody(
            "Korrin Logistics chief executive Anselm Vardy said volumes had doubled.");

        var person = extraction.Person("Anselm Vardy");
        Assert.Equal("chief executive", person.Title);
        Assert.Equal("Korrin Logistics", person.Organization);
    }

    [Fact]
    public void AcronymSpokeswomanResolvesToTheFullOrganizationName()
    {
        var extraction = EntityArticle.FromBody(
            "The Nordic Investment Fund for Coastal Renewal (NIFCR) will finance the quay.",
            "An NIFCR spokeswoman, Elsebeth Krogh, said the first tranche was ready.");

        var person = extraction.Person("Elsebeth Krogh");
        Assert.Equal("spokeswoman", person.Title);
        Assert.Equal("Nordic Investment Fund for Coastal Renewal", person.Organization);
    }

    [Fact]
    public void DescriptorAtTheEndOfAnAppositionRefersToTheLastOrganization()
    {
        var extraction = EntityArticle.FromBody(
            "Analysts at Fjordane Securities said the sale was cheap. \"It undervalues the fleet,\" said Petra Lunde-Aas, a shipping analyst at the Bergen-based brokerage.");

        var person = extraction.Person("Petra Lunde-Aas");
        Assert.Equal("shipping analyst", person.Title);
        Assert.Equal("Fjordane Securities", person.Organization);
        Assert.Contains("Bergen", extraction.Places);
    }

    [Fact]
    public void CorporateTitleWithoutACompanyBelongsToTheArticlesCompany()
    {
        var extraction = EntityArticle.FromBody(
            "Norwegian salmon group Havbris Holdings said on Monday it would close two plants.",
            "Chief Executive Torvald Hegge said the company had no choice.");

        Assert.Equal("Havbris Holdings", extraction.Person("Torvald Hegge").Organization);
    }

    [Fact]
    public void PossessiveOwnerOfATitleIsTheAffiliation()
    {
        var extraction = EntityArticle.FromBody(
            "The Lakeside Water Company said supplies would be cut.",
            "The company's managing director, Njeri Kamau-Otieno, said leaks were the main problem.",
            "The Tenants' Action Network disagreed. Its chairperson, Baraka Omondi-Were, said the company was to blame.");

        Assert.Equal("managing director", extraction.Person("Njeri Kamau-Otieno").Title);
        Assert.Equal("Lakeside Water Company", extraction.Person("Njeri Kamau-Otieno").Organization);
        Assert.Equal("Tenants' Action Network", extraction.Person("Baraka Omondi-Were").Organization);
    }

    [Fact]
    public void SenatorOfAStateTakesTheStateAsAffiliation()
    {
        var extraction = EntityArticle.FromBody("Senator Marguerite Dellacroix of Lisbon, who chairs the panel, opened the hearing.");

        var person = extraction.Person("Marguerite Dellacroix");
        Assert.Equal("Senator", person.Title);
        Assert.Equal("Lisbon", person.Organization);
    }

    [Fact]
    public void MultiWordSurnameLaterUsedAloneIsAnAliasNotAnotherPerson()
    {
        var extraction = EntityArticle.FromBody(
            "Duarte Costa Ribeiro, the city councilor responsible for housing, said licenses were frozen.",
            "\"We need to build,\" Costa Ribeiro said.");

        var person = Assert.Single(extraction.People);
        Assert.Equal("Duarte Costa Ribeiro", person.Name);
        Assert.Contains("Costa Ribeiro", person.Aliases);
        Assert.Equal("city councilor", person.Title);
        Assert.Equal("Duarte Costa Ribeiro", extraction.Quote("need to build").Speaker);
    }

    [Fact]
    public void SentenceStartersMonthsWeekdaysPlacesAndTitlesAreNotPeople()
    {
        var extraction = EntityArticle.FromBody(
            "However, Analysts Said nothing. On Tuesday the Minister spoke. In March the President returned to Lisbon.",
            "Moreover, Portuguese officials said Thursday that Norway would agree.",
            "Earlier this week Reading said nothing, said the official.");

        Assert.Empty(extraction.People);
    }

    [Fact]
    public void BylineContributorsCaptionsAndCreditsGiveTheirRoles()
    {
        var extraction = EntityArticle.Extract(new DocumentLayout
        {
            Headline = "Ferry strike ends",
            Byline = [new BylineAuthor("Ravindra Kulasekara", "Transport correspondent")],
            Contributors = [new ContributorDraft("Oona Mäkelä", "reporting")],
            Body = ["The strike ended on Monday."],
            Images = [new ImageDraft("Harbour master Ilse Vandamme waves at a ferry in Bergen.", "Reuters / Jostein Fjellheim")],
        });

        Assert.Contains(PersonRole.Byline, extraction.Person("Ravindra Kulasekara").Roles);
        Assert.Equal("Transport correspondent", extraction.Person("Ravindra Kulasekara").Title);
        Assert.Contains(PersonRole.Contributor, extraction.Person("Oona Mäkelä").Roles);
        Assert.Contains(PersonRole.InCaption, extraction.Person("Ilse Vandamme").Roles);
        Assert.Contains(PersonRole.Photographer, extraction.Person("Jostein Fjellheim").Roles);
        Assert.Contains("Bergen", extraction.Places);
    }

    [Fact]
    public void CreditThatIsAnOrganizationGivesNoPhotographer()
    {
        var extraction = EntityArticle.Extract(new DocumentLayout
        {
            Headline = "Sample",
            Body = ["A sample arrived."],
            Images = [new ImageDraft("A sample in a jar.", "Tarvik University of Mining/Handout")],
        });

        Assert.Empty(extraction.People);
    }

    [Fact]
    public void WhatSomeoneWorksAtIsAnOrganizationEvenWithoutAHeadWord()
    {
        var extraction = EntityArticle.FromBody("\"Markets will notice,\" said Carsten Brekke, global head of macro at KVN in Bergen.");

        var person = extraction.Person("Carsten Brekke");
        Assert.Equal("global head of macro", person.Title);
        Assert.Equal("KVN", person.Organization);
        Assert.Single(extraction.Organizations, o => o.Name == "KVN");
        Assert.Equal(["Bergen"], extraction.Places);
    }

    [Fact]
    public void OrganizationAfterTheTitleNounOwnsTheTitle()
    {
        var extraction = EntityArticle.FromBody("A spokesperson for the Alpine Transit Commission, Veerle Nuytinck, declined to comment.");

        Assert.Equal("Alpine Transit Commission", extraction.Person("Veerle Nuytinck").Organization);
    }

    [Fact]
    public void GivenNameAfterTheIsABuildingNotAPerson()
    {
        var extraction = EntityArticle.FromBody("The talks took place in the Maria Theresa building near the river.");

        Assert.Empty(extraction.People);
    }

    [Fact]
    public void GenericDescriptionBeforeATitleIsNotABackReference()
    {
        var extraction = EntityArticle.FromBody(
            "Shares in Nordvest Bank fell 2%.",
            "On Wednesday, Dutch central bank governor Klaas Knotterus warned of risks.");

        var person = extraction.Person("Klaas Knotterus");
        Assert.Equal("central bank governor", person.Title);
        Assert.Null(person.Organization);
    }

    [Fact]
    public void RelativeClauseGivesTheTitleAndTheCompanyIsTheOneJustNamed()
    {
        var extraction = EntityArticle.FromBody(
            "Sakuragawa Holdings agreed to buy the grocer Tan Brothers Pte. for $1 billion.",
            "Tan Brothers was founded in 1962. The company is run by a grandson of the founders, Tan Wei Ming, who will stay on as chief executive.");

        var person = extraction.Person("Tan Wei Ming");
        Assert.Equal("chief executive", person.Title);
        Assert.Equal("Tan Brothers Pte.", person.Organization);
    }

    [Theory]
    [InlineData("AP Photo/Teodoro Vasconcelos", "Teodoro Vasconcelos")]
    [InlineData("Sputnik / Radu Ciorbă", "Radu Ciorbă")]
    [InlineData("Liesl Obermayr/AFP via Getty Images", "Liesl Obermayr")]
    public void PersonBesideAnAgencyInACreditIsThePhotographer(string credit, string photographer)
    {
        var extraction = EntityArticle.Extract(new DocumentLayout
        {
            Headline = "Sample",
            Body = ["A sample arrived."],
            Images = [new ImageDraft("A sample in a jar.", credit)],
        });

        var person = Assert.Single(extraction.People);
        Assert.Equal(photographer, person.Name);
        Assert.Equal([PersonRole.Photographer], person.Roles);
    }

    [Fact]
    public void CapitalizedTitleSetOffByACommaIsTheTitle()
    {
        var extraction = EntityArticle.FromBody(
            "The Prime Minister, Keiran Stalbridge, has promised to \"fix the foundations\" of the economy.",
            "Mr Stalbridge told the conference there would be \"no return to austerity\".");

        var person = extraction.Person("Keiran Stalbridge");
        Assert.Equal("Prime Minister", person.Title);
        Assert.Contains("Mr Stalbridge", person.Aliases);
        Assert.All(extraction.Quotes, quote => Assert.Equal("Keiran Stalbridge", quote.Speaker));
        Assert.Equal(2, extraction.Quotes.Count);
    }

    [Fact]
    public void AdjectiveBeforeATitleIsNotAnEmployer()
    {
        var extraction = EntityArticle.FromBody("Conservative leader Kemala Badejo accused the government of \"breaking its promises\".");

        Assert.Null(extraction.Person("Kemala Badejo").Organization);
        Assert.Empty(extraction.Organizations);
        Assert.Equal("Kemala Badejo", extraction.Quote("breaking its promises").Speaker);
    }

    [Fact]
    public void TitlesWithOfRegnalNumbersAndInitialsAreHandled()
    {
        var extraction = EntityArticle.FromBody(
            "Former U.S. Secretary of State Maria Castellanos said the visit was \"long overdue.\"",
            "Prince Aurelian and King Sigismund IV attended the service.");

        var secretary = extraction.Person("Maria Castellanos");
        Assert.Equal("Secretary of State", secretary.Title);
        Assert.Equal("Maria Castellanos", extraction.Quote("long overdue").Speaker);
        Assert.Equal("Prince", extraction.Person("Aurelian").Title);
        Assert.Equal("King", extraction.Person("Sigismund IV").Title);
    }

    [Fact]
    public void FromAnOrganizationInAnAppositionIsTheAffiliation()
    {
        var extraction = EntityArticle.FromBody(
            "Sofia Jenkinson, from the Flood Warning Agency, said more rain was expected. Paulo Nowacki, from Bergen, agreed.");

        Assert.Equal("Flood Warning Agency", extraction.Person("Sofia Jenkinson").Organization);
        Assert.Null(extraction.Person("Paulo Nowacki").Organization);
    }

    [Theory]
    [InlineData("Datuk Ahmad Varnak bin Osman said the count was fair.", "Ahmad Varnak bin Osman")]
    [InlineData("Alhaji Sani Varnavik said the port was closed.", "Sani Varnavik")]
    [InlineData("Passenger Elif Varnakoğlu said she was lucky to be alive.", "Elif Varnakoğlu")]
    [InlineData("Prosecutor Hannah Okonkwo-Varn KC told the jury the money was gone.", "Hannah Okonkwo-Varn")]
    public void HonorificsRoleWordsAndLettersAfterTheNameAreNoPartOfIt(string sentence, string name)
    {
        var draft = NewsDocumentParser.Parse("Court hears\n\n" + sentence);

        var person = Assert.Single(draft.People);
        Assert.Equal(name, person.Name);
    }
}
