namespace NewsApi.Ingestion.Tests.Layout;

/// <summary>
/// A one-person blog whose trail ends with the post's title, printed again as the heading under it, below a menu whose items
/// the model may prefer; and a paper's section page, whose trail ends with the section's name over the article's title.
/// All text made up here.
/// </summary>
public sealed class TitleUnderTrailTests
{
    private static readonly string[] BlogTop =
    [
        "Home",
        "Harbour Coaching“Jane helped me plan my first season of harbour tours on a tiny budget, and the bookings came in within a month of our call.”",
        "Harbour Tours for Beginners",
        "Podcast",
        "Blog",
        "The Quay Project",
        "Ask Jane",
        "AboutJane Roe Jane Roe is the author of The Small Harbour Guide, hosts the Quayside Podcast and runs walking tours of the old pier every summer.",
    ];

    private static readonly string[] Post =
    [
        "Posted on: 05-04-2026 With: 2 Comments Posted by: Jane Roe",
        "Last week I recorded a long talk with Mara Quist, who has skippered the Fendlebay ferry for nineteen years and knows every tide table by heart.",
        "We talked about the crossings she remembers best, the winter the harbour froze, and why she still writes her logbook by hand every evening.",
        "You can hear the whole talk on the Quayside Podcast; below are the three things I took away from it for anyone who runs tours on the water.",
        "First, check the tide tables twice. Second, tell your guests what to wear. Third, never promise a crossing time you cannot keep.",
    ];

    private static readonly string[] Tail = Enumerable.Range(1, 30).Select(i => $"Archive link {i}").ToArray();

    private static string HeadlineOf(params string[] lines) => NewsDocumentParser.Parse(string.Join("\n", lines)).Headline;

    [Theory]
    [InlineData("A skipper on tides and logbooks")]
    [InlineData("Nineteen years on the ferry")]
    public void HeadingRepeatingTheTrailsLastStepIsTheTitle(string title)
    {
        var headline = HeadlineOf([.. BlogTop, $"Home / {title}", title, .. Post, .. Tail]);

        Assert.Equal(title, headline);
    }

    [Fact]
    public void SectionsHeadingOverTheArticlesTitleIsNoTitle()
    {
        const string title = "Ferry skipper retires after nineteen years at the helm";
        var headline = HeadlineOf(
        [
            "Fendlebay Courier", "Home", "News", "Sport", "Business", "Weather",
            "News > Local > Life on the Harbour", "Life on the Harbour", "Posted on Tue, May 05, 2026", "print email",
            title, "By Jane Roe", .. Post[1..], .. Tail,
        ]);

        Assert.Equal(title, headline);
    }

    [Fact]
    public void SectionsNameInCapitalizedWordsIsNoTitle()
    {
        // Seven lines of tools stand between the section's heading and the title: its words, none in the text, say it is a name.
        const string title = "Ferry skipper retires after nineteen years at the helm";
        var headline = HeadlineOf(
        [
            "Fendlebay Courier", "Home", "News", "Sport", "Business", "Weather",
            "Features > Coastal Weekly Digest", "Coastal Weekly Digest", "Posted on Tue, May 05, 2026", "print", "email", "share",
            "Tweet", "Like", title, "By Jane Roe", .. Post[1..], .. Tail,
        ]);

        Assert.Equal(title, headline);
    }
}
