namespace NewsApi.Ingestion.Tests.Layout;

/// <summary>
/// A title with its byline and stamp, then the page's tools ("Email", "Print", ratings), over a deck that the model picks for
/// standing next to the text. All text made up here.
/// </summary>
public sealed class SignedTitleOverToolsTests
{
    [Fact]
    public void SignedTitleBeatsTheDeckWhenRatingsStandInsideItsBylineBlock()
    {
        const string title = "Harbour board sells the old pier to a ferry firm";
        var headline = FendlebayPierPage.HeadlineOfPageWithTop(
            title, "Quillon Farbright", "Print    0 Ratings | Rate It:  Send to friend", "04/03/2025 4:10:00 PM.", FendlebayPierPage.Deck);

        Assert.Equal(title, headline);
    }

    [Fact]
    public void SidebarItemOverToolsAndABlogsDateKeepsThePostTitle()
    {
        // A sidebar's last item, a name-like advert label and the blog's links sit above the post's date: the item does not
        // speak of the post, so it is no signed title.
        const string title = "Ferry firm buys the old pier";
        var headline = FendlebayPierPage.HeadlineOfPageWithTop(
            "Gardening under glass: the complete winter handbook", "Sponsor Box", "Advertise with us!", "« Older | Main", "Thursday, March 6, 2025", title);

        Assert.Equal(title, headline);
    }
}
