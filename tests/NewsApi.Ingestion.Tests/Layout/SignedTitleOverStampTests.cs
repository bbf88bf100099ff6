namespace NewsApi.Ingestion.Tests.Layout;

/// <summary>A title with its byline and stamp under it, over a deck or a comment link that the model picks for standing next to the text. All text made up here.</summary>
public sealed class SignedTitleOverStampTests
{
    private static readonly string[] Menu =
    [
        "Fendlebay Courier", "Home", "News", "Sport", "Business", "Weather", "Jobs", "Property", "Motors", "Announcements", "Sign in",
    ];

    private static readonly string[] Story =
    [
        "FENDLEBAY - The harbour board voted on Tuesday to sell the old pier to a ferry firm from the north coast, ending ten years of arguments about the crumbling quay.",
        "The ferry firm will pay the board a fixed sum for the pier and has promised to repair the timber deck before the summer crossings start in May.",
        "Board members said the sale was the only way to keep the pier open, since the town could not afford the repairs that the last survey asked for.",
        "Traders on the quay welcomed the vote, although some asked for a promise that the ferry firm would keep the fish market on the pier for at least five years.",
        "The sale still needs the approval of the county council, which is expected to vote on it next month after a public meeting in the harbour hall.",
    ];

    private static readonly string[] Footer = Enumerable.Range(1, 30).Select(i => $"Footer link {i}").ToArray();

    /// <summary>The headline the parser picks from the menu, the given lines, the story and the footer.</summary>
    private static string HeadlineOfPageWithTop(params string[] top) =>
        NewsDocumentParser.Parse(string.Join("\n", Menu.Concat(top).Concat(Story).Concat(Footer))).Headline;

    private const string Deck = "Harbour board votes to sell the old pier to a ferry firm from the north coast";

    [Fact]
    public void SignedTitleBeatsTheDeckUnderItsStamp()
    {
        const string title = "Pier sold at last";
        Assert.Equal(title, HeadlineOfPageWithTop(title, "By Tobin Wexcombe", "Updated 4:10 pm, March 4, 2025", Deck));
    }

    [Fact]
    public void SignedTitleBeatsTheDeckUnderABylineTheBylineReaderLeavesOut()
    {
        const string title = "Pier sold to ferry firm at last";
        Assert.Equal(title, HeadlineOfPageWithTop(title, "By Courier Staff |", "Published: March 4, 2025 | Tags:", Deck));
    }

    [Fact]
    public void PostTitleUnderABlogsDateKeepsThePick()
    {
        // A blog prints the date over the post's title, with no byline between: the stamp above is the title's own.
        const string title = "Harbour board sells the old pier to a ferry firm";
        Assert.Equal(title, HeadlineOfPageWithTop("Notes from the quay on ferries and harbour life", "March 4, 2025", title));
    }
}
