namespace NewsApi.Ingestion.Tests.Layout;

/// <summary>
/// A comments button in a toolbar between a story's lead and the rest of it, with the comment section itself under the story.
/// All text made up here.
/// </summary>
public sealed class CommentButtonInToolbarTests
{
    private static readonly string[] Lead =
    [
        "The tramway company said on Friday that it would stop running the night service across the river bridge from the spring, after a survey found that fewer than forty people used it on most evenings.",
        "Councillors who had fought to keep the service said the decision left shift workers at the hospital and the bakeries with no way home that does not cost them a taxi fare every night.",
    ];

    private static readonly string[] Rest =
    [
        "The company's board met for three hours before it voted, and its chair said the night trams had lost money in every one of the last six years, even after the fares went up twice.",
        "Drivers on the night shift will be moved to the morning routes, where the company says it is short of staff, and none of them will lose their jobs, according to the union that speaks for them.",
        "The council has asked the company to run a bus along the same route at least until the end of the year, and it has offered to pay half of what the bus would cost to run on weeknights.",
        "People who live near the depot have complained for years about the noise of the trams coming back after midnight, and some of them welcomed the decision at a meeting in the library on Thursday.",
        "The night service started in the winter after the bridge reopened, when the company expected the new flats on the south bank to fill up faster than they have, its annual report shows.",
        "A petition to keep the night trams has gathered more than two thousand names in a week, and the councillors who started it said they would hand it to the company before its next meeting.",
        "The company said it would look at the figures again in a year and could bring the service back on Friday and Saturday nights if enough people asked for it and the bridge toll were lowered.",
        "Until then the last tram across the river will leave the central square at a quarter past eleven, half an hour earlier than it does now, and the first will leave at six in the morning.",
    ];

    private static IEnumerable<string> Menu(int count) =>
        Enumerable.Range(0, count).Select(i => (i % 3) switch { 0 => "Home", 1 => $"District {i}", _ => "Subscribe" });

    [Fact]
    public void StoryGoesOnPastACommentsButtonWhenTheCommentSectionIsBelowIt()
    {
        var toolbar = new[] { "Loading...", "Comments", "Weigh In", "Corrections?", "Gallery", "Photos of the week", "Riverside notes" };
        var comments = new[] { "Comments", "Add your comment", "You must be logged in to post a comment.", "Sign in here" };
        var text = string.Join("\n", Menu(20).Concat(["Night trams across the river bridge to stop in spring", "By Tessaly Brunvoe"])
            .Concat(Lead).Concat(toolbar).Concat(Rest).Concat(comments).Concat(Menu(30)));

        var draft = NewsDocumentParser.Parse(text);

        Assert.All(Lead.Concat(Rest), paragraph => Assert.Contains(paragraph, draft.Body));
        Assert.DoesNotContain("You must be logged in to post a comment.", draft.Body);
    }

    [Fact]
    public void PostAboveTheCommentHeaderStaysTheBodyWhenNoOtherHeaderFollows()
    {
        // The comment form's help and a sidebar's blurbs under the only header outweigh the post; they are not its text.
        var blurb = "The river society is a group of volunteers who clean the banks every month, run walks along the old towpath and keep a record of the birds that nest under the bridge.";
        var sidebar = Enumerable.Range(0, 12).SelectMany(i => new[] { $"Friends of the river {i}", blurb });
        var text = string.Join("\n", Menu(20).Concat(["Night trams across the river bridge to stop in spring", "By Tessaly Brunvoe"])
            .Concat(Lead).Concat(["Comments", "Leave a reply", "Your email address will not be published."]).Concat(sidebar).Concat(Menu(30)));

        var draft = NewsDocumentParser.Parse(text);

        Assert.Equal(Lead, draft.Body);
    }

    [Fact]
    public void StoryGoesOnPastACommentsButtonRightUnderItsLead()
    {
        // No toolbar around the button: the lead and the rest are one run, with the button inside it.
        var comments = new[] { "Add your comment", "You must be logged in to post a comment.", "Sign in here" };
        var text = string.Join("\n", Menu(20).Concat(["Night trams across the river bridge to stop in spring", "By Tessaly Brunvoe"])
            .Concat(Lead).Concat(["Comments"]).Concat(Rest).Concat(comments).Concat(Menu(30)));

        var draft = NewsDocumentParser.Parse(text);

        Assert.All(Lead.Concat(Rest), paragraph => Assert.Contains(paragraph, draft.Body));
        Assert.DoesNotContain("You must be logged in to post a comment.", draft.Body);
    }

    [Fact]
    public void ReadersCommentsUnderTheStoryStayOutWhenAFormFollowsThem()
    {
        // Comments with no stamps, shorter than the story above their header, then the form's own header.
        string[] readers =
        [
            "I used the night tram every week to get home from the late shift and I do not know what I will do now that it is gone.",
            "The company should have asked the people who ride it before deciding, rather than counting heads on the coldest nights of the year.",
        ];
        var text = string.Join("\n", Menu(20).Concat(["Night trams across the river bridge to stop in spring", "By Tessaly Brunvoe"])
            .Concat(Lead).Concat(Rest).Concat(["Comments"]).Concat(readers).Concat(["Leave a reply", "Your email address will not be published."]).Concat(Menu(30)));

        var draft = NewsDocumentParser.Parse(text);

        Assert.All(Lead.Concat(Rest), paragraph => Assert.Contains(paragraph, draft.Body));
        Assert.All(readers, comment => Assert.DoesNotContain(comment, draft.Body));
    }

    // Twelve readers' comments, together longer than the story: what a blog prints under its comment section's header.
    private static readonly string[] LongThread = Enumerable.Range(0, 12).Select(i =>
        $"Reader {i} here: I rode the night tram home from the bakery for years, and the walk from the central square after eleven is long and dark in winter, so I hope they think again.").ToArray();

    [Fact]
    public void ACountedCommentHeaderInsideTheRunStillEndsTheStory()
    {
        var text = string.Join("\n", Menu(20).Concat(["Night trams across the river bridge to stop in spring", "By Tessaly Brunvoe"])
            .Concat(Lead).Concat(Rest).Concat(["Comments (12)"]).Concat(LongThread).Concat(["Leave a reply", "Your email address will not be published."]).Concat(Menu(30)));

        var draft = NewsDocumentParser.Parse(text);

        Assert.All(Lead.Concat(Rest), paragraph => Assert.Contains(paragraph, draft.Body));
        Assert.All(LongThread, comment => Assert.DoesNotContain(comment, draft.Body));
    }

    [Fact]
    public void StampedCommentsUnderABareHeaderStillEndTheStory()
    {
        // The post's own stamp over the header reads as the thread's first, so the thread's own cut would fall at the story's
        // subheading above it.
        var stamped = LongThread.SelectMany((comment, i) => new[] { comment, $"Posted by: Reader {i} | October {i + 10}, 2012 at 08:{i + 10} PM" }).ToArray();
        var text = string.Join("\n", Menu(20).Concat(["Night trams across the river bridge to stop in spring", "By Tessaly Brunvoe"])
            .Concat(Lead).Concat(Rest[..3]).Concat(["What the riders say"]).Concat(Rest[3..])
            .Concat(["Posted by Tessaly Brunvoe on October 10, 2012 | Permalink", "Comments"]).Concat(stamped).Concat(["Post a comment", "Your email address will not be published."]).Concat(Menu(30)));

        var draft = NewsDocumentParser.Parse(text);

        Assert.All(Lead.Concat(Rest), paragraph => Assert.Contains(paragraph, draft.Body));
        Assert.All(LongThread, comment => Assert.DoesNotContain(comment, draft.Body));
    }

    [Fact]
    public void AClosedThreadsNoticeInsideTheRunStillEndsTheStory()
    {
        // Only a bare label is a button: a notice in words heads the comments, here signed with bare names and no stamps.
        var named = LongThread.SelectMany((comment, i) => new[] { $"Reader{i}", comment }).ToArray();
        var text = string.Join("\n", Menu(20).Concat(["Night trams across the river bridge to stop in spring", "By Tessaly Brunvoe"])
            .Concat(Lead).Concat(Rest).Concat(["Comments are now closed for this story"]).Concat(named).Concat(["Comments (12)"]).Concat(Menu(30)));

        var draft = NewsDocumentParser.Parse(text);

        Assert.All(Lead.Concat(Rest), paragraph => Assert.Contains(paragraph, draft.Body));
        Assert.All(LongThread, comment => Assert.DoesNotContain(comment, draft.Body));
    }

    private const string Bio =
        "Tessaly Brunvoe writes about transport and the city for the paper, where she covers the tramways, the buses and the bridges. Before that she was a reporter at a weekly in the hill towns, where she won a prize for a series about the closing of the branch railway and what it meant for the villages along it. She lives on the south bank and rides the tram to work every day.";

    [Fact]
    public void StoryRightUnderACommentsButtonUnderTheWritersBioIsTheBody()
    {
        var text = string.Join("\n", Menu(20).Concat(["Night trams across the river bridge to stop in spring", "Tessaly Brunvoe", Bio, "posted 35 mins ago", "Comments"])
            .Concat(Lead).Concat(Rest).Concat(["Tags: trams", "« previous story"]).Concat(Menu(30)));

        var draft = NewsDocumentParser.Parse(text);

        Assert.All(Lead.Concat(Rest), paragraph => Assert.Contains(paragraph, draft.Body));
    }

    [Fact]
    public void CommentsRightUnderTheHeaderOfAPostStayOutWhenNoFormFollows()
    {
        // The first comments follow the header at once, but they are no story three times the post's length.
        string[] readers =
        [
            "I used the night tram every week to get home from the late shift and I do not know what I will do now that it is gone.",
            "The company should have asked the people who ride it before deciding, rather than counting heads on the coldest nights of the year.",
        ];
        var text = string.Join("\n", Menu(20).Concat(["Night trams across the river bridge to stop in spring", "By Tessaly Brunvoe"])
            .Concat(Lead).Concat(Rest).Concat(["Comments"]).Concat(readers).Concat(Menu(30)));

        var draft = NewsDocumentParser.Parse(text);

        Assert.All(Lead.Concat(Rest), paragraph => Assert.Contains(paragraph, draft.Body));
        Assert.All(readers, comment => Assert.DoesNotContain(comment, draft.Body));
    }
}
