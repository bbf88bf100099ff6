namespace NewsApi.Ingestion.Tests.Layout;

/// <summary>
/// A related list between the story's title and its text, whose first item the model takes for the headline for standing next
/// to its stamp and the text. All text made up here.
/// </summary>
public sealed class RelatedItemHeadlineTests
{
    private const string Title = "Harbour board sells old pier to ferry firm";

    [Theory]
    [InlineData("ALSO READ")]
    [InlineData("Related stories")]
    public void TitleAboveTheRelatedListBeatsItsFirstItem(string header)
    {
        var headline = FendlebayPierPage.HeadlineOfPageWithTop(
            Title, "Ads By Google", header, "Ferry firm to buy old pier from harbour board", "March 3, 2025", "Mar 2 | Gulls return to the quay");

        Assert.Equal(Title, headline);
    }
}
