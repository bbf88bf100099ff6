namespace NewsApi.Ingestion.Tests.Entities;

/// <summary>A legal form's abbreviation that ends a sentence; every name is invented.</summary>
public sealed class LegalFormAtSentenceEndTests
{
    [Fact]
    public void ALegalFormEndingTheSentenceIsGivenWithItsStopAsWell()
    {
        var draft = NewsDocumentParser.Parse("""
            Festival honours flood film

            The jury gave its top prize to a film about a drowned valley, produced by Istanbul's Marlek Film Yapım Ltd. Şti.

            The prize is worth 20,000 euros.
            """);

        var company = Assert.Single(draft.Organizations, o => o.Name.StartsWith("Marlek Film Yapım", StringComparison.Ordinal));
        Assert.Contains("Marlek Film Yapım Ltd. Şti.", company.Aliases);
    }
}
