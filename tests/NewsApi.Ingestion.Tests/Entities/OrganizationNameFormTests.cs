namespace NewsApi.Ingestion.Tests.Entities;

/// <summary>How organizations' names are written and referred to: legal forms, remits, head words alone; every name is invented.</summary>
public sealed class OrganizationNameFormTests
{
    [Theory]
    [InlineData("The farm was sold to the Dutch grower Marvelle Holding B.V., the court heard.", "Marvelle Holding B.V.")]
    [InlineData("The regulator ordered Milan-based Lumora S.p.A. to stop selling the camera.", "Lumora S.p.A.")]
    [InlineData("The buses are run by Orvieto Transit N.V. under a ten-year contract.", "Orvieto Transit N.V.")]
    public void LegalFormsWrittenAsInitialsCloseTheName(string sentence, string name)
    {
        var draft = NewsDocumentParser.Parse("Court rules on land\n\n" + sentence);

        var organization = Assert.Single(draft.Organizations, o => o.Name.StartsWith(name[..8], StringComparison.Ordinal));
        Assert.Equal(name, organization.Name);
        Assert.DoesNotContain(draft.Places, place => place.StartsWith(name[..8], StringComparison.Ordinal));
        Assert.Empty(draft.People);
    }

    [Fact]
    public void TwoLegalFormsSeparatedByACommaAreOneNameThatTheNextSentenceDoesNotJoin()
    {
        var draft = NewsDocumentParser.Parse("""
            Mine halted

            The mine is run by a unit of the metals group Jinsha Metals Co., Ltd. Company spokeswoman Irena Vallo said the breach had been contained.
            """);

        Assert.Contains(draft.Organizations, o => o.Name == "Jinsha Metals Co., Ltd");
        Assert.DoesNotContain(draft.Organizations, o => o.Name.Contains("Company", StringComparison.Ordinal));
        Assert.Contains(draft.People, p => p.Name == "Irena Vallo");
    }

    [Fact]
    public void ABodysRemitAfterOnIsPartOfItsNameButADayIsNot()
    {
        var draft = NewsDocumentParser.Parse("""
            Land case

            The Presidential Taskforce on Water Allocation did not respond to requests for comment.
            The Pemberton Commission on Monday published its findings.
            """);

        Assert.Contains(draft.Organizations, o => o.Name == "Presidential Taskforce on Water Allocation");
        Assert.DoesNotContain(draft.Organizations, o => o.Name == "Presidential Taskforce");
        Assert.Contains(draft.Organizations, o => o.Name == "Pemberton Commission");
    }

    [Fact]
    public void AHeadWordAloneRefersToTheOneOrganizationWhoseNameHoldsIt()
    {
        var draft = NewsDocumentParser.Parse("""
            Farmers win land case

            The 212 households were represented by the Mbale Growers' Cooperative Society.

            Cooperative chairman Tomas Ferrow, 71, wept as the ruling was read out.
            """);

        var society = Assert.Single(draft.Organizations);
        Assert.Equal("Mbale Growers' Cooperative Society", society.Name);
        Assert.Equal(2, society.Mentions);
        Assert.Equal("Mbale Growers' Cooperative Society", Assert.Single(draft.People, p => p.Name == "Tomas Ferrow").Organization);
    }

    [Fact]
    public void ACommonWordAndForOpeningTheSentenceAreNoPartOfAKnownName()
    {
        var draft = NewsDocumentParser.Parse("""
            Farmers win land case

            The court said the 2005 transfer to Kelso Agro Ltd was made without the families' consent.

            Lawyers for Kelso Agro said they would appeal.
            """);

        var company = Assert.Single(draft.Organizations);
        Assert.Equal("Kelso Agro Ltd", company.Name);
        Assert.Contains("Kelso Agro", company.Aliases);
    }

    [Fact]
    public void AStreetIsNoOrganizationWhateverHeadWordItHolds()
    {
        var draft = NewsDocumentParser.Parse("Cameras approved\n\nHarold Kemble, a retired worker who lives on North Court Street, urged the council to slow down.");

        Assert.Empty(draft.Organizations);
        Assert.Contains(draft.People, p => p.Name == "Harold Kemble");
    }

    [Fact]
    public void APeoplesAdjectiveOfTwoWordsIsNeitherTheEmployerNorAName()
    {
        var draft = NewsDocumentParser.Parse("""
            Harlow win the final

            Opener Rawiri Tamihana struck five sixes, with Sri Lankan seamer Kasun Jayawardena taking two wickets.
            """);

        Assert.Empty(draft.Organizations);
        Assert.Contains(draft.People, p => p.Name == "Rawiri Tamihana" && p.Title == "Opener");
        Assert.Contains(draft.People, p => p.Name == "Kasun Jayawardena");
    }

    [Theory]
    [InlineData("The buses are run under contract by Ostrava Linky a.s.", "Ostrava Linky a.s.")]
    [InlineData("The company had a policy with Boyne Mutual Assurance DAC six weeks before the fire.", "Boyne Mutual Assurance DAC")]
    [InlineData("The play is a co-production with the Lisbon company Teatro do Cais, Lda, and runs until March.", "Teatro do Cais, Lda")]
    [InlineData("The show runs at the Théâtre des Remparts until 28 March.", "Théâtre des Remparts")]
    [InlineData("The film was produced by Istanbul's Poyraz Sinema Yapım Ltd. Şti. last year.", "Poyraz Sinema Yapım Ltd. Şti.")]
    [InlineData("She helped found the coastal science foundation Karadeniz Çevre Vakfı in 1998.", "Karadeniz Çevre Vakfı")]
    [InlineData("The plan was submitted by Ashdene Homes last spring.", "Ashdene Homes")]
    public void LegalFormsAndHeadWordsOfOtherLanguagesMakeTheName(string sentence, string name)
    {
        var draft = NewsDocumentParser.Parse("Season announced\n\n" + sentence);

        Assert.Contains(draft.Organizations, o => o.Name == name);
        Assert.Empty(draft.People);
    }

    [Fact]
    public void ACastListsBracketsHoldPartsNotClubs()
    {
        var draft = NewsDocumentParser.Parse("""
            A salty triumph

            Cast: Léa Morvan (Odile), Samir Haddou (Malik), Chloé Berthier (Josette), Inès Faure (Madame Rivat).
            """);

        Assert.Empty(draft.Organizations);
        Assert.Contains(draft.People, p => p.Name == "Samir Haddou");
    }

    [Fact]
    public void SeniorCounselsLettersAfterAPersonsNameAreNoClub()
    {
        var draft = NewsDocumentParser.Parse("Trial opens\n\nOpening the case for the prosecution, Declan Fennelly SC said the fire was no accident.");

        Assert.Empty(draft.Organizations);
        Assert.Contains(draft.People, p => p.Name == "Declan Fennelly");
    }

    [Fact]
    public void AnAbbreviationInsideANameKeepsItsFullStopAsWritten()
    {
        var draft = NewsDocumentParser.Parse("Blood test trial\n\nThe patients were treated at St. Brannoc's Hospital in Ennistown.");

        Assert.Contains(draft.Organizations, o => o.Name == "St. Brannoc's Hospital");
    }

    [Fact]
    public void ANameWithATitleWordDefinesItsAcronymWhenAHeadWordEndsIt()
    {
        var draft = NewsDocumentParser.Parse("""
            Land case

            The Open Courts Centre (OCC), a Kisumu-based non-profit, described the judgment as a landmark. Its executive director, Dr Halima Noor, said the ruling mattered.

            The OCC says more than 30 similar disputes are pending.
            """);

        var centre = Assert.Single(draft.Organizations);
        Assert.Equal("Open Courts Centre", centre.Name);
        Assert.Contains("OCC", centre.Aliases);
        Assert.Equal("Open Courts Centre", Assert.Single(draft.People).Organization);
    }

    [Fact]
    public void AShortFormReadBeforeTheFullNameIsFoldedIntoIt()
    {
        var draft = NewsDocumentParser.Parse("""
            Regulator bans doorbell camera

            The regulator said the German chip supplier Brennwald was also under scrutiny.

            The chip was designed by Brennwald Optik GmbH, a Regensburg company that supplies image processors.
            """);

        var supplier = Assert.Single(draft.Organizations);
        Assert.Equal("Brennwald Optik GmbH", supplier.Name);
        Assert.Contains("Brennwald", supplier.Aliases);
        Assert.Equal(2, supplier.Mentions);
    }

    [Fact]
    public void AContextNounOpeningTheSentenceSaysWhatTheNameAfterItIs()
    {
        var draft = NewsDocumentParser.Parse("Mill homes rejected\n\nDeveloper Ashdene Homes said it would appeal against the decision.");

        var developer = Assert.Single(draft.Organizations);
        Assert.Equal("Ashdene Homes", developer.Name);
        Assert.Empty(draft.People);
    }
}
