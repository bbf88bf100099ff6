namespace NewsApi.Ingestion.Tests.Entities;

/// <summary>A country or a form in brackets inside a company's written name; every name is invented.</summary>
public sealed class BracketInCompanyNameTests
{
    [Theory]
    [InlineData("Harbourline Securities (Thailand) PCL")]
    [InlineData("Varnholt Bulk Haulage (Pty) Ltd")]
    public void TheBracketBeforeTheLegalFormIsPartOfTheName(string company)
    {
        var draft = NewsDocumentParser.Parse($"""
            Refiner sold to food group

            The sale was arranged by {company}, which advised the buyers, according to a filing with the exchange on Wednesday.
            """);

        Assert.Contains(draft.Organizations, o => o.Name == company);
        Assert.DoesNotContain(draft.Organizations, o => o.Name is "Pty" or "Thailand");
    }

    [Fact]
    public void ABracketAfterANameWithoutALegalFormIsAnAside()
    {
        var draft = NewsDocumentParser.Parse("""
            Refiner sold to food group

            The sale was arranged by Harbourline Securities (Thailand), which advised the buyers, a filing showed on Wednesday.
            """);

        Assert.DoesNotContain(draft.Organizations, o => o.Name.Contains('(', StringComparison.Ordinal));
    }
}
