namespace NewsApi.Ingestion.Tests.Html;

/// <summary>Lists of other stories whose items have an unlinked title and a blurb that ends in a link onward ("Read more...").</summary>
public sealed class HtmlReadMoreTeaserTests
{
    private const string Article = """
        <div id="story">
          <h1>Vrelstad ferry to run through the winter</h1>
          <p>The Ommerdal ferry will keep its winter timetable this year, the county said on Tuesday, after a survey found that the
          crossing to Vrelstad is used by more commuters in January than in July.</p>
          <p>Boats will leave every forty minutes from six in the morning, and the last crossing will be at half past ten at night.</p>
          <p>The county will pay for the extra crew from its roads budget, since the ferry replaces a bridge it never built.</p>
        </div>
        """;

    private static string TeaserItem(string title, string blurb, string link) => $"""
        <li>
          <h3>{title}</h3>
          <p class="text">{blurb} <a href="{link}">Read more...</a></p>
          <p class="date">2024-03-0{title.Length % 9 + 1}</p>
        </li>
        """;

    private static readonly string TeaserList = $"""
        <div id="more"><ul>
        {TeaserItem("Quillenby harbour gets a new crane", "The crane will lift boats of up to forty tonnes out of the water for repairs.", "/news/quillenby-crane")}
        {TeaserItem("Tarnwick school opens its new wing", "Two hundred pupils moved into the new classrooms on Monday morning.", "/news/tarnwick-school")}
        {TeaserItem("Brisholm market returns in spring", "Stalls will be back on the square from the first Saturday in April.", "/news/brisholm-market")}
        </ul></div>
        """;

    [Fact]
    public void BlurbsUnderUnlinkedTitlesEndingInAReadMoreLinkAreLeftOut()
    {
        // The titles are not links, so the list does not look like linked headlines over blurbs; the "Read more..." at
        // each blurb's end is what says the story is told on another page.
        var html = $"""
            <html><head><title>Vrelstad ferry to run through the winter</title></head><body>
            <div id="page">{Article}{TeaserList}</div>
            </body></html>
            """;

        var draft = NewsDocumentParser.ParseHtml(html);

        Assert.StartsWith("The Ommerdal ferry will keep its winter timetable", draft.Body[0], StringComparison.Ordinal);
        Assert.Contains(draft.Body, p => p.StartsWith("The county will pay for the extra crew", StringComparison.Ordinal));
        Assert.DoesNotContain(draft.Body, p => p.Contains("Read more", StringComparison.Ordinal));
        Assert.DoesNotContain(draft.Body, p => p.Contains("forty tonnes", StringComparison.Ordinal));
    }

    [Fact]
    public void AReadMoreButtonThatUnfoldsTextInPlaceKeepsItsParagraphs()
    {
        // A "Read more" that is a button (no address to go to) opens the rest of the same text: the paragraphs it ends are
        // the article's, while the list below, whose links lead away, is still left out.
        var html = $"""
            <html><head><title>Vrelstad ferry to run through the winter</title></head><body>
            <div id="page">
              <div id="story">
                <h1>Vrelstad ferry to run through the winter</h1>
                <p>The Ommerdal ferry will keep its winter timetable this year, the county said on Tuesday, after a survey found
                that the crossing to Vrelstad is used by more commuters in January. <a href="javascript:void(0)" role="button" aria-expanded="false">Read more</a></p>
                <p>Boats will leave every forty minutes from six in the morning, and the last one at half past ten at night. <a href="#" role="button" aria-expanded="false">Read more</a></p>
                <p>The county will pay for the extra crew from its roads budget. <a href="javascript:void(0)" role="button" aria-expanded="false">Read more</a></p>
              </div>
              {TeaserList}
            </div>
            </body></html>
            """;

        var draft = NewsDocumentParser.ParseHtml(html);

        Assert.StartsWith("The Ommerdal ferry will keep its winter timetable", draft.Body[0], StringComparison.Ordinal);
        Assert.Contains(draft.Body, p => p.StartsWith("Boats will leave every forty minutes", StringComparison.Ordinal));
        Assert.Contains(draft.Body, p => p.StartsWith("The county will pay for the extra crew", StringComparison.Ordinal));
        Assert.DoesNotContain(draft.Body, p => p.Contains("forty tonnes", StringComparison.Ordinal));
    }

    [Fact]
    public void ListItemsOfALinkedTitleAndAnExcerptCutShortAreLeftOut()
    {
        // Blog software prints a related post as its linked title, a line break and its opening words ending in "[...]": the
        // title and excerpt share one block, so the linked-headline test does not see a headline over a blurb.
        static string Excerpt(string slug, string title, string opening) =>
            $"""<li><img src="/{slug}.jpg" alt=""><a href="/news/{slug}/">{title}</a><br>{opening} [...]</li>""";
        var html = $"""
            <html><head><title>Vrelstad ferry to run through the winter</title></head><body>
            <div id="page">{Article}
              <div class="box"><div class="box-title">Related Posts</div><ul>
                {Excerpt("quillenby-crane", "Quillenby harbour gets a new crane", "The crane will lift boats of up to forty tonnes out of the water for repairs, and the harbour")}
                {Excerpt("tarnwick-school", "Tarnwick school opens its new wing", "Two hundred pupils moved into the new classrooms on Monday morning, a week later than the")}
                {Excerpt("brisholm-market", "Brisholm market returns in spring", "Stalls will be back on the square from the first Saturday in April, when the council")}
              </ul></div>
            </div>
            </body></html>
            """;

        var draft = NewsDocumentParser.ParseHtml(html);

        Assert.StartsWith("The Ommerdal ferry will keep its winter timetable", draft.Body[0], StringComparison.Ordinal);
        Assert.Contains(draft.Body, p => p.StartsWith("The county will pay for the extra crew", StringComparison.Ordinal));
        Assert.DoesNotContain(draft.Body, p => p.Contains("[...]", StringComparison.Ordinal));
    }
}
