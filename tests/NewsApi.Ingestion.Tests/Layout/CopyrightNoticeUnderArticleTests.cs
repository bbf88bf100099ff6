namespace NewsApi.Ingestion.Tests.Layout;

/// <summary>
/// A wire story's copyright notice under it ends the story, with the notice's own sentences; the blurbs under it read as
/// sentences too. All text made up here.
/// </summary>
public sealed class CopyrightNoticeUnderArticleTests
{
    private static readonly string[] Article = HarbourStory.Paragraphs;

    private static readonly string[] SiteBlurbs =
    [
        "Seaside cafe reopens with a new menu",
        "The cafe on the promenade has reopened after a winter of work, with a menu of local fish and a terrace over the bay.",
        "Ferry fares to rise in the spring",
        "Fares on both routes across the bay will rise by five per cent in April, the two companies said in a letter to passengers.",
    ];

    private static IEnumerable<string> Menu(int count) =>
        Enumerable.Range(0, count).Select(i => (i % 3) switch { 0 => "Home", 1 => $"Section {i}", _ => "Contact" });

    private static string Page(IEnumerable<string> story) =>
        string.Join("\n", Menu(30).Concat(["Harbour board votes to close old ferry pier", "By Orwin Haskel"]).Concat(story).Concat(Menu(30)));

    [Fact]
    public void StoryEndsAtTheCopyrightNoticeUnderIt()
    {
        var draft = NewsDocumentParser.Parse(Page(Article.Concat(["Copyright 2026 The Quillmere Wire. All rights reserved."]).Concat(SiteBlurbs)));

        Assert.Equal(Article, draft.Body);
    }

    [Fact]
    public void NoticesOwnSentencesUnderItStay()
    {
        const string Notice = "This story comes from the wire service and was not edited by the staff of this site before it was published.";

        var draft = NewsDocumentParser.Parse(Page(Article.Concat(["© 2026 Quillmere Wire", Notice]).Concat(SiteBlurbs)));

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

        var draft = NewsDocumentParser.Parse(Page(story));

        Assert.Equal([.. Article, .. more], draft.Body.Where(paragraph => paragraph != "Works and costs"));
    }
}
