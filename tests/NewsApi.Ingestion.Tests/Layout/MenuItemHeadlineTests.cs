namespace NewsApi.Ingestion.Tests.Layout;

/// <summary>A label inside a menu is no headline, however much of the story it names. All text made up here.</summary>
public sealed class MenuItemHeadlineTests
{
    private static readonly string[] Article =
    [
        "The harbour board voted on Tuesday to close the old ferry pier for repairs that engineers say are long overdue, after divers found cracks in three of its concrete piles.",
        "Ferries will use the temporary landing at the north quay from next month, the board said, and the timetable will not change for most of the routes that cross the bay.",
        "Residents who rely on the early crossing said they were worried that the walk to the north quay would add ten minutes to a journey that is already long in winter.",
        "The repairs are expected to take eight months and to cost about four million, which the board will borrow against the fees it charges the two ferry companies.",
    ];

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
