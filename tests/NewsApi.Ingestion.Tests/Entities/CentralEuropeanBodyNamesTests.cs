namespace NewsApi.Ingestion.Tests.Entities;

/// <summary>Bodies named in Romanian, Hungarian, Polish and Czech inside English copy; every name is invented.</summary>
public sealed class CentralEuropeanBodyNamesTests
{
    [Theory]
    [InlineData("The report was written by the Centrul Român pentru Studii Agrare, a think tank in Cluj.", "Centrul Român pentru Studii Agrare")]
    [InlineData("The vote was called by Tiszapart Egyesület, which collected 9,000 signatures.", "Tiszapart Egyesület")]
    [InlineData("The grants come from Fundacja Wolne Pola, based in Lublin.", "Fundacja Wolne Pola")]
    [InlineData("The scheme is run by Nadace Zelené Údolí in Brno.", "Nadace Zelené Údolí")]
    public void AHeadNounInTheBodysOwnLanguageMakesTheWholeNameAnOrganization(string sentence, string organization)
    {
        var draft = EntityArticle.ParseSentence(sentence);

        draft.AssertOrganizationNotPerson(organization);
        Assert.DoesNotContain(draft.Places, place => organization.Contains(place, StringComparison.Ordinal));
    }
}
