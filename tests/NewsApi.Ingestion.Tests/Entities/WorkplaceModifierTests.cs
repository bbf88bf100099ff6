namespace NewsApi.Ingestion.Tests.Entities;

/// <summary>A name that describes the place someone works at, rather than naming it; every name is invented.</summary>
public sealed class WorkplaceModifierTests
{
    [Fact]
    public void ANameBeforeALowerCaseNounAfterAtIsNoEmployer()
    {
        var draft = NewsDocumentParser.Parse("""
            Choir leader dies at 84

            In 1968 she married Tomas Vasslund, an engineer at the Korrendal dam; he died in 2011.

            Ragna Mellqvist, technical director at the Norwegian firm Alvheim Cryogenics, said the tanks were ready.
            """);

        Assert.DoesNotContain(draft.Organizations, o => o.Name is "Korrendal" or "Norwegian");
    }

    [Fact]
    public void ATownBeforeABusinessNounIsWhereTheBusinessIs()
    {
        var draft = NewsDocumentParser.Parse("""
            Lithium miner agrees takeover

            Not everyone is convinced the timing is right. Ana Vantresse, a metals analyst at São Paulo brokerage Pelquiro Capital,
            said the buyer was paying a full price.
            """);

        Assert.DoesNotContain(draft.Organizations, o => o.Name == "São Paulo");
        Assert.Contains("São Paulo", draft.Places);
    }
}
