namespace NewsApi.Ingestion.Tests.Entities;

/// <summary>Legal forms written with a slash or with lower-case letters and full stops. Every name is invented.</summary>
public sealed class LegalFormsWithSlashesAndStopsTests
{
    [Theory]
    [InlineData("The environmental group Modrý Potok z.s., which had campaigned for the closure, said it regretted the delay.", "Modrý Potok z.s.")]
    [InlineData("The company that received the quota, Skarvik Fisk P/F, was not a party to the case.", "Skarvik Fisk P/F")]
    [InlineData("About 300 workers at Brisling Brodogradnja d.d. blocked the gate on Monday.", "Brisling Brodogradnja d.d.")]
    public void ANameClosedByItsLegalFormIsACompany(string sentence, string company)
    {
        var draft = EntityArticle.ParseSentence(sentence);

        draft.AssertOrganizationNotPerson(company);
        Assert.DoesNotContain(draft.Places, p => company.StartsWith(p, StringComparison.Ordinal));
    }

    [Fact]
    public void ALetterAndASlashBeforeAnotherWordIsNoLegalForm()
    {
        var draft = EntityArticle.ParseSentence("Skarvik Fisk bought the quota on 12/03 from Orrin Lund, who kept a D/ share.");

        Assert.DoesNotContain(draft.Organizations, o => o.Name.Contains('/', StringComparison.Ordinal));
    }
}
