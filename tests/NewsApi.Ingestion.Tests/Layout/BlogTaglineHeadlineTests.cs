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
    public void ANewsStoryUnderItsSectionLabelKeepsItsTitleOverItsDeck()
    {
        // A section's label, the story's title, a deck longer than the title, then the stamp: no blog's tagline.
        var draft = NewsDocumentParser.Parse("""
            We value your privacy
            We and our 142 partners store and/or access information on a device, such as cookies, and process personal data.
            [ACCEPT ALL]   [REJECT ALL]   [MORE OPTIONS]

            THE QUAYSIDE LEDGER
            News  Harbour  Europe  Economy  Opinion  Culture  Jobs  Events
            Newsletter ▸   Subscribe from €1

            Economy

            Quayside ferry company to close its last repair yard, 80 jobs at risk

            Unions call a strike as the parent group blames fuel costs and cheaper yards abroad for the closure

            Wednesday, 12 March 2025 — 11:58 CET

            By Quillon Farbright and Tamsin Quayle-Ardagh

            Workers leave the repair yard in Quayside after the announcement on Wednesday morning. © Quayside Ledger / Ines Marlow

            QUAYSIDE — The ferry company will close its last repair yard by the end of the year, it told staff on Wednesday, putting 80 jobs at risk.

            The company said the yard had lost money for six years and that its ferries would be repaired abroad from next spring.

            Unions called a strike for Friday. The parent group blames fuel costs and cheaper yards abroad for the closure, and the unions said they would ask the harbour board to find a buyer.
            """);

        Assert.Equal("Quayside ferry company to close its last repair yard, 80 jobs at risk", draft.Headline);
    }

    [Fact]
    public void TitleSignedUnderTheSiteNameKeepsItsPlaceOverALabel()
    {
        // The byline under the pick makes it the post's title; the label under the byline block is no title.
        var headline = HeadlineOf("The Quayside", "Harbour board sells the old pier", "By Quillon Farbright", "Harbour editor at the quay desk", "Share");

        Assert.Equal("Harbour board sells the old pier", headline);
    }
}
