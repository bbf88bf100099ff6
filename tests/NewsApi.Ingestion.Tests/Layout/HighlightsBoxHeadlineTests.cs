namespace NewsApi.Ingestion.Tests.Layout;

/// <summary>A story's highlights box between its title and its text, whose items the model takes for the headline. All text made up here.</summary>
public sealed class HighlightsBoxHeadlineTests
{
    private static readonly string[] Story =
    [
        "FENDLEBAY - Ferry crews walked off the job at dawn on Tuesday, halting every crossing from the harbour in a dispute over the new rota that Quarrow ferries brought in last month.",
        "The company said talks with the crews would resume on Friday and that it hoped the crossings could start again before the weekend, when the spring timetable begins.",
        "Traders on the quay said a long dispute would hurt them badly, since most of their customers in the early spring come over on the morning ferries from the islands.",
        "The crews said the new rota left them too little rest between the late and early crossings, and that they had raised the problem with the company many times.",
        "The harbour board asked both sides to settle the dispute quickly and offered the harbour hall for the talks on Friday morning.",
    ];

    private static readonly string[] Footer = Enumerable.Range(1, 30).Select(i => $"Footer link {i}").ToArray();

    private static string Page(params string[] head) =>
        string.Join("\n", new[] { "Fendlebay Courier", "Home", "News", "Sport", "Business", "Weather", "Jobs", "Property", "Motors", "Announcements", "Sign in" }.Concat(head).Concat(Story).Concat(Footer));

    [Fact]
    public void TitleAboveTheHighlightsBeatsTheirItems()
    {
        const string title = "Islanders stranded as crews walk out";
        var text = Page(
            title, "By Tobin Wexcombe", "Updated 4:10 pm, March 4, 2025", "Story highlights",
            "Crews walked out at dawn over the new rota", "Quarrow ferries says talks will resume on Friday", "Traders on the quay fear a long dispute");

        var draft = NewsDocumentParser.Parse(text);

        Assert.Equal(title, draft.Headline);
    }

    [Fact]
    public void HighlightsLabelOfAMenuDoesNotMoveThePick()
    {
        // "Highlights" among a menu's labels is a link to a page of video clips, not a box over the story's items.
        const string title = "Ferry crews walk out over the new rota at dawn";
        var text = Page("Results", "Highlights", "Photos", "Athletes", title, "By Tobin Wexcombe", "March 4, 2025");

        var draft = NewsDocumentParser.Parse(text);

        Assert.Equal(title, draft.Headline);
    }
}
