namespace NewsApi.Ingestion.Tests.Entities;

/// <summary>Possessives that belong to a body's name: a short "-men" plural, a place after a head word and "of". Every name is invented.</summary>
public sealed class PossessivesInsideBodyNamesTests
{
    [Fact]
    public void ASeamensUnionKeepsItsPossessive()
    {
        var draft = EntityArticle.ParseSentence("The Oakhurst Seamen's Union said the crews had not been paid since October.");

        draft.AssertOrganizationNotPerson("Oakhurst Seamen's Union");
    }

    [Fact]
    public void APlaceAfterAHeadWordAndOfIsTheBodysOwnBeforeItsPossessive()
    {
        var draft = EntityArticle.ParseSentence("Lecturer Ana Fell of the Wexmoor University of Kenya's School of Law said the ruling was narrow.");

        Assert.Contains(draft.Organizations, o => o.Name == "Wexmoor University of Kenya");
        Assert.DoesNotContain(draft.Organizations, o => o.Name == "Wexmoor University");
    }

    [Fact]
    public void APlaceAfterAnOfThatNoHeadWordOpensStillBelongsToTheParent()
    {
        var draft = EntityArticle.ParseSentence("Ana Fell, head of the Bureau for Overseas Training of Kenya's Coastal Defence Council, arrived on Monday.");

        Assert.Contains(draft.Organizations, o => o.Name == "Bureau for Overseas Training");
    }
}
