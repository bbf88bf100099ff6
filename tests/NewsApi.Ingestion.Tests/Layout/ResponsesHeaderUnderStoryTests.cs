namespace NewsApi.Ingestion.Tests.Layout;

/// <summary>
/// A comment section's header that counts the responses and names the post ends the story: the comments under it read as
/// sentences too. All text made up here.
/// </summary>
public sealed class ResponsesHeaderUnderStoryTests
{
    private static readonly string[] Article = HarbourStory.Paragraphs;

    private static readonly string[] Comments =
    [
        "Wendel Marsh says:",
        "I take the early crossing every day and the walk to the north quay will be miserable in January, so I hope the board thinks again.",
        "Ilse Brannock says:",
        "Eight months is a long time, but the pier has needed this for years and I would rather they did it properly than patched it again.",
    ];

    [Theory]
    [InlineData("12 Responses to “Harbour board votes to close old ferry pier”")]
    [InlineData("3 thoughts on “Harbour board votes to close old ferry pier”")]
    [InlineData("{ 7 comments… read them below or add one }")]
    [InlineData("Discuss this story")]
    public void StoryEndsAtTheHeaderOverItsResponses(string header)
    {
        var draft = NewsDocumentParser.Parse(HarbourStory.PageBetweenMenus(Article.Concat([header]).Concat(Comments)));

        Assert.Equal(Article, draft.Body);
    }

    [Fact]
    public void SentenceThatOpensWithACountOfResponsesStaysInTheStory()
    {
        const string Sentence = "150 responses to the consultation backed the repairs";
        string[] story = [.. Article[..2], Sentence + ".", .. Article[2..]];

        var draft = NewsDocumentParser.Parse(HarbourStory.PageBetweenMenus(story));

        Assert.Equal(story, draft.Body);
    }
}
