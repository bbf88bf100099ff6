namespace NewsApi.Ingestion.Tests.Entities;

/// <summary>Names of bodies in French and Portuguese keep their lower-case words; every name is invented.</summary>
public sealed class RomanceBodyNameTests
{
    [Fact]
    public void AFrenchPartyKeepsItsLowerCaseAdjectiveAndPlace()
    {
        var draft = NewsDocumentParser.Parse("""
            Montvallon council backs tram

            Opposition leader Hugo Pérolle, of Alliance citoyenne de Montvallon, voted against the plan on Tuesday night.
            """);

        Assert.Contains(draft.Organizations, o => o.Name == "Alliance citoyenne de Montvallon");
        Assert.DoesNotContain(draft.Organizations, o => o.Name == "Alliance");
    }

    [Fact]
    public void APortugueseFoundationIsOneNameAcrossItsPrepositions()
    {
        var draft = NewsDocumentParser.Parse("""
            Nurses cut heart failure admissions

            The study was paid for by the Fundação Serrana para a Investigação em Saúde, a charity in Lisbon, its authors said.
            """);

        Assert.Contains(draft.Organizations, o => o.Name == "Fundação Serrana para a Investigação em Saúde");
        Assert.DoesNotContain(draft.Organizations, o => o.Name is "Fundação Serrana" or "Investigação em Saúde");
    }

    [Fact]
    public void RomanianBodiesKeepTheirLowerCaseWordsAndParticles()
    {
        var draft = NewsDocumentParser.Parse("""
            Clinic in the hills

            The project is run by Fundația Carpați pentru Sate, which opened the Clinica Medicală Vișeu in 2021 with money from Baia Mare donors.
            """);

        Assert.Contains(draft.Organizations, o => o.Name == "Fundația Carpați pentru Sate");
        Assert.Contains(draft.Organizations, o => o.Name == "Clinica Medicală Vișeu");
    }
}
