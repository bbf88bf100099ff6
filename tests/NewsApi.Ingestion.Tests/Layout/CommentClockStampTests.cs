using NewsApi.Ingestion.Layout;

namespace NewsApi.Ingestion.Tests.Layout;

/// <summary>Clock times in a thread's stamps and a live blog's entry heads; every name and place is invented.</summary>
public sealed class CommentClockStampTests
{
    private static readonly string[] Story =
    [
        "The harbour board of Quellmouth voted on Tuesday to close the old ferry slip for two years while the pier is rebuilt.",
        "Ferries will land at the cargo quay in the meantime, which adds a ten-minute walk for passengers from the town centre.",
        "The board said the pier's timber piles had rotted faster than expected and that the work could not wait another winter.",
    ];

    [Fact]
    public void CommentStampsWithTheHalfOfTheDayJoinedToTheClockEndTheArticle()
    {
        List<string> lines =
        [
            .. Story,
            "Re: the walk (Score:4)",
            "by Tarvel Quonby (40121) on Tuesday June 3, @08:25PM (#5512)",
            "Ten minutes is nothing. Try doing it with two suitcases and a child in the rain, then tell me it is nothing.",
            "Reply to This",
            "by Mirelka Vostrand (38877) on Tuesday June 3, @08:41PM (#5519)",
            "The piles were known to be rotten five years ago; the board simply chose to wait for the grant money.",
            "Reply to This",
            "by quaywatcher (12007) on Tuesday June 3, @09:02PM (#5526)",
            "At least they are fixing it before someone goes through the deck, which is more than the last board did.",
        ];

        Assert.Equal(Story.Length - 1, CommentThread.ArticleEnd(lines, 0, lines.Count - 1));
    }

    [Fact]
    public void LiveEntriesHeadedByAClockAloneAreNoThread()
    {
        List<string> lines =
        [
            .. Story,
            "4:09 AM",
            "Slip closed",
            "Harbour staff put up the barriers at the old slip before dawn, and the first ferry of the day landed at the cargo quay.",
            "3:40 AM",
            "Buses laid on",
            "The board has laid on two buses between the quay and the town square for the first week, running every quarter hour.",
            "2:22 AM",
            "Night crossing",
            "The last crossing of the night left the old slip at two, the final sailing from it until the new pier opens.",
        ];

        Assert.Equal(lines.Count - 1, CommentThread.ArticleEnd(lines, 0, lines.Count - 1));
    }
}
