namespace NewsApi.Ingestion.Tests.Layout;

/// <summary>
/// A post's title with its writer's line and a stamp under it, a line or two below a show's label that the model picks for
/// sharing the story's opening words. All text made up here.
/// </summary>
public sealed class SignedTitleBelowLabelTests
{
    private const string Label = "Quayside Tonight with Tobin Wexcombe";
    private const string Title = "Why the harbour board finally let the landmark go";

    private static readonly string[] Story =
    [
        "On Quayside Tonight this week, host Tobin Wexcombe asked harbour board members why they gave up on the old pier after ten years of arguments about the crumbling quay.",
        .. FendlebayPierPage.Story.Skip(1),
    ];

    private static readonly string[] ShareBar = ["Share this with friends", "Twitter", "Facebook", "Reddit"];

    private static string HeadlineOfPageWithTop(params string[] top) =>
        NewsDocumentParser.Parse(string.Join("\n", FendlebayPierPage.Menu.Concat(top).Concat(ShareBar).Concat(Story).Concat(FendlebayPierPage.Footer))).Headline;

    [Fact]
    public void TitleWithItsWritersHandleAndStampBeatsTheShowsLabelOverIt()
    {
        var headline = HeadlineOfPageWithTop(Label, "Search", Title, "Tobin Wexcombe, @twexcombe", "9:42 AM on 10/07/2024");

        Assert.Equal(Title, headline);
    }

    [Fact]
    public void LongTitleKeepsItsPlaceOverASignedCallToTheReader()
    {
        // A pick of more than a few words is a title, not a label: a signed line under its tags is a call to the reader.
        const string title = "Everything You Need to Know About the Harbour Board's Pier Sale";
        var headline = FendlebayPierPage.HeadlineOfPageWithTop(
            title, "harbour news", "ferry crossings", "quay life", "Let us help you reach the fish market and council meeting!Find out",
            "By Tobin Wexcombe", "Published on July 18, 2025");

        Assert.Equal(title, headline);
    }
}
