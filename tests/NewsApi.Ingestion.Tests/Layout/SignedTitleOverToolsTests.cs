namespace NewsApi.Ingestion.Tests.Layout;

/// <summary>
/// A title with its byline and stamp, then the page's tools ("Email", "Print", ratings), over a deck that the model picks for
/// standing next to the text. All text made up here.
/// </summary>
public sealed class SignedTitleOverToolsTests
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

    private const string Deck = "Harbour board votes to sell the old pier to a ferry firm from the north coast";

    [Fact]
    public void SignedTitleBeatsTheDeckWhenRatingsStandInsideItsBylineBlock()
    {
        const string title = "Harbour board sells the old pier to a ferry firm";
        var text = string.Join("\n", Menu.Concat(new[]
        {
            title, "Quillon Farbright", "Print    0 Ratings | Rate It:  Send to friend", "04/03/2025 4:10:00 PM.",
            Deck,
        }).Concat(Story).Concat(Footer));

        var draft = NewsDocumentParser.Parse(text);

        Assert.Equal(title, draft.Headline);
    }

    [Fact]
    public void SidebarItemOverToolsAndABlogsDateKeepsThePostTitle()
    {
        // A sidebar's last item, a name-like advert label and the blog's links sit above the post's date: the item does not
        // speak of the post, so it is no signed title.
        const string title = "Ferry firm buys the old pier";
        var text = string.Join("\n", Menu.Concat(new[]
        {
            "Gardening under glass: the complete winter handbook", "Sponsor Box", "Advertise with us!", "« Older | Main", "Thursday, March 6, 2025",
            title,
        }).Concat(Story).Concat(Footer));

        var draft = NewsDocumentParser.Parse(text);

        Assert.Equal(title, draft.Headline);
    }
}
