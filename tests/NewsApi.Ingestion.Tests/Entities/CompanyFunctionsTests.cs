namespace NewsApi.Ingestion.Tests.Entities;

/// <summary>The functions every company has, written as labels in contact blocks and addresses. Every name is invented.</summary>
public sealed class CompanyFunctionsTests
{
    [Fact]
    public void AFunctionInAContactBlockOrAnAddressIsNoEntity()
    {
        var draft = NewsDocumentParser.Parse("""
            News in brief

            Kansai Vellmoor Holdings, Inc. (Head Office: Chuo-ku, Osaka; President: Ken Ito) today announced a deal.

            Media contact:
            Orrin Lund
            Director, Corporate Communications
            Tarnby Tools Ltd

            The Corporate Communications Department of Tarnby Tools said nothing.
            """);

        string[] functions = ["Head Office", "Corporate Communications"];
        Assert.DoesNotContain(draft.Organizations, o => functions.Contains(o.Name));
        Assert.DoesNotContain(draft.People, p => functions.Contains(p.Name));
        Assert.Contains(draft.Organizations, o => o.Name == "Tarnby Tools Ltd");
    }

    [Fact]
    public void ADepartmentNamedInFullIsStillABody()
    {
        var draft = EntityArticle.ParseSentence("The Corporate Communications Department of Tarnby Tools said nothing.");

        Assert.Contains(draft.Organizations, o => o.Name.StartsWith("Corporate Communications Department", StringComparison.Ordinal));
    }
}
