namespace NewsApi.Ingestion.Tests.Layout;

/// <summary>
/// A guide that prints its title twice in a row (a sticky bar's copy over the heading), then its byline, a contents list of
/// firms and a subheading right over the text, which the model prefers for standing next to it. All text made up here.
/// </summary>
public sealed class TitlePrintedTwiceTests
{
    private const string Title = "Five ferry firms in line for the Fendlebay quay";

    private static readonly string[] Firms =
    [
        "North Coast Ferries Group", "Bayline Group", "Quayside Crossings Group", "Harbour Link Group", "Fendle Boats Group",
        "Saltmarsh Lines Group", "Pier Partners Group", "Coastal Runs Group", "Tidewater Group", "Gull Rock Group",
    ];

    private const string Subheading = "Harbour board votes to sell the old pier to a ferry firm";

    [Fact]
    public void TitlePrintedTwiceBeatsTheSubheadingOverTheText()
    {
        var headline = FendlebayPierPage.HeadlineOfPageWithTop(
            [Title, Title, "See which firms lead the bidding.", "By Jane Roe", "May 4, 2026", .. Firms, Subheading]);

        Assert.Equal(Title, headline);
    }

    [Fact]
    public void TitleWithASubtitleAfterItsColonIsNoToolBarsLabel()
    {
        // Eight words before the colon read as a tool bar's label ("E-mail article Print view Share: Digg") unless a clause follows.
        const string title = "Five Ferry Firms in Line for the Fendlebay Quay: who bids what for the pier";
        var headline = FendlebayPierPage.HeadlineOfPageWithTop(
            [title, title, "See which firms lead the bidding.", "By Jane Roe", "May 4, 2026", .. Firms, Subheading]);

        Assert.Equal(title, headline);
    }

    [Fact]
    public void ShortLabelPrintedTwiceIsNoTitle()
    {
        // Three words printed twice are a label ("Harbour Board Live" over its own link); the title stands with its byline.
        const string title = "Harbour board votes to sell the old pier";
        var headline = FendlebayPierPage.HeadlineOfPageWithTop(
            ["Harbour Board Live", "Harbour Board Live", .. Firms, title, "By Jane Roe", "May 4, 2026"]);

        Assert.Equal(title, headline);
    }
}
