namespace NewsApi.Ingestion.Tests.Entities;

/// <summary>A wire's instrument codes in brackets, Poland's limited companies and a legal form that ends a sentence; every name is invented.</summary>
public sealed class TickersAndPolishFirmsTests
{
    [Theory]
    [InlineData("Nickel producer PT Kencana Bumi Nikel Tbk (KBNI.JK) reported a 41% jump in net profit.", "KBNI")]
    [InlineData("Shares rose 6.8%, outpacing a 0.4% gain in the Jakarta Composite Index (.JKSE).", "JKSE")]
    [InlineData("The stake is 38% owned by London-listed Harrowgate Minerals PLC (HGM.L), the company said.", "HGM")]
    public void AnInstrumentCodeInBracketsNamesNoOrganization(string sentence, string code)
    {
        var draft = EntityArticle.ParseSentence(sentence);

        Assert.DoesNotContain(draft.Organizations, o => o.Name == code || o.Name is "JK" or "L");
    }

    [Fact]
    public void ACountrysInitialsInBracketsStayAPlace()
    {
        var draft = EntityArticle.ParseSentence("Dorothy Pembleton (U.S.) won the race in 1:54.2.");

        Assert.Contains("U.S.", draft.Places);
    }

    [Theory]
    [InlineData("The supplier, Zielna Optyka Sp. z o.o. said on Monday it would cut jobs.", "Zielna Optyka Sp. z o.o.")]
    [InlineData("The round was led by Bystra Ventures sp. z o.o. and two angel investors.", "Bystra Ventures sp. z o.o.")]
    public void PolandsLimitedCompanyFormEndsTheName(string sentence, string company)
    {
        var draft = EntityArticle.ParseSentence(sentence);

        Assert.Contains(draft.Organizations, o => o.Name == company);
    }

    [Fact]
    public void ALegalFormWithItsStopsBeforeAGivenNameEndsTheSentence()
    {
        var draft = EntityArticle.ParseSentence(
            "The loan comes from Banco Valle Hondo, S.A. Emilio Zarauz Quintana, the buyer's finance chief, said the deal would close in May.");

        Assert.Contains(draft.People, p => p.Name == "Emilio Zarauz Quintana");
        Assert.Contains(draft.Organizations, o => o.Name.StartsWith("Banco Valle Hondo", StringComparison.Ordinal));
    }

    [Fact]
    public void ACompanysLastWordBeforeAndClosesItsName()
    {
        var draft = EntityArticle.ParseSentence(
            "An agreement was also reached between the Hungarian company Zalavar Water Technologies and Kashkadarya Agro Cluster on new plants.");

        Assert.Contains(draft.Organizations, o => o.Name == "Zalavar Water Technologies");
        Assert.DoesNotContain(draft.Organizations, o => o.Name.Contains(" and ", StringComparison.Ordinal));
    }

    [Fact]
    public void APortfolioJoinedByAndStaysOneName()
    {
        var draft = EntityArticle.ParseSentence("The Department of Mining and Critical Minerals said the inquiry would open in March.");

        Assert.Contains(draft.Organizations, o => o.Name == "Department of Mining and Critical Minerals");
    }
}
