namespace NewsApi.Ingestion.Tests.Layout;

/// <summary>
/// A post's filing row ("tags: ...", "Staff | Tags: ...", "| Published in ...") between its title and its text: the model can
/// prefer the row for standing right over the text, and its tags repeat the story's words. All text made up here.
/// </summary>
public sealed class FilingRowHeadlineTests
{
    private const string Title = "Harbour Board Sells the Old Pier";

    [Fact]
    public void TagsRowUnderTheTitleIsNoHeadline()
    {
        var headline = FendlebayPierPage.HeadlineOfPageWithTop(
            Title, "March 4, 2025", "tags: harbour board, old pier, ferry firm, Fendlebay, quay repairs, county council", "by Quillon Farbright");

        Assert.Equal(Title, headline);
    }

    [Fact]
    public void PostedInInsideAHeadlineIsNoFilingRow()
    {
        // "posted in" opens a filing row only after a bar or a dash; inside a sentence it is the headline's verb.
        const string title = "Harbour board posted in profit after the pier sale";
        var headline = FendlebayPierPage.HeadlineOfPageWithTop(title, "March 4, 2025", "by Quillon Farbright");

        Assert.Equal(title, headline);
    }
}
