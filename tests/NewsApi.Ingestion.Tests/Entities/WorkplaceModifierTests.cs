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
}
