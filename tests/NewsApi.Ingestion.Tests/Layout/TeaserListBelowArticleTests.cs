namespace NewsApi.Ingestion.Tests.Layout;

/// <summary>
/// Lists of other stories under the article, each a headline over a one-sentence blurb, past a stretch of the site's links:
/// the article ends before them. All text made up here.
/// </summary>
public sealed class TeaserListBelowArticleTests
{
    private static readonly string[] Article = HarbourStory.Paragraphs;

    private static readonly string[] LinksBetween =
    [
        "Story Tools: E-mail | Print | Text Size",
        "Related",
        "Internal Links",
        "Photo gallery: the old pier",
        "Your say: how do you cross the bay?",
        "Most read",
        "Full list of stories »",
        "Quillmere Headlines",
        "Weather",
    ];

    private static readonly string[] Teasers =
    [
        "Brackenford council delays vote on new library",
        "The council put off its decision on the library for another month after residents asked for more time to study the plans.",
        "Vessick bakery wins regional bread prize again",
        "A family bakery in Vessick took the regional prize for the third year running with a rye loaf baked in a wood oven.",
        "Quillmere school reopens after flood repairs",
        "Pupils went back to the primary school on Monday, six weeks after the river flooded its ground floor and playground.",
        "Lighthouse keeper's cottage sold at auction",
        "The cottage on the headland was sold to a local trust that plans to open it to visitors from the start of next summer.",
        "Brackenford market traders protest higher rents",
        "Traders closed their stalls for an hour on Saturday to protest against rents that the market's owner raised in spring.",
        "Vessick cyclists ask for a lane on the coast road",
        "A petition signed by four hundred cyclists asks the county to paint a lane on the coast road before the summer season.",
        "Quillmere choir to sing at the cathedral in May",
        "The town's choir, founded by two teachers ten years ago, has been invited to sing at the cathedral's spring festival.",
        "Harbour seals return to the sandbank at low tide",
        "Volunteers counted thirty seals on the sandbank last week, the most since the count began twelve years ago in the bay.",
        "Brackenford bus route to run on Sundays again",
        "The county has found the money to run the route on Sundays from April, two years after the service was cut to six days.",
        "Vessick allotments get a new water supply",
        "Gardeners at the allotments will no longer carry water from the stream now that the council has laid a pipe to the site.",
    ];

    private static IEnumerable<string> Menu(int count) =>
        Enumerable.Range(0, count).Select(i => (i % 3) switch { 0 => "Home", 1 => $"Section {i}", _ => "Contact" });

    private static string Page(IEnumerable<string> below) =>
        string.Join("\n", Menu(30).Concat(["Harbour board votes to close old ferry pier", "By Orwin Haskel"])
            .Concat(Article).Concat(below).Concat(Menu(30)));

    [Fact]
    public void ArticleEndsBeforeListsOfOtherStoriesWithBlurbs()
    {
        var draft = NewsDocumentParser.Parse(Page(LinksBetween.Concat(Teasers)));

        Assert.Equal(Article, draft.Body);
    }

    // The article's own sections, each a short paragraph under its heading.
    private static readonly string[] Sections =
    [
        "North quay landing",
        "The temporary landing has room for one ferry at a time, so the two companies will share it in turns of twenty minutes.",
        "Early crossing",
        "The first crossing of the day will leave five minutes earlier so that it still meets the first train at the station.",
        "Winter timetable",
        "In winter the last crossing will leave from the north quay at nine, half an hour earlier than it does from the old pier.",
        "Fees and the loan",
        "Each company will pay a higher fee for every crossing until the board has paid back the money it borrows for the works.",
        "Old pier's future",
        "Once the piles are repaired the board will decide whether to reopen the old pier or keep the north quay as the main landing.",
    ];

    private static IEnumerable<string> Blurbs(string[] pairs) => pairs.Where((_, i) => i % 2 == 1);

    [Fact]
    public void ArticlesOwnNumberedListAfterATableStaysInIt()
    {
        // A table of the works, then a paragraph on each under its numbered heading: the article's own sections.
        var table = LinksBetween.Select((_, i) => $"Pile {i + 1} north side {i + 2} metres");
        var numbered = Sections.Select((line, i) => i % 2 == 0 ? $"{i / 2 + 1}. {line} at the harbour" : line).ToArray();

        var draft = NewsDocumentParser.Parse(Page(table.Concat(numbered).Concat(LinksBetween).Concat(Teasers).Concat(Teasers)));

        Assert.All(Blurbs(Sections), blurb => Assert.Contains(blurb, draft.Body));
        Assert.All(Blurbs(Teasers), blurb => Assert.DoesNotContain(blurb, draft.Body));
    }

    [Fact]
    public void ListTheArticleIntroducesStaysInIt()
    {
        string[] introduced =
        [
            "The board listed the works it will pay for:",
            "New piles on the north side",
            "A steel frame under the deck",
            "Fresh paint on the railings",
            "Lights along the walkway",
            "A ramp for wheelchairs",
            "Two new mooring posts",
            "A shelter at the landing",
            "Signs in three languages",
        ];
        var headed = Sections.Select((line, i) => i % 2 == 0 ? $"{line} and what changes" : line);

        var draft = NewsDocumentParser.Parse(Page(introduced.Concat(headed).Concat(LinksBetween).Concat(Teasers).Concat(Teasers)));

        Assert.All(Blurbs(Sections), blurb => Assert.Contains(blurb, draft.Body));
        Assert.All(Blurbs(Teasers), blurb => Assert.DoesNotContain(blurb, draft.Body));
    }
}
