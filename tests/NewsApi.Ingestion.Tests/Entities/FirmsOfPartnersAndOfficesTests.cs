namespace NewsApi.Ingestion.Tests.Entities;

/// <summary>
/// Partners' firms listed with commas, offices named for their holders, parliaments in their own language, priests'
/// titles and the Iban "anak"; every name is invented.
/// </summary>
public sealed class FirmsOfPartnersAndOfficesTests
{
    [Theory]
    [InlineData("The growers are represented by Thorvaldsen, Mthembu & Strand PLLC, a firm in Tucson.", "Thorvaldsen, Mthembu & Strand PLLC")]
    [InlineData("The growers hired Quist, Adeyinka-Roe, Dunmore and Vale LLP last year.", "Quist, Adeyinka-Roe, Dunmore and Vale LLP")]
    public void PartnersListedWithCommasBeforeTheFormAreOneFirm(string sentence, string firm)
    {
        var draft = EntityArticle.ParseSentence(sentence);

        Assert.Contains(draft.Organizations, o => o.Name == firm);
        Assert.DoesNotContain(draft.People, p => firm.Contains(p.Name, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("The deal was advised by Tollefsen, Ademola & Partners, a firm in Accra.", "Tollefsen, Ademola & Partners")]
    [InlineData("Cifuentes, Orrego & Baeza Abogados acted for the lenders.", "Cifuentes, Orrego & Baeza Abogados")]
    [InlineData("The practice will combine with Kigali-based Uwimana, Brecht & Vallo LLP, the firms said.", "Uwimana, Brecht & Vallo LLP")]
    [InlineData("The buyer was advised by the firm Quenby, Talmor & Co., which declined to comment.", "Quenby, Talmor & Co.")]
    [InlineData("His lawyer, of the firm Brandão, Quevillar e Associados Advogados, said the ruling was wrong.", "Brandão, Quevillar e Associados Advogados")]
    [InlineData("The lender hired the Moscow firm Lavrenko, Sultygov i Partnery for the case.", "Lavrenko, Sultygov i Partnery")]
    public void PartnersListedWithCommasBeforeTheirPartnersWordOrAfterTheirBaseAreOneFirm(string sentence, string firm)
    {
        var draft = EntityArticle.ParseSentence(sentence);

        Assert.Contains(draft.Organizations, o => o.Name == firm);
        Assert.DoesNotContain(draft.Organizations, o => o.Name != firm && firm.Contains(o.Name, StringComparison.Ordinal));
        Assert.DoesNotContain(draft.People, p => firm.Contains(p.Name, StringComparison.Ordinal));
    }

    [Fact]
    public void AnOfficeNamedForItsHolderKeepsThePossessive()
    {
        var draft = EntityArticle.ParseSentence("Deputies from the Kettleby County Sheriff's Office searched the house on Tuesday.");

        Assert.Contains(draft.Organizations, o => o.Name == "Kettleby County Sheriff's Office");
    }

    [Theory]
    [InlineData("The bill passed the Verkhovna Rada by 241 votes, said Oksana Hrytsenko-Dovzhuk.", "Verkhovna Rada")]
    [InlineData("The bill passed the Sejm on Friday by 240 votes, said Zofia Krzemieńska-Lis.", "Sejm")]
    public void AParliamentNamedInItsOwnLanguageIsABody(string sentence, string parliament)
    {
        var draft = EntityArticle.ParseSentence(sentence);

        draft.AssertOrganizationNotPerson(parliament);
    }

    [Theory]
    [InlineData("Padre Tomé Azevedo Lacerda blessed the first baskets of grapes.", "Tomé Azevedo Lacerda")]
    [InlineData("Archimandrite Spyridon Kalogeropoulos led the service on Sunday.", "Spyridon Kalogeropoulos")]
    [InlineData("The sape player Jonathan Ugak anak Nyala opened the festival.", "Jonathan Ugak anak Nyala")]
    public void APriestsTitleGoesAndAnIbanFathersNameStays(string sentence, string person)
    {
        var draft = EntityArticle.ParseSentence(sentence);

        Assert.Contains(draft.People, p => p.Name == person);
        Assert.DoesNotContain(draft.Organizations, o => o.Name.Contains(person, StringComparison.Ordinal));
    }
}
