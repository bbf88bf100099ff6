namespace NewsApi.Ingestion.Tests.Html;

/// <summary>Page furniture that holds prose of its own: a site's footer, forms' calls, boxes that sell something.</summary>
public sealed class HtmlPageFurnitureTests
{
    private const string BramblesHead = "<html><head><title>Pruning brambles in winter | Kestrel Fold Gardens</title></head><body>";
    private const string LastYearsCanes = "<p>Brambles fruit on last year's canes, so the canes that carried berries this summer can go now, cut right down to the ground.</p>";
    private const string ThisYearsCanes = "<p>Leave the green canes of this year standing: tie them in along the wires, five or six to a plant, and they will fruit next August.</p>";
    private const string OldCanes = "<p>Burn or bin the old canes rather than composting them, since they can carry cane spot and grey mould into next year's heap.</p>";

    private const string BramblesParagraphs = $"{LastYearsCanes}{ThisYearsCanes}{OldCanes}";
    private const string BramblesArticle = $"<h1>Pruning brambles in winter</h1>{BramblesParagraphs}";

    private const string ShortGuide = """
        <p>A careful check at the rental desk keeps unqualified drivers out of your vans and protects the fleet from avoidable damage.</p>
        <p>The Quillmoor guide covers the steps below.</p>
        <ul><li>Checking a licence at the desk</li><li>Renting to drivers from abroad</li><li>Reporting a loss</li></ul>
        """;

    private const string Disclaimers = """
        <p>This material does not replace the advice of a qualified adviser. Its information comes from sources believed to be reliable, is for
        information only, is not guaranteed as to accuracy, and may not reflect the current opinion of Ashcombe Mutual or of its partners.</p>
        <p>Products and services named here are for general information only. Always ask a qualified adviser before buying, and read the maker's
        instructions before use. Ashcombe Mutual cannot be held liable for the wrong use of any product. Insurance products are not insured by any
        government agency and may lose value. Call our Tarnwick office at 555-0142; to protect your privacy, do not send personal details by e-mail.</p>
        """;

    [Fact]
    public void APageFooterLongerThanAShortArticleIsNotTheArticle()
    {
        var html = $"""
            <html><head><title>Rental desk practice | Ashcombe Mutual</title></head><body>
            <main><section><h1>Rental desk practice</h1>{ShortGuide}</section></main>
            <footer id="page-footer"><section><h4>Offices</h4><p>Tarnwick, 14 Quay Road, Fenwarden</p>{Disclaimers}</section></footer>
            </body></html>
            """;

        var draft = NewsDocumentParser.ParseHtml(html);

        Assert.StartsWith("A careful check at the rental desk", draft.Body[0], StringComparison.Ordinal);
        Assert.DoesNotContain(draft.Body, p => p.Contains("qualified adviser", StringComparison.Ordinal));
        Assert.DoesNotContain(draft.Body, p => p.Contains("14 Quay Road", StringComparison.Ordinal));
    }

    [Fact]
    public void ATooltipsDefinitionIsNotReadIntoItsSentence()
    {
        // A tooltip shows only while the pointer rests on its term: left in, "canesCane A cane is ..." ran into the sentence.
        var html = $"""
            {BramblesHead}<article><h1>Pruning brambles in winter</h1>
            <p>Brambles fruit on last year's <span class="term">canes<span role="tooltip">Cane: a woody stem that grows from the crown of the plant.</span></span>, so the canes that carried berries this summer can go now, cut right down to the ground.</p>
            {ThisYearsCanes}{OldCanes}</article></body></html>
            """;

        var draft = NewsDocumentParser.ParseHtml(html);

        Assert.StartsWith("Brambles fruit on last year's canes, so the canes", draft.Body[0], StringComparison.Ordinal);
        Assert.DoesNotContain(draft.Body, paragraph => paragraph.Contains("woody stem", StringComparison.Ordinal));
    }

    [Fact]
    public void ANoteSetAsideBetweenTheArticlesParagraphsIsArticleText()
    {
        // An <aside> is furniture by its tag, but one standing between two of the article's paragraphs with prose of its own
        // is the writer's digression ("A note on thornless kinds"), not a sidebar.
        var html = $"""
            {BramblesHead}<article><h1>Pruning brambles in winter</h1>{LastYearsCanes}
            <aside><h3>A note on thornless kinds</h3>
            <p>Thornless brambles follow the same rule, though their canes are stiffer and snap if bent too sharply along the wires in a frost, which is why many growers leave them until the last week of winter.</p>
            <p>Tie them in on a mild afternoon instead, loosely, with soft twine rather than wire, and come back in spring to tighten the ties once the sap is rising again and the canes have some give in them.</p>
            <p>Their fruit ripens a week or two later than the thorny kinds, so the old canes can stay a little longer if you are short of time.</p></aside>
            {ThisYearsCanes}{OldCanes}</article></body></html>
            """;

        var draft = NewsDocumentParser.ParseHtml(html);

        Assert.Contains("A note on thornless kinds", draft.Body);
        Assert.Contains(draft.Body, paragraph => paragraph.StartsWith("Thornless brambles follow the same rule", StringComparison.Ordinal));
        Assert.Equal(7, draft.Body.Count);
    }

    [Fact]
    public void ATeaserSetAsideBetweenTheArticlesParagraphsIsNotArticleText()
    {
        // Guard: an inline box with one blurb of another story is no digression of the writer's.
        var html = $"""
            {BramblesHead}<article><h1>Pruning brambles in winter</h1>{LastYearsCanes}
            <aside><p>When the frost lifts, the raspberry rows need their own attention: how to thin autumn canes without losing next year's crop, step by step. <a href="/raspberries">Read more</a></p></aside>
            {ThisYearsCanes}{OldCanes}</article></body></html>
            """;

        var draft = NewsDocumentParser.ParseHtml(html);

        Assert.DoesNotContain(draft.Body, paragraph => paragraph.Contains("raspberry rows", StringComparison.Ordinal));
    }

    [Fact]
    public void APitchAroundAnEmailFieldInsideTheArticleIsNotArticleText()
    {
        var html = $"""
            {BramblesHead}
            <div class="wrap"><h1>Pruning brambles in winter</h1>
            {LastYearsCanes}
            {ThisYearsCanes}
            <div class="box-tinted"><h3>The Quillmoor Letter</h3>
            <p>Every Friday our head gardener writes about what to sow, cut and pick that week, with a question from a reader answered in full.</p>
            <div><input type="email" placeholder="Your e-mail"><span>Join</span></div>
            <p>We send one letter a week and never share your address, and you can leave the list at any time.</p></div>
            {OldCanes}
            <p>A mulch of leaf mould around the crowns in February keeps the roots moist through a dry spring.</p>
            </div></body></html>
            """;

        AssertKeepsTheArticleWithout(html, "head gardener", "never share your address");
    }

    [Fact]
    public void AShortPostBesideASignUpFieldKeepsItsText()
    {
        // Guard: the box around a field is furniture only when it holds no element marked as the article's.
        var html = """
            <html><head><title>Quay lights | Kestrel Fold</title></head><body><div class="site">
            <div class="entry-content"><p>The harbour lights at Fenwarden were switched to LED lamps on Tuesday, a month ahead of plan.</p></div>
            <div><p>Get the weekly letter.</p><input type="email"></div>
            </div></body></html>
            """;

        var draft = NewsDocumentParser.ParseHtml(html);

        Assert.Contains(draft.Body, p => p.StartsWith("The harbour lights at Fenwarden", StringComparison.Ordinal));
    }

    [Fact]
    public void TheWritersSchemaOrgPersonWithABiographyIsNotArticleText()
    {
        var html = $"""
            {BramblesHead}
            <div class="entry-content">{BramblesArticle}
            <div class="plugin-wrap" itemscope itemtype="https://schema.org/Person" itemprop="author">
            <div class="plugin-desc"><p>Orla Brellin is the head gardener at Kestrel Fold, where she has grown soft fruit for twenty years. She teaches
            pruning classes every winter and writes a weekly letter about the kitchen garden.</p></div></div>
            </div></body></html>
            """;

        AssertKeepsTheArticleWithout(html, "head gardener");
    }

    [Fact]
    public void AWidgetAreaInsideThePostIsNotArticleText()
    {
        var html = $"""
            {BramblesHead}
            <article><h1>Pruning brambles in winter</h1><div class="entry-content">{BramblesParagraphs}
            <section id="block-7" class="below-content widget widget_block"><h4>Since you read to the end, we have a small favour to ask.</h4>
            <p>Kestrel Fold is a charity garden, open to all and run by volunteers. If these notes help you, please give what you can this winter: every gift, however small, pays for seed, tools and the open days.</p></section>
            </div></article></body></html>
            """;

        AssertKeepsTheArticleWithout(html, "charity garden");
    }

    [Fact]
    public void ABlogsWidgetOfPostsAroundAShortPostKeepsThePost()
    {
        // Guard: blog software names the column of posts a widget ("widget Blog"); it holds the post's own marked body.
        var html = """
            <html><head><title>Marlow Tiding: Little gifts</title></head><body>
            <div id="main"><div id="Blog1" class="widget Blog"><div class="post">
            <div class="post-body entry-content"><p>Dear all, you are invited to the Quillmoor book morning at the Tarnwick library this Saturday at eleven.</p>
            <p>Hope to see you there.</p></div></div></div></div>
            <aside><h2>About me</h2><p>I draw children's books in a small studio by the sea at Fenwarden, and post my sketches here.</p></aside>
            <div id="credits"><p>Pictures and words by the author; please ask before you copy them.</p></div>
            </body></html>
            """;

        var draft = NewsDocumentParser.ParseHtml(html);

        Assert.Contains(draft.Body, p => p.StartsWith("Dear all, you are invited", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("cta-section")]
    [InlineData("block call-to-action")]
    [InlineData("contact-us pattern")]
    public void ACallToActionBoxUnderTheArticleIsNotArticleText(string className)
    {
        var html = $"""
            {BramblesHead}
            <div class="page">{BramblesArticle}
            <div class="{className}"><h2>Want a garden that feeds you all year?</h2>
            <p>Our Quillmoor team designs kitchen gardens for homes, schools and care homes across the county, from the first sketch to the first
            harvest. Talk to us today about yours, and get a free visit from one of our growers.</p></div>
            </div></body></html>
            """;

        AssertKeepsTheArticleWithout(html, "kitchen gardens for homes");
    }

    [Fact]
    public void ANamedSignUpPitchWithProseInsideTheArticleIsNotArticleText()
    {
        // No field: the form is written in by a script the reader never runs.
        var html = $"""
            {BramblesHead}
            <div class="entry"><h1>Pruning brambles in winter</h1>
            {LastYearsCanes}
            {ThisYearsCanes}
            <div class="letter-signup"><h3>The Quillmoor Letter</h3>
            <p>Every Friday our head gardener writes about what to sow, cut and pick that week, with a question from a reader answered in full and a list of the jobs for the weekend ahead. It is free, and it comes with our seed-swap calendar for the whole year.</p></div>
            {OldCanes}
            </div></body></html>
            """;

        AssertKeepsTheArticleWithout(html, "head gardener");
    }

    [Fact]
    public void APopUpWithAFewLinesOfProseIsNotArticleText()
    {
        var html = $"""
            {BramblesHead}
            <div class="entry">{BramblesArticle}
            </div>
            <div class="site-modal"><h3>Before you go</h3>
            <p>Every Friday our head gardener writes about what to sow, cut and pick that week, with a question from a reader answered in full
            and a list of the jobs for the weekend ahead. It is free, and it comes with our seed-swap calendar for the whole year.</p></div>
            </body></html>
            """;

        AssertKeepsTheArticleWithout(html, "head gardener");
    }

    [Fact]
    public void ANamedDisclaimerUnderTheArticleIsNotArticleText()
    {
        var html = $"""
            {BramblesHead}
            <div class="entry">{BramblesArticle}
            <div class="page-disclaimer"><p>The advice on this page is general and is no substitute for a visit from a qualified grower. Kestrel Fold
            cannot be held liable for any loss or damage that follows from its use, and names no product as better than another.</p></div>
            </div></body></html>
            """;

        AssertKeepsTheArticleWithout(html, "held liable");
    }

    [Fact]
    public void ACarouselOfCustomersReviewsUnderTheArticleIsNotArticleText()
    {
        // Reviews are prose, and a shop's blog sets them in the article's own box, so only their box's name tells them apart.
        var html = $"""
            {BramblesHead}
            <div class="entry">{BramblesArticle}
            <div class="testimonials-carousel"><h3>What our customers say</h3>
            <div class="testimonials-item"><p>The pruning course changed how I look after my whole allotment, and the raspberries have never been better than this year.</p><p>Brisa Okonkwell</p></div>
            <div class="testimonials-item"><p>Friendly, patient teachers who answered every question I had about my overgrown fruit cage, and the tools they sold me still work.</p><p>Osric Pellow</p></div>
            </div></div></body></html>
            """;

        AssertKeepsTheArticleWithout(html, "pruning course changed", "Friendly, patient teachers");
    }

    [Fact]
    public void AQuoteBoxNamedTestimonialInsideTheArticleIsArticleText()
    {
        // Guard: one "testimonial" box among the paragraphs is the writer's pull quote from someone they asked.
        var html = $"""
            {BramblesHead}
            <div class="entry"><h1>Pruning brambles in winter</h1>{LastYearsCanes}
            <blockquote class="pullquote-testimonial"><p>I cut every old cane to the ground in January and had twice the crop the summer after, with far less mould on the fruit.</p></blockquote>
            {ThisYearsCanes}{OldCanes}</div></body></html>
            """;

        var draft = NewsDocumentParser.ParseHtml(html);

        Assert.Contains(draft.Body, p => p.StartsWith("I cut every old cane", StringComparison.Ordinal));
        Assert.Contains(draft.Body, p => p.StartsWith("Burn or bin the old canes", StringComparison.Ordinal));
    }

    [Fact]
    public void ASlideshowOfOtherPicturesUnderTheArticleIsNotArticleText()
    {
        // Each slide's caption is a sentence of prose, and the slideshow stands in the article's own box.
        var html = $"""
            {BramblesHead}
            <div class="entry">{BramblesArticle}
            <p>Also on Kestrel Fold:</p>
            <div class="photo-slideshow"><ul>
            <li><h4>Wrenmoor orchard</h4><p>Volunteers graft old apple varieties onto new rootstock in the walled orchard at Wrenmoor, Saturday, Feb. 4.</p></li>
            <li><h4>Seed swap</h4><p>Gardeners trade packets of bean and squash seed at the village hall, where the swap has been held every spring since the war.</p></li>
            </ul></div></div></body></html>
            """;

        AssertKeepsTheArticleWithout(html, "Volunteers graft", "Gardeners trade");
    }

    [Fact]
    public void TheSitesCopyrightNoticeThatClosesThePageIsNotArticleText()
    {
        // The notice is prose, as long as a short article's paragraph, and stands beside the article's column.
        var html = $"""
            {BramblesHead}
            <div id="page"><div class="column">{BramblesArticle}</div>
            <div id="c_copyright"><div id="copyright">Kestrel Fold Gardens is the trading name of Brambleholt Nurseries Ltd. The names and
            logos on this site are its trade marks, and no part of the site may be copied, stored or sent on in any form without its leave.
            All rights reserved.</div></div></div></body></html>
            """;

        AssertKeepsTheArticleWithout(html, "trading name", "All rights reserved");
    }

    [Fact]
    public void ACopyrightLineWithTheArticlesProseAfterItIsLeftAlone()
    {
        // Guard: a reference page credits its source between its entries; only a notice that closes the page goes.
        var html = $"""
            {BramblesHead}
            <div class="entry"><h1>Pruning brambles in winter</h1>{LastYearsCanes}{ThisYearsCanes}
            <p class="copyright-note">Pruning times from the Brambleholt Nurseries growers' calendar, reprinted with the kind leave of its editors.</p>
            {OldCanes}</div></body></html>
            """;

        var draft = NewsDocumentParser.ParseHtml(html);

        Assert.Contains(draft.Body, p => p.StartsWith("Pruning times from the Brambleholt", StringComparison.Ordinal));
    }

    /// <summary>The article's last paragraph is kept and none of the furniture's words are.</summary>
    private static void AssertKeepsTheArticleWithout(string html, params string[] furniture)
    {
        var draft = NewsDocumentParser.ParseHtml(html);

        Assert.Contains(draft.Body, p => p.StartsWith("Burn or bin the old canes", StringComparison.Ordinal));
        foreach (var words in furniture)
        {
            Assert.DoesNotContain(draft.Body, p => p.Contains(words, StringComparison.Ordinal));
        }
    }
}
