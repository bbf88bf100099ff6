namespace NewsApi.Ingestion.Tests.Layout;

/// <summary>A title with its byline and stamp under it, over a deck or a comment link that the model picks for standing next to the text. All text made up here.</summary>
public sealed class SignedTitleOverStampTests
{
    [Fact]
    public void SignedTitleBeatsTheDeckUnderItsStamp()
    {
        const string title = "Pier sold at last";
        var headline = FendlebayPierPage.HeadlineOfPageWithTop(
            title, "By Tobin Wexcombe", "Updated 4:10 pm, March 4, 2025", FendlebayPierPage.Deck);

        Assert.Equal(title, headline);
    }

    [Fact]
    public void SignedTitleBeatsTheDeckUnderABylineTheBylineReaderLeavesOut()
    {
        const string title = "Pier sold to ferry firm at last";
        var headline = FendlebayPierPage.HeadlineOfPageWithTop(
            title, "By Courier Staff |", "Published: March 4, 2025 | Tags:", FendlebayPierPage.Deck);

        Assert.Equal(title, headline);
    }

    [Fact]
    public void PostTitleUnderABlogsDateKeepsThePick()
    {
        // A blog prints the date over the post's title, with no byline between: the stamp above is the title's own.
        const string title = "Harbour board sells the old pier to a ferry firm";
        var headline = FendlebayPierPage.HeadlineOfPageWithTop(
            "Notes from the quay on ferries and harbour life", "March 4, 2025", title);

        Assert.Equal(title, headline);
    }
}
