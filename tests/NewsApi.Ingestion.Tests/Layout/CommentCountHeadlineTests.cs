using NewsApi.Ingestion.Layout;

namespace NewsApi.Ingestion.Tests.Layout;

/// <summary>A comment counter that the page prints after the title on its line. All text made up here.</summary>
public sealed class CommentCountHeadlineTests
{
    private static readonly string[] Article = HarbourStory.Paragraphs;

    [Fact]
    public void CommentCounterAfterTheTitleOnItsLineIsLeftOut()
    {
        var text = string.Join("\n", new[]
        {
            "The Harbour Log", "About", "Archives", "Subscribe via: ( Email / RSS )",
            "Why the old ferry pier will take eight months to mend 149 Comments", "Written by Mara Quist Topics: Harbour",
        }.Concat(Article).Concat(Enumerable.Repeat("Most read", 40)));

        var draft = NewsDocumentParser.Parse(text);

        Assert.Equal("Why the old ferry pier will take eight months to mend", draft.Headline);
    }

    [Theory]
    [InlineData("Ferry pier to close 12 comments", "Ferry pier to close")]
    [InlineData("Ferry pier to close (1,024 Comments)", "Ferry pier to close")]
    [InlineData("Ferry pier to close", "Ferry pier to close")]
    [InlineData("Closed 3 Comments", "Closed 3 Comments")]
    [InlineData("Readers left 40 comments on the pier plan", "Readers left 40 comments on the pier plan")]
    public void OnlyATrailingCounterIsCut(string headline, string expected) =>
        Assert.Equal(expected, HeadlineLines.WithoutCommentCount(headline));
}
