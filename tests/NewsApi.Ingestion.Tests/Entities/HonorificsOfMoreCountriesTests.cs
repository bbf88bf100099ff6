namespace NewsApi.Ingestion.Tests.Entities;

/// <summary>Honorifics, short given names and name particles of South Asia, Southeast Asia, West Africa and Fiji; every name is invented.</summary>
public sealed class HonorificsOfMoreCountriesTests
{
    [Theory]
    [InlineData("The District Chief Executive, Madam Akosua Pokuaa Mensah-Bonsu, thanked the chiefs.", "Akosua Pokuaa Mensah-Bonsu")]
    [InlineData("The council was chaired by Ratu Epeli Nasau Vakarau on Friday.", "Epeli Nasau Vakarau")]
    [InlineData("The statement was signed by Rosnah binti Ahmad Tarmizi, the secretary-general.", "Rosnah binti Ahmad Tarmizi")]
    [InlineData("The petition was filed by Kalaivani a/p Ramasundram, a retired nurse from Ipoh.", "Kalaivani a/p Ramasundram")]
    [InlineData("Site supervisor Thiruvan a/l Gopalrajan said the crane had been inspected.", "Thiruvan a/l Gopalrajan")]
    [InlineData("The sit-in was led by Hajja Nabawiya el-Qassabgi, a retired weaver.", "Nabawiya el-Qassabgi")]
    [InlineData("The exhibition opens with a scroll by Ostad Bahador Delbarzadeh, who taught in Isfahan.", "Bahador Delbarzadeh")]
    [InlineData("The port's director, Elnur Vugar oglu Safarzadeh, said the berth was ready.", "Elnur Vugar oglu Safarzadeh")]
    [InlineData("The blessing was led by Kaumātua Rāwiri Te Hōkai-Pōneke at dawn.", "Rāwiri Te Hōkai-Pōneke")]
    [InlineData("The lease is unfair, Lemayian ole Sankaire told the hearing.", "Lemayian ole Sankaire")]
    [InlineData("The kitchen is run by Puan Rozita binti Hassanuddin and six volunteers.", "Rozita binti Hassanuddin")]
    [InlineData("The ward sister, Sr Annamma Vettickal, said the unit was ready.", "Annamma Vettickal")]
    [InlineData("The new wing was blessed by Canon Desmond Ferron-Blaikie on Sunday.", "Desmond Ferron-Blaikie")]
    [InlineData("Gogo Nomathemba Sibindi-Moyo, who chairs the residents' trust, said the taps were dry.", "Nomathemba Sibindi-Moyo")]
    [InlineData("The petition was argued by Barrister Olumuyiwa Adebanjo-Kehinde for the creditors.", "Olumuyiwa Adebanjo-Kehinde")]
    [InlineData("The estate is chaired by Datin Paduka Norhayati Mohd Zulkefli, who founded it.", "Norhayati Mohd Zulkefli")]
    [InlineData("Co-chair Evangeline Thurlow-Baines said the board would meet again in March.", "Evangeline Thurlow-Baines")]
    [InlineData("Vice Mayor Ma. Lourdes Tabanao-Ocampo said the parade would go ahead.", "Ma. Lourdes Tabanao-Ocampo")]
    [InlineData("Doña Remedios Cuautle Ibarra, 81, still embroiders the dancers' blouses by hand.", "Remedios Cuautle Ibarra")]
    [InlineData("The stall was opened in 1962 by Dona Conceição Valadares Pimentel, who still runs it.", "Conceição Valadares Pimentel")]
    public void AnHonorificStaysOutOfTheNameAndAParticleStaysInIt(string sentence, string person)
    {
        var draft = EntityArticle.ParseSentence(sentence);

        Assert.Contains(draft.People, p => p.Name == person);
        Assert.DoesNotContain(draft.People, p => p.Name != person && p.Name.Contains(person.Split(' ')[^1], StringComparison.Ordinal));
        Assert.DoesNotContain(draft.Organizations, o => person.Contains(o.Name, StringComparison.Ordinal));
    }

    [Fact]
    public void AShortFormOfMariaInsideANameKeepsItsFullStop()
    {
        var draft = EntityArticle.ParseSentence("Councillor Bienvenido Ma. Lagdameo-Uy said the route was safe.");

        Assert.Contains(draft.People, p => p.Name == "Bienvenido Ma. Lagdameo-Uy");
    }

    [Fact]
    public void AShortFormOfMuhammadKeepsItsFullStopInTheName()
    {
        var draft = EntityArticle.ParseSentence("Hospital director Brig Gen Md. Kamrul Ahsan Talukder told reporters the guards were doubled.");

        Assert.Contains(draft.People, p => p.Name == "Md. Kamrul Ahsan Talukder");
        Assert.DoesNotContain(draft.People, p => p.Name == "Md");
    }

    [Theory]
    [InlineData("The family thanked the nurses of Brackenholt Meadow Hospice for their care.", "Brackenholt Meadow Hospice")]
    [InlineData("Arrangements are by the Quarrington-Vail Funeral Home, Dunleith.", "Quarrington-Vail Funeral Home")]
    [InlineData("The chairman of the Tullagorm Ministers' Fraternal offered his church hall for the talks.", "Tullagorm Ministers' Fraternal")]
    [InlineData("The meals are cooked by volunteers of Yayasan Lumbung Harapan in three villages.", "Yayasan Lumbung Harapan")]
    [InlineData("The strike was called by Karadere Liman İşçileri Sendikası on Monday.", "Karadere Liman İşçileri Sendikası")]
    [InlineData("Shelters are run by the Tirana-based NGO Drita e Bregut Network, which opened a fourth in May.", "Drita e Bregut Network")]
    [InlineData("The loan was arranged by Ostfriesische Landesbank Süd and two savings banks.", "Ostfriesische Landesbank Süd")]
    [InlineData("The Riksbank left its policy rate at 2.0% on Tuesday, as expected.", "Riksbank")]
    [InlineData("Among the creditors, Tredje Skogsarbetarkassan is owed 1.2 billion kronor.", "Tredje Skogsarbetarkassan")]
    public void CareAndFuneralBusinessesFraternalsFoundationsAndUnionsAreOrganizations(string sentence, string organization)
    {
        var draft = EntityArticle.ParseSentence(sentence);

        Assert.Contains(draft.Organizations, o => o.Name == organization);
        Assert.DoesNotContain(draft.Places, place => place.Contains(organization.Split(' ')[0], StringComparison.Ordinal));
    }

    [Fact]
    public void AClosedJointStockCompanysFormClosesItsName()
    {
        var draft = EntityArticle.ParseSentence("The terminal is run by Qobustan Ferry Gateway CJSC, which has ordered two cranes.");

        Assert.Contains(draft.Organizations, o => o.Name == "Qobustan Ferry Gateway CJSC");
    }

    [Fact]
    public void MalaysiasSdnBhdWithItsStopsClosesTheCompanyName()
    {
        var draft = EntityArticle.ParseSentence("The booms are made by Sinar Bahari Fabrication Sdn. Bhd. of Pasir Gudang.");

        Assert.Contains(draft.Organizations, o => o.Name == "Sinar Bahari Fabrication Sdn. Bhd.");
        Assert.DoesNotContain(draft.Organizations, o => o.Name == "Bhd");
    }

    [Fact]
    public void AChurchsModeratorIsATitleAndNoBody()
    {
        var draft = EntityArticle.ParseSentence("\"Now we must leave this hall as one family,\" the Moderator said.");

        Assert.DoesNotContain(draft.Organizations, o => o.Name == "Moderator");
    }

    [Fact]
    public void AnHonorificBeforeTheWritersNameIsNoPartOfTheByline()
    {
        var draft = NewsDocumentParser.Parse("""
            Synod elects a new moderator

            By Deaconess Chimwemwe Phiri-Gondwe, Communications Desk

            The synod met in Zomba on Friday and elected a new moderator for the coming term, the church said.

            The vote was close, delegates said.
            """);

        Assert.Equal(["Chimwemwe Phiri-Gondwe"], draft.Byline);
        Assert.Contains(draft.People, p => p.Name == "Chimwemwe Phiri-Gondwe");
    }

    [Theory]
    [InlineData("Music at the ceremony came from Nóirín Uí Chathmhaoil on the harp.", "Nóirín Uí Chathmhaoil")]
    [InlineData("The flowers were arranged by Órlaith Ní Dhuibhleanna of Dingle.", "Órlaith Ní Dhuibhleanna")]
    public void AnIrishWomansParticleMakesTheNameAPerson(string sentence, string person)
    {
        var draft = EntityArticle.ParseSentence(sentence);

        Assert.Contains(draft.People, p => p.Name == person);
        Assert.DoesNotContain(draft.Places, place => place.Contains(person.Split(' ')[^1], StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("The fee for Spaniard Iker Olabarrieta Urkizu was agreed on Friday.", "Iker Olabarrieta Urkizu")]
    [InlineData("The sprint was won by Welshman Gethin Prys-Ellory after a late attack.", "Gethin Prys-Ellory")]
    public void ANationalityNounBeforeANameIsNoPartOfIt(string sentence, string person)
    {
        var draft = EntityArticle.ParseSentence(sentence);

        Assert.Contains(draft.People, p => p.Name == person);
        Assert.Empty(draft.Organizations);
    }

    [Theory]
    [InlineData("Support for Alianza Riojana rose by four points, the survey found.", "Alianza Riojana")]
    [InlineData("Votes for Coalición Verde del Duero and Movimiento Meseta rose on Sunday.", "Coalición Verde del Duero")]
    [InlineData("Votes for Coalición Verde del Duero and Movimiento Meseta rose on Sunday.", "Movimiento Meseta")]
    [InlineData("The stage was paid for by the Secretaría de Turismo of the state.", "Secretaría de Turismo")]
    [InlineData("The procession was led by Banda Filarmónica de Tlacotepec.", "Banda Filarmónica de Tlacotepec")]
    public void SpanishPartiesMovementsMinistriesAndBandsAreOrganizations(string sentence, string organization)
    {
        var draft = EntityArticle.ParseSentence(sentence);

        Assert.Contains(draft.Organizations, o => o.Name == organization);
        Assert.DoesNotContain(draft.People, p => p.Name.Contains(organization.Split(' ')[^1], StringComparison.Ordinal));
    }
}
