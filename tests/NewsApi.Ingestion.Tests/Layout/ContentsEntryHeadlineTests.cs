namespace NewsApi.Ingestion.Tests.Layout;

/// <summary>A guide's table of contents lists its section headings; an entry of it is no headline. All text made up here.</summary>
public sealed class ContentsEntryHeadlineTests
{
    private static readonly string[] Menu = ["Skip to content", "Bayport Walks", "Guides", "Reviews", "Maps", "Shop", "Blog"];

    private static readonly string[] Headings = ["Planning the Walk", "The North Quay Loop", "Around the Bay", "Getting Back by Ferry"];

    private static IEnumerable<string> Sections() => Headings.SelectMany(heading => new[]
    {
        heading,
        $"This part of the guide covers {heading.ToLowerInvariant()}: the paths along the harbour are flat and well lit, the quays are quiet in winter and the ferry landings have shelters and timetables at every stop.",
        "Walkers should bring warm layers and a torch after four o'clock, and check the tide tables before setting out along the lower paths, which the sea covers for an hour either side of high water.",
    });

    [Fact]
    public void EntryOfTheContentsGivesWayToTheTitleAboveThem()
    {
        const string title = "Winter Harbour Walks: Routes, Ferries and Tides Explained";
        var text = string.Join("\n", Menu.Concat(new[]
        {
            title,
            "Winter is the quiet season on the Bayport harbour walks, and this guide covers the routes, the ferries back and the tides to watch for.",
            "Table of Contents",
        }).Concat(Headings).Concat(Sections()).Concat(Enumerable.Repeat("Most read", 40)));

        var draft = NewsDocumentParser.Parse(text);

        Assert.Equal(title, draft.Headline);
    }

    [Fact]
    public void HeadlineRepeatedInARelatedListStaysTheHeadline()
    {
        // The title and its neighbour recur together under the story as a list of links, not as headings over paragraphs.
        const string title = "Board to close old pier";
        var text = string.Join("\n", Menu.Concat(new[] { title, "Sat 19 Jan, 10:45 AM" })
            .Concat(HarbourStory.Paragraphs).Concat(["Related", title, "Sat 19 Jan, 10:45 AM", "Ferry fares rise in spring"])
            .Concat(Enumerable.Repeat("Most read", 40)));

        var draft = NewsDocumentParser.Parse(text);

        Assert.Equal(title, draft.Headline);
    }
}
