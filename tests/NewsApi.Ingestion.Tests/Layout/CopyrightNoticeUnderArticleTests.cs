namespace NewsApi.Ingestion.Tests.Layout;

/// <summary>
/// A wire story's copyright notice under it ends the story, with the notice's own sentences; the blurbs under it read as
/// sentences too. All text made up here.
/// </summary>
public sealed class CopyrightNoticeUnderArticleTests
{
    private static readonly string[] Article = HarbourStory.Paragraphs;
    private static readonly string[] SiteBlurbs = HarbourStory.SiteBlurbs;

    [Fact]
    public void StoryEndsAtTheCopyrightNoticeUnderIt()
    {
        var draft = NewsDocumentParser.Parse(HarbourStory.PageBetweenMenus(Article.Concat(["Copyright 2026 The Quillmere Wire. All rights reserved."]).Concat(SiteBlurbs)));

        Assert.Equal(Article, draft.Body);
    }

    [Fact]
    public void NoticesOwnSentencesUnderItStay()
    {
        const string Notice = "This story comes from the wire service and was not edited by the staff of this site before it was published.";

        var draft = NewsDocumentParser.Parse(HarbourStory.PageBetweenMenus(Article.Concat(["© 2026 Quillmere Wire", Notice]).Concat(SiteBlurbs)));

        Assert.Equal([.. Article, Notice], draft.Body);
    }

    [Fact]
    public void NoticeOverMostOfTheTextEndsNothing()
    {
        string[] more =
        [
            "The board's chairman, Tamsin Vorley, said the pier had served the town for sixty years and deserved a careful repair rather than a cheap one.",
            "A public meeting on the works will be held at the harbour office on the first Thursday of next month, and the plans can be read there until then.",
        ];
        // A subheading right under the notice: the notice's own sentences do not carry the run on to the rest.
        string[] story = [.. Article[..2], "Copyright (c) 2026 Harbour Board Trust. All rights reserved.", "Works and costs", .. Article[2..], .. more];

        var draft = NewsDocumentParser.Parse(HarbourStory.PageBetweenMenus(story));

        Assert.Equal([.. Article, .. more], draft.Body.Where(paragraph => paragraph != "Works and costs"));
    }
}
