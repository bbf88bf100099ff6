namespace NewsApi.Ingestion.Tests.Entities;

/// <summary>A unit named for its field before "of" and its parent body. Every name is invented.</summary>
public sealed class UnitsBeforeTheirParentsTests
{
    [Fact]
    public void AUnitOfAFieldAndItsParentBodyAreTwoOrganizations()
    {
        var draft = EntityArticle.ParseSentence(
            "Ana Fell, a doctoral student at the Department of Physics of Quenby University, said the work took four years.");

        Assert.Contains(draft.Organizations, o => o.Name == "Department of Physics");
        Assert.Contains(draft.Organizations, o => o.Name == "Quenby University");
        Assert.DoesNotContain(draft.Organizations, o => o.Name == "Department of Physics of Quenby University");
    }

    [Fact]
    public void APlaceAfterTheSecondOfStaysInTheName()
    {
        var draft = EntityArticle.ParseSentence("Students gathered outside the Faculty of Sciences of Nairobi on Monday.");

        Assert.Contains(draft.Organizations, o => o.Name == "Faculty of Sciences of Nairobi");
    }
}
