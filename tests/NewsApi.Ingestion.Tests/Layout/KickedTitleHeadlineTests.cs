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

    [Theory]
    [InlineData("Harbour Walks Explained, Part Two", false)]
    [InlineData("Ferry Timetables, Winter Edition", false)]
    [InlineData("Mara Quist, The Bay Courier", true)]
    public void TitleWithAShortRestAfterACommaIsNoNameWithItsOutlet(string line, bool expected) =>
        Assert.Equal(expected, HeadlineLines.IsNeverHeadline(line));

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

    [Fact]
    public void TitleWithANumberedKickerOverItsBylineBeatsTheFirstSectionHeading()
    {
        // "Walks 101:" ends in a number, as a series' kicker does; a field's label ("Search:", "Courtesy:") ends in a word.
        const string headline = "Walks 101: Understanding the harbour";
        string[] section =
        [
            "Why walk the harbour in winter",
            "Winter is the quiet season on the Bayport harbour walks: the ferries run less often, the quays are empty and the light over the water is low and clear for most of the day.",
            "The ten harbour walks below run from an hour on the north quay to a full day around the bay, and each one ends at a ferry landing or a bus stop back to the town centre.",
            "Every harbour walk was done by our team in December, in boots and in the rain, and the times given are the ones we took with short stops for coffee on the way.",
        ];
        var text = string.Join("\n", new[]
        {
            "Skip to content", "Bayport Walks", "Guides", "Reviews", "Maps", "Shop", headline, "By", "Mara Quist", "Updated on March 4, 2025",
            "Table of contents", "Why walk the harbour in winter", "The north quay loop", "Around the bay", "Getting back",
        }.Concat(section).Concat(Enumerable.Repeat("Most read", 40)));

        var draft = NewsDocumentParser.Parse(text);

        Assert.Equal(headline, draft.Headline);
    }
}
