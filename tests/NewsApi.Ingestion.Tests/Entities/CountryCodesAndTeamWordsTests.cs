namespace NewsApi.Ingestion.Tests.Entities;

/// <summary>Competitors with a country's code in a results table, and the last words of teams, forces and ensembles; every name is invented.</summary>
public sealed class CountryCodesAndTeamWordsTests
{
    private const string StageResults = """
        Cycling - stage results

        Harlen Dosvik won the stage on Saturday after a long attack on the last climb. Davide Quarnello of Vantorra Pro Team
        was third and Léon Abrissac of Team Kestrelmoor fourth.

        Stage 2 top five (Thunmark - Velloux, 171km)
        1. Harlen Dosvik (NOR) Brevant Cycling 4:11:02
        2. Olek Pramusz (POL) Team Kestrelmoor +0:12
        3. Davide Quarnello (ITA) Vantorra Pro Team +0:12
        4. Léon Abrissac (FRA) Team Kestrelmoor +0:31
        5. Jurre Vandamsma (NED) Brevant Cycling +0:40
        """;

    [Fact]
    public void ACompetitorBeforeASportsCountryCodeIsAPersonAndDefinesNoAcronym()
    {
        var draft = NewsDocumentParser.Parse(StageResults);

        Assert.Contains(draft.People, p => p.Name == "Olek Pramusz");
        Assert.Contains(draft.People, p => p.Name == "Jurre Vandamsma");
        Assert.DoesNotContain(draft.Organizations, o => o.Name is "Olek Pramusz" or "Jurre Vandamsma");
    }

    [Fact]
    public void ASportsCountryCodeInBracketsIsNoOrganization()
    {
        var draft = NewsDocumentParser.Parse(StageResults);

        Assert.DoesNotContain(draft.Organizations, o => o.Name is "ITA" or "FRA" or "NOR" or "POL" or "NED");
    }

    [Fact]
    public void ACodeThatSpellsTheInitialsOfTheNameBeforeItIsStillItsAcronym()
    {
        var draft = NewsDocumentParser.Parse("""
            Roads agency cuts its budget

            The Ghana Highway Authority (GHA) said on Monday it would delay work on three roads. The GHA blamed late payments.
            """);

        Assert.Contains(draft.Organizations, o => o.Name == "Ghana Highway Authority" && o.Aliases.Contains("GHA"));
    }

    [Fact]
    public void ANameEndingInTeamIsATeamEvenWhenAClauseAboutAPersonFollowsIt()
    {
        var draft = NewsDocumentParser.Parse("""
            Leader loses jersey on the climb

            Noor Halvdan took the jersey from Wim Strokkelaar of Vantorra Pro Team, who lost a minute on the climb.
            """);

        Assert.Contains(draft.Organizations, o => o.Name == "Vantorra Pro Team");
        Assert.DoesNotContain(draft.People, p => p.Name.Contains("Vantorra", StringComparison.Ordinal));
    }

    [Fact]
    public void AConstabularyIsAnOrganization()
    {
        var draft = NewsDocumentParser.Parse("""
            Warehouse fire treated as arson

            Detectives from Brackenfold Vale Constabulary said on Tuesday the fire was started deliberately. Officers asked
            witnesses to come forward.
            """);

        Assert.Contains(draft.Organizations, o => o.Name == "Brackenfold Vale Constabulary");
        Assert.DoesNotContain(draft.People, p => p.Name.Contains("Brackenfold", StringComparison.Ordinal));
    }

    [Fact]
    public void AChoirIsAnOrganization()
    {
        var draft = NewsDocumentParser.Parse("""
            Bishop's visit draws crowds

            On Sunday the archbishop travels to Kuldīga, where the Ruby Reef Youth Choir will sing at a prayer evening.
            """);

        Assert.Contains(draft.Organizations, o => o.Name == "Ruby Reef Youth Choir");
    }
}
