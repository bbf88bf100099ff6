using NewsApi.Ingestion.Layout.Chrome;

namespace NewsApi.Ingestion.Tests.Layout;

/// <summary>A blog's title over its thread and its lists of other posts; every name is invented.</summary>
public sealed class BlogThreadChromeTests
{
    [Theory]
    [InlineData("0 Responses to “Harbour Ferry Timetable Update - v30”")]
    [InlineData("3 thoughts on “Review: The Salt Barges at the Quay Theatre”")]
    [InlineData("No Comments")]
    [InlineData("One Response")]
    public void ABlogsTitleOverItsThreadIsChrome(string line) => Assert.True(ChromeDetector.IsChrome(line));

    [Theory]
    [InlineData("No comments from the council were received before the deadline.")]
    [InlineData("Three thoughts on the harbour plan")]
    public void ASentenceAboutCommentsIsNot(string line) => Assert.False(ChromeDetector.IsChrome(line));

    [Theory]
    [InlineData("Related Posts")]
    [InlineData("Recent posts")]
    [InlineData("Popular Posts:")]
    public void ABlogsListOfPostsHasARelatedHeader(string line) => Assert.True(ChromeDetector.IsRelatedHeader(line));

    [Theory]
    [InlineData("Twitter Mastodon Facebook Email")]
    [InlineData("Copy link Email Facebook X WhatsApp Reddit")]
    [InlineData("Share full article Gift Save")]
    [InlineData("Like this: Loading...")]
    [InlineData("Reply")]
    public void ShareBarsAndThreadButtonsAreChrome(string line) => Assert.True(ChromeDetector.IsChrome(line));

    [Theory]
    [InlineData("Like a river, the reply came slowly.")]
    [InlineData("X marks the spot where the quay will stand")]
    public void SentencesOpeningWithThoseWordsAreNot(string line) => Assert.False(ChromeDetector.IsChrome(line));
}
