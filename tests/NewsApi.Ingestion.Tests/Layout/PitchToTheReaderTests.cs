using NewsApi.Ingestion.Layout.Chrome;

namespace NewsApi.Ingestion.Tests.Layout;

/// <summary>The site speaking to its readers between or under a story; every name is invented.</summary>
public sealed class PitchToTheReaderTests
{
    [Theory]
    [InlineData("Get the Varnholt Morning Briefing in your inbox every weekday.")]
    [InlineData("Sign up to Harbour Matters")]
    [InlineData("Sign up to Start Line, our free weekly rowing newsletter, for results, interviews and more.")]
    [InlineData("Our free fortnightly newsletter on coastal research, straight to your inbox.")]
    [InlineData("Got a news tip? Email news@courier.example or call 0800 555 000.")]
    [InlineData("Tips? Contact the newsroom at tips@ledger.example or on Signal.")]
    [InlineData("Fjord Stage is reader-supported. Become a member from €4 a month.")]
    public void APitchToTheReaderIsChrome(string line) => Assert.True(ChromeDetector.IsChrome(line));

    [Theory]
    [InlineData("The council's newsletter, sent to 4,000 households, said the works would start in May.")]
    [InlineData("Got a story to tell about the old harbour, the ferryman said, and he told it twice.")]
    [InlineData("Sign up to the scheme was slow at first, the harbour master said on Tuesday.")]
    [InlineData("\"Get the newsletter in your inbox and you will know before the council does,\" the editor told the meeting.")]
    public void AStorysSentenceAboutThemIsNot(string line) => Assert.False(ChromeDetector.IsChrome(line));

    [Fact]
    public void ThePitchLeavesTheBody()
    {
        var draft = NewsDocumentParser.Parse("""
            Harbour board approves new quay

            By Maren Tveitane

            The harbour board in Haldenvik approved a new ferry quay on Tuesday, ending a two-year dispute over its cost.

            Get the Fjord Courier Morning Briefing in your inbox every weekday.

            Work will start in the spring and should take eighteen months, the board's chair said after the vote.
            """);

        Assert.Equal(2, draft.Body.Count);
        Assert.DoesNotContain(draft.Body, paragraph => paragraph.Contains("inbox", StringComparison.Ordinal));
    }
}
