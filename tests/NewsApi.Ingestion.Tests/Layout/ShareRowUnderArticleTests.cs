namespace NewsApi.Ingestion.Tests.Layout;

/// <summary>
/// A row of share and print tools under the story ends it: the blurbs and notices under the row read as sentences too.
/// All text made up here.
/// </summary>
public sealed class ShareRowUnderArticleTests
{
    private static readonly string[] Article = HarbourStory.Paragraphs;

    private static readonly string[] MoreOfTheStory =
    [
        "The board's chairman, Tamsin Vorley, said the pier had served the town for sixty years and deserved a careful repair rather than a cheap one.",
        "A public meeting on the works will be held at the harbour office on the first Thursday of next month, and the plans can be read there until then.",
    ];

    private static readonly string[] SiteBlurbs =
    [
        "Seaside cafe reopens with a new menu",
        "The cafe on the promenade has reopened after a winter of work, with a menu of local fish and a terrace over the bay.",
        "Ferry fares to rise in the spring",
        "Fares on both routes across the bay will rise by five per cent in April, the two companies said in a letter to passengers.",
    ];

    private static IEnumerable<string> Menu(int count) =>
        Enumerable.Range(0, count).Select(i => (i % 3) switch { 0 => "Home", 1 => $"Section {i}", _ => "Contact" });

    private static string Page(IEnumerable<string> story) =>
        string.Join("\n", Menu(30).Concat(["Harbour board votes to close old ferry pier", "By Orwin Haskel"]).Concat(story).Concat(Menu(30)));

    [Fact]
    public void StoryEndsAtTheShareRowUnderIt()
    {
        var draft = NewsDocumentParser.Parse(Page(Article.Concat(["Email to a friend | Printer friendly"]).Concat(SiteBlurbs)));

        Assert.Equal(Article, draft.Body);
    }

    [Fact]
    public void ShareRowBetweenTheLeadAndTheRestKeepsTheRest()
    {
        const string Row = "Email to a friend | Printer friendly";
        string[] story = [.. Article[..2], Row, .. Article[2..], .. MoreOfTheStory];

        var draft = NewsDocumentParser.Parse(Page(story));

        // The row itself stays where the page set it (told from the story by nothing but its words); the rest is the story's.
        Assert.Equal([.. Article, .. MoreOfTheStory], draft.Body.Where(paragraph => paragraph != Row));
    }

    [Fact]
    public void HeadingThatStartsWithAToolsWordIsNoShareRow()
    {
        const string Heading = "Print design basics";
        string[] story = [.. Article, Heading, .. MoreOfTheStory];

        var draft = NewsDocumentParser.Parse(Page(story));

        Assert.Equal([.. Article, .. MoreOfTheStory], draft.Body.Where(paragraph => paragraph != Heading));
    }
}
