namespace NewsApi.Ingestion.Tests.Layout;

/// <summary>The text of a made-up blog post, shared by the tests of where a post's title stands over it.</summary>
internal static class HarbourPierPost
{
    public static readonly string[] Paragraphs =
    [
        "The harbour board voted on Tuesday to sell the old pier to a ferry firm from the north coast, ending ten years of arguments about the crumbling quay and its timber deck.",
        "The ferry firm will pay the board a fixed sum for the pier and has promised to repair the timber deck before the summer crossings start in May.",
        "Board members said the sale was the only way to keep the pier open, since the town could not afford the repairs that the last survey asked for.",
        "Traders on the quay welcomed the vote, although some asked for a promise that the ferry firm would keep the fish market on the pier for at least five years.",
        "The sale still needs the approval of the county council, which is expected to vote on it next month after a public meeting in the harbour hall.",
    ];
}
