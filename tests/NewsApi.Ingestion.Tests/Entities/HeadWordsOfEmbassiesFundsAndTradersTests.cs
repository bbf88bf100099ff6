namespace NewsApi.Ingestion.Tests.Entities;

/// <summary>Embassies, labs, and funds, clinics, theatres and schools named in other languages; traders named by apposition; every name is invented.</summary>
public sealed class HeadWordsOfEmbassiesFundsAndTradersTests
{
    [Theory]
    [InlineData("Protesters gathered outside the Danish Embassy on Saturday morning.", "Danish Embassy")]
    [InlineData("The cores were cut at the Glacial Isotope Lab before being shipped south.", "Glacial Isotope Lab")]
    [InlineData("The Fondo Austral para la Vivienda (FAV) approved $9 million in loans on Thursday.", "Fondo Austral para la Vivienda")]
    [InlineData("The director staged the play at the small Teatr Zielona Brama in 2021.", "Teatr Zielona Brama")]
    [InlineData("He joined from Kagoshima Hinode Gakuen, a high school known for its football.", "Kagoshima Hinode Gakuen")]
    public void AHeadWordOfAnotherLanguageOrAnEmbassyMakesAnOrganization(string sentence, string organization)
    {
        var draft = EntityArticle.ParseSentence(sentence);

        draft.AssertOrganizationNotPerson(organization);
    }

    [Fact]
    public void ANameInAppositionWithADistributorIsACompany()
    {
        var draft = EntityArticle.ParseSentence("Lipovy Stanktorg, a Perm distributor of machine tools, bought the lathes through a broker in Dubai.");

        draft.AssertOrganizationNotPerson("Lipovy Stanktorg");
    }

    [Fact]
    public void APlaceAfterOnIsWhereTheHospitalStandsNotPartOfItsName()
    {
        var draft = EntityArticle.ParseSentence("The unit opened at Derwent Bayside Hospital on Launceston's eastern shore last week.");

        Assert.Contains(draft.Organizations, o => o.Name == "Derwent Bayside Hospital");
    }
}
