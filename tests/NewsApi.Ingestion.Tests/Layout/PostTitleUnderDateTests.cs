namespace NewsApi.Ingestion.Tests.Layout;

/// <summary>A blog's post: its date alone over a short title right over the text, under a sidebar or a tagline. All text made up here.</summary>
public sealed class PostTitleUnderDateTests
{
    // A page of some length, so that the text is read from its headline down and the menus around it are cut.
    private static readonly string[] Tail =
    [
        "Comments", "Leave a reply", "Name", "Email", "Website", "Post comment", "Archive", "2025", "2024", "2023", "2022", "2021",
        "Categories", "Ferries", "Piers", "Lights", "Tides", "Walks", "Boats", "Markets", "Weather", "About", "Contact", "Subscribe",
        "Links", "Quay Diary", "Tide Log", "North Coast Notes", "Pilot Talk", "Privacy", "Terms", "Top",
    ];

    private static readonly string[] Menu = ["Skip to content", "Home", "Posts", "Books", "Photos", "About", "Contact", "Search"];

    // A sidebar of books the blog recommends, each "Writer: Title: Subtitle", over the neighbour-post row.
    private static readonly string[] Sidebar =
    [
        "Harbour Reading",
        "Mira Holt: Tides and Timber: How Small Ports Survived the Steam Age",
        "Jon Pell: The Quay: A History of Fishing Towns",
        "Ada Rusk: Salt Roads: Trade Along the North Coast",
        "Ivo Brant: Harbour Masters: Keepers of the Tide Tables and the Lights",
        "« Winter timetables | Main | Lighthouse open day »",
    ];

    private static string HeadlineOf(params string[] top) =>
        NewsDocumentParser.Parse(string.Join("\n", Menu.Concat(Sidebar).Concat(top).Concat(HarbourPierPost.Paragraphs).Concat(Tail))).Headline;

    [Fact]
    public void ShortPostTitleUnderItsDateBeatsTheSidebar()
    {
        Assert.Equal("Pier sold", HeadlineOf("March 4, 2025", "Pier sold"));
    }

    [Fact]
    public void SignedTitleOverItsDateKeepsTheHeadline()
    {
        // The title's own byline and date are under it: the line under the date is the paper's name, no title, though the title
        // plays on words the story does not repeat.
        const string title = "Last orders at the end of the line for a century of crossings";

        Assert.Equal(title, HeadlineOf(title, "Mira Holt", "March 4, 2025", "The Harbour Times"));
    }
}
