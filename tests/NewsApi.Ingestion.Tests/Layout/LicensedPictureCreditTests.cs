namespace NewsApi.Ingestion.Tests.Layout;

/// <summary>A wire gallery's caption, its credit and licensing link; every name is invented.</summary>
public sealed class LicensedPictureCreditTests
{
    [Fact]
    public void ACreditBeforeTheLicensingLinkNamesThePhotographerWhateverTheAgencysCase()
    {
        var draft = NewsDocumentParser.Parse("""
            Tanker drivers strike over fuel prices

            A driver sits beside idle tankers at a depot in Lagos, Nigeria, March 3, 2025. Kestrelpix/Temitope Adewusi-Branch Purchase Licensing Rights

            Fuel tanker drivers in Lagos began a strike on Monday over pay and the price of diesel, their union said.
            """);

        Assert.Contains(draft.People, p => p.Name == "Temitope Adewusi-Branch");
        Assert.DoesNotContain(draft.People, p => p.Name.Contains("Purchase", StringComparison.Ordinal) || p.Name == "Kestrelpix");
    }
}
