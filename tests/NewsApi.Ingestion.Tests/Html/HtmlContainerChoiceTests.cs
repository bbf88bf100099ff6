namespace NewsApi.Ingestion.Tests.Html;

/// <summary>Which element the HTML path takes for the article when names, shapes and the headline disagree.</summary>
public sealed class HtmlContainerChoiceTests
{
    private const string Promo = """
        <div class="resources"><h3>White paper</h3><p>Our latest report compares nine help-desk suites on price, speed and
        support, and finds that none of them leads on all three; download it to learn which one suits a team of your size
        and how to move your tickets across without losing a week of work, and why the cheapest suite cost most in the end.</p>
        <p>Sign up with your work address and the report is in your inbox within the hour, with a summary for your manager.</p></div>
        """;

    private static string Headlines(int count) => "<ul class=\"list\">" + string.Concat(Enumerable.Range(1, count).Select(i =>
        $"<li><a href=\"/story/{i}\">Twelve things to know about the harbour works, part {i}</a></li>")) + "</ul>";

    [Fact]
    public void AWrapperNamedForSharingThatHoldsTheHeadlineAndParagraphsIsTheArticle()
    {
        // "share_wrapper" names furniture, and a promotion elsewhere holds more than a third of the page's prose, so the
        // two-thirds shield did not cover the article: the promotion was taken for it.
        var html = $"""
            <html><head><title>Flaws found in Norvale scanner</title></head><body>
            <div class="column"><div class="share_wrapper"><div class="article">
              <h1>Flaws found in Norvale scanner</h1>
              <p>A researcher has found flaws in the Norvale virus scanner that let a crafted file run code on any machine that scans it, he said on Tuesday.</p>
              <p>The flaws lie in the code that unpacks archives, which runs with full rights, and they can be reached by an email that is merely received.</p>
              <p>The vendor said it had fixed two of the four flaws and would ship the other fixes within a month, and that it knew of no attack.</p>
              <p>The researcher said that until then the scanner should not be used on mail servers or on any machine that holds valuable data.</p>
            </div></div></div>
            <div class="column">{Headlines(12)}{Promo}</div>
            </body></html>
            """;

        var draft = NewsDocumentParser.ParseHtml(html);

        Assert.StartsWith("A researcher has found flaws", draft.Body[0], StringComparison.Ordinal);
        Assert.DoesNotContain(draft.Body, p => p.Contains("help-desk", StringComparison.Ordinal));
    }

    private static string SidebarDisclaimer => """
        <div id="sidebar"><div class="textwidget">
          <p>Disclaimer: Lens Gossip has no link with any of the makers whose gear is named on this site. Please visit their own
          sites for what they have announced, and treat everything here as talk that may or may not come true in the end.</p>
          <p>Every name and brand on these pages belongs to its owner, and is used here only to say which product a post is about,
          never to suggest that the owner supports or approves of what the post says about it.</p>
          <p>If you want to use a picture from this site, write to us first: most pictures come from readers, who keep the rights
          to them, and we will put you in touch with the reader who took it if they agree to that.</p>
          <p>Comments are read before they appear, which can take a day at weekends, and we remove those that insult other readers,
          that advertise, or that repeat a rumour already shown to be false on this site.</p>
        </div></div>
        """;

    [Fact]
    public void ASidebarBesideAShortPostIsNotTheArticle()
    {
        // The sidebar's disclaimer holds most of the page's prose, which shielded it from its name, and it outweighed the
        // post of one paragraph under the headline.
        var html = $"""
            <html><head><title>Tamsin 40mm lens in stock at last</title></head><body>
            <div id="container"><div class="post"><div class="post-content">
              <h3 class="posttitle">Tamsin 40mm lens in stock at last</h3>
              <div class="entry"><p>The new Tamsin 40mm lens is in stock for the first time at two shops in Ostrava, and only three are left.
              In Vienna it has been in stock for a week. <a href="/shop">Order here</a>.</p></div>
            </div></div>
            {SidebarDisclaimer}</div>
            </body></html>
            """;

        var draft = NewsDocumentParser.ParseHtml(html);

        Assert.StartsWith("The new Tamsin 40mm lens is in stock", Assert.Single(draft.Body), StringComparison.Ordinal);
    }

    [Fact]
    public void ABoxNamedForTheSidebarThatHoldsThePostsTextAfterItsLeadIsTheArticle()
    {
        // Guard: the post's own box stands after its lead under a name that says sidebar ("content-sidebar-wrap"); it is
        // inside the box of the headline and the lead, so it is no box beside the post.
        var html = $"""
            <html><head><title>Tamsin 40mm lens in stock at last</title></head><body>
            <div class="post"><h1>Tamsin 40mm lens in stock at last</h1>
              <p>The new Tamsin 40mm lens is in stock for the first time at two shops in Ostrava, and only three are left, they said today.</p>
              <div class="content-sidebar-wrap">
              <p>The lens was announced in the spring and was due in June, but a shortage of glass held up the first batch for months.</p>
              <p>Shops in Vienna have had it for a week, at a price some two hundred crowns below what the maker had said it would cost.</p>
              <p>The maker said a second batch would reach Prague and Brno by the end of the month, and that orders would be met in turn.</p>
              </div></div>
            </body></html>
            """;

        var draft = NewsDocumentParser.ParseHtml(html);

        Assert.Equal(4, draft.Body.Count);
    }

    [Fact]
    public void ParagraphsUnderPartlyLinkedLinesAreNotTeasers()
    {
        // A listing: each house's paragraph stands under a line whose address is a link. Read as a teaser list (a linked
        // headline, a blurb), every paragraph but the lead counted against the article, and the lead alone was kept.
        var homes = new[] { ("12 Birch Lane, Varnholm", "This timber house was built in 1931 and has three bedrooms, a new kitchen and a view over the fjord from its porch."),
            ("4 Quay Road, Haldenvik", "This stone cottage stands on two acres by the harbour, with a barn that the owners turned into a studio last year."),
            ("88 Mill Street, Osterby", "This brick villa has five bedrooms and a walled garden, and its price was cut by twenty thousand crowns this month."),
            ("7 Church Row, Lindvall", "This terraced house is a short walk from the station, and it has been rewired and painted throughout since the spring.") };
        var listing = string.Concat(homes.Select(h => $"""
            <h3>{h.Item1.Split(", ")[1]}</h3><p><a href="/home/{h.Item1.Length}">{h.Item1}</a><br>For sale: 599,000</p><p>{h.Item2}</p>
            """));
        var html = $"""
            <html><head><title>What 600,000 buys you</title></head><body>
            <div class="post"><h1>What 600,000 buys you</h1>
            <div class="the-content"><p>Each week we look at what a house at one price buys in different towns. This week: homes around 600,000.</p>
            {listing}</div></div>
            </body></html>
            """;

        var draft = NewsDocumentParser.ParseHtml(html);

        Assert.Contains(draft.Body, p => p.StartsWith("This timber house", StringComparison.Ordinal));
        Assert.Contains(draft.Body, p => p.StartsWith("This terraced house", StringComparison.Ordinal));
    }

    [Fact]
    public void BlurbsOfAListWhoseItemsHaveWrappersOfTheirOwnAreTeasers()
    {
        // Each listed story in its own "entry" wrapper, date, linked headline and blurb: the blurbs' parents differ, so they
        // were not seen as one list, and the box's blurbs were read as the article's paragraphs.
        var stories = new[] { ("Tablet makers cut prices before the holidays", "Two makers of cheap tablets have cut their prices by a fifth, and a third is expected to follow them next week."),
            ("How to pick a password you will remember", "A long phrase of ordinary words beats a short string of symbols, and it is far easier to type on a phone."),
            ("A camera that fits in a matchbox", "The smallest camera yet sold to the public takes sharp pictures in daylight, though it struggles indoors at night."),
            ("Why your laptop runs hot in the summer", "Dust in the fan is the usual cause, and a can of compressed air is often all it takes to cure it for good.") };
        var recent = string.Concat(stories.Select((story, i) => $"""
            <div class="entry"><p class="date">November {10 - i}</p><h5><a href="/post/{i}">{story.Item1}</a></h5><p class="summary">{story.Item2}</p></div>
            """));
        var html = $"""
            <html><head><title>Removing a browser add-on</title></head><body><div class="blog">
            <div class="post"><h1>Removing a browser add-on</h1>
              <p>How do I get rid of an add-on in my browser? I installed something that I think is slowing the whole thing down.</p>
              <p>Add-ons can bring all sorts of features to your browser, like weather reports and price trackers, but too many of them can slow it.</p>
              <p>To remove one, open the browser's menu, choose Add-ons, find the one you want to be rid of and press its Remove button.</p>
            </div>
            <div class="box"><h4>Recent posts</h4>{recent}</div>
            </div></body></html>
            """;

        var draft = NewsDocumentParser.ParseHtml(html);

        Assert.Contains(draft.Body, p => p.StartsWith("To remove one", StringComparison.Ordinal));
        Assert.DoesNotContain(draft.Body, p => p.Contains("compressed air", StringComparison.Ordinal) || p.Contains("ordinary words", StringComparison.Ordinal));
    }

    [Fact]
    public void BlurbsUnderALinkedHeadlineAndItsBylineAreTeasers()
    {
        // "Headline / By NAME / blurb": the byline between them hid the headline, so the box's blurbs were read as the article's.
        var stories = new[] { ("Tablet makers cut prices before the holidays", "Two makers of cheap tablets have cut their prices by a fifth, and a third is expected to follow them next week."),
            ("How to pick a password you will remember", "A long phrase of ordinary words beats a short string of symbols, and it is far easier to type on a phone."),
            ("A camera that fits in a matchbox", "The smallest camera yet sold to the public takes sharp pictures in daylight, though it struggles indoors at night."),
            ("Why your laptop runs hot in the summer", "Dust in the fan is the usual cause, and a can of compressed air is often all it takes to cure it for good.") };
        var latest = string.Concat(stories.Select((story, i) => $"""
            <div class="entry"><h5><a href="/post/{i}">{story.Item1}</a></h5><h6>By ANN ROE</h6><p class="summary">{story.Item2}</p></div>
            """));
        var html = $"""
            <html><head><title>Removing a browser add-on</title></head><body><div class="blog">
            <div class="post"><h1>Removing a browser add-on</h1>
              <p>How do I get rid of an add-on in my browser? I installed something that I think is slowing the whole thing down.</p>
              <p>Add-ons can bring all sorts of features to your browser, like weather reports and price trackers, but too many of them can slow it.</p>
              <p>To remove one, open the browser's menu, choose Add-ons, find the one you want to be rid of and press its Remove button.</p>
            </div>
            <div class="box"><h4>Latest in technology</h4>{latest}</div>
            </div></body></html>
            """;

        var draft = NewsDocumentParser.ParseHtml(html);

        Assert.Contains(draft.Body, p => p.StartsWith("To remove one", StringComparison.Ordinal));
        Assert.DoesNotContain(draft.Body, p => p.Contains("compressed air", StringComparison.Ordinal) || p.Contains("ordinary words", StringComparison.Ordinal));
    }

    [Fact]
    public void AStreamedArticleIsReadWhereItsPlaceholderStands()
    {
        // A streaming renderer sends the article last, hidden, with a script that moves it into its placeholder. Without
        // scripts only the promotion was visible prose, and it was taken for the article.
        var html = $"""
            <html><head><title>Tarnby gets a second ferry</title></head><body>
            <main><h1>Tarnby gets a second ferry</h1><!--$?--><template id="B:1"></template><div class="skeleton">Loading…</div><!--/$--></main>
            <div class="column">{Promo}</div>
            <div hidden id="S:1"><div class="story">
              <p>The ferry between Tarnby and the outer islands will run twice a day from March, the shipping board said on Monday.</p>
              <p>Islanders had asked for a second crossing for years, saying one boat a day left them no way to reach the hospital and back.</p>
              <p>The board said a second hull, bought from a yard in the south, would be ready once its engines had been checked.</p>
            </div></div>
            <script>$RC("B:1","S:1")</script>
            </body></html>
            """;

        var draft = NewsDocumentParser.ParseHtml(html);

        Assert.StartsWith("The ferry between Tarnby", draft.Body[0], StringComparison.Ordinal);
        Assert.StartsWith("The board said a second hull", draft.Body[2], StringComparison.Ordinal);
    }

    [Fact]
    public void AStreamedSegmentIsReadWhereItsSegmentPlaceholderStands()
    {
        // A segment completed on its own waits in a "P:" template, not a boundary's "B:" one, and the renderer numbers in
        // hexadecimal: the article stayed hidden at the bottom of the page, and the promotion was taken for it.
        var html = $"""
            <html><head><title>Quellmoor opens its winter market</title></head><body>
            <main><h1>Quellmoor opens its winter market</h1><template id="P:a"></template></main>
            <div class="column">{Promo}</div>
            <div hidden id="S:a">
              <p>The winter market on the square at Quellmoor opened on Friday with forty stalls, twice as many as last year, the town council said.</p>
              <p>Stallholders said the cold had kept few people away, and that mulled cider and roasted chestnuts had sold out by the evening.</p>
              <p>The council plans to keep the market open every weekend until the new year, and to add a skating rink if the frost holds.</p>
            </div>
            <script>$RS("S:a","P:a")</script>
            </body></html>
            """;

        var draft = NewsDocumentParser.ParseHtml(html);

        Assert.StartsWith("The winter market on the square", draft.Body[0], StringComparison.Ordinal);
        Assert.StartsWith("The council plans to keep the market open", draft.Body[2], StringComparison.Ordinal);
    }

    [Fact]
    public void AnArticleInsideASiteBuildersHeaderBandIsTheArticle()
    {
        // Site builders make every band of the page a <header>; as page furniture by its tag, the article's band lost to
        // the questions and answers under it.
        var paragraphs = string.Concat(Enumerable.Range(1, 10).Select(i =>
            $"<p>Part {i}: the harbour board's plan for the old quay at Haldenvik sets out how the timber piles will be replaced with concrete, how long each stage will take and what it will cost the town.</p>"));
        var answers = string.Concat(Enumerable.Range(1, 9).Select(i =>
            $"<h3>Question {i} about the quay?</h3><p>The board answered question {i} at its meeting on Monday, saying the work would not close the harbour to fishing boats at any time.</p>"));
        var html = $"""
            <html><head><title>The plan for Haldenvik quay</title></head><body>
            <main><header class="section_post-content"><div class="rich-text">{paragraphs}</div></header>
            <section class="section_faq"><h2>Questions and answers</h2>{answers}</section></main>
            </body></html>
            """;

        var draft = NewsDocumentParser.ParseHtml(html);

        Assert.StartsWith("Part 1: the harbour board's plan", draft.Body[0], StringComparison.Ordinal);
    }

    [Fact]
    public void AnArticleElementInsideAWrapperNamedForFurnitureIsTheArticle()
    {
        // A newsletter's own archive page wraps each issue in a "newsletter-wrapper"; named for furniture, the wrapper made the
        // issue furniture, and the readers' quotes under it were taken for the article.
        var paragraphs = string.Concat(Enumerable.Range(1, 9).Select(i =>
            $"<p>Step {i} of the winter plan: walk the cliff path to the lighthouse and back three times a week, and keep a note of how long each walk takes you.</p>"));
        var quotes = string.Concat(Enumerable.Range(1, 8).Select(i =>
            $"<p>Reader {i} wrote that the weekly letter had changed how they spend their mornings, and that they now walk before breakfast.</p>"));
        var html = $"""
            <html><head><title>The winter walking plan</title></head><body>
            <div class="hero"><h1>The winter walking plan</h1></div>
            <div class="newsletter-wrapper"><article class="issue">{paragraphs}</article></div>
            <div class="reviews">{quotes}</div>
            </body></html>
            """;

        var draft = NewsDocumentParser.ParseHtml(html);

        Assert.StartsWith("Step 1 of the winter plan", draft.Body[0], StringComparison.Ordinal);
    }

    [Fact]
    public void CardsOfOtherPostsWithLabelsAroundTheirHeadlinesAreTeasers()
    {
        // A grid of other posts under the article, each card nested two boxes deep with its section over the headline, its
        // date under it and a "Read more" link after the blurb: the labels hid the headlines and the nesting hid the list,
        // so the wrapper of article and grid won and the blurbs were read as the article's closing paragraphs.
        var cards = new[] { ("Travel", "Six quiet beaches on the northern coast", "The northern coast has sandy coves that few visitors ever find, and most of them can be reached on foot from a village bus stop in an hour."),
            ("Food", "A market that opens before dawn", "Fishers sell the night's catch from the quay at four in the morning, and by seven the last crates have gone to the restaurants in the old town."),
            ("Travel", "Crossing the fjord by night ferry", "The night ferry takes nine hours and stops at three islands, and a cabin costs less than a room in any of the hotels by the harbour at either end."),
            ("Culture", "The painters of the salt marsh", "A group of painters has worked in the marsh villages since the war, and their first joint show opens in the old customs house this weekend.") };
        var grid = string.Concat(cards.Select((card, i) => $"""
            <article class="card card-{i}"><div class="card-body"><div class="section">{card.Item1}</div><h3><a href="/post/{i}">{card.Item2}</a></h3>
            <div class="date">May {i + 3}, 2025</div><div class="excerpt"><p>{card.Item3}</p></div><a href="/post/{i}">Read more</a></div></article>
            """));
        var html = $"""
            <html><head><title>A new bridge for Varnholm</title></head><body><div id="page">
            <h1>A new bridge for Varnholm</h1>
            <div class="body"><p>Varnholm will get a new bridge over the river next year, the council said on Monday, after the old one was closed in the spring floods.</p>
            <p>The bridge will carry cars and bicycles, and a path for walkers on its south side will link the two halves of the riverside park.</p>
            <p>Work starts in March, and the council expects the bridge to open before the autumn term, when the schools on the far bank reopen.</p></div>
            <div class="grid"><h2>Keep reading</h2>{grid}</div>
            </div></body></html>
            """;

        var draft = NewsDocumentParser.ParseHtml(html);

        Assert.StartsWith("Work starts in March", draft.Body[^1], StringComparison.Ordinal);
        Assert.DoesNotContain(draft.Body, p => p.Contains("night ferry", StringComparison.Ordinal) || p.Contains("sandy coves", StringComparison.Ordinal));
    }

    [Fact]
    public void AFeatureListsLearnMoreLinksDoNotMakeItsDescriptionsTeasers()
    {
        // Each feature: its own unlinked name, a description, then a "Learn more" link. That link stands right above the next
        // feature's name and description, as a linked headline stands over a blurb, but the unlinked name between says the
        // description is its own item's.
        var features = new[] { ("Tide tables", "See the tides for any harbour on the coast for the next thirty days, with the heights of high and low water."),
            ("Wind maps", "Watch the wind over the sea hour by hour, and see where gusts will be strongest before you leave the harbour."),
            ("Route planner", "Draw a route between two harbours and the planner tells you when to leave to have the tide with you all the way."),
            ("Logbook", "Keep a record of every trip, with the weather, the crew and the distance sailed, and print it at the end of the season.") };
        var items = string.Concat(features.Select(f => $"""
            <li class="feature"><h2>{f.Item1}</h2><p>{f.Item2}</p><a href="/features/{f.Item1.Length}">Learn more about {f.Item1.ToLowerInvariant()}</a></li>
            """));
        var html = $"""
            <html><head><title>Everything the sailing app does</title></head><body><main>
            <h1>Everything the sailing app does</h1>
            <ul class="features">{items}</ul>
            </main></body></html>
            """;

        var draft = NewsDocumentParser.ParseHtml(html);

        Assert.Contains(draft.Body, p => p.StartsWith("Watch the wind", StringComparison.Ordinal));
        Assert.Contains(draft.Body, p => p.StartsWith("Keep a record", StringComparison.Ordinal));
    }

    [Fact]
    public void APostsFooterOfSeveralLinksIsNoHeadlineOverItsParagraphs()
    {
        // A blog post whose lines are parted by a "Details | Download" line and closed by its writer, a permalink and a row of
        // labels: across those two short lines the labels' row read as the next teaser's headline, and the post as a teaser list.
        var html = """
            <html><head><title>Gadget of the week: a pocket timer</title></head><body>
            <div class="blog"><h3 class="post-title"><a href="/timer">Gadget of the week: a pocket timer</a></h3>
            <div class="post-body">Name: Pocket Timer. Maker: Ann Roe. It counts down from any time you set and rings when the time is up.<br><br>
            <a href="/timer/info">Details</a> | <a href="/timer/get">Download the gadget</a><br><br>
            Each week this blog picks a newly added gadget that looks useful, and tells you what it does and who made it for you.<br><br>
            Posted by Ben Stone, Writer<br><br></div>
            <p class="post-footer"><a href="/timer">Permalink</a></p>
            <p class="post-footer">Labels: <a href="/l/1">Featured gadgets</a>, <a href="/l/2">New gadgets</a></p>
            </div></body></html>
            """;

        var draft = NewsDocumentParser.ParseHtml(html);

        Assert.Contains(draft.Body, p => p.StartsWith("Each week this blog", StringComparison.Ordinal));
    }

    [Fact]
    public void AnArticleBodyNamedAloneIsTakenWithoutTheBoxBesideIt()
    {
        // One element named for the article's text, and beside it in the same wrapper an unnamed box of other news written
        // as a sentence: the wrapper held a sixth more prose than the body and won, box and all.
        var html = """
            <html><head><title>The old mill reopens</title></head><body><div class="page">
            <h1>The old mill reopens</h1>
            <div class="column"><div class="article-body">
              <p>The water mill at Osterby will grind flour again from June, after ten years in which its wheel stood still and its roof let in the rain.</p>
              <p>A group of villagers bought the mill from the county for one crown last spring and has spent the winter mending the wheel and the stones.</p>
              <p>The miller, who learned the trade from her grandfather, says the first sacks will go to the bakery in the square and to the school kitchen.</p>
              <p>Visitors can watch the wheel turn on Saturdays, and the group hopes the small shop in the old granary will pay for the mill's upkeep.</p>
            </div></div>
            <div class="box"><p>Also this week: the ferry to the islands runs late on Fridays, and the café has new owners.</p></div>
            </div></body></html>
            """;

        var draft = NewsDocumentParser.ParseHtml(html);

        Assert.StartsWith("Visitors can watch the wheel", draft.Body[^1], StringComparison.Ordinal);
    }

    [Fact]
    public void ALongBlurbAmongShortOnesOfTheSameGridIsATeaser()
    {
        // A card's excerpt of 430 letters is longer than a blurb may be, so the grid's long excerpts were read as the
        // article's closing paragraphs while the short ones beside them were teasers.
        var longText = "The coastal path between the two lighthouses was closed for a month after a landslip, and the council has now rebuilt "
            + "the worst stretch with a timber walkway on steel piles, so that walkers can once again go the whole way from the harbour "
            + "to the point without a detour through the fields; the walkway has a handrail on the sea side and benches at the two "
            + "viewpoints, and it will be lit at night during the winter months. Dogs must be kept on a lead on the walkway, and "
            + "cyclists are asked to walk their bikes across it at busy times.";
        var cards = new[] { ("Six quiet beaches on the northern coast", "The northern coast has sandy coves that few visitors ever find, and most of them can be reached on foot from a village bus stop."),
            ("A market that opens before dawn", "Fishers sell the night's catch from the quay at four in the morning, and by seven the last crates have gone to the restaurants."),
            ("The coastal path reopens", longText),
            ("The lighthouse keeper's cottage", longText.Replace("coastal path", "old cliff road", StringComparison.Ordinal)) };
        var grid = string.Concat(cards.Select((card, i) => $"""
            <div class="card"><div class="card-body"><h3><a href="/post/{i}">{card.Item1}</a></h3><div class="excerpt"><p>{card.Item2}</p></div></div></div>
            """));
        var html = $"""
            <html><head><title>A new bridge for Varnholm</title></head><body><div id="page">
            <h1>A new bridge for Varnholm</h1>
            <div class="body"><p>Varnholm will get a new bridge over the river next year, the council said on Monday, after the old one was closed in the spring floods.</p>
            <p>The bridge will carry cars and bicycles, and a path for walkers on its south side will link the two halves of the riverside park.</p>
            <p>Work starts in March, and the council expects the bridge to open before the autumn term, when the schools on the far bank reopen.</p>
            <p>The cost, some ninety million crowns, will be shared between the town and the county, which owns the road on the far bank.</p></div>
            <div class="grid"><h2>Keep reading</h2>{grid}</div>
            </div></body></html>
            """;

        var draft = NewsDocumentParser.ParseHtml(html);

        Assert.StartsWith("The cost, some ninety million", draft.Body[^1], StringComparison.Ordinal);
        Assert.DoesNotContain(draft.Body, p => p.Contains("timber walkway", StringComparison.Ordinal));
    }

    [Fact]
    public void ARoundupsLongEntriesUnderLinkedNamesMakeItsShortEntriesItsOwn()
    {
        // A roundup: each game's linked name over its paragraph. The short paragraphs read as teasers, and the long ones did
        // not count as the article's own prose because linked names stand around them, so the short entries were dropped.
        string Entry(int i, bool isLong) => $"""<h3><a href="/game/{i}">Game number {i} ($20)</a></h3><p>Game {i} puts you on a raft in a flooded city, """
            + "where you steer between rooftops and pick up survivors before the water rises over the last of the houses."
            + (isLong ? " The controls take a while to learn, but once they click the raft turns on a coin, and the later levels, with their storms and their "
                + "collapsing bridges, are some of the most tense we have played this year on any system, at any price. Play it seated: "
                + "the rocking of the raft made two of us feel queasy within ten minutes, though the comfort settings help." : "") + "</p>";
        var entries = string.Concat(Enumerable.Range(1, 5).Select(i => Entry(i, isLong: i > 3)));
        var html = $"""
            <html><head><title>Five games to play this weekend</title></head><body><article>
            <h1>Five games to play this weekend</h1>
            <div class="body"><p>A new headset came out this week, and with it a dozen games. We played them all, and these five are worth your money.</p>
            <p>Prices are for the download versions; boxed copies cost a little more.</p>
            {entries}</div>
            </article></body></html>
            """;

        var draft = NewsDocumentParser.ParseHtml(html);

        Assert.Contains(draft.Body, p => p.StartsWith("Game 2 puts you on a raft", StringComparison.Ordinal));
        Assert.Contains(draft.Body, p => p.StartsWith("Game 5 puts you on a raft", StringComparison.Ordinal));
    }
}
