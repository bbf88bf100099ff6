using NewsApi.Ingestion.Layout;

namespace NewsApi.Ingestion.Tests.Layout;

/// <summary>Whole rendered pages (a browser's innerText): menus, threads and link lists around one article. All text made up here.</summary>
public sealed class RenderedPageTests
{
    private static readonly string[] Article = HarbourStory.Paragraphs;

    private static string Page(IEnumerable<string> before, IEnumerable<string> after) =>
        string.Join("\n", before.Concat(Article).Concat(after));

    private static IEnumerable<string> Menu(int count) =>
        Enumerable.Range(0, count).Select(i => (i % 4) switch { 0 => "Home", 1 => $"Section {i}", 2 => "Local news", _ => "Sign in" });

    [Fact]
    public void EveryEntryOfALiveBlogIsBodyAndItsReportersSignaturesAreNot()
    {
        // Between two entries stand a share button, an edit stamp, the next stamp and its reporter: more short lines than a
        // one-paragraph entry outweighs, and a stamp over a name over prose, as a comment is.
        string[] entries =
        [
            "The harbour board says the north quay will stay closed overnight and that the morning ferries will leave from the temporary landing instead.",
            "Engineers have found a second crack in the pier, the board says, and divers will inspect the remaining piles once the tide turns this evening.",
            "Passengers waiting at the terminal told us they had been given no information for two hours, and the cafe has run out of hot drinks.",
            "The ferry company says it will refund every ticket for today's crossings and that tomorrow's timetable will be published by eight o'clock tonight.",
            "Good morning and welcome to our live coverage of the closure of the old ferry pier, which the harbour board announced late last night.",
        ];
        string[] reporters = ["Maren Solhaug", "Petter Dahle"];
        var page = new List<string>(Menu(12)) { "LIVE", "Ferry pier closed: live updates", "Maren Solhaug and Petter Dahle", "Updated: Sat 17 Feb 2024 18.02 GMT", "" };
        for (var i = 0; i < entries.Length; i++)
        {
            page.AddRange([$"{18 - 2 * i}.0{i} GMT", reporters[i % 2], entries[i], "", i == 1 ? "Updated at 16.52 GMT" : "Share", "Share", ""]);
        }
        page.AddRange(["Topics", "Ferries", "Harbour", "", "Sign up to the morning briefing", "Email address", "Sign up", "Contact us", "Privacy", "Cookies", "Terms"]);

        var layout = LayoutParser.Parse(string.Join("\n", page));

        Assert.Equal(entries, layout.Body);
    }

    [Fact]
    public void MenuLinesBeforeTheArticleAreNotBody()
    {
        var text = Page(Menu(120).Append("Harbour board votes to close old ferry pier for repairs").Append("By Mara Quist"), ["Contact us", "Privacy", "Terms"]);

        var draft = NewsDocumentParser.Parse(text);

        Assert.Equal(Article, draft.Body);
        Assert.Equal("Harbour board votes to close old ferry pier for repairs", draft.Headline);
    }

    [Fact]
    public void CommentThreadAfterTheArticleIsNotBody()
    {
        var thread = Enumerable.Range(0, 15).SelectMany(i => new[] { $"reader{i} says:", "12", "Reply", "Share on social" });
        var text = Page(Menu(40).Append("Harbour board votes to close old ferry pier for repairs"), thread);

        var draft = NewsDocumentParser.Parse(text);

        Assert.Equal(Article, draft.Body);
    }

    [Fact]
    public void RelatedHeadlinesWithAgencyLinesAreNotBody()
    {
        var related = Enumerable.Range(0, 30).SelectMany(i => new[] { $"Council approves budget for new cycle lanes number {i}", "By Wire Agency" });
        var text = Page(Menu(30).Append("Harbour board votes to close old ferry pier for repairs"), related);

        var draft = NewsDocumentParser.Parse(text);

        Assert.Equal(Article, draft.Body);
        Assert.Equal("Harbour board votes to close old ferry pier for repairs", draft.Headline);
    }

    [Fact]
    public void MostReadListOfCutTeasersIsNotBody()
    {
        // Each teaser is longer than the article's paragraphs together would be in a short story, and ends in "...": cut, not finished.
        var mostRead = Enumerable.Range(0, 40).Select(i =>
            $"Council approves a budget of {i} million for new cycle lanes along the seafront after residents complained about the...");
        var text = Page(Menu(30).Append("Harbour board votes to close old ferry pier for repairs"), mostRead.Prepend("Most read"));

        var draft = NewsDocumentParser.Parse(text);

        Assert.Equal(Article, draft.Body);
        Assert.Equal("Harbour board votes to close old ferry pier for repairs", draft.Headline);
    }

    [Fact]
    public void ParagraphThatTrailsOffStaysInTheBody()
    {
        // One cut-off line between full paragraphs is the writer's own suspense, not a list.
        string[] body = [Article[0], Article[1], "If the board had to name one reason for the closure, it would be...", Article[2], Article[3]];
        var text = string.Join("\n", Menu(30).Append("Harbour board votes to close old ferry pier for repairs").Concat(body).Concat(["Contact us", "Privacy", "Terms"]));

        var draft = NewsDocumentParser.Parse(text);

        Assert.Equal(body, draft.Body);
    }

    [Theory]
    [InlineData("港湾局、老朽化した桟橋を閉鎖へ", "港湾局は火曜日、老朽化したフェリー桟橋を修理のため閉鎖することを決めた。潜水士が三本の杭にひびを見つけたという。", "フェリーは来月から北側の仮設桟橋を使う。大半の航路で時刻表は変わらないと港湾局は説明した。")]
    [InlineData("港务局决定关闭旧渡轮码头进行维修", "港务局周二投票决定关闭旧渡轮码头进行维修，此前潜水员在三根混凝土桩上发现了裂缝。", "渡轮将从下个月起使用北码头的临时登船点，大多数航线的时刻表不会改变。")]
    [InlineData("การท่าเรือปิดท่าเรือเฟอร์รี่เก่าเพื่อซ่อมแซม", "การท่าเรือลงมติเมื่อวันอังคารให้ปิดท่าเรือเฟอร์รี่เก่าเพื่อซ่อมแซม หลังนักประดาน้ำพบรอยร้าวในเสาคอนกรีตสามต้น", "เรือเฟอร์รี่จะใช้ท่าชั่วคราวที่ท่าเหนือตั้งแต่เดือนหน้า และตารางเวลาของเส้นทางส่วนใหญ่จะไม่เปลี่ยนแปลง")]
    public void ScriptsWithoutSpacesGiveABody(string headline, string first, string second)
    {
        var draft = NewsDocumentParser.Parse(string.Join("\n", headline, first, second));

        Assert.Equal(headline, draft.Headline);
        Assert.Equal([first, second], draft.Body);
    }

    [Fact]
    public void JapanesePageWithMenusGivesItsArticle()
    {
        string[] body =
        [
            "港湾局は火曜日、老朽化したフェリー桟橋を修理のため閉鎖することを決めた。潜水士が三本の杭にひびを見つけたという。",
            "フェリーは来月から北側の仮設桟橋を使う。大半の航路で時刻表は変わらないと港湾局は説明した。",
            "修理には八か月かかる見通しで、費用はおよそ四億円になる。港湾局は二つのフェリー会社から受け取る使用料を返済に充てる。",
        ];
        var menu = Enumerable.Range(0, 60).Select(i => i % 2 == 0 ? "ニュース" : "スポーツ");
        var text = string.Join("\n", menu.Append("港湾局、老朽化した桟橋を閉鎖へ").Concat(body).Concat(["利用規約", "お問い合わせ"]));

        var draft = NewsDocumentParser.Parse(text);

        Assert.Equal(body, draft.Body);
        Assert.Equal("港湾局、老朽化した桟橋を閉鎖へ", draft.Headline);
    }

    [Theory]
    [InlineData(
        "港务局决定关闭旧渡轮码头进行维修",
        "港务局周二投票决定关闭旧渡轮码头进行维修，此前潜水员在三根混凝土桩上发现了裂缝。工程师说，这些维修早就应该进行了。",
        "渡轮将从下个月起使用北码头的临时登船点，大多数航线的时刻表不会改变。依赖早班渡轮的居民表示担心。",
        "维修预计需要八个月，费用约为四百万元，港务局将以向两家渡轮公司收取的费用作抵押借款。")]
    [InlineData(
        "การท่าเรือปิดท่าเรือเฟอร์รี่เก่าเพื่อซ่อมแซม",
        "การท่าเรือลงมติเมื่อวันอังคารให้ปิดท่าเรือเฟอร์รี่เก่าเพื่อซ่อมแซม หลังนักประดาน้ำพบรอยร้าวในเสาคอนกรีตสามต้น วิศวกรกล่าวว่าการซ่อมแซมนี้ล่าช้ามานานแล้ว",
        "เรือเฟอร์รี่จะใช้ท่าชั่วคราวที่ท่าเหนือตั้งแต่เดือนหน้า และตารางเวลาของเส้นทางส่วนใหญ่จะไม่เปลี่ยนแปลง ผู้อยู่อาศัยที่ใช้เรือเที่ยวเช้ากล่าวว่าพวกเขากังวล",
        "การซ่อมแซมคาดว่าจะใช้เวลาแปดเดือนและมีค่าใช้จ่ายประมาณสี่ล้าน ซึ่งการท่าเรือจะกู้ยืมโดยใช้ค่าธรรมเนียมที่เก็บจากบริษัทเรือเฟอร์รี่สองแห่ง")]
    public void UnspacedScriptPageWithMenusGivesItsArticle(string headline, string first, string second, string third)
    {
        // Menu labels of two to four characters, as Chinese and Thai sites print them; no line has a space to count words by.
        string[] labels = ["首页", "新闻", "体育", "财经", "หน้าแรก", "ข่าว", "กีฬา"];
        var menu = Enumerable.Range(0, 70).Select(i => labels[i % labels.Length]);
        var text = string.Join("\n", menu.Append(headline).Concat([first, second, third]).Concat(["联系我们", "ติดต่อเรา", "隐私政策"]));

        var draft = NewsDocumentParser.Parse(text);

        Assert.Equal([first, second, third], draft.Body);
        Assert.Equal(headline, draft.Headline);
    }

    [Fact]
    public void JapaneseArticleOfShortParagraphsIsNotEmpty()
    {
        // Short sentences, each its own paragraph: a count of spaces would give every line one word and no line would read as prose.
        string[] body = ["桟橋は来月閉鎖される。", "修理は八か月かかる。", "費用は四億円の見通し。", "時刻表は変わらない。"];
        var menu = Enumerable.Range(0, 50).Select(i => i % 2 == 0 ? "ニュース" : "天気");

        var draft = NewsDocumentParser.Parse(string.Join("\n", menu.Append("港湾局、桟橋を閉鎖へ").Concat(body)));

        Assert.NotEmpty(draft.Body);
        Assert.Contains(draft.Body, paragraph => paragraph.Contains("修理", StringComparison.Ordinal));
    }

    [Fact]
    public void DateAboveTheHeadlineDatesTheArticle()
    {
        var text = Page(Menu(60).Append("Tuesday, 30 October 2012").Append("Harbour board votes to close old ferry pier for repairs"), ["Contact us", "Privacy", "Terms"]);

        var draft = NewsDocumentParser.Parse(text);

        Assert.Equal(Article, draft.Body);
        Assert.Equal(new DateOnly(2012, 10, 30), DateOnly.FromDateTime(draft.PublishedAt!.Value.UtcDateTime));
    }

    [Fact]
    public void BreadcrumbEndingInTheTitleDoesNotBecomeTheHeadline()
    {
        const string headline = "Harbour board votes to close old ferry pier for repairs";
        var text = Page(Menu(60).Append($"Home / Local news / {headline}").Append(headline).Append("By Mara Quist"), ["Contact us", "Privacy", "Terms"]);

        var draft = NewsDocumentParser.Parse(text);

        Assert.Equal(headline, draft.Headline);
        Assert.Equal(Article, draft.Body);
    }

    [Fact]
    public void PageWithoutProseStillGivesABody()
    {
        var draft = NewsDocumentParser.Parse(string.Join("\n", Menu(60).Append("Photo gallery of the new pier opening day")));

        Assert.NotEmpty(draft.Body);
    }

    [Fact]
    public void DeckUnderTheHeadlineGivesWayToTheHeadline()
    {
        var text = Page(
            Menu(60).Concat(["Harbour board to close ferry pier", "Repairs to the cracked concrete piles will take eight months", "By Mara Quist", "March 4, 2024"]),
            ["Contact us", "Privacy", "Terms"]);

        var draft = NewsDocumentParser.Parse(text);

        Assert.Equal("Harbour board to close ferry pier", draft.Headline);
        Assert.Equal(Article, draft.Body);
    }

    [Fact]
    public void HeadlineWhoseWordsTheStorySeldomRepeatsStillBeatsTheDeck()
    {
        // Two of the headline's six words recur in the story (divers, crossing): a sports or feature headline plays on words.
        const string headline = "Divers' grim find shuts Quayside crossing";
        var text = Page(
            Menu(60).Concat([headline, "Repairs to the cracked concrete piles will take eight months", "By Mara Quist", "March 4, 2024"]),
            ["Contact us", "Privacy", "Terms"]);

        var draft = NewsDocumentParser.Parse(text);

        Assert.Equal(headline, draft.Headline);
    }

    [Fact]
    public void HeadlinesOfAListAboveTheArticleAreNoHeadlineOfIt()
    {
        // The headline stands under a list of others: the line above it is one more item, not the headline over a deck.
        var text = Page(
            Menu(60).Concat(["Council approves budget for new library", "School term to start a week later", "Harbour board to close ferry pier", "By Mara Quist"]),
            ["Contact us", "Privacy", "Terms"]);

        var draft = NewsDocumentParser.Parse(text);

        Assert.Equal("Harbour board to close ferry pier", draft.Headline);
    }

    [Fact]
    public void NameAndOutletUnderTheHeadlineIsNotTheHeadline()
    {
        var text = Page(
            Menu(60).Concat(["Harbour board votes to close old ferry pier for repairs", "Mara Quist, The Bay Courier", "Published: Friday, January 18, 2008"]),
            ["Contact us", "Privacy", "Terms"]);

        var draft = NewsDocumentParser.Parse(text);

        Assert.Equal("Harbour board votes to close old ferry pier for repairs", draft.Headline);
    }

    [Fact]
    public void ShortPageWithChromeAboveTheHeadlineGetsTheRealHeadline()
    {
        // Too short to cut, but its first lines are a link and a banner, not the headline.
        var text = string.Join("\n", new[] { "Go to the front page", "Please support local shops!", "Harbour board votes to close old ferry pier", "Staff and agencies", "3 days ago" }.Concat(Article));

        var draft = NewsDocumentParser.Parse(text);

        Assert.Equal("Harbour board votes to close old ferry pier", draft.Headline);
        Assert.Equal(Article, draft.Body);
    }

    [Fact]
    public void CommentsAfterAShortClosingLineAndRelatedLinksAreNotBody()
    {
        var after = new[]
        {
            "The hearing continues.", "READ MORE", "Ferry fares to rise in spring", "Bay council opens new car park",
            "Comments (3)", "Sort by: Newest | Oldest", "Tobin Ash · 2 hours ago", "My father worked on that pier for twenty years and nobody ever fixed a thing.",
            "Reply · Like (41) · Report", "Mara Quist · 1 hour ago", "Let the engineers do their job and stop complaining about it.", "Reply · Like (9) · Report",
        };
        var text = string.Join("\n", new[] { "THE BAY COURIER", "Harbour board votes to close old ferry pier", "By Mara Quist" }.Concat(Article).Concat(after));

        var draft = NewsDocumentParser.Parse(text);

        Assert.Equal([.. Article, "The hearing continues."], draft.Body);
        Assert.DoesNotContain(draft.People, person => person.Name == "Tobin Ash");
    }

    [Fact]
    public void CookieBannerAboveAShortPageDoesNotHideTheHeadline()
    {
        // The banner is written in sentences, so it read as article prose above the model's pick.
        var text = string.Join("\n", new[]
        {
            "We use cookies to give you the best experience on our site. By continuing you agree to our use of cookies.",
            "Accept all Manage preferences", "THE BAY COURIER", "News Sport Business Weather 29°", "Local news",
            "Harbour board votes to close old ferry pier", "Mara Quist, Harbour Reporter", "Updated 3.41pm, Thursday 7 March 2024",
        }.Concat(Article));

        var draft = NewsDocumentParser.Parse(text);

        Assert.Equal("Harbour board votes to close old ferry pier", draft.Headline);
        Assert.Null(draft.Standfirst);
        Assert.Equal(Article, draft.Body);
    }

    [Fact]
    public void DonationAppealAboveTheHeadlineIsNotTheHeadline()
    {
        var text = string.Join("\n", new[] { "THE BAY COURIER", "World Business Culture Opinion Obituaries", "Support independent journalism · Donate", "Harbour board votes to close old ferry pier" }.Concat(Article));

        var draft = NewsDocumentParser.Parse(text);

        Assert.Equal("Harbour board votes to close old ferry pier", draft.Headline);
    }

    [Fact]
    public void NoticesUnderAScienceStoryAreNotBody()
    {
        var notices = new[]
        {
            "More information: Mara Quist et al, Pier piles in cold water, Harbour Engineering (2024). DOI: 10.1000/xyz123",
            "Provided by Bay Institute of Harbour Engineering",
            "Citation: Old ferry pier to close for repairs (2024, March 7) retrieved 8 March 2024",
            "This document is subject to copyright. Apart from any fair dealing for the purpose of private study or research, no part may be reproduced without the written permission.",
        };
        var text = string.Join("\n", new[] { "Harbour board votes to close old ferry pier" }.Concat(Article).Concat(notices));

        var draft = NewsDocumentParser.Parse(text);

        Assert.Equal(Article, draft.Body);
    }

    [Fact]
    public void CommentsUnderAShareBarAreNotBodyOfAShortPost()
    {
        var after = new[]
        {
            "Labels: harbour, ferries, repairs", "Share to X Share to Facebook Email This BlogThis!", "2 comments:",
            "Tobin Ash said...", "Great write-up. The ferry pier has been falling apart for years and everyone on the north side knows it.", "8 March 2024 at 08:14",
            "Mara Quist said...", "@Tobin, thanks. I will write again once the board publishes the engineers' report in full.", "8 March 2024 at 19:02",
            "Post a Comment", "Newer Post Older Post Home", "ABOUT ME", "View my complete profile", "Powered by Blogger.",
        };
        var text = string.Join("\n", new[] { "Harbour Notes", "Harbour board votes to close old ferry pier", "Posted by Mara Quist on 7 March 2024 at 21:04" }.Concat(Article).Concat(after));

        var draft = NewsDocumentParser.Parse(text);

        Assert.Equal(Article, draft.Body);
        Assert.Equal(["harbour", "ferries", "repairs"], draft.Tags);
    }

    [Theory]
    [InlineData("Fri Dec 28, 7:05 AM ET")]
    [InlineData("Courtesy: Bay State Athletics")]
    [InlineData("Director : Mara Quist")]
    [InlineData("Mara Quist, The Bay Courier")]
    [InlineData("By Mara Quist and Tobin Ash")]
    [InlineData("« Ferry timetables for the winter")]
    [InlineData("Harbour Notes HOME PAGE »")]
    [InlineData("Back to the blog ›")]
    [InlineData("Mara Quist (left) with the harbour board after the vote")]
    [InlineData("The old ferry pier (pictured) will close in March")]
    [InlineData("How To's → Ferries & Harbours → Winter timetables")]
    [InlineData("Homepage > Local News >")]
    [InlineData("By Bay Courier Editors")]
    [InlineData("By staff reporters")]
    public void StampsBylinesAndLabelledNamesAreNeverHeadlines(string line) => Assert.True(HeadlineLines.IsNeverHeadline(line));

    [Theory]
    [InlineData("OP-ED: Mara Quist")]
    [InlineData("Quist: Harbour board has been vindicated")]
    [InlineData("Harbour board votes to close old ferry pier")]
    [InlineData("Storm closes ports, officials say")]
    [InlineData("« Nous fermons le port » : le maire s'explique")]
    [InlineData("Left behind: the last ferry pier of the bay")]
    [InlineData("By Land and Sea")]
    [InlineData("By the numbers: what the ferry pier cost")]
    public void TitlesWithKickersOrCommasCanBeHeadlines(string line) => Assert.False(HeadlineLines.IsNeverHeadline(line));

    [Theory]
    [InlineData("Mara Quist: harbour master retires after forty years", true)]
    [InlineData("Photo credit: Mara Quist of the Bay Courier", false)]
    [InlineData("Search: harbour board ferry pier closure", false)]
    [InlineData("Mara Quist: Bay Courier", false)]
    public void ANameAndAColonBeforeAClauseIsAHeadlinesKicker(string line, bool titleShaped) =>
        Assert.Equal(titleShaped, HeadlineLines.IsTitleShaped(line));

    [Fact]
    public void ShortPostUnderALongerCommentThreadIsTheBody()
    {
        // Each comment is longer than the post's paragraphs, so the thread outweighs the post on length alone.
        var comment = "I have taken the early ferry for twenty years and I can tell you that the walk to the north quay in the dark is not something the board has thought through at all, and the buses do not run that early, so people will simply drive instead.";
        var thread = Enumerable.Range(0, 12).SelectMany(i => new[] { $"Reader {i}", $"July {i + 1}, 2012 at 9:{i + 10} pm", comment, "Reply" });
        var text = string.Join("\n", Menu(40).Concat(["Harbour board votes to close old ferry pier", "By Mara Quist"]).Concat(Article.Take(2)).Concat(["14 comments"]).Concat(thread));

        var draft = NewsDocumentParser.Parse(text);

        Assert.Equal(Article.Take(2), draft.Body);
        Assert.Equal("Harbour board votes to close old ferry pier", draft.Headline);
    }

    [Fact]
    public void SidebarBlurbsBelowTheCommentSectionAreNotTheBody()
    {
        // The sidebar's blurbs are sentences, and together longer than the post; they stand below the comment section's header.
        var blurb = "The harbour society is a volunteer group that restores old boats, runs walking tours of the quays every Sunday and keeps an archive of ferry timetables going back to 1890.";
        var sidebar = Enumerable.Range(0, 10).SelectMany(i => new[] { $"Friends of the harbour {i}", blurb });
        var text = string.Join("\n", Menu(30).Concat(["Harbour board votes to close old ferry pier", "By Mara Quist"]).Concat(Article)
            .Concat(["No comments yet", "Post a comment"]).Concat(sidebar).Concat(Menu(20)));

        var draft = NewsDocumentParser.Parse(text);

        Assert.Equal(Article, draft.Body);
    }

    [Theory]
    [InlineData("11 Comments")]
    [InlineData("Comments")]
    public void CommentButtonUnderTheBylineDoesNotMoveTheArticle(string button)
    {
        // Teasers of other stories above, each a sentence; the article's comment button ("11 Comments") under its byline.
        var teaser = "A council report says the bus station will need a new roof before the winter, and the work could close two of its six bays for a month.";
        var teasers = Enumerable.Range(0, 4).SelectMany(i => new[] { $"Bus station story {i}", teaser });
        var text = string.Join("\n", Menu(30).Concat(teasers).Concat(Menu(8)).Concat(["Harbour board votes to close old ferry pier", "By Mara Quist", button])
            .Concat(Article).Concat(Article.Select(p => p.Replace("harbour", "port", StringComparison.Ordinal))).Concat(Menu(30)));

        var draft = NewsDocumentParser.Parse(text);

        Assert.Equal(Article[0], draft.Body[0]);
    }

    [Fact]
    public void ThreadOfCommentersLinkedToTheirSitesIsNotBody()
    {
        // No comment carries a stamp; each commenter's name is a link to their site, printed on a line of its own.
        var comment = "I have taken the early ferry for twenty years and I can tell you that the walk to the north quay in the dark is not something the board has thought through at all.";
        var thread = Enumerable.Range(0, 12).SelectMany(i => new[] { $"http://reader{i}.example.org Reader {i}", comment, comment });
        var text = string.Join("\n", Menu(20).Concat(["Harbour board votes to close old ferry pier", "By Mara Quist"]).Concat(Article).Concat(["Tweet"]).Concat(thread));

        var draft = NewsDocumentParser.Parse(text);

        Assert.Equal(Article, draft.Body);
    }

    [Theory]
    [InlineData("video")]
    [InlineData("post")]
    public void StampedVideoTeasersAndEmbeddedPostsInsideTheArticleAreNoCommentThread(string embed)
    {
        // Each teaser or embedded post carries a stamp, as a comment's byline does, and the video's running time or the
        // account's handle, as none does.
        var teaser = (int i) => embed == "video"
            ? $"Ferry operators explain what the pier closure means for passengers    {i + 2} Hours Ago | 01:{i + 20}"
            : $"A post shared by Bay Ferries (@bayferries) on Jun {i + 2}, 2018 at 11:54am PDT";
        var body = Article.Concat(Article.Select(p => p.Replace("harbour", "port", StringComparison.Ordinal)))
            .SelectMany((paragraph, i) => i == 0 ? [paragraph] : new[] { teaser(i), paragraph });
        var text = string.Join("\n", Menu(40).Concat(["Harbour board votes to close old ferry pier", "By Mara Quist"]).Concat(body).Concat(Menu(30)));

        var draft = NewsDocumentParser.Parse(text);

        Assert.Contains(Article[^1].Replace("harbour", "port", StringComparison.Ordinal), draft.Body);
    }

    [Theory]
    [InlineData("No comments yet")]
    [InlineData("14 Comments")]
    [InlineData("Post a comment")]
    [InlineData("Leave a Reply")]
    [InlineData("Comments are closed.")]
    [InlineData("Comments (3)")]
    [InlineData("Comments are now closed for this story")]
    [InlineData("Login or register to post comments")]
    [InlineData("Sign in to post a comment.")]
    [InlineData("Log in to leave a reply")]
    [InlineData("Add Comment")]
    [InlineData("Add your comment")]
    public void CommentSectionHeadersAreRecognized(string line) => Assert.True(CommentThread.IsSectionHeader(line));

    [Theory]
    [InlineData("Comments on the plan are due by Friday")]
    [InlineData("No comment from the harbour board")]
    [InlineData("Add comment cards to the harbour board's agenda")]
    [InlineData("Harbour board votes to close old ferry pier")]
    [InlineData("Comments are closed on the harbour board's own forum, it said")]
    [InlineData("Residents must register to post comments on the harbour board's site.")]
    public void LinesAboutCommentsAreNoSectionHeader(string line) => Assert.False(CommentThread.IsSectionHeader(line));

    [Fact]
    public void DateUnderThePostDatesTheArticle()
    {
        var text = Page(Menu(60).Append("Harbour board votes to close old ferry pier for repairs"), new[] { "Posted on July 31, 2012 at 9:39 pm" }.Concat(Menu(40)));

        var draft = NewsDocumentParser.Parse(text);

        Assert.Equal(Article, draft.Body);
        Assert.Equal(new DateOnly(2012, 7, 31), DateOnly.FromDateTime(draft.PublishedAt!.Value.UtcDateTime));
    }
}
