namespace NewsApi.Ingestion.Tests.Layout;

/// <summary>
/// A guide's contents box between its title and its text, whose first entry the model takes for the headline for standing
/// next to the text. All text made up here.
/// </summary>
public sealed class ContentsBoxHeadlineTests
{
    private const string Title = "Stop Digging Your Vegetable Garden";

    private const string Lead = "Raised beds let a small yard grow more vegetables with less digging. However, there is a surprising catch: most people build them too deep and too wide for their yard.";

    private static readonly string[] Menu = ["Solutions", "Faster garden plans for busy people", "One yard. One plan. Try the planner", "Pricing", "About Us", "Blog", "Docs", "Get Started"];

    private static readonly string[] Entries =
        ["How the Beds Are Built and Where They Go", "What the Soil Needs Before Sowing", "Which Crops to Sow First", "Watering the Beds in Dry Weeks", "Beds Versus Pots", "Is This Worth It?"];

    private static readonly string[] Text =
    [
        "Raised beds in a small yard warm up early in spring, drain well after rain and keep the soil loose, so the roots of young plants can spread without effort.",
        "Gardeners should start with two beds rather than six, water them in the morning, and keep a notebook of what they sowed and when, since the second year is easier with notes at hand.",
        "A mix of garden soil and compost in equal parts fills a bed well; topping it up with a few centimetres of compost each autumn keeps it rich for the next season.",
        "Lettuce, radishes and peas can be sown as soon as the soil crumbles in the hand, while beans and courgettes wait until the nights stay mild.",
        "In dry weeks a deep watering twice a week does more good than a light one every evening, since it sends the roots down where the soil stays cool.",
    ];

    private static string Page(IEnumerable<string> head) =>
        string.Join("\n", Menu.Concat(head).Concat(Text).Concat(Enumerable.Range(1, 30).Select(i => $"Footer link {i}")));

    [Theory]
    [InlineData("Table of Contents")]
    [InlineData("Jump to:")]
    [InlineData("Inhaltsverzeichnis")]
    public void FirstEntryOfTheContentsGivesWayToTheTitleAboveTheBox(string header)
    {
        var text = Page(new[] { Title, Lead, "Ostervik Quenmoor", header }.Concat(Entries));

        var draft = NewsDocumentParser.Parse(text);

        Assert.Equal(Title, draft.Headline);
    }

    [Fact]
    public void ContentsHeaderPrintedTwiceStillLeadsToTheTitle()
    {
        // A folded and an open copy of the box: the header stands twice in a row, the title above both.
        var text = Page(new[] { Title, Lead, "Table of Contents", "Table of Contents" }.Concat(Entries));

        var draft = NewsDocumentParser.Parse(text);

        Assert.Equal(Title, draft.Headline);
    }

    [Fact]
    public void TitleUnderACollapsedContentsHeaderStaysTheHeadline()
    {
        // The box is folded shut: under its header stand the trail and the title itself, with its writer and date.
        var text = Page(["Table of Contents", "Guides / Stop Digging Your Vegetable Garden", Title, "Ostervik Quenmoor", "March 4, 2025", Lead]);

        var draft = NewsDocumentParser.Parse(text);

        Assert.Equal(Title, draft.Headline);
    }
}
