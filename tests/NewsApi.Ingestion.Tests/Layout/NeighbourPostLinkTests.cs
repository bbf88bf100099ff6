using NewsApi.Ingestion.Layout;

namespace NewsApi.Ingestion.Tests.Layout;

/// <summary>A link to the post before or after this one is no headline, nor the headline over a deck. All text made up here.</summary>
public sealed class NeighbourPostLinkTests
{
    [Theory]
    [InlineData("Previous Post: How I Plan the Week")]
    [InlineData("Next post: Harbour walks in the rain")]
    [InlineData("Previous Story Harbour board delays the fare rise")]
    [InlineData("« Older entry")]
    public void LinkToANeighbouringPostIsNeverAHeadline(string line) => Assert.True(HeadlineLines.IsNeverHeadline(line));

    [Theory]
    [InlineData("Next steps for the harbour board after the vote")]
    [InlineData("Previous owners of the old pier speak out")]
    public void HeadlineOpeningWithNextOrPreviousStaysOne(string line) => Assert.False(HeadlineLines.IsNeverHeadline(line));

    [Fact]
    public void PreviousStoryAboveTheTitleDoesNotTakeItsPlace()
    {
        const string headline = "Board to close the old ferry pier for eight months of repairs";
        var text = string.Join("\n", new[]
        {
            "Bayport Courier", "News", "Ferries", "Harbour", "Weather", "Previous Story Harbour board delays the ferry fare rise", headline,
            "By Mara Quist on March 4, 2025 10:45 am",
        }.Concat(HarbourStory.Paragraphs).Concat(Enumerable.Repeat("Most read", 40)));

        var draft = NewsDocumentParser.Parse(text);

        Assert.Equal(headline, draft.Headline);
    }
}
