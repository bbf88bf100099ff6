namespace NewsApi.Ingestion.Tests.Layout;

/// <summary>A guide's title with its byline over a table of contents, above the section where its text starts. All text made up here.</summary>
public sealed class StampedTitleTests
{
    private static readonly string[] Menu =
    [
        "Skip to content", "Bayport Walks", "Guides", "Reviews", "Maps", "Shop", "Newsletter", "Sign in",
    ];

    private static readonly string[] Section =
    [
        "Why walk the harbour in winter",
        "Winter is the quiet season on the Bayport harbour walks: the ferries run less often, the quays are empty and the light over the water is low and clear for most of the day.",
        "The ten harbour walks below run from an hour on the north quay to a full day around the bay, and each one ends at a ferry landing or a bus stop back to the town centre.",
        "Every harbour walk was done by our team in December, in boots and in the rain, and the times given are the ones we took with short stops for coffee on the way.",
        "Winter walks on the harbour need warm layers, a torch after four o'clock and a look at the ferry timetable, since the last crossings leave earlier than in summer.",
    ];

    [Fact]
    public void TitleWithItsBylineAboveTheContentsBeatsTheFirstSectionHeading()
    {
        const string title = "Ten Harbour Walks for the Winter Season";
        var text = string.Join("\n", Menu.Concat(new[]
        {
            title, "By", "Mara Quist", "Updated on March 4, 2025",
            "Table of contents", "Why walk the harbour in winter", "The north quay loop", "Around the bay", "Getting back",
        }).Concat(Section).Concat(Enumerable.Repeat("Most read", 40)));

        var draft = NewsDocumentParser.Parse(text);

        Assert.Equal(title, draft.Headline);
    }

    [Fact]
    public void StampedTeaserOfAnotherStoryDoesNotTakeThePick()
    {
        // A title with its byline, but no word of it recurs in the article: another story's teaser, not this page's title.
        var text = string.Join("\n", Menu.Concat(new[]
        {
            "Council Approves New Parking Fees Downtown", "By Tobin Ash", "March 1, 2025",
            "Table of contents", "Why walk the harbour in winter", "The north quay loop", "Around the bay", "Getting back",
        }).Concat(Section).Concat(Enumerable.Repeat("Most read", 40)));

        var draft = NewsDocumentParser.Parse(text);

        Assert.Equal(Section[0], draft.Headline);
    }

    [Fact]
    public void TeaserOfAnotherStoryBetweenTheTitleAndTheContentsIsPassedOver()
    {
        // A stamped teaser whose words the article does not repeat stands between the guide's title and its contents.
        const string title = "Ten Harbour Walks for the Winter Season";
        var text = string.Join("\n", Menu.Concat(new[]
        {
            title, "By", "Mara Quist", "Updated on March 4, 2025",
            "Council Approves New Parking Fees Downtown", "By Tobin Ash", "March 1, 2025",
            "Table of contents", "Why walk the harbour in winter", "The north quay loop", "Around the bay", "Getting back",
        }).Concat(Section).Concat(Enumerable.Repeat("Most read", 40)));

        var draft = NewsDocumentParser.Parse(text);

        Assert.Equal(title, draft.Headline);
    }

    [Fact]
    public void TitleWithItsAuthorAboveALongTableIsStillTheHeadline()
    {
        // Seventy rows of a price table stand between the title and the first section heading: far, so the author's name is asked for.
        const string title = "Ten Harbour Walks for the Winter Season";
        var rows = Enumerable.Range(1, 70).Select(k => $"Walk {k}\t{k % 9 + 1} km\t{k % 4 + 1} hours\tFerry {k % 3 + 1}");
        var text = string.Join("\n", Menu.Concat(new[] { title, "Mara Quist", "Updated on March 4, 2025", "Compare the walks" })
            .Concat(rows).Concat(Section).Concat(Enumerable.Repeat("Most read", 40)));

        var draft = NewsDocumentParser.Parse(text);

        Assert.Equal(title, draft.Headline);
    }
}
