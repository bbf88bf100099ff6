namespace NewsApi.Ingestion.Tests.Layout;

/// <summary>Four made-up paragraphs of one story, the article text the rendered-page tests put chrome around.</summary>
internal static class HarbourStory
{
    public static readonly string[] Paragraphs =
    [
        "The harbour board voted on Tuesday to close the old ferry pier for repairs that engineers say are long overdue, after divers found cracks in three of its concrete piles.",
        "Ferries will use the temporary landing at the north quay from next month, the board said, and the timetable will not change for most of the routes that cross the bay.",
        "Residents who rely on the early crossing said they were worried that the walk to the north quay would add ten minutes to a journey that is already long in winter.",
        "The repairs are expected to take eight months and to cost about four million, which the board will borrow against the fees it charges the two ferry companies.",
    ];
}
