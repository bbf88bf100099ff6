namespace NewsApi.Ingestion.Tests.Layout;

/// <summary>
/// A title right over the page's tool bar ("Print", "Choose text size", "Share"), with no byline or stamp between, over a deck
/// that the model picks for standing next to the stamp and the text. All text made up here.
/// </summary>
public sealed class TitleOverToolBarTests
{
    private const string Title = "Harbour board sells old pier to ferry firm";

    [Fact]
    public void TitleBeatsTheDeckUnderThePagesTools()
    {
        var headline = FendlebayPierPage.HeadlineOfPageWithTop(
            Title, "Print", "Choose text size", "License this article", FendlebayPierPage.Deck, "Mar 4, 2025 04:30 AM");

        Assert.Equal(Title, headline);
    }

    [Fact]
    public void TitleBeatsTheDeckUnderAButtonPrintedTwice()
    {
        var headline = FendlebayPierPage.HeadlineOfPageWithTop(Title, "Share", "Share", FendlebayPierPage.Deck, "By Quillon Farbright");

        Assert.Equal(Title, headline);
    }

    [Fact]
    public void SiteLabelOverATrailKeepsTheHeadlineUnderIt()
    {
        // The section trail under the site's label is no tool bar: the headline under it stays.
        var headline = FendlebayPierPage.HeadlineOfPageWithTop(
            "From the Fendlebay Courier and the Sunday Courier", "Home", "> News", "> Harbour", Title, "By Quillon Farbright", "Published: 4 March 2025");

        Assert.Equal(Title, headline);
    }
}
