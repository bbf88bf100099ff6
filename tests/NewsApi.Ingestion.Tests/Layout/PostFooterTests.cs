using NewsApi.Ingestion.Layout;

namespace NewsApi.Ingestion.Tests.Layout;

/// <summary>A blog post's filing line and its writer's box end the post. All text made up here.</summary>
public sealed class PostFooterTests
{
    private static readonly string[] Article = HarbourStory.Paragraphs;

    private static readonly string[] Trackbacks =
    [
        "Quayside Weekly Says: The board's vote on the old pier was the talk of the market this morning, and nobody we asked had heard of the temporary landing before today.",
        "Tidewater Notes Says: We walked the route to the north quay at six in the morning to see how long it takes, and the answer is about twelve minutes in good weather.",
        "Bay Commuter Says: Our readers have asked the ferry companies whether the fees will go up to pay for the loan, and neither company has answered us so far.",
    ];

    private static IEnumerable<string> Menu(int count) =>
        Enumerable.Range(0, count).Select(i => (i % 3) switch { 0 => "Home", 1 => $"Archive {i}", _ => "Contact" });

    private static string Post(IEnumerable<string> footer, int menuLines = 30) =>
        string.Join("\n", Menu(menuLines).Concat(["Harbour board votes to close old ferry pier", "Posted by Orwin Haskel on July 3, 2012"])
            .Concat(Article).Concat(footer).Concat(Menu(menuLines)));

    [Theory]
    [InlineData("This entry was posted in Harbours and tagged ferries, piers. Bookmark the permalink.")]
    [InlineData("Posted in Harbours, Ferries | 3 Comments »")]
    [InlineData("You can follow any responses to this entry through the RSS 2.0 feed.")]
    [InlineData("Posted by Orwin Haskel on July 3, 2012 at 04:17 PM | Permalink")]
    [InlineData("Posted at 04:17 PM in Harbours, Ferries | Permalink | Comments (3)")]
    public void FilingLineEndsThePost(string filing)
    {
        var draft = NewsDocumentParser.Parse(Post(new[] { filing, "3 Trackbacks" }.Concat(Trackbacks)));

        Assert.Equal(Article, draft.Body);
    }

    [Fact]
    public void PrintEditionNoteEndsTheStory()
    {
        var draft = NewsDocumentParser.Parse(Post(
        [
            "A version of this article appeared in print on July 4, 2012, on page A3 of the Harbour edition with the headline: Old Pier to Close.",
            "Copyright 2012 Quayside Weekly. All rights reserved.",
            "This copy is for your personal, non-commercial use only. To order copies for distribution to colleagues or clients, ask our reprints desk.",
        ]));

        Assert.Equal(Article, draft.Body);
    }

    [Fact]
    public void FilingLineLeftOutOfTheBodyStillDatesThePost()
    {
        var text = string.Join("\n", Menu(30).Concat(["Harbour board votes to close old ferry pier", "By Orwin Haskel"]).Concat(Article)
            .Concat(["This entry was posted on Tuesday, July 3rd, 2012 at 4:48 pm and is filed under Harbours.", "3 Trackbacks"]).Concat(Trackbacks).Concat(Menu(30)));

        var draft = NewsDocumentParser.Parse(text);

        Assert.Equal(Article, draft.Body);
        Assert.Equal(new DateOnly(2012, 7, 3), DateOnly.FromDateTime(draft.PublishedAt!.Value.UtcDateTime));
    }

    [Fact]
    public void FilingLineEndsAShortPost()
    {
        var draft = NewsDocumentParser.Parse(Post(new[] { "This entry was posted in Harbours. Bookmark the permalink.", "3 Trackbacks" }.Concat(Trackbacks), menuLines: 5));

        Assert.Equal(Article, draft.Body);
    }

    [Fact]
    public void FilingLineEndsAPostOfOneParagraph()
    {
        // A blog's post can be a sentence or two over a picture; the trackbacks under its filing line outweigh it.
        string[] post = ["The old ferry pier photographed at low tide this morning, a week before the harbour board closes it for good and sends the boats to the north quay."];
        var text = string.Join("\n", Menu(30).Concat(["Last morning light on the old pier", "Posted by Orwin Haskel on July 3, 2012"]).Concat(post)
            .Concat(["Posted in Harbours, Ferries | No Comments »", "3 Trackbacks"]).Concat(Trackbacks).Concat(Menu(30)));

        var draft = NewsDocumentParser.Parse(text);

        Assert.Equal(post, draft.Body);
    }

    [Fact]
    public void FilingLineUnderATeaserAboveThePostDoesNotEndIt()
    {
        // A line of a dozen words over a filing line, right above the post, is a teaser of another post, not a post.
        var teaser = new[] { "Gulls are back on the north quay roofs and the fishermen are not amused at all.", "Posted in Birds | 2 Comments" };
        var text = string.Join("\n", Menu(30).Concat(teaser).Concat(Article).Concat(Menu(30)));

        var draft = NewsDocumentParser.Parse(text);

        Assert.All(Article, paragraph => Assert.Contains(paragraph, draft.Body));
    }

    [Theory]
    [InlineData("Tags: ferries, harbour, piers")]
    [InlineData("Related topics: Ferries | Harbour | Piers")]
    public void TagLineUnderThePostEndsIt(string tagLine)
    {
        // The related posts' blurbs under the tags are sentences, so the run went on through them into the story's body.
        string[] related =
        [
            "More from the harbour",
            "The north quay's new landing stage will be ready by the end of the summer, the contractor says, two months later than the board had hoped when it signed.",
            "Fishermen on the east wall have asked the board for a second crane, saying the one they share breaks down every other week in the busy season.",
            "A survey of the breakwater found cracks along a third of its length, and the engineers who wrote it want the repairs started before the winter storms.",
        ];

        var draft = NewsDocumentParser.Parse(Post(new[] { tagLine }.Concat(related)));

        Assert.Equal(Article, draft.Body);
        Assert.Equal(["ferries", "harbour", "piers"], draft.Tags.Select(tag => tag.ToLowerInvariant()));
    }

    [Fact]
    public void TagLineUnderAShortLeadDoesNotEndThePost()
    {
        // A post's labels printed under its first paragraph: less than an article's worth above them, so the text goes on.
        string[] lead = ["The harbour board voted on Tuesday night to close the old ferry pier at the end of the month, after engineers found its timber piles rotten."];
        var text = string.Join("\n", Menu(30).Concat(["Harbour board votes to close old ferry pier", "Posted by Orwin Haskel on July 3, 2012"]).Concat(lead)
            .Concat(["Labels: ferries, harbour, piers"]).Concat(Article).Concat(Menu(30)));

        var draft = NewsDocumentParser.Parse(text);

        Assert.All(lead.Concat(Article), paragraph => Assert.Contains(paragraph, draft.Body));
    }

    [Fact]
    public void PapersKeywordsUnderItsAbstractDoNotEndIt()
    {
        // A paper's index terms close its abstract; the paper itself follows them.
        var text = string.Join("\n", Menu(30).Concat(["Mooring loads on a closing ferry pier", "Orwin Haskel, Harbour Institute"]).Concat(Article.Take(2))
            .Concat(["Keywords: mooring, piers, ferries, tidal loads"]).Concat(Article.Skip(2)).Concat(Menu(30)));

        var draft = NewsDocumentParser.Parse(text);

        Assert.All(Article, paragraph => Assert.Contains(paragraph, draft.Body));
    }

    [Theory]
    [InlineData("About Orwin Haskel")]
    [InlineData("ABOUT ORWIN HASKEL")]
    public void BoxAboutThePostsWriterEndsThePost(string header)
    {
        var box = new[]
        {
            header,
            "Orwin Haskel has written about the bay's ferries and fishing boats for twenty years, and before that he worked on the harbour's pilot launches for a decade.",
        };

        var draft = NewsDocumentParser.Parse(Post(box.Concat(Trackbacks)));

        Assert.Equal(Article, draft.Body);
    }

    [Fact]
    public void SectionAboutACompanyTheStoryIsAboutStaysInIt()
    {
        // A press release's note on the company: no byline names it, so it is the release's own text.
        var about = new[]
        {
            "About Tidewell Ferries",
            "Tidewell Ferries runs four crossings of the bay and carries about two million passengers a year between the harbour, the north quay and the islands.",
        };

        var draft = NewsDocumentParser.Parse(Post(about));

        Assert.Equal(Article.Concat(about), draft.Body);
    }

    [Fact]
    public void SentenceOpeningWithPostedInIsNoFilingLine()
    {
        Assert.False(PostFooter.IsFilingLine("Posted in 1998, the letter reached the harbour office three weeks after the pier had already been closed."));
        Assert.True(PostFooter.IsFilingLine("Filed under: Harbours, Ferries"));
    }
}
