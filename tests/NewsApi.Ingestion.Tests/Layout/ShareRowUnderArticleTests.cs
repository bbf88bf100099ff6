namespace NewsApi.Ingestion.Tests.Layout;

/// <summary>
/// A row of share and print tools under the story ends it: the blurbs and notices under the row read as sentences too.
/// All text made up here.
/// </summary>
public sealed class ShareRowUnderArticleTests
{
    private static readonly string[] Article = HarbourStory.Paragraphs;
    private static readonly string[] SiteBlurbs = HarbourStory.SiteBlurbs;

    private static readonly string[] MoreOfTheStory =
    [
        "The board's chairman, Tamsin Vorley, said the pier had served the town for sixty years and deserved a careful repair rather than a cheap one.",
        "A public meeting on the works will be held at the harbour office on the first Thursday of next month, and the plans can be read there until then.",
    ];

    [Fact]
    public void StoryEndsAtTheShareRowUnderIt()
    {
        var draft = NewsDocumentParser.Parse(HarbourStory.PageBetweenMenus(Article.Concat(["Email to a friend | Printer friendly"]).Concat(SiteBlurbs)));

        Assert.Equal(Article, draft.Body);
    }

    [Fact]
    public void ShareRowBetweenTheLeadAndTheRestKeepsTheRest()
    {
        const string Row = "Email to a friend | Printer friendly";
        string[] story = [.. Article[..2], Row, .. Article[2..], .. MoreOfTheStory];

        var draft = NewsDocumentParser.Parse(HarbourStory.PageBetweenMenus(story));

        // The row itself stays where the page set it (told from the story by nothing but its words); the rest is the story's.
        Assert.Equal([.. Article, .. MoreOfTheStory], draft.Body.Where(paragraph => paragraph != Row));
    }

    [Fact]
    public void HeadingThatStartsWithAToolsWordIsNoShareRow()
    {
        const string Heading = "Print design basics";
        string[] story = [.. Article, Heading, .. MoreOfTheStory];

        var draft = NewsDocumentParser.Parse(HarbourStory.PageBetweenMenus(story));

        Assert.Equal([.. Article, .. MoreOfTheStory], draft.Body.Where(paragraph => paragraph != Heading));
    }
}
