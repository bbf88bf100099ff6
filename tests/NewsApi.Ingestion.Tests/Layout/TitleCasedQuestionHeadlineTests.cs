namespace NewsApi.Ingestion.Tests.Layout;

/// <summary>A short page read whole, whose title asks a question and adds an aside: it reads as prose but is capitalized as a title. All text made up here.</summary>
public sealed class TitleCasedQuestionHeadlineTests
{
    [Fact]
    public void TitleCasedQuestionWithAnAsideIsTheHeadline()
    {
        const string title = "Why Kelbridge Ferries for Island Trips? (And Why I'm Teaching Sailing With Them)";
        var text = string.Join("\n",
            "Kelbridge Notes", "Home Blog", "Back to blog", "Dec 12, 2025", "4 min read", title,
            "I'm taking a group of students across to the islands this spring and here's why I chose the Kelbridge ferries.",
            "The ferries have run from the old harbour for forty years, and the crews know every rock and current between the quay and the islands.",
            "Each crossing takes under an hour, and the boats carry bicycles, kayaks and the heavy sailing gear that a class of twelve needs for a week.",
            "The timetable is kind to a teacher too: the first boat leaves early enough for a full day on the water and the last one waits for late groups.",
            "Most of all, the crews are happy to answer questions, and my students learn more about tides from them than from any of my lessons.");

        var draft = NewsDocumentParser.Parse(text);

        Assert.Equal(title, draft.Headline);
    }
}
