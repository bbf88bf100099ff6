namespace NewsApi.Ingestion.Tests.Entities;

/// <summary>Two legal forms in a row, Luxembourg's and Switzerland's forms and offices; every name is invented.</summary>
public sealed class LegalFormsOfMoreFirmsTests
{
    [Fact]
    public void ASecondLegalFormAfterAFullStopStaysInTheName()
    {
        var draft = EntityArticle.ParseSentence("The songs were recorded for Venkatraman Sisters Films Pvt. Ltd. in Chennai last year.");

        Assert.Contains(draft.Organizations, o => o.Name == "Venkatraman Sisters Films Pvt. Ltd.");
        Assert.DoesNotContain(draft.Organizations, o => o.Name == "Ltd");
    }

    [Theory]
    [InlineData("The fund's adviser, Hoscheit Advisory S.à r.l., declined to comment.", "Hoscheit Advisory S.à r.l.")]
    [InlineData("The board acted on the advice of Thillens Marnach & Partners SCS, its counsel.", "Thillens Marnach & Partners SCS")]
    [InlineData("She is avocat à la Cour and partner at Etude Marnach & Wengler, for the role.", "Etude Marnach & Wengler")]
    public void ALuxembourgOrSwissFormOrOfficeMakesOneFirm(string sentence, string firm)
    {
        var draft = EntityArticle.ParseSentence(sentence);

        Assert.Contains(draft.Organizations, o => o.Name == firm);
        Assert.DoesNotContain(draft.People, p => firm.Contains(p.Name, StringComparison.Ordinal));
    }
}
