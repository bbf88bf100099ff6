using NewsApi.Ingestion.Layout.Chrome;

namespace NewsApi.Ingestion.Tests.Layout;

/// <summary>Notes on the author under a story, and a site's language switcher above it; every name is invented.</summary>
public sealed class AuthorNoteAndSwitcherTests
{
    [Fact]
    public void TheNoteOnTheAuthorUnderTheStoryIsNoBodyText()
    {
        var draft = NewsDocumentParser.Parse("""
            Harbour board approves new quay

            By Maren Tveitane

            The harbour board in Haldenvik approved a new ferry quay on Tuesday, ending a two-year dispute over its cost.

            Work will start in the spring and should take eighteen months, the board's chair said after the vote.

            Maren Tveitane is the Fjord Courier's local government reporter. Reach her at maren@courier.example.
            """);

        Assert.Equal(["Maren Tveitane"], draft.Byline);
        Assert.Equal(2, draft.Body.Count);
        Assert.DoesNotContain(draft.Body, p => p.Contains("reporter", StringComparison.Ordinal));
    }

    [Fact]
    public void AParagraphAboutTheAuthorsNamesakeInsideTheStoryStays()
    {
        var draft = NewsDocumentParser.Parse("""
            Harbour board approves new quay

            By Maren Tveitane

            Maren is a common name in Haldenvik, where the harbour board approved a new ferry quay on Tuesday, ending a two-year dispute.

            Work will start in the spring and should take eighteen months, the board's chair said after the vote.

            The quay will carry foot passengers only until the second berth is finished, the chair added on Wednesday.

            Residents said they were glad the dispute was over and hoped the works would not close the harbour road.
            """);

        Assert.Equal(4, draft.Body.Count);
    }

    [Theory]
    [InlineData("Suomeksi På svenska In English")]
    [InlineData("English · Deutsch · Français · Español")]
    [InlineData("中文 | English | 日本語")]
    public void ALanguageSwitcherIsChrome(string line) => Assert.True(ChromeDetector.IsChrome(line));

    [Theory]
    [InlineData("English teachers strike over pay")]
    [InlineData("In English, the word has two meanings.")]
    public void ALineThatMerelyNamesALanguageIsNoChrome(string line) => Assert.False(ChromeDetector.IsChrome(line));

    [Fact]
    public void TheNoteUnderAboutTheAuthorIsNoBodyText()
    {
        var draft = NewsDocumentParser.Parse("""
            Harbour board approves new quay

            By Maren Tveitane

            The harbour board in Haldenvik approved a new ferry quay on Tuesday, ending a two-year dispute over its cost.

            Work will start in the spring and should take eighteen months, the board's chair said after the vote.

            About the author

            Maren Tveitane has covered the fjord towns for a decade and lives on one of the islands the ferry serves.
            """);

        Assert.Equal(2, draft.Body.Count);
        Assert.DoesNotContain(draft.Body, p => p.Contains("decade", StringComparison.Ordinal) || p.Contains("About", StringComparison.Ordinal));
    }
}
