namespace NewsApi.Ingestion.Tests.Entities;

/// <summary>
/// Two bodies joined by "and", each a name of its own; and the names that stay one across their "and". Every name is invented.
/// </summary>
public sealed class BodiesJoinedByAndAndTheirSeatsTests
{
    [Fact]
    public void TwoUniversitiesJoinedByAndAreTwoOrganizations()
    {
        var draft = EntityArticle.ParseSentence(
            "Marrowgate Polytechnic University and Quenby University of Arts say the merged campus will open in 2028.");

        Assert.Contains(draft.Organizations, o => o.Name == "Marrowgate Polytechnic University");
        Assert.Contains(draft.Organizations, o => o.Name == "Quenby University of Arts");
        Assert.DoesNotContain(draft.Organizations, o => o.Name.Contains(" and ", StringComparison.Ordinal));
    }

    [Fact]
    public void AnyBodyAndAFirmClosedByItsLegalFormAreTwoOrganizations()
    {
        var draft = EntityArticle.ParseSentence(
            "The Pellory Fund for Rural Schools and Brackwater Salt Co. PLC have pledged a combined 2 million.");

        Assert.Contains(draft.Organizations, o => o.Name == "Pellory Fund for Rural Schools");
        Assert.Contains(draft.Organizations, o => o.Name == "Brackwater Salt Co. PLC");
        Assert.DoesNotContain(draft.Organizations, o => o.Name.Contains(" and ", StringComparison.Ordinal));
    }

    [Fact]
    public void ALibraryAndACountyAreReadApart()
    {
        var draft = EntityArticle.ParseSentence(
            "The buildings will be offered to other agencies, including the Fenmarsh Metropolitan Library and Wexmoor County, before any sale.");

        Assert.Contains(draft.Organizations, o => o.Name == "Fenmarsh Metropolitan Library");
        Assert.DoesNotContain(draft.Organizations, o => o.Name.Contains(" and ", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Skarvik Savings Bank and Trust Company")]
    [InlineData("Department of Trade and Industry")]
    public void ANameWhoseSecondPartOpensWithAHeadWordOrAnOrdinaryWordStaysOne(string name)
    {
        var draft = EntityArticle.ParseSentence($"A spokesperson for the {name} declined to comment on Tuesday.");

        Assert.Contains(draft.Organizations, o => o.Name == name);
    }
}
