namespace NewsApi.Ingestion.Tests.Entities;

/// <summary>
/// Companies closed by a legal form that no company suffix lists, and a body and a firm closed by its legal form joined by
/// "and". Every name is invented.
/// </summary>
public sealed class CompaniesClosedByAnyLegalFormTests
{
    [Theory]
    [InlineData("Mills sold the bakery to Panificadora La Fenmarsh S.R.L. in 2019.", "Panificadora La Fenmarsh S.R.L.")]
    [InlineData("The fine on Oakmere Infraestructuras SCR was cut to 2 million euros.", "Oakmere Infraestructuras SCR")]
    public void ALegalFormNoCompanySuffixListsClosesACompanysName(string sentence, string company)
    {
        var draft = EntityArticle.ParseSentence(sentence);

        draft.AssertOrganizationNotPerson(company);
    }

    [Fact]
    public void ABodyOfOrdinaryWordsAndAFirmClosedByItsLegalFormAreReadApart()
    {
        var draft = EntityArticle.ParseSentence("The Tarnby Farm Safety Partnership and Skarvik District Credit Union Ltd signed the deal.");

        Assert.Contains(draft.Organizations, o => o.Name == "Skarvik District Credit Union Ltd");
        Assert.DoesNotContain(draft.Organizations, o => o.Name.Contains(" and ", StringComparison.Ordinal));
    }
}
