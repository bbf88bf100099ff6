namespace NewsApi.Ingestion.Tests.Layout;

/// <summary>
/// A byline that goes on to the next line ("Written by" / the name, "By Name," / the writer's job, "by Name" / "in Section"): the
/// model can prefer that next line for standing right over the text, but the title stands over the byline. All text made up here.
/// </summary>
public sealed class BylineGoingOnHeadlineTests
{
    private const string Title = "Harbour Board Sells the Old Pier";

    [Fact]
    public void NameUnderAWriterLabelGivesWayToTheTitleAbove()
    {
        // A post's title in lower case, and its first subheading under the date: the model prefers the writer's line.
        const string title = "pier sale 2025 - news from the board";
        var headline = FendlebayPierPage.HeadlineOfPageWithTop(
            "Back to overview Older post: Ferry timetables for the spring", title, "Written by", "The Quay Desk, edited by Quillon",
            "Published on 2025-03-04", "2025 – Selling the Old Pier");

        Assert.Equal(title, headline);
    }

    [Fact]
    public void WritersJobUnderABylineEndingInACommaGivesWayToTheTitleAbove()
    {
        var headline = FendlebayPierPage.HeadlineOfPageWithTop(
            Title, "Get the harbour news in your inbox", "By Quillon Farbright,", "Harbour Editor, Fendlebay Courier", "| March 4, 2025");

        Assert.Equal(Title, headline);
    }

    [Fact]
    public void SectionInLowerCaseUnderABylineGivesWayToTheTitleAbove()
    {
        var headline = FendlebayPierPage.HeadlineOfPageWithTop(Title, "Pier sale", "by Quillon Farbright", "in Harbour & Coast", "on Mar 4, 2025");

        Assert.Equal(Title, headline);
    }
}
