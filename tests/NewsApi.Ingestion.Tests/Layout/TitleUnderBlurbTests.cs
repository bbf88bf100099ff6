namespace NewsApi.Ingestion.Tests.Layout;

/// <summary>
/// A site's slogan and its blurb at the top of the page, over the post's title and text: the run of prose opens at the blurb,
/// so the model takes the slogan over it for the title. All text made up here.
/// </summary>
public sealed class TitleUnderBlurbTests
{
    private const string Blurb = "Over 400 posts devoted to one idea: how to live well by the sea. Whether that means fishing, sailing or walking the quay, you will find it here.";

    [Fact]
    public void PostTitleUnderTheSitesBlurbBeatsItsSlogan()
    {
        const string title = "Why the Harbour Board Sold the Old Pier";
        var headline = FendlebayPierPage.HeadlineOfPageWithTop("Live Well by the Sea", Blurb, title);

        Assert.Equal(title, headline);
    }

    [Fact]
    public void LongTitleOverALeadKeepsTheHeadline()
    {
        // Six words or more make the pick a title, the paragraph under it its lead, and the line under that a subheading.
        const string title = "How the Harbour Board Came to Sell the Old Pier";
        var headline = FendlebayPierPage.HeadlineOfPageWithTop(title, Blurb, "What the Ferry Firm Pays for It");

        Assert.Equal(title, headline);
    }
}
