namespace NewsApi.Ingestion.Tests.Layout;

/// <summary>A photo's caption under its credit, below the title it illustrates. All text made up here.</summary>
public sealed class CaptionUnderCreditHeadlineTests
{
    private const string Title = "Bayport Shuts Its Pier to Mend Cracked Piles";

    private static string Page() => string.Join("\n", new[]
        {
            "Bayport Review", "Home", "World", "Business", "Sports", "Jobs", "Real Estate", "Autos", Title, "Tomas Velkrin/Associated Press",
            // The caption repeats the story's lead, which draws the model to it.
            "The harbour board voted on Tuesday to close the old ferry pier for repairs.",
            "Sign In to E-Mail or Save This", "Print", "Reprints", "By TOMAS VELKRIN", "Published: March 4, 2025", "Skip to next paragraph",
            "Enlarge This Image",
        }
        .Concat(HarbourStory.Paragraphs)
        .Concat(Enumerable.Repeat("Most read", 40)));

    [Fact]
    public void CaptionUnderAPhotoCreditGivesWayToTheTitleAboveTheCredit()
    {
        var draft = NewsDocumentParser.Parse(Page());

        Assert.Equal(Title, draft.Headline);
    }

    [Fact]
    public void TheArticleUnderTheTitleKeepsItsText()
    {
        var draft = NewsDocumentParser.Parse(Page());

        Assert.Contains(HarbourStory.Paragraphs[0], draft.Body);
    }
}
