namespace NewsApi.Ingestion.Tests.Entities;

/// <summary>Companies named in Spanish and Portuguese fashion, and two bodies joined by "and"; every firm is invented.</summary>
public sealed class RomanceFirmsAndPairedBodiesTests
{
    [Fact]
    public void PerusOpenCorporationIsALegalFormAndAFisheryOpensACompanysName()
    {
        var draft = EntityArticle.ParseSentence("Pesquera Bahía Dorada S.A.A., one of the largest fishmeal producers in the north, denied the charge.");

        draft.AssertOrganizationNotPerson("Pesquera Bahía Dorada S.A.A.");
    }

    [Fact]
    public void TwoPharmacyChainsJoinedByAndAreTwoBodies()
    {
        var draft = EntityArticle.ParseSentence("The pharmacy chains Farmacias Santa Inés and Botica Los Olivos said they had removed the syrup.");

        draft.AssertOrganizationNotPerson("Farmacias Santa Inés");
        draft.AssertOrganizationNotPerson("Botica Los Olivos");
    }

    [Fact]
    public void AShortMonthAfterANamesParticleIsAWordOfTheName()
    {
        var person = EntityArticle.ParseSentence("María del Mar Quiroga Esteban said the port would reopen on Monday.");
        var body = EntityArticle.ParseSentence("The Fundación del Mar said it would appeal the ruling.");

        Assert.Contains(person.People, p => p.Name == "María del Mar Quiroga Esteban");
        body.AssertOrganizationNotPerson("Fundación del Mar");
    }

    [Fact]
    public void TwoMinistriesJoinedByAndAreTwoBodies()
    {
        var draft = EntityArticle.ParseSentence("Officials of the Ministry of Fisheries and Ministry of Finance met on Monday.");

        Assert.Contains(draft.Organizations, o => o.Name == "Ministry of Fisheries");
        Assert.Contains(draft.Organizations, o => o.Name == "Ministry of Finance");
    }
}
