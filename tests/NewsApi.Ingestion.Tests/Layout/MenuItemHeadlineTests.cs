namespace NewsApi.Ingestion.Tests.Layout;

/// <summary>A label inside a menu is no headline, however much of the story it names. All text made up here.</summary>
public sealed class MenuItemHeadlineTests
{
    private static readonly string[] Article = HarbourStory.Paragraphs;

    [Fact]
    public void LabelAmongMenuLabelsIsNoHeadlineEvenWhenTheStoryNamesIt()
    {
        // "Harbour Board" is a section of the site's menu, printed again under the story, and its words open the lead: the model prefers it.
        const string headline = "Board to close old pier";
        var text = string.Join("\n", new[]
        {
            "Bayport Courier", "News", "Photos", "Ferry Pier", "North Quay", "Harbour Board", "Bay Crossings", "Tide Tables", "Boat Sales",
            "Bay Weather", "Quay Life", "Pier History", "Jobs", "Cars", "Homes", "Dating", "Courier Extra", headline, "Sat 19 Jan, 10:45 AM",
        }.Concat(Article).Concat(["More Harbour Board news", "Harbour Board"]).Concat(Enumerable.Repeat("Most read", 40)));

        var draft = NewsDocumentParser.Parse(text);

        Assert.Equal(headline, draft.Headline);
    }
}
