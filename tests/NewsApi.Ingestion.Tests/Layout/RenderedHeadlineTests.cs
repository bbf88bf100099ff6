using NewsApi.Ingestion.Layout;

namespace NewsApi.Ingestion.Tests.Layout;

/// <summary>The headline of a whole rendered page among the chrome, captions and decks around it. All text made up here.</summary>
public sealed class RenderedHeadlineTests
{
    private static readonly string[] Article = HarbourStory.Paragraphs;

    [Fact]
    public void PhotoCaptionAboveTheHeadlineOfAShortPageDoesNotHideIt()
    {
        // A link back to the aggregator, then the photo's caption (a sentence), then the headline with its byline and stamp.
        var text = string.Join("\n", new[]
        {
            "Back to Bay Wire News",
            "Harbour master Tobin Ash, left, walks along the closed ferry pier with engineer Mara Quist, right, as divers inspect the cracked concrete piles below them during a visit to the north quay, Bayport, Monday, Jan. 14, 2008.",
            "Harbour board shuts old ferry pier",
            "By MARA QUIST – 2 days ago",
        }.Concat(Article));

        var draft = NewsDocumentParser.Parse(text);

        Assert.Equal("Harbour board shuts old ferry pier", draft.Headline);
        Assert.Equal(Article, draft.Body);
    }

    [Theory]
    [InlineData("- Harbour Works Release 4.2")]
    [InlineData("| Harbour Works downloads and forums")]
    [InlineData("• More harbour video")]
    public void LineOpenedByABarOrAListMarkerIsNoHeadline(string item)
    {
        // The item stands right above the article, where the model looks first; the headline sits under the byline's date.
        var text = string.Join("\n", new[]
        {
            "Bayport Software News", "Home", "Releases", "Reviews", "Forums", "Contact",
            "March 4th, 2024, 10:12 GMT · By Mara Quist", "NEWS",
            "Harbour Works 4.2 Has Been Officially Released", "SHARE:", "Adjust text size:", item,
        }.Concat(Article).Concat(Enumerable.Repeat("Most read", 40)));

        var draft = NewsDocumentParser.Parse(text);

        Assert.Equal("Harbour Works 4.2 Has Been Officially Released", draft.Headline);
    }

    [Theory]
    [InlineData("By Mara Quist (Contact)", true)]
    [InlineData("By Washington Harbour Editors", true)]
    [InlineData("By the numbers: ferry crossings in 2023", false)]
    public void BylineWithALinkAfterTheNameIsNeverAHeadline(string line, bool expected) =>
        Assert.Equal(expected, HeadlineLines.IsNeverHeadline(line));

    [Theory]
    [InlineData("Story Tools: E-MAIL | PRINT | Text Size: S M L XL | REPORT TYPO | SEND FEEDBACK", true)]
    [InlineData("Posted in: Harbour News | comments |", true)]
    [InlineData("Scores | Fixtures | Tables | Results", true)]
    [InlineData("Ask Quist | Ferry fares and harbour fees to rule the week", false)]
    [InlineData("'Quayside Nights' | 2 stars", false)]
    public void RowOfLinksWithTwoBarsIsNeverAHeadlineButOneBarIs(string line, bool expected) =>
        Assert.Equal(expected, HeadlineLines.IsNeverHeadline(line));

    [Fact]
    public void HeadlineWithVersionNumbersIsNoTableRow()
    {
        // Too short to cut; a line with two figures is a table's row only beside another such row.
        const string headline = "Harbour OS 11.1 Exclusive To Bay Tablets 8 Reveals Maker";
        var text = string.Join("\n", new[]
        {
            "Home", "News", "Gadgets", "Gaming", "Tablets", "Reviews", "About",
            "Email us Subscribe to our feed Follow us on Bayline", headline,
            "By Mara Quist on Monday 12th November 2012 3:10 pm in Technology News",
        }.Concat(Article));

        var draft = NewsDocumentParser.Parse(text);

        Assert.Equal(headline, draft.Headline);
    }

    [Fact]
    public void HeadlineThatReadsAsASentenceOverItsStampIsStillTheHeadline()
    {
        // Fourteen words and the full stops of initials read as a sentence; the stamp under the line says it heads the story.
        const string headline = "U.S. harbour board shuts old ferry pier at Bayport, strands early crossing for months";
        var text = string.Join("\n", new[]
        {
            "The Bay Wire News Service",
            "Harbour master Tobin Ash, right, walks along the closed pier at Bayport. THE BAY WIRE/Mara Quist",
            headline,
            "3 days ago",
        }.Concat(Article));

        var draft = NewsDocumentParser.Parse(text);

        Assert.Equal(headline, draft.Headline);
        Assert.Equal(Article, draft.Body);
    }

    [Theory]
    [InlineData("Go to Bay Wire News", true)]
    [InlineData("Back to Harbour Blog", true)]
    [InlineData("Back to school for Bayport's harbour pupils", false)]
    [InlineData("Go to jail, harbour thief told", false)]
    public void LinkToAnotherPageByItsNameIsNeverAHeadline(string line, bool expected) =>
        Assert.Equal(expected, HeadlineLines.IsNeverHeadline(line));

    [Fact]
    public void TeaserSentenceInAListOfLinksAboveAShortPageDoesNotHideTheHeadline()
    {
        // One item of the related list above reads as a sentence; it stands alone between short lines, so it is no article prose.
        var text = string.Join("\n", new[]
        {
            "Video Interviews", "Quayside Nights", "The Harbour Lights", "Bay Choir Tours Inland", "Ferry Bands Reunite",
            "Read Article: NOTES: Quayside Nights, the Harbour Lights, the Bay Choir and more...",
            "Read Article: Harbour Lights Inspired By Old Ferry Songs",
            "Pier Time In Bayport", "by Mara Quist - January 2 2008",
        }.Concat(Article));

        var draft = NewsDocumentParser.Parse(text);

        Assert.Equal("Pier Time In Bayport", draft.Headline);
    }

    [Theory]
    [InlineData("For those who find the old pier too short, the harbour board is testing a longer one Credit: BAYWIRE", true)]
    [InlineData("The Quiet Way To Get Your Harbour Noticed (8 hours ago)", true)]
    [InlineData("ABOVE: Harbour master Tobin Ash among pier workers angry at the board", true)]
    [InlineData("Harbour board shuts old ferry pier (again)", false)]
    [InlineData("Harbour board: old ferry pier shuts above the north quay", false)]
    public void CaptionWithItsCreditAndStampedTeaserAreNeverAHeadline(string line, bool expected) =>
        Assert.Equal(expected, HeadlineLines.IsNeverHeadline(line));

    [Fact]
    public void ARowOfResultsWithFourFiguresIsNoHeadlineEvenAlone()
    {
        // Spaced as a wire's tokenized tables are; each row is cut in two, so no row has another row beside it.
        var draft = NewsDocumentParser.Parse("""
            SOCCER - PREMIER LEAGUE SUMMARIES .

            LONDON 1996-12-07

            Summaries of premier

            lealgue matches on Saturday :

            Ashford 2 ( Adley 45 , Varga 90 ) Dunmore 2 ( Starling 62 , Powlett

            71 ) .

            Halftime 1-0 .

            Attendance : 38,018

            Carrick 2 ( Zoller 12 , Vialetti 55 ) Evenwood 2 ( Brancher 17 ,

            Kanchel 28 ) .

            1-2 .

            28,418

            Carnford 1 ( Whelby 60 ) Tolworth 2 ( Sherford 27 , Sindle 75 ) .

            0-1 .
            """);

        Assert.StartsWith("SOCCER - PREMIER LEAGUE SUMMARIES", draft.Headline, StringComparison.Ordinal);
        Assert.Contains(draft.Body, paragraph => paragraph.StartsWith("Ashford 2", StringComparison.Ordinal));
    }

    [Fact]
    public void AuthorsNameWithDegreesUnderTheHeadlineIsNotTheHeadline()
    {
        // The author's line stands over the date, where the model expects a headline; the letters after the commas are degrees.
        var text = string.Join("\n", new[]
        {
            "Bayport Health Notes", "Home", "Recipes", "Blog", "Contact",
            "Five Ferry Food Trends for 2025", "Mara Quist, MS, RD, LDN", "October 3, 2025",
        }.Concat(Article));

        var draft = NewsDocumentParser.Parse(text);

        Assert.Equal("Five Ferry Food Trends for 2025", draft.Headline);
    }

    [Theory]
    [InlineData("Mara Quist, MS, RD", true)]
    [InlineData("Tobin Ash, Ph.D., MPH", true)]
    [InlineData("Mara Quist, RD, on the ferry diet", false)]
    [InlineData("Harbour Board, Ferry Firms Agree New Fees", false)]
    public void NameWithTheLettersOfDegreesIsNeverAHeadline(string line, bool expected) =>
        Assert.Equal(expected, HeadlineLines.IsNeverHeadline(line));

    [Fact]
    public void HeadlineAboveALongMenuAndAContentsListIsStillACandidate()
    {
        // Thirty menu labels and a table of contents put the headline 38 lines above the text; the contents' items are nearer.
        var menu = new[] { "Harbour", "Ferries", "Weather", "Tides", "Fishing", "Boats", "Events", "Jobs", "Letters", "Photos", "Video", "Sport",
            "Opinion", "Travel", "Food", "Music", "Arts", "Science", "Health", "Schools", "Police", "Courts", "Council", "Business", "Markets",
            "Property", "Obituaries", "Puzzles", "Podcasts", "Archive" }.Select(label => label + " News");
        var contents = new[] { "In this article", "Why the pier is closing", "Where the ferries will land", "What it costs the town",
            "When the pier reopens", "Frequently asked questions" };
        var text = string.Join("\n", new[] { "Bayport Wire", "Harbour board shuts old ferry pier", "By Mara Quist", "March 4, 2024" }
            .Concat(menu).Concat(contents).Concat(Article));

        var draft = NewsDocumentParser.Parse(text);

        Assert.Equal("Harbour board shuts old ferry pier", draft.Headline);
    }

    [Fact]
    public void HeadlineWithAShortKickerAboveItsDeckIsTheHeadline()
    {
        // "Bay board:" reads as a field's label; the sentence under the headline is its deck, nearer the byline the model looks to.
        const string headline = "Bay board: old ferry pier shuts for eight months of repairs";
        var text = PageWithDeck(headline, "Divers found cracks in three concrete piles under the pier that carries the early crossing to the town");

        var draft = NewsDocumentParser.Parse(text);

        Assert.Equal(headline, draft.Headline);
    }

    [Fact]
    public void HeadlineWithALongKickerAndAClauseAfterTheColonIsTheHeadlineAboveItsDeck()
    {
        // Four words before the colon read as a tool bar's label; the lower-case clause after it reads as a headline's second half.
        const string headline = "The old ferry pier: harbour board shuts it for eight months of repairs";
        var text = PageWithDeck(headline, "Divers found cracks in three concrete piles under the pier that carries the early crossing to the town");

        var draft = NewsDocumentParser.Parse(text);

        Assert.Equal(headline, draft.Headline);
    }

    [Theory]
    [InlineData("Latest News → Harbour Desk", true)]
    [InlineData("Home > Local News > Events", true)]
    [InlineData("Harbour News > Events", false)]
    [InlineData("Ferry fares rise as harbour board shuts old pier", false)]
    public void TrailWithALinkArrowIsNeverAHeadline(string line, bool expected) =>
        Assert.Equal(expected, HeadlineLines.IsNeverHeadline(line));

    [Theory]
    [InlineData("For Harbour Pilots, a Long Wait", false)]
    [InlineData("In Bayport, Ferry Rides Go On", false)]
    [InlineData("Mara Quist, The Bay Wire", true)]
    public void HeadlineOpeningWithAPhraseBeforeACommaIsNoNameWithItsOutlet(string line, bool expected) =>
        Assert.Equal(expected, HeadlineLines.IsNeverHeadline(line));

    [Fact]
    public void ItemOfANumberedContentsListIsNotTheHeadline()
    {
        // The first item of the contents stands right above the text; the guide's title is above the list.
        const string headline = "Nine Ferry Routes to Try in 2025 and Beyond";
        var text = string.Join("\n", new[]
        {
            "Bayport Travel Notes", "Home", "Guides", "Contact", headline, "Mara Quist", "March 4, 2024",
            "In this guide", "1. The Early Crossing to the North Quay",
        }.Concat(Article));

        var draft = NewsDocumentParser.Parse(text);

        Assert.Equal(headline, draft.Headline);
    }

    [Fact]
    public void TitleInCapitalizedWordsAboveASentenceCaseDeckIsTheHeadline()
    {
        // No function word in the title, so it reads as a row of menu labels; the deck under it is a sentence in lower case.
        const string headline = "Making Bayport Ferry Pier";
        var text = PageWithDeck(headline, "How divers found cracks in three concrete piles of the ferry pier and what the harbour board will repair");

        var draft = NewsDocumentParser.Parse(text);

        Assert.Equal(headline, draft.Headline);
    }

    [Fact]
    public void TitleWithALongKickerAboveASentenceCaseDeckIsTheHeadline()
    {
        // Five words before the colon read as a label and the rest is no clause, but the sentence under the title is its deck.
        const string headline = "Harbour Ferries and Pier Repairs: The Long Wait";
        var text = PageWithDeck(headline, "What the early crossing means for the ferries while the old pier is closed for eight months");

        var draft = NewsDocumentParser.Parse(text);

        Assert.Equal(headline, draft.Headline);
    }

    [Fact]
    public void HeadlineUnderAnotherTitleShapedLineGetsThePickBackFromItsSentenceCaseDeck()
    {
        // A teaser's title stands above the headline, so the two could be a list of headlines; the sentence under them is a deck.
        const string headline = "Old ferry pier shuts for eight months of repairs";
        var text = PageWithDeck(
            headline, "Divers found cracks in three concrete piles under the pier that carries the early crossing to the town",
            above: "Council votes on the new school budget");

        var draft = NewsDocumentParser.Parse(text);

        Assert.Equal(headline, draft.Headline);
    }

    [Fact]
    public void HeadlinePlayingOnWordsAboveASentenceDeckIsTheHeadline()
    {
        // One of the headline's words recurs in the story; the deck in sentence case says what it plays on.
        const string headline = "Harbour chiefs feel the heat";
        var text = PageWithDeck(headline, "Residents say the plan to close the old ferry pier leaves the early crossing without a landing for months");

        var draft = NewsDocumentParser.Parse(text);

        Assert.Equal(headline, draft.Headline);
    }

    // A rendered page whose title has its deck under it, then the byline, the date and the article; a menu (and a teaser's
    // title, when given) above.
    private static string PageWithDeck(string headline, string deck, string? above = null) =>
        string.Join("\n", new[] { "Bayport Wire", "Home", "News", "Sport" }
            .Concat(above is null ? Array.Empty<string>() : new[] { above })
            .Concat(new[] { headline, deck, "By Mara Quist", "March 4, 2024" }).Concat(Article));
}
