using NewsApi.Ingestion.Layout;

namespace NewsApi.Ingestion.Tests.Layout;

/// <summary>A kicker over a title in capitalized words is a headline, not a label and its value. All text made up here.</summary>
public sealed class KickedTitleHeadlineTests
{
    [Theory]
    [InlineData("Movie review: Harbour Lights Returns")]
    [InlineData("Ferry notes: Winter Timetables Explained")]
    [InlineData("Pier works: Now Open Again")]
    public void KickerOverATitleInCapitalizedWordsIsNoLabelledName(string line) => Assert.False(HeadlineLines.IsNeverHeadline(line));

    [Fact]
    public void KickedTitleAboveItsBylineIsTheHeadline()
    {
        const string headline = "Ferry notes: Winter Timetables Explained";
        var text = string.Join("\n", new[]
        {
            "Bayport Courier", "News", "Ferries", "Harbour", "Weather", "Stories from the bay and the people who live on it", headline,
            "By Mara Quist", "March 4, 2025",
        }.Concat(HarbourStory.Paragraphs).Concat(Enumerable.Repeat("Most read", 40)));

        var draft = NewsDocumentParser.Parse(text);

        Assert.Equal(headline, draft.Headline);
    }
}
