namespace NewsApi.Ingestion.Tests.Entities;

/// <summary>A shop named for its owner, schools named by their level and a church; every name is invented.</summary>
public sealed class ShopsAndSchoolsTests
{
    [Fact]
    public void AShopNamedForItsOwnerIsACompanyAndNoPerson()
    {
        var draft = EntityArticle.ParseSentence("The line outside Nanay Pilar's Bakeshop on Mission Street started forming before 6 a.m. Wednesday.");

        Assert.Contains(draft.Organizations, o => o.Name == "Nanay Pilar's Bakeshop");
        Assert.DoesNotContain(draft.People, p => p.Name is "Nanay Pilar" or "Bakeshop");
    }

    [Fact]
    public void TwoSchoolsJoinedByAndAreTwo()
    {
        var draft = EntityArticle.ParseSentence("Students will move to Copperleaf Elementary and Birchwood Middle School in September.");

        Assert.Contains(draft.Organizations, o => o.Name == "Copperleaf Elementary");
        Assert.Contains(draft.Organizations, o => o.Name == "Birchwood Middle School");
    }

    [Fact]
    public void AChurchNamedAfterAMountIsAnOrganization()
    {
        var draft = EntityArticle.ParseSentence("He pastored Mount Gilboa Fellowship Church in Mandeville for 31 years.");

        Assert.Contains(draft.Organizations, o => o.Name == "Mount Gilboa Fellowship Church");
        Assert.DoesNotContain("Mount Gilboa Fellowship Church", draft.Places);
    }
}
