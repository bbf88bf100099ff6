namespace NewsApi.Ingestion.Tests.Layout;

/// <summary>
/// A made-up local paper's page for the signed-title tests: its menu, the story of a pier's sale, a footer, and the deck the
/// headline model picks for standing next to the text.
/// </summary>
internal static class FendlebayPierPage
{
    public static readonly string[] Menu =
    [
        "Fendlebay Courier", "Home", "News", "Sport", "Business", "Weather", "Jobs", "Property", "Motors", "Announcements", "Sign in",
    ];

    public static readonly string[] Story =
    [
        "FENDLEBAY - The harbour board voted on Tuesday to sell the old pier to a ferry firm from the north coast, ending ten years of arguments about the crumbling quay.",
        "The ferry firm will pay the board a fixed sum for the pier and has promised to repair the timber deck before the summer crossings start in May.",
        "Board members said the sale was the only way to keep the pier open, since the town could not afford the repairs that the last survey asked for.",
        "Traders on the quay welcomed the vote, although some asked for a promise that the ferry firm would keep the fish market on the pier for at least five years.",
        "The sale still needs the approval of the county council, which is expected to vote on it next month after a public meeting in the harbour hall.",
    ];

    public static readonly string[] Footer = Enumerable.Range(1, 30).Select(i => $"Footer link {i}").ToArray();

    /// <summary>The headline the parser picks from the menu, the given lines, the story and the footer.</summary>
    public static string HeadlineOfPageWithTop(params string[] top) =>
        NewsDocumentParser.Parse(string.Join("\n", Menu.Concat(top).Concat(Story).Concat(Footer))).Headline;

    public const string Deck = "Harbour board votes to sell the old pier to a ferry firm from the north coast";
}
