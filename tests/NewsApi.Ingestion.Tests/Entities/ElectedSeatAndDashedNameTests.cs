namespace NewsApi.Ingestion.Tests.Entities;

/// <summary>Elected members' seats, and names whose parts a dash joins with no space; every name is invented.</summary>
public sealed class ElectedSeatAndDashedNameTests
{
    [Fact]
    public void AnElectedMembersSeatIsAPlaceAndTheOfficeNoOrganization()
    {
        var draft = NewsDocumentParser.Parse("""
            Quota questioned

            Maelle Doucharme, the Liberal MP for Varenne—Bathelot, asked the minister on Wednesday why the science was not published.
            Tomas Brennick, MP for North Harrowmere—St. Ives, said harvesters had been given less than a month's notice.
            """);

        Assert.Contains("Varenne—Bathelot", draft.Places);
        Assert.Contains("North Harrowmere—St. Ives", draft.Places);
        Assert.DoesNotContain(draft.Organizations, o => o.Name.Contains("MP", StringComparison.Ordinal) || o.Name.Contains("Varenne", StringComparison.Ordinal));
    }

    [Fact]
    public void MembersOfAnElectedBodyAreNoOrganization()
    {
        var draft = NewsDocumentParser.Parse("""
            MPs press fisheries minister on crab quota cut as harvesters warn of a lost season

            Tomas Brennick defended a 38 per cent cut to the southern quota, but opposition MPs say DFO has not published the science behind it.

            Tomas Brennick faced two hours of pointed questions from MPs on Wednesday over his department's decision.
            """);

        Assert.DoesNotContain(draft.Organizations, o => o.Name == "MPs");
    }

    [Fact]
    public void ADashBetweenCapitalizedWordsJoinsOneName()
    {
        var draft = NewsDocumentParser.Parse("""
            Dutchman wins stage

            Arjen Wolters, 26, of the Dutch team Veldhoven–Brakel Cycling, won the stage by two seconds on Wednesday.
            """);

        Assert.Contains(draft.Organizations, o => o.Name == "Veldhoven–Brakel Cycling");
        Assert.DoesNotContain(draft.Places, p => p.Contains("Brakel", StringComparison.Ordinal));
    }
}
