namespace NewsApi.Ingestion.Tests.Layout;

/// <summary>
/// A link to the post before or after this one, under the story, ends it: the teasers and comments under the link read as
/// sentences too. All text made up here.
/// </summary>
public sealed class NeighbourPostLinkUnderStoryTests
{
    private static readonly string[] Article = HarbourStory.Paragraphs;
    private static readonly string[] SiteBlurbs = HarbourStory.SiteBlurbs;

    [Theory]
    [InlineData("« Previous Post")]
    [InlineData("Next story: Seaside cafe reopens with a new menu")]
    [InlineData("Previous Article Ferry fares to rise in the spring")]
    [InlineData("Newer Post Older Post Home")]
    [InlineData("‹ Prev")]
    [InlineData("Next Story »")]
    public void StoryEndsAtTheLinkToTheNeighbouringPost(string link)
    {
        var draft = NewsDocumentParser.Parse(HarbourStory.PageBetweenMenus(Article.Concat([link]).Concat(SiteBlurbs)));

        Assert.Equal(Article, draft.Body);
    }

    [Fact]
    public void SubheadingThatOpensWithNextPostStaysInTheStory()
    {
        const string Subheading = "Next post office to close in the valley";
        string[] story = [.. Article[..2], Subheading, .. Article[2..]];

        var draft = NewsDocumentParser.Parse(HarbourStory.PageBetweenMenus(story));

        Assert.Equal(Article, draft.Body.Where(paragraph => paragraph != Subheading));
    }

    [Fact]
    public void LinkUnderAShortDeckDoesNotEndTheStory()
    {
        const string Deck = "Divers found cracks in three of the old pier's concrete piles, and the board says the repairs cannot wait.";
        const string Link = "« Older post";
        string[] story = [Deck, Link, .. Article];

        var draft = NewsDocumentParser.Parse(HarbourStory.PageBetweenMenus(story));

        Assert.Equal(Article, draft.Body.Where(paragraph => paragraph != Deck && paragraph != Link));
    }
}
