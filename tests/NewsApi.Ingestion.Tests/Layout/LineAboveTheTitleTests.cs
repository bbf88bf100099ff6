namespace NewsApi.Ingestion.Tests.Layout;

/// <summary>
/// A blog's line of subjects or a post's stamp line above the title is no headline over a deck: the title under it stays the
/// headline. All text made up here.
/// </summary>
public sealed class LineAboveTheTitleTests
{
    private const string Headline = "Board to close the old ferry pier for eight months of repairs";

    [Theory]
    [InlineData("Ferries, harbour walks, piers, and the board")]
    [InlineData("March 3, 2024 in Harbour Board with 12 Comments")]
    public void LineAboveTheTitleDoesNotTakeItsPlace(string above)
    {
        var text = string.Join("\n", new[] { "Bayport Wire", "Home", "News", "Sport", above, Headline, "By Mara Quist", "March 4, 2024" }
            .Concat(HarbourStory.Paragraphs).Concat(Enumerable.Repeat("Most read", 40)));

        var draft = NewsDocumentParser.Parse(text);

        Assert.Equal(Headline, draft.Headline);
    }
}
