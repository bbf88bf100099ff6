namespace NewsApi.Ingestion.Tests.Layout;

/// <summary>
/// Four made-up paragraphs of one story, the article text the rendered-page tests put chrome around, and a page that sets a
/// story between two menus under the story's headline and byline.
/// </summary>
internal static class HarbourStory
{
    public static readonly string[] Paragraphs =
    [
        "The harbour board voted on Tuesday to close the old ferry pier for repairs that engineers say are long overdue, after divers found cracks in three of its concrete piles.",
        "Ferries will use the temporary landing at the north quay from next month, the board said, and the timetable will not change for most of the routes that cross the bay.",
        "Residents who rely on the early crossing said they were worried that the walk to the north quay would add ten minutes to a journey that is already long in winter.",
        "The repairs are expected to take eight months and to cost about four million, which the board will borrow against the fees it charges the two ferry companies.",
    ];

    /// <summary>Two headlines of other stories with a blurb under each, as a site lists them under an article.</summary>
    public static readonly string[] SiteBlurbs =
    [
        "Seaside cafe reopens with a new menu",
        "The cafe on the promenade has reopened after a winter of work, with a menu of local fish and a terrace over the bay.",
        "Ferry fares to rise in the spring",
        "Fares on both routes across the bay will rise by five per cent in April, the two companies said in a letter to passengers.",
    ];

    /// <summary>The lines given, under the story's headline and byline, between two menus of thirty short links.</summary>
    public static string PageBetweenMenus(IEnumerable<string> story) =>
        string.Join("\n", Menu(30).Concat(["Harbour board votes to close old ferry pier", "By Orwin Haskel"]).Concat(story).Concat(Menu(30)));

    private static IEnumerable<string> Menu(int count) =>
        Enumerable.Range(0, count).Select(i => (i % 3) switch { 0 => "Home", 1 => $"Section {i}", _ => "Contact" });
}
