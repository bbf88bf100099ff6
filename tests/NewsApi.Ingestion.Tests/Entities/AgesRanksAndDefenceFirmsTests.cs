namespace NewsApi.Ingestion.Tests.Entities;

/// <summary>An age after a name, what only a person plays as, an officer's retirement after the rank, defence firms and nationalities after "and"; every name is invented.</summary>
public sealed class AgesRanksAndDefenceFirmsTests
{
    [Fact]
    public void AnAgeAfterTheNameMakesAPersonOfWhatANounBeforeCallsACompany()
    {
        var draft = EntityArticle.ParseSentence("Arrested were forklift operator Ramil Dizon, 29; and two foreign nationals.");

        Assert.Contains(draft.People, p => p.Name == "Ramil Dizon");
        Assert.DoesNotContain(draft.Organizations, o => o.Name == "Ramil Dizon");
    }

    [Fact]
    public void AnOfficersRetirementAfterTheRankIsNoOrganization()
    {
        var draft = EntityArticle.ParseSentence("Athletics president Brig (Rtd) Daniel Kiptoo Rono says the team will be named on Tuesday.");

        Assert.DoesNotContain(draft.Organizations, o => o.Name == "Rtd");
        Assert.Contains(draft.People, p => p.Name == "Daniel Kiptoo Rono");
    }

    [Fact]
    public void ADefenceFirmAfterACountrysPossessiveIsAnOrganization()
    {
        var draft = EntityArticle.ParseSentence("Interceptors could come from Germany's Hallmann Defence, which makes the system.");

        Assert.Contains(draft.Organizations, o => o.Name == "Hallmann Defence");
        Assert.DoesNotContain(draft.People, p => p.Name == "Hallmann Defence");
    }

    [Fact]
    public void ANationalityAfterAndBelongsToTheNextName()
    {
        var draft = EntityArticle.ParseSentence("The losses at Varnholt Brothers Holdings and Swiss bank Obermatt were disclosed on Monday.");

        Assert.Contains(draft.Organizations, o => o.Name == "Varnholt Brothers Holdings");
        Assert.DoesNotContain(draft.Organizations, o => o.Name.EndsWith("Swiss", StringComparison.Ordinal));
    }

    [Fact]
    public void WhatOnlyAPersonPlaysAsMakesAPersonOfWhatTheTaggerCallsAnOrganization()
    {
        var draft = EntityArticle.ParseSentence("Kenya Police Service athlete Mercy Kwamboka Ombui takes second.");

        Assert.Contains(draft.People, p => p.Name == "Mercy Kwamboka Ombui");
        Assert.DoesNotContain(draft.Organizations, o => o.Name == "Mercy Kwamboka Ombui");
    }
}
