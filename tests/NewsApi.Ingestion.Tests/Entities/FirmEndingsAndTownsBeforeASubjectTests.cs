namespace NewsApi.Ingestion.Tests.Entities;

/// <summary>Firms' last words and legal forms of Spain's professional firms and Norway's state enterprises; a town after "in" before a clause's subject; every name is invented.</summary>
public sealed class FirmEndingsAndTownsBeforeASubjectTests
{
    [Theory]
    [InlineData("Vayurath was advised by Chennai-based Iyer Basu Capital Advisors on the sale.", "Iyer Basu Capital Advisors")]
    [InlineData("The court appointed Remedios Olmedilla Ruiz, of the Córdoba firm Olmedilla & Asociados Concursal, S.L.P., as administrator.", "Olmedilla & Asociados Concursal, S.L.P.")]
    [InlineData("The project has a grant of NOK 1.2 billion from the state-owned climate fund Kystløft SF.", "Kystløft SF")]
    [InlineData("The round was joined by existing investors Mbarara Angel Collective and two funds from Lagos.", "Mbarara Angel Collective")]
    public void ANameClosedByAFirmsLastWordIsAnOrganization(string sentence, string organization)
    {
        var draft = EntityArticle.ParseSentence(sentence);

        draft.AssertOrganizationNotPerson(organization);
    }

    [Fact]
    public void ATownAfterInBeforeTheClausesSubjectIsAPlace()
    {
        var draft = EntityArticle.ParseSentence("Headquartered in Lagos with an engineering hub in Kigali, the company serves 210,000 merchants.");

        Assert.Contains("Kigali", draft.Places);
        Assert.DoesNotContain(draft.Organizations, o => o.Name == "Kigali");
    }
}
