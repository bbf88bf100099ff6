namespace NewsApi.Ingestion.Tests.Html;

/// <summary>Which blocks around the chosen container the HTML path takes in or leaves out.</summary>
public sealed class HtmlContentSelectionTests
{
    private static string Comments(int count) => string.Concat(Enumerable.Range(1, count).Select(i => $"""
        <li class="comment"><p class="comment-author">Reader{i} on March {i}, 2024</p>
        <p>I have taken that ferry every summer since I was a child, and I think the harbour board should have repaired the quay years ago, before
        the piles rotted and the whole thing had to be closed for a season and a half; comment number {i} on this story.</p></li>
        """));

    [Fact]
    public void ParagraphsBesideALongCommentThreadInOneParentAreAllKept()
    {
        // The thread outweighs the article inside their shared parent, so a single paragraph scores best; its siblings
        // are the rest of the article, and a short unlinked list between them belongs to it too.
        var html = $"""
            <html><head><title>Haldenvik quay to close</title></head><body>
            <div class="entry">
              <h2>Haldenvik quay to close</h2>
              <p>The harbour board voted on Monday to close the old ferry quay at Haldenvik for eighteen months, after divers found its timber piles rotten.</p>
              <p>A temporary pontoon will carry foot passengers from next week, the board said in a statement, and cars will use the north ramp.</p>
              <ul><li>North ramp: cars</li><li>Pontoon: foot passengers</li></ul>
              <p>The board said the new piles would be of concrete, and that the work would be done in two stages so that fishing boats can still land.</p>
              <div class="comments"><h3>Comments</h3><ol>{Comments(16)}</ol></div>
            </div>
            </body></html>
            """;

        var draft = NewsDocumentParser.ParseHtml(html);

        Assert.StartsWith("The harbour board voted on Monday", draft.Body[0], StringComparison.Ordinal);
        Assert.Contains(draft.Body, p => p.StartsWith("A temporary pontoon", StringComparison.Ordinal));
        Assert.Contains("Pontoon: foot passengers", draft.Body);
        Assert.Contains(draft.Body, p => p.StartsWith("The board said the new piles", StringComparison.Ordinal));
        Assert.DoesNotContain(draft.Body, p => p.Contains("comment number", StringComparison.Ordinal));
    }

    [Fact]
    public void AShortPostIsNotReplacedByTheLongThreadUnderIt()
    {
        // The thread holds most of the page's prose, which used to shield it from its name, and one long reply outweighs
        // the post; without commenter lines ("Ann says:") nothing else told the two apart.
        const string reply = """
            I have taken that ferry every summer since I was a child, and I think the harbour board should have mended the quay
            years ago, before the piles rotted and the whole thing had to close for a season and a half, as everyone on the island
            said it would; the pontoon is no answer for anyone with a bicycle or a pram, and the north ramp floods at high tide.
            """;
        const string history = "The quay was built in 1911 of pine from the mainland, and it has been patched every decade since, each time with whatever timber the board could buy cheaply that year.";
        const string repairs = "My grandfather worked on the repairs in the fifties and said the same thing then: concrete, or nothing, because the tides here eat softwood in twenty years.";
        var html = $"""
            <html><head><title>Quay closed for the winter</title></head><body>
            <div class="post hentry">
              <h1 class="entry-title">Quay closed for the winter</h1>
              <div class="text entry-content"><p>From the <a href="/board">harbour board</a>:</p>
                <blockquote><p>The old ferry quay at Haldenvik closed on Monday until the spring.</p></blockquote></div>
            </div>
            <div id="comments"><dl>
              <dt class="comment">Reader one</dt><dd class="comment"><div class="text"><p>{reply}</p></div></dd>
              <dt class="comment alt">Reader two</dt><dd class="comment"><div class="text">
                <p>{history} {history}</p>
                <p>{repairs} {repairs}</p>
                <p>{reply}</p></div></dd>
            </dl></div>
            </body></html>
            """;

        var draft = NewsDocumentParser.ParseHtml(html);

        Assert.Contains("The old ferry quay at Haldenvik closed on Monday until the spring.", draft.Body);
        Assert.DoesNotContain(draft.Body, p => p.Contains("I have taken that ferry", StringComparison.Ordinal));
    }

    [Fact]
    public void AForumWhosePostsAreAllInAThreadKeepsThem()
    {
        // Nothing stands apart from the thread, so the thread is what the page says.
        var html = $"""
            <html><head><title>Ferry timetable for the winter?</title></head><body>
            <h1>Ferry timetable for the winter?</h1>
            <div class="comments"><ol>{Comments(4)}</ol></div>
            </body></html>
            """;

        var draft = NewsDocumentParser.ParseHtml(html);

        Assert.Contains(draft.Body, p => p.Contains("comment number 1 on this story", StringComparison.Ordinal));
    }

    private static readonly string RelatedLinks = string.Concat(Enumerable.Range(1, 12).Select(i => $"<li><a href=\"/story/{i}\">Ferry news from the islands, part {i}</a></li>"));

    [Fact]
    public void ALeadInItsOwnWrapperBesideTheBodyIsKept()
    {
        // The related box weighs against the story's wrapper, so the body wins alone; its lead is too short to pass as a
        // fifth of it, but stands right beside it.
        var html = $"""
            <html><head><title>Haldenvik quay to close</title></head><body>
            <div class="wrap">
              <h1>Haldenvik quay to close</h1>
              <div class="first-paragraph"><p>The harbour board voted on Monday to close the old ferry quay at Haldenvik for eighteen months.</p></div>
              <div class="body">
                <p>Divers found the timber piles rotten well below the waterline during an inspection in February, the board said in its report to the council.</p>
                <p>A temporary pontoon will carry foot passengers from next week, and cars will use the north ramp while the work goes on through two summers.</p>
                <p>The board said the new piles would be of concrete, and that the work would be done in two stages so that fishing boats can still land.</p>
                <p>Repairs are expected to cost about 40 million crowns, of which the state will pay half under its programme for ferry harbours.</p>
              </div>
              <div class="related"><h3>Related</h3><ul>{RelatedLinks}</ul></div>
            </div>
            </body></html>
            """;

        var draft = NewsDocumentParser.ParseHtml(html);

        Assert.StartsWith("The harbour board voted on Monday", draft.Body[0], StringComparison.Ordinal);
        Assert.Equal(5, draft.Body.Count);
    }

    [Fact]
    public void AShortOpeningSentenceAfterTheDatelineIsTheLead()
    {
        // A one-line lead of four words is a sentence of the article, though too short to count as prose on its own.
        var html = """
            <html><head><title>Ferries go contactless</title></head><body>
            <h1>Ferries go contactless</h1>
            <div class="story"><b class="dateline">HALDENVIK -- </b>Cash is out.<p></p>The harbour board said on Monday that passengers on its
            three island ferries would pay by card or phone at the gangway from the first of May.<p></p>Paper tickets bought before then stay valid
            until the end of the summer timetable, the board said, and the ticket office on the quay will close in October.<p></p>The board
            expects the change to save about two million crowns a year in cash handling.</div>
            <p class="ad">Advertisement.</p>
            </body></html>
            """;

        var draft = NewsDocumentParser.ParseHtml(html);

        Assert.Equal("Cash is out.", draft.Lead);
        Assert.Equal(4, draft.Body.Count);
        Assert.DoesNotContain("Advertisement.", draft.Body);
    }

    [Fact]
    public void AStrayLineBreakInADropDownDoesNotSwallowTheArticle()
    {
        // A browser ignores the <br> and </a> between the options; kept as an open element, it put the rest of the page in the menu.
        var html = """
            <html><head><title>Ferries go contactless</title></head><body>
            <div class="side"><form><select name="jump"><option value="/">More sections</option><option value="/ferries">Ferries</a> <br>
            <option value="/harbour">Harbour</option></select></form></div>
            <div id="content"><h1>Ferries go contactless</h1>
            <p>The harbour board said on Monday that passengers on its three island ferries would pay by card or phone at the gangway from May.</p>
            <p>Paper tickets bought before then stay valid until the end of the summer timetable, and the ticket office on the quay will close.</p></div>
            </body></html>
            """;

        var draft = NewsDocumentParser.ParseHtml(html);

        Assert.Equal(2, draft.Body.Count);
        Assert.StartsWith("The harbour board said on Monday", draft.Lead, StringComparison.Ordinal);
    }

    [Fact]
    public void ASentenceIntroducingTheFirstParagraphWithAColonIsKept()
    {
        var html = """
            <html><head><title>What the harbour master wrote</title></head><body>
            <div class="post"><p>Harbour master Ingrid Solvang wrote this about the quay:</p>
            <blockquote><p>The piles have rotted well below the waterline, and no repair short of replacing them will let cars back on the quay this year.</p></blockquote>
            <p>The board accepted the report on Monday and will ask the county for half of the cost, which it puts at forty million crowns.</p>
            <p>Foot passengers will use a temporary pontoon from next week, and cars the north ramp, until the new concrete piles are in.</p></div>
            </body></html>
            """;

        var draft = NewsDocumentParser.ParseHtml(html);

        Assert.Equal("Harbour master Ingrid Solvang wrote this about the quay:", draft.Lead);
        Assert.Equal(4, draft.Body.Count);
    }

    [Fact]
    public void ADonationAppealInsideTheArticleBodyIsLeftOut()
    {
        var html = """
            <html><head><title>Haldenvik quay to close</title></head><body>
            <h1>Haldenvik quay to close</h1>
            <div class="article-body">
              <p>The harbour board voted on Monday to close the old ferry quay at Haldenvik for eighteen months, after divers found its timber piles rotten.</p>
              <p>A temporary pontoon will carry foot passengers from next week, the board said in a statement, and cars will use the north ramp.</p>
              <div class="support-us donate-box"><p>Local reporting like this costs money, and fewer readers pay for it every year than did a decade ago.</p>
              <p>If everyone who reads our stories gave a little, our future would be secure. Give from as little as one crown a month.</p></div>
            </div>
            </body></html>
            """;

        var draft = NewsDocumentParser.ParseHtml(html);

        Assert.Equal(2, draft.Body.Count);
        Assert.DoesNotContain(draft.Body, p => p.Contains("one crown a month", StringComparison.Ordinal));
    }

    [Fact]
    public void AListThatTheLastParagraphIntroducesWithAColonIsKept()
    {
        var html = """
            <html><head><title>Haldenvik quay to close</title></head><body>
            <nav><ul><li><a href="/">Home</a></li><li><a href="/news">News</a></li></ul></nav>
            <div class="body">
              <h1>Haldenvik quay to close</h1>
              <p>The harbour board voted on Monday to close the old ferry quay at Haldenvik for eighteen months, after divers found its timber piles rotten.</p>
              <p>A temporary pontoon will carry foot passengers from next week, the board said in a statement, and cars will use the north ramp.</p>
              <p>The board said the new piles would be of concrete, and that the work would be done in two stages so that fishing boats can still land.</p>
              <p>Key dates:</p>
              <ul><li>Closure: 1 April</li><li>Pontoon opens: 8 April</li><li>Quay reopens: autumn 2026</li></ul>
            </div>
            <ul class="links"><li><a href="/a">Ferry timetables for the islands</a></li><li><a href="/b">Harbour board meetings</a></li></ul>
            </body></html>
            """;

        var draft = NewsDocumentParser.ParseHtml(html);

        Assert.Contains("Key dates:", draft.Body);
        Assert.Equal("Quay reopens: autumn 2026", draft.Body[^1]);
    }

    [Fact]
    public void AOneLinePostUnderItsHeadlineWinsOverAProfileBlurbAboveIt()
    {
        // The blurb is the only prose on the page, but it ends before the headline; the post's one line is its text. The link
        // list between them keeps the page's body from winning with both.
        var html = """
            <html><head><title>Food sculptures from old bread</title></head><body>
            <div class="about"><p>I live by the harbour and write about what I make. Here I share my own work and the work of others I admire.</p></div>
            <div class="links"><ul><li><a href="/a">Bread and butter sculptures</a></li><li><a href="/b">Carved pumpkins by the sea</a></li>
              <li><a href="/c">Ice figures on the quay</a></li><li><a href="/d">Sand castles of the summer</a></li><li><a href="/e">Paper boats for the harbour</a></li></ul></div>
            <div id="entries">
              <div class="entry"><h2><a href="/post/1">Food sculptures from old bread</a></h2>
                <div class="content"><p>Stale loaves carved into boats and houses.</p></div>
                <div class="info"><a href="/post/1#comments">0 responses</a></div>
              </div>
            </div>
            </body></html>
            """;

        var draft = NewsDocumentParser.ParseHtml(html);

        Assert.Equal(["Stale loaves carved into boats and houses."], draft.Body);
    }

    [Fact]
    public void AClosedCommentsNoticeWithTrailingWordsEndsTheArticle()
    {
        var html = """
            <html><head><title>Haldenvik quay to close</title></head><body><div class="entry">
            <h1>Haldenvik quay to close</h1>
            <p>The harbour board voted on Monday to close the old ferry quay at Haldenvik for eighteen months, after divers found its timber piles rotten.</p>
            <p>A temporary pontoon will carry foot passengers from next week, the board said in a statement, and cars will use the north ramp.</p>
            <p>Comments are now closed for this story</p>
            <p>Marit L. The board should have fixed the quay ten years ago instead of spending the money on the new town hall and its fountain.</p>
            </div></body></html>
            """;

        var draft = NewsDocumentParser.ParseHtml(html);

        Assert.Equal(2, draft.Body.Count);
        Assert.StartsWith("A temporary pontoon", draft.Body[^1], StringComparison.Ordinal);
    }

    [Fact]
    public void ListItemsThatLinkANameInsideTheArticleAreKept()
    {
        // Each item links the place it names; at a quarter of links an item counted as a menu line and left the article.
        var html = """
            <html><head><title>Three harbour inns worth the trip</title></head><body><div class="entry">
            <h1>Three harbour inns worth the trip</h1>
            <p>The coast road north of Haldenvik passes a dozen inns, and we stayed at every one of them this summer to find the best three for a weekend away.</p>
            <ul><li>Where to stay: <a href="/inn/1">The Anchor at Tarnby</a></li><li>Best room: the corner one above the slipway</li>
            <li>Book through: <a href="/inn/1/rooms">the inn's own page</a></li></ul>
            <p>The Anchor is the oldest of the three, and its kitchen still smokes its own fish in a shed behind the car park, as it has done since the war.</p>
            </div></body></html>
            """;

        var draft = NewsDocumentParser.ParseHtml(html);

        Assert.Contains("Where to stay: The Anchor at Tarnby", draft.Body);
        Assert.Contains("Book through: the inn's own page", draft.Body);
    }

    [Fact]
    public void LinkedItemsThatALineOfTheArticleIntroducesWithAColonAreKept()
    {
        // Each item is a link whole, as a menu's lines are; the line over them says they are the article's own text.
        var html = """
            <html><head><title>Spring work on the Tarnby ferry</title></head><body><div class="entry">
            <h1>Spring work on the Tarnby ferry</h1>
            <p>The yard at Haldenvik finished the ferry's spring overhaul on Friday, a week early, and the boat goes back on the island run on Monday.</p>
            <p>Several parts were replaced this year:</p>
            <ul><li><p><a href="https://parts.example.org/shaft-seal">Port propeller shaft seal and its housing</a></p></li>
            <li><a href="https://parts.example.org/ramp-hinge">Bow ramp hinge pins, both sides</a></li></ul>
            <p>The yard's manager said the hull itself was sound, and that the next overhaul, in two years, would see the engines rebuilt as well.</p>
            </div></body></html>
            """;

        var draft = NewsDocumentParser.ParseHtml(html);

        Assert.Contains("Port propeller shaft seal and its housing", draft.Body);
        Assert.Contains("Bow ramp hinge pins, both sides", draft.Body);
        Assert.StartsWith("The yard's manager said", draft.Body[^1], StringComparison.Ordinal);
    }

    [Fact]
    public void LinkedItemsNestedUnderAnItemEndingInAColonAreKept()
    {
        // "Where to buy:" is an item of the article's own list; the shops nested under it are the text it announces.
        var html = """
            <html><head><title>Which tide clock to buy</title></head><body><div class="entry">
            <h1>Which tide clock to buy</h1>
            <p>A tide clock shows the state of the water rather than the hour, and harbour towns have taken to them again after a long spell out of fashion.</p>
            <p>The brass model from Orvelle is the one most skippers on this coast keep in the wheelhouse, and it needs setting only twice a year.</p>
            <ul><li><p>Price: about ninety crowns</p></li>
            <li><p>Where to buy:</p><ul><li><p><a href="https://shop.example.org/orvelle-brass">Velmora Chandlery (brass)</a></p></li>
            <li><p><a href="https://shop.example.org/orvelle-oak">Haldenvik Marine Supply (oak)</a></p></li></ul></li></ul>
            <p>The cheaper plastic clocks drift by several minutes a week, the chandlers say, and are best left to the tourists' cottages inland.</p>
            </div></body></html>
            """;

        var draft = NewsDocumentParser.ParseHtml(html);

        Assert.Contains("Velmora Chandlery (brass)", draft.Body);
        Assert.Contains("Haldenvik Marine Supply (oak)", draft.Body);
    }

    [Fact]
    public void LinkedSubheadingsOverLongSectionsAreKept()
    {
        // A listicle links each entry's heading to the place it names; as a link whole, the heading was dropped as a
        // teaser's headline, though a long section, not a blurb, stands under it.
        static string Section(string town) => $"<p>{town} has a harbour inn that has stood on the quay since the first ferries ran, and its rooms look straight out over the water to the islands. "
            + "The kitchen serves whatever the boats bring in that morning, and the owners will pack a lunch for anyone who wants to walk the cliff path to the lighthouse and back before dark. "
            + "Rooms are cheapest in the spring, when the gulls are nesting on the breakwater and the road north is still quiet, and the inn lends bicycles to guests for free. "
            + "In winter the bar keeps a fire going all day, and the landlord will tell anyone who asks about the storm that took the old pier away.</p>";
        var html = $"""
            <html><head><title>Three harbour inns worth the trip</title></head><body><div class="entry">
            <h1>Three harbour inns worth the trip</h1>
            <p>The coast road north of Haldenvik passes a dozen inns, and we stayed at every one of them this summer to find the best three.</p>
            <h3><a href="/inn/1">1. The Anchor, Tarnby</a></h3>{Section("Tarnby")}
            <h3><a href="/inn/2">2. The Gull, Osterby</a></h3>{Section("Osterby")}
            <h3><a href="/inn/3">3. The Pilot, Lindvall</a></h3>{Section("Lindvall")}
            <p>Prices were checked in August and include breakfast for two, and every inn on the list takes dogs for a small fee.</p>
            </div></body></html>
            """;

        var draft = NewsDocumentParser.ParseHtml(html);

        Assert.Contains("2. The Gull, Osterby", draft.Body);
        Assert.Contains("3. The Pilot, Lindvall", draft.Body);
    }

    [Fact]
    public void ARoundupsLinkedItemNamesAmongItsOwnParagraphsDoNotMakeThemTeasers()
    {
        // Each deal is a linked line over a paragraph, the shape of a teaser list, so the deals were left out as other
        // stories' blurbs though they stand in one parent with the article's opening paragraphs.
        var deals = new[] { ("Norvale buys Tarnby Data", "Norvale said on Monday it would buy Tarnby Data, a maker of backup software, for 40 million crowns in cash and shares."),
            ("Osterby Labs raises 12 million", "Osterby Labs, which tests factory networks for weak points, raised 12 million crowns from two funds to hire more engineers."),
            ("Lindvall Systems merges with Kvarn", "Lindvall Systems and Kvarn agreed to merge into one firm that will sell identity checks to banks and insurers across the north."),
            ("Haldenvik Secure sold to investors", "A group of investors led by a pension fund bought Haldenvik Secure, whose founders will stay on to run it for three more years.") };
        var items = string.Concat(deals.Select((d, i) => $"""<p><a href="/news/{i}">{d.Item1}</a></p><p>{d.Item2}</p>"""));
        var sidebar = string.Concat(Enumerable.Range(1, 8).Select(i => $"""<li><a href="/story/{i}">Security firms in the north hired more staff this year, part {i}</a></li>"""));
        var html = $"""
            <html><head><title>Security deals in March</title></head><body>
            <div class="layout"><div class="main"><h1>Security deals in March</h1><div class="body">
            <p>Thirty-one security deals were announced in March, the most in any month since the market began to recover two years ago.</p>
            <p>Most of the buyers were larger software firms adding a product, and only a few of the deals stated a price in public.</p>
            <p>Investors were also busy, with four funding rounds of more than ten million crowns, all of them in the second half of the month.</p>
            <p>Here are the deals of the month that matter most, with what the buyers and the funds said about them.</p>
            {items}
            </div></div><div class="rail"><ul>{sidebar}</ul></div></div>
            </body></html>
            """;

        var draft = NewsDocumentParser.ParseHtml(html);

        Assert.StartsWith("Thirty-one security deals", draft.Body[0], StringComparison.Ordinal);
        Assert.Contains(draft.Body, p => p.StartsWith("Osterby Labs, which tests", StringComparison.Ordinal));
        Assert.Contains(draft.Body, p => p.StartsWith("A group of investors", StringComparison.Ordinal));
    }

    [Fact]
    public void ShortLinesInsideTheArticleThatLinkTheNameTheyGiveAreKept()
    {
        // "Where to see it: <a>...</a>" is half a link; a line more than a quarter linked was left out as a menu line.
        var html = """
            <html><head><title>Three films to see this weekend</title></head><body><div class="entry">
            <h1>Three films to see this weekend</h1>
            <p>The autumn festival in Haldenvik has ended, and three of the films it showed have now reached cinemas across the north.</p>
            <p>The best of them is a quiet story about a lighthouse keeper who takes in a stranger during the worst storm in forty years.</p>
            <p>Where to see it: <a href="/cinema/1">Harbour Cinema</a></p>
            <p>The second is a comedy about two brothers who inherit a ferry and try to run it for one summer without ever having sailed.</p>
            <p>Where to see it: <a href="/cinema/2">Tarnby Picture House</a></p>
            <p>The third is a documentary about the island schools, filmed over a whole year, and it is the one the jury liked best.</p>
            </div></body></html>
            """;

        var draft = NewsDocumentParser.ParseHtml(html);

        Assert.Contains("Where to see it: Harbour Cinema", draft.Body);
        Assert.Contains("Where to see it: Tarnby Picture House", draft.Body);
    }

    [Fact]
    public void ANamedAnchorLeftOpenAroundTheArticleDoesNotMakeItALinkList()
    {
        // The parser carries the open <a name> into every paragraph after it, as a browser does; it goes nowhere, so its text is no link text.
        var html = """
            <html><head><title>Haldenvik quay to close</title></head><body>
            <div class="menu"><a href="/">Home</a> <a href="/news">News</a> <a href="/sport">Sport</a></div>
            <a name="top">
            <h1>Haldenvik quay to close</h1>
            <p>The harbour board voted on Monday to close the old ferry quay at Haldenvik for eighteen months, after divers found its timber piles rotten.</p>
            <p>A temporary pontoon will carry foot passengers from next week, the board said in a statement, and cars will use the north ramp.</p>
            <p>The board said the new piles would be of concrete, and that the work would be done in two stages so that fishing boats can still land.</p>
            <div class="links"><a href="/contact">Contact us</a> <a href="/privacy">Privacy policy and the terms of use of this site</a></div>
            </body></html>
            """;

        var draft = NewsDocumentParser.ParseHtml(html);

        Assert.Equal(3, draft.Body.Count);
        Assert.StartsWith("The harbour board voted on Monday", draft.Body[0], StringComparison.Ordinal);
    }

    [Fact]
    public void AShortParagraphInAPageBuildersWidgetBoxAmongTheArticlesBoxesIsKept()
    {
        // The builder gives every paragraph a numbered "widget" box; the short one holds too little prose to be shielded by its own.
        static string Box(int n, string text) => $"""
            <div class="block block-{n} block-widget-text"><div class="block-widget-container"><p>{text}</p></div></div>
            """;
        var html = $"""
            <html><head><title>Haldenvik quay to close</title></head><body><div class="page">
            <h1>Haldenvik quay to close</h1>
            {Box(1, "The harbour board voted on Monday to close the old ferry quay at Haldenvik for eighteen months, after divers found its timber piles rotten during a routine inspection of the north pier last autumn.")}
            {Box(2, "A temporary pontoon will carry foot passengers from next week, the board said in a statement, and cars will use the north ramp instead until the new quay is ready in the spring of next year.")}
            {Box(3, "Fishing boats can still land.")}
            {Box(4, "The board said the new piles would be of concrete, and that the work would be done in two stages so that the harbour stays open for the fishing fleet all through the winter and the spring season.")}
            {Box(5, "Repairs are expected to cost about 40 million crowns, of which the county will pay half and the state the rest, the board said in its statement on Monday evening after the vote was taken.")}
            </div></body></html>
            """;

        var draft = NewsDocumentParser.ParseHtml(html);

        Assert.Contains("Fishing boats can still land.", draft.Body);
        Assert.Equal(5, draft.Body.Count);
    }

    [Fact]
    public void ASectionWhoseIdIsMadeOfItsHeadingsWordsIsNotFurnitureByThoseWords()
    {
        // The id is the heading's slug, for the table of contents: "menu" in it names the topic, not a navigation menu.
        var html = """
            <html><head><title>Planning a harbour festival</title></head><body><article>
            <h1>Planning a harbour festival</h1>
            <p>The harbour board voted on Monday to hold the summer festival on the old ferry quay at Haldenvik, after divers found its piles sound.</p>
            <div id="menu-ideas-for-the-summer-festival"><h2>Menu ideas for the summer festival</h2>
            <p>Stalls will sell smoked fish, flatbread and berries from the islands, and the fishermen's union will run a soup kitchen on the pier.</p>
            <p>Organisers ask stall holders to use plates that can be washed, so that no paper ends up in the harbour during the three days.</p></div>
            <p>The board said the festival would run for three days in July, and that the ferry would carry foot passengers all through the night.</p>
            </article></body></html>
            """;

        var draft = NewsDocumentParser.ParseHtml(html);

        Assert.Contains(draft.Body, p => p.StartsWith("Stalls will sell smoked fish", StringComparison.Ordinal));
        Assert.Contains(draft.Body, p => p.StartsWith("Organisers ask stall holders", StringComparison.Ordinal));
    }
}
