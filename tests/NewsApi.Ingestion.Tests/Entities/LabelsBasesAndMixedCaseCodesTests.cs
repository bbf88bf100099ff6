namespace NewsApi.Ingestion.Tests.Entities;

/// <summary>Words beside a name that say what it is: a player's position, a contact label, a company's base, a country code in mixed case; every name is invented.</summary>
public sealed class LabelsBasesAndMixedCaseCodesTests
{
    [Theory]
    [InlineData("Flanker Sione Taufahema-Latu celebrates with supporters after the final whistle.", "Sione Taufahema-Latu")]
    [InlineData("Contact Marisol Quintanilla-Ruedas at the newsroom or on 555-0148.", "Marisol Quintanilla-Ruedas")]
    public void AWordOpeningTheSentenceBeforeAPersonIsNoPartOfTheName(string sentence, string name)
    {
        var draft = EntityArticle.ParseSentence(sentence);

        Assert.Contains(draft.People, p => p.Name == name);
        Assert.DoesNotContain(draft.People, p => p.Name.EndsWith(" " + name, StringComparison.Ordinal));
    }

    [Fact]
    public void ANameAfterAPlacesBaseIsAnOrganization()
    {
        var draft = EntityArticle.ParseSentence("Pune-based Vaxomed Biologics has agreed to manufacture the vaccine for the trial.");

        draft.AssertOrganizationNotPerson("Vaxomed Biologics");
    }

    [Fact]
    public void ACountryCodeInMixedCaseInAResultsTableIsNoOrganization()
    {
        var draft = NewsDocumentParser.Parse("""
            Stage 5 goes to the breakaway

            Renzo Albarracín won the stage from a six-man breakaway on Thursday.

            Stage 5 top three
            1. Renzo Albarracín (Arg) Ferrovial Lusitano Team 4:02:11
            2. Kenji Watarase (Jpn) Hokkai Cycling +0:04
            3. Pieter Vandenkerckhove (Bel) Team Brabanthal +0:19
            """);

        Assert.DoesNotContain(draft.Organizations, o => o.Name is "Arg" or "Jpn" or "Bel");
        Assert.Contains(draft.People, p => p.Name == "Kenji Watarase");
    }

    [Fact]
    public void ATownWhoseNameOpensWithCiudadIsNoClub()
    {
        var draft = EntityArticle.ParseSentence("Her sister, Guadalupe Treviño Ledesma, of Ciudad Juárez, survives her.");

        Assert.DoesNotContain(draft.Organizations, o => o.Name == "Ciudad Juárez");
    }
}
