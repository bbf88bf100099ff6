namespace NewsApi.Ingestion.Tests.Layout;

/// <summary>
/// A blog's name and tagline at the top of the page over the post's own title with its byline and date: the tagline, standing
/// alone and reading as a phrase, is no headline. All text made up here.
/// </summary>
public sealed class BlogTaglineHeadlineTests
{
    private static readonly string[] BlogMenu = ["Home", "About", "Books", "Most popular", "Subscribe"];

    private static readonly string[] Post =
    [
        "This weekend I ran across an old survey of the pier in the harbour office. The survey opens with a note from the first harbour master.",
        "When asked how he kept the pier standing so long, he replied that he read the tide tables every morning before the boats went out.",
        "Someone asked me by letter what I thought of this, and my reply took more than a page, so here it is.",
        "I do not know the context of the harbour master's note. He may not have meant it to sound as stark as it sounds to us today.",
        "Sometimes the tables are wrong, so the harbour master may have checked them against the marks on the pier, perhaps as a warm-up.",
        "Read more on the old survey here.",
    ];

    private static string HeadlineOf(params string[] top) =>
        NewsDocumentParser.Parse(string.Join("\n\n", BlogMenu.Concat(top).Concat(Post).Concat(FendlebayPierPage.Footer))).Headline;

    [Fact]
    public void PostTitleWithItsBylineBeatsTheTagline()
    {
        var headline = HeadlineOf("The Quayside", "The blog of Quillon D. Farbright", "Checking the marks", "by Quillon on July 16, 2012");

        Assert.Equal("Checking the marks", headline);
    }

    [Fact]
    public void PostTitleBeatsALongerTagline()
    {
        var headline = HeadlineOf("The Quayside", "A blog of Quillon D. Farbright on harbours", "Checking the marks", "by Quillon on July 16, 2012");

        Assert.Equal("Checking the marks", headline);
    }

    [Fact]
    public void TitleSignedUnderTheSiteNameKeepsItsPlaceOverALabel()
    {
        // The byline under the pick makes it the post's title; the label under the byline block is no title.
        var headline = HeadlineOf("The Quayside", "Harbour board sells the old pier", "By Quillon Farbright", "Harbour editor at the quay desk", "Share");

        Assert.Equal("Harbour board sells the old pier", headline);
    }
}
