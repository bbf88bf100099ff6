namespace NewsApi.Ingestion.Tests.Layout;

/// <summary>
/// A short title under the page's date line, over a longer deck and the byline: the model picks the deck, nearest the byline,
/// and the deck rule turns a three-word title or one in capitalized words away. All text made up here.
/// </summary>
public sealed class DatedTitleOverDeckTests
{
    private const string TitleCaseDeck = "Board Votes to Sell the Old Pier to a Ferry Firm From the North Coast";

    [Fact]
    public void ThreeWordTitleUnderTheDateBeatsItsDeck()
    {
        var headline = FendlebayPierPage.HeadlineOfPageWithTop(
            "Tue, March 4, 2025", "Pier sale agreed", FendlebayPierPage.Deck, "By Quillon Farbright");

        Assert.Equal("Pier sale agreed", headline);
    }

    [Fact]
    public void CapitalizedTitleUnderTheDateBeatsItsDeck()
    {
        var headline = FendlebayPierPage.HeadlineOfPageWithTop(
            "Tue, March 4, 2025", "Harbour Board Sells Pier", "Ferry Firm From the North Coast Pays for the Old Quay; Repairs Before May", "Article", "Comments");

        Assert.Equal("Harbour Board Sells Pier", headline);
    }

    [Fact]
    public void LabelInCapitalsUnderTheDateIsNoTitle()
    {
        // A section's label in capitals shares a word of the story by chance.
        var headline = FendlebayPierPage.HeadlineOfPageWithTop(
            "Tue, March 4, 2025", "HARBOUR BUSINESS SUPPLEMENT", FendlebayPierPage.Deck, "By Quillon Farbright");

        Assert.Equal(FendlebayPierPage.Deck, headline);
    }

    [Fact]
    public void ToolBarUnderTheDateIsNoTitle()
    {
        // More than three words before a colon make a tool bar's labels, not a kicker.
        var headline = FendlebayPierPage.HeadlineOfPageWithTop(
            "Tue, March 4, 2025", "Email this story Print view Share: Harbour", TitleCaseDeck, "By Quillon Farbright");

        Assert.Equal(TitleCaseDeck, headline);
    }

    [Fact]
    public void ToolsUnderAStorysSignedDateAreNoTitle()
    {
        // The date closes the byline block of the title above; the line under it is the story's tool row, over a result line.
        const string title = "Quay nobody wanted finds a buyer at last";
        var headline = FendlebayPierPage.HeadlineOfPageWithTop(
            title, "By Quillon Farbright", "Tue, March 4, 2025", "Have your say about the pier", "Harbour Board 5 Ferry Firm 2 in the pier vote");

        Assert.Equal(title, headline);
    }
}
