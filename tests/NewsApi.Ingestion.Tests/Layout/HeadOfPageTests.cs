namespace NewsApi.Ingestion.Tests.Layout;

/// <summary>What stands above a short page's headline: mastheads, tickers, captions with their credit; every name is invented.</summary>
public sealed class HeadOfPageTests
{
    [Fact]
    public void AMastheadInCapitalsGivesWayToTheHeadlineUnderIt()
    {
        var draft = NewsDocumentParser.Parse("""
            THE HARBOUR LEDGER REVIEW

            Culture

            Varn Holm, lacquer master who took Nordic painting to the world, dies at 86

            The painter spent decades coaxing light out of resin and silver leaf, and found his first admirers in Paris.

            He died at his home on Sunday, his daughter said. He had been ill for some months.
            """);

        Assert.Equal("Varn Holm, lacquer master who took Nordic painting to the world, dies at 86", draft.Headline);
    }

    [Fact]
    public void AHeadlineThatOpensWithTheWordsItReportsIsTheHeadline()
    {
        var draft = NewsDocumentParser.Parse("""
            PORT PHILLIP COURIER
            News   Courts   Sport   Business

            Courts

            'Better the sea takes it than the bank': jury hears of owner's remark before blaze

            Melbourne restaurateur Nikos Varnakis denies setting fire to his taverna to claim an insurance payout

            By Dana Whitlock
            March 12, 2025 — 1:20pm

            A restaurant owner told a friend he would rather see his taverna burn than hand it to the bank, a jury heard on Tuesday.

            The prosecutor said the fire was lit in three places shortly after 2am on the night of the blaze.
            """);

        Assert.StartsWith("'Better the sea takes it", draft.Headline, StringComparison.Ordinal);
    }

    [Fact]
    public void ACaptionCreditedPhotoByIsACaption() =>
        Assert.True(NewsApi.Ingestion.Layout.Images.ImageCreditParser.TryParseCaptionWithCredit(
            "The mayor speaks to reporters after the vote. PHOTO BY JANE ROE /The Capital Courier", out var caption, out var credit)
            && caption == "The mayor speaks to reporters after the vote." && credit == "JANE ROE /The Capital Courier");
}
