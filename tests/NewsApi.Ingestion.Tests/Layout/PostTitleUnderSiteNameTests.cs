namespace NewsApi.Ingestion.Tests.Layout;

/// <summary>A one-person blog's name with a dash in the page's first line, over a short post title and its date. All text made up here.</summary>
public sealed class PostTitleUnderSiteNameTests
{
    private static readonly string[] Story =
    [
        "The harbour board voted on Tuesday to sell the old pier to a ferry firm from the north coast, ending ten years of arguments about the crumbling quay and its timber deck.",
        "The ferry firm will pay the board a fixed sum for the pier and has promised to repair the timber deck before the summer crossings start in May.",
        "Board members said the sale was the only way to keep the pier open, since the town could not afford the repairs that the last survey asked for.",
        "Traders on the quay welcomed the vote, although some asked for a promise that the ferry firm would keep the fish market on the pier for at least five years.",
        "The sale still needs the approval of the county council, which is expected to vote on it next month after a public meeting in the harbour hall.",
    ];

    private static readonly string[] Tail = ["Comments", "Leave a reply", "Name", "Email", "Website", "Post comment", "Archive", "2025", "2024", "About", "Contact"];

    private static string HeadlineOf(params string[] top) => NewsDocumentParser.Parse(string.Join("\n", top.Concat(Story).Concat(Tail))).Headline;

    [Fact]
    public void ShortPostTitleUnderTheSiteNameWins()
    {
        Assert.Equal("Selling the Pier", HeadlineOf("Mira Holt – Harbour Notes", "Selling the Pier", "Mar 4, 2025"));
    }

    [Fact]
    public void TitleOnTheFirstLineOverItsDateStays()
    {
        const string title = "Harbour board sells the old pier – ferry firm to mend the deck";

        Assert.Equal(title, HeadlineOf(title, "March 4, 2025", "By Mira Holt"));
    }
}
