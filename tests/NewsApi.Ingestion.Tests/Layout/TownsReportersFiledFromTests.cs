namespace NewsApi.Ingestion.Tests.Layout;

/// <summary>The towns a byline's and a credit line's reporters filed from are places of the story. Every name is invented.</summary>
public sealed class TownsReportersFiledFromTests
{
    private const string Headline = "Copper miners end two-week strike after pay deal\n\n";

    private const string Article =
        "Miners at the country's second-largest copper mine returned to work on Tuesday after the union accepted a pay rise of 9 percent.\n\n"
        + "\"We did not get everything, but the families needed this,\" union leader Tomasz Gribbe told reporters at the gate.\n\n";

    [Fact]
    public void TheTownsOfACreditLineAreKnownPlaces()
    {
        var draft = NewsDocumentParser.Parse(
            Headline + Article + "Reporting by Dalia Ferrant-Oyelaran in Lima; additional reporting by Ines Caravalho-Munt in Quito; Editing by Oriel Baskett\n");

        Assert.Contains("Lima", draft.Places);
        Assert.Contains("Quito", draft.Places);
        Assert.Contains(draft.Contributors, contributor => contributor.Name == "Ines Caravalho-Munt");
    }

    [Fact]
    public void TheTownOfTheBylineIsAPlace()
    {
        var draft = NewsDocumentParser.Parse(Headline + "By Dalia Ferrant-Oyelaran in Montevideo\n\n" + Article);

        Assert.Equal(["Dalia Ferrant-Oyelaran"], draft.Byline);
        Assert.Contains("Montevideo", draft.Places);
    }

    [Fact]
    public void AWordNoGazetteerKnowsAfterInIsNoPlace()
    {
        var draft = NewsDocumentParser.Parse(Headline + Article + "Reporting by Dalia Ferrant-Oyelaran in Brusvatten; Editing by Oriel Baskett\n");

        Assert.DoesNotContain("Brusvatten", draft.Places);
    }
}
