using NewsApi.Ingestion.Layout;
using NewsApi.Ingestion.Normalization;

namespace NewsApi.Ingestion.Tests.Layout;

public sealed class LayoutParserTests
{
    private static DocumentLayout Parse(string text) => LayoutParser.Parse(TextNormalizer.Normalize(text));

    [Fact]
    public void PageWithoutHeadlineGetsOneDerivedFromTheLead()
    {
        var layout = Parse("""
            00:44 GMT16 January 2021
            Listen Live
                Get short URL

                Earlier this week, a trade delegation visited Hanoi to discuss tariffs.

                The talks will continue next month, officials said.
            """);

        Assert.True(layout.HeadlineDerived);
        Assert.Equal("A trade delegation visited Hanoi to discuss tariffs", layout.Headline);
        Assert.Equal(new DateTimeOffset(2021, 1, 16, 0, 44, 0, TimeSpan.Zero), layout.PublishedAt);
        Assert.Equal(2, layout.Body.Count);
    }

    [Fact]
    public void APageOfOneSentenceHasItAsItsBody()
    {
        // The sentence is the page's title too; without it as the body, a page that has text would have none.
        var layout = Parse("Ferry crossings to the islands have not changed much since the quay closed, and the pontoon is busy");

        Assert.Equal(["Ferry crossings to the islands have not changed much since the quay closed, and the pontoon is busy"], layout.Body);
    }

    [Fact]
    public void APageOfShortLinesHasThemAsItsBody()
    {
        // No line is long enough to pass for prose; a page that has text still has a body, but labels are not text.
        var layout = Parse("""
            Harbour news
            Quay closed
            Pontoon open
            Share
            """);

        Assert.Equal(["Quay closed", "Pontoon open"], layout.Body);
    }

    [Theory]
    [InlineData("abc\ndef\nghi", new[] { "abc", "def", "ghi" })]
    [InlineData("Quayside", new[] { "Quayside" })]
    public void APageOfSingleWordsHasThemAsItsBody(string text, string[] body)
    {
        // Nothing longer and no chrome stands by them, so they are the page's text, not a menu's labels.
        Assert.Equal(body, Parse(text).Body);
    }

    [Fact]
    public void SingleWordsBesideChromeAreLabels()
    {
        Assert.Empty(Parse("Share\nTweet\nCookies").Body);
    }

    [Fact]
    public void APageOfChromeAloneHasNoBody()
    {
        Assert.Empty(Parse("Share\nTweet\nAccept cookies").Body);
    }

    [Fact]
    public void SectionHeadlineStandfirstBylineAndDateAreReadFromTheHead()
    {
        var layout = Parse("""
            Share this article
            Science

            Deep-sea survey finds new coral species off Chile

            Researchers say the reef could be older than any known in the Pacific

            Ana Lopez Environment correspondent
            Published: Tue 14 Nov 2023 16.30 GMT

            A survey of the seabed off northern Chile has found three coral species new to science, a study said on Monday.
            """);

        Assert.Equal("Science", layout.Section);
        Assert.Equal("Deep-sea survey finds new coral species off Chile", layout.Headline);
        Assert.False(layout.HeadlineDerived);
        Assert.Equal("Researchers say the reef could be older than any known in the Pacific", layout.Standfirst);
        var author = Assert.Single(layout.Byline);
        Assert.Equal(new BylineAuthor("Ana Lopez", "Environment correspondent"), author);
        Assert.Single(layout.Body);
    }

    [Fact]
    public void PublishedDateWinsOverAnEarlierUpdatedDate()
    {
        var layout = Parse("""
            Storm closes ports along the northern coast

            Updated 3:14 PM GMT, February 2, 2022
            Published 9:00 AM GMT, February 2, 2022

            A storm closed ports along the northern coast on Wednesday, officials said.
            """);

        Assert.Equal(new DateTimeOffset(2022, 2, 2, 9, 0, 0, TimeSpan.Zero), layout.PublishedAt);
        Assert.False(layout.PublishedDateOnly);
    }

    [Fact]
    public void DateAloneIsMarkedDateOnly()
    {
        var layout = Parse("""
            Storm closes ports along the northern coast
            3 April 2023

            A storm closed ports along the northern coast on Wednesday, officials said.
            """);

        Assert.Equal(new DateTimeOffset(2023, 4, 3, 0, 0, 0, TimeSpan.Zero), layout.PublishedAt);
        Assert.True(layout.PublishedDateOnly);
    }

    [Fact]
    public void DatelineIsRemovedFromTheLeadAndContributorsExcludeByline()
    {
        var layout = Parse("""
            Port workers strike over pay in Valparaiso

            By Ana Lopez

            VALPARAISO, May 2 (Reuters) - Dock workers walked out on Tuesday over pay.

            The union said the strike would last a week.

            Reporting by Ana Lopez; additional reporting by Bo Kim in Lima; Editing by Cy Park

            Our Standards: The Thomson Reuters Trust Principles.
            """);

        Assert.Equal("VALPARAISO", layout.Dateline);
        Assert.Equal("Reuters", layout.Source);
        Assert.Equal("Dock workers walked out on Tuesday over pay.", layout.Body[0]);
        Assert.Equal(2, layout.Body.Count);
        Assert.Equal(["Ana Lopez"], layout.Byline.Select(a => a.Name));
        Assert.Equal([new ContributorDraft("Bo Kim", "reporting"), new ContributorDraft("Cy Park", "editing")], layout.Contributors);
    }

    [Fact]
    public void CaptionAndCreditInTheBodyBecomeAnImage()
    {
        var layout = Parse("""
            Storm closes ports along the northern coast

            A storm closed ports along the northern coast on Wednesday, officials said.
            Ships wait outside the harbour of Gdansk, Poland, April 16, 2016
            © REUTERS / Jan Nowak
            The port authority said it expected to reopen on Friday.
            """);

        var image = Assert.Single(layout.Images);
        Assert.Equal(new ImageDraft("Ships wait outside the harbour of Gdansk, Poland, April 16, 2016", "REUTERS / Jan Nowak"), image);
        Assert.Equal(2, layout.Body.Count);
        Assert.DoesNotContain(layout.Body, p => p.Contains("REUTERS", StringComparison.Ordinal));
    }

    [Fact]
    public void TailGivesRelatedHeadlinesAndTagsAndDropsChrome()
    {
        var layout = Parse("""
            Storm closes ports along the northern coast

            A storm closed ports along the northern coast on Wednesday, officials said.

            Shipping Firms Count Cost of Winter Storms
            Ferry Services Cancelled Across the Baltic
            storms, shipping, Poland
            Community standardsDiscussion
            """);

        Assert.Equal(["Shipping Firms Count Cost of Winter Storms", "Ferry Services Cancelled Across the Baltic"], layout.Related);
        Assert.Equal(["storms", "shipping", "Poland"], layout.Tags);
        Assert.Single(layout.Body);
    }

    [Fact]
    public void HeadedListsGiveRelatedAndOneTagPerLine()
    {
        var layout = Parse("""
            Storm closes ports along the northern coast

            A storm closed ports along the northern coast on Wednesday, officials said.

            Related stories
            1. Shipping firms count cost of winter storms
            2. Ferry services cancelled

            Topics
            Storms
            Shipping
            """);

        Assert.Equal(["Shipping firms count cost of winter storms", "Ferry services cancelled"], layout.Related);
        Assert.Equal(["Storms", "Shipping"], layout.Tags);
        Assert.Single(layout.Body);
    }

    [Fact]
    public void ChromeInsideTheBodyIsDropped()
    {
        var layout = Parse("""
            Storm closes ports along the northern coast

            A storm closed ports along the northern coast on Wednesday, officials said.
            Advertisement · Scroll to continue
            Share
            Read more: Ferry services cancelled across the Baltic
            The port authority said it expected to reopen on Friday.
            """);

        Assert.Equal(2, layout.Body.Count);
        Assert.Equal(["Ferry services cancelled across the Baltic"], layout.Related);
    }

    [Fact]
    public void CookieBannerAboveTheHeadlineIsNotTheHeadline()
    {
        var layout = Parse("""
            We value your privacy
            We and our partners use cookies to personalise content. By clicking "Accept all" you consent to our use of cookies.
            Accept all
            Reject all
            Storm closes ports along the northern coast

            A storm closed ports along the northern coast on Wednesday, officials said.
            """);

        Assert.Equal("Storm closes ports along the northern coast", layout.Headline);
        Assert.Single(layout.Body);
    }

    [Fact]
    public void WireHeadWithNameListAndRelatedListAboveTheLead()
    {
        var layout = Parse("""
            Grocer agrees to buy rival in $1.2 billion deal

            Ann Lee and Bo Kim
            Bloomberg
            Tue, April 16, 2024 at 2:31 AM GMT+9 · 3 min read

            Most Read from Bloomberg
            Oil Holds Gains as Traders Weigh Risks
            Why the Yen Keeps Sliding

            (Bloomberg) -- A grocer agreed to buy a rival for about $1.2 billion.

            The deal is its biggest abroad.

            --With assistance from Cy Park.

            ©2024 Bloomberg L.P.
            """);

        Assert.Equal(["Ann Lee", "Bo Kim"], layout.Byline.Select(a => a.Name));
        Assert.Equal(new DateTimeOffset(2024, 4, 15, 17, 31, 0, TimeSpan.Zero), layout.PublishedAt);
        Assert.Equal(["Oil Holds Gains as Traders Weigh Risks", "Why the Yen Keeps Sliding"], layout.Related);
        Assert.Equal("Bloomberg", layout.Source);
        Assert.Null(layout.Dateline);
        Assert.Equal(["A grocer agreed to buy a rival for about $1.2 billion.", "The deal is its biggest abroad."], layout.Body);
        Assert.Equal([new ContributorDraft("Cy Park", "reporting")], layout.Contributors);
    }

    [Fact]
    public void MenuAndBreadcrumbAboveTheHeadlineAreNotTheHeadline()
    {
        var layout = Parse("""
            THE VALLEY LEDGER
            Business Technology Local Opinion Sports

            Chipmaker picks Hillsboro for packaging plant

            The company says the site will employ 1,400 people

            Story by Ann Lee | Staff writer
            July 22, 2024 4:05 PM PDT

            A chipmaker will build a plant in Hillsboro, the company said Monday.
            """);

        Assert.Equal("Chipmaker picks Hillsboro for packaging plant", layout.Headline);
        Assert.Equal("The company says the site will employ 1,400 people", layout.Standfirst);
        Assert.Equal(["Ann Lee"], layout.Byline.Select(a => a.Name));
        Assert.Single(layout.Body);
    }

    [Fact]
    public void BreadcrumbGivesSection()
    {
        var layout = Parse("""
            World | Europe

            Lava reaches the edge of a fishing town in Iceland

            A fissure opened north of the town shortly before midnight on Monday.
            """);

        Assert.Equal("Europe", layout.Section);
        Assert.Equal("Lava reaches the edge of a fishing town in Iceland", layout.Headline);
    }

    [Fact]
    public void ShortLabelAboveAQuestionHeadlineGivesWayToIt()
    {
        var layout = Parse("""
            Skip to main content
            Climate crisis

            Heatwave pushes Spanish reservoirs to record low?

            Farmers in Andalusia warn of ruined harvests as temperatures pass 44C

            Maria Gomez in Seville
            Sat 12 Aug 2023 09.00 BST
            Last modified on Sat 12 Aug 2023 10.15 BST

            Reservoirs in southern Spain have fallen to their lowest level on record, the ministry said.
            """);

        Assert.Equal("Heatwave pushes Spanish reservoirs to record low?", layout.Headline);
        Assert.Equal("Farmers in Andalusia warn of ruined harvests as temperatures pass 44C", layout.Standfirst);
        Assert.Equal(["Maria Gomez"], layout.Byline.Select(a => a.Name));
        Assert.Equal(new DateTimeOffset(2023, 8, 12, 8, 0, 0, TimeSpan.Zero), layout.PublishedAt);
        Assert.Single(layout.Body);
    }

    [Fact]
    public void ShortSentenceCaseHeadlineAndDateOnTheBylineLine()
    {
        var layout = Parse("""
            Markets rally again
            By Jane Roe | March 9, 2023
            Stocks rose across Asia on Thursday as investors bet central banks would cut rates.
            """);

        Assert.Equal("Markets rally again", layout.Headline);
        Assert.False(layout.HeadlineDerived);
        Assert.Equal(["Jane Roe"], layout.Byline.Select(a => a.Name));
        Assert.Equal(new DateTimeOffset(2023, 3, 9, 0, 0, 0, TimeSpan.Zero), layout.PublishedAt);
        Assert.True(layout.PublishedDateOnly);
    }

    [Theory]
    [InlineData("Local News | Updated 5:42 PM, Oct 14, 2024", 17)]
    [InlineData("Opinion • 14 October 2024", 0)]
    public void AStampBesideASectionLabelIsTheDate(string stampLine, int hour)
    {
        var layout = Parse($"""
            Council approves new bus depot
            {stampLine}
            The city council voted 6-3 on Monday night to approve a bus depot on the east side.
            """);

        Assert.Equal(new DateTimeOffset(2024, 10, 14, hour, hour == 0 ? 0 : 42, 0, TimeSpan.Zero), layout.PublishedAt);
        Assert.DoesNotContain(layout.Body, paragraph => paragraph.Contains("2024", StringComparison.Ordinal));
    }

    [Fact]
    public void CrlfTabsAndNonBreakingSpacesLeaveCleanParagraphs()
    {
        var layout = Parse("Strike halts trains across France\r\n\r\nPARIS (AFP) \u2013 French unions called a\u00A0national strike.\r\n\tThe strike  will hit\u200B schools.\r\n");

        Assert.Equal("PARIS", layout.Dateline);
        Assert.Equal("AFP", layout.Source);
        Assert.Equal(["French unions called a national strike.", "The strike will hit schools."], layout.Body);
    }

    [Fact]
    public void PunctuatedStandfirstAboveTheBylineIsNotTheLead()
    {
        var layout = Parse("""
            Aid convoy reaches northern town after weeks of delays
            The UN says 30 trucks carrying food and medicine crossed on Tuesday.
            By Omar Haddad
            Published On 14 Nov 2023
            Aid trucks queue at the crossing on Monday [File: Ahmed Saleh/Reuters]
            A convoy of aid trucks reached the northern town on Tuesday, the United Nations said.
            Story continues below advertisement
            The convoy carried flour, medicine and fuel for hospital generators.
            Source: Al Jazeera and news agencies
            """);

        Assert.Equal("The UN says 30 trucks carrying food and medicine crossed on Tuesday.", layout.Standfirst);
        Assert.Equal(["Omar Haddad"], layout.Byline.Select(a => a.Name));
        Assert.True(layout.PublishedDateOnly);
        Assert.Equal([new ImageDraft("Aid trucks queue at the crossing on Monday", "Ahmed Saleh/Reuters")], layout.Images);
        Assert.Equal(
            ["A convoy of aid trucks reached the northern town on Tuesday, the United Nations said.", "The convoy carried flour, medicine and fuel for hospital generators."],
            layout.Body);
    }

    [Fact]
    public void RelativeStampIsNotThePublishedDate()
    {
        var layout = Parse("""
            Storm closes ports along the northern coast
            Updated 2 hours ago
            A storm closed ports along the northern coast on Wednesday, officials said.
            """);

        Assert.Null(layout.PublishedAt);
        Assert.Equal(["A storm closed ports along the northern coast on Wednesday, officials said."], layout.Body);
    }

    [Fact]
    public void DatelineOnItsOwnLineAboveTheLeadIsRemoved()
    {
        var layout = Parse("""
            Power deal signed with Romanian generator
            CHISINAU (Sputnik) -
            Moldova's grid operator has signed a three-year supply agreement, the operator said.
            """);

        Assert.Equal("CHISINAU", layout.Dateline);
        Assert.Equal("Sputnik", layout.Source);
        Assert.Equal(["Moldova's grid operator has signed a three-year supply agreement, the operator said."], layout.Body);
    }

    [Fact]
    public void LabelledImageSourceAndCaptionLinesBecomeOneImage()
    {
        var layout = Parse("""
            Protests spread to the capital
            3 min read
            Image source, Getty Images
            Image caption, Protesters gathered outside parliament on Saturday
            Thousands of people marched through the capital on Saturday, police said.
            """);

        Assert.Equal([new ImageDraft("Protesters gathered outside parliament on Saturday", "Getty Images")], layout.Images);
        Assert.Equal(["Thousands of people marched through the capital on Saturday, police said."], layout.Body);
    }

    [Fact]
    public void QuestionHeadlinesInTheRelatedListAreNotBody()
    {
        var layout = Parse("""
            Yen slides to a three-week low

            The yen fell to its lowest level in three weeks on Friday, traders said.

            Would a rate rise help? Analysts are divided.

            Related
            Will the yen recover this year?
            Bank of Japan holds rates steady
            Why are Japanese exporters cheering?
            """);

        Assert.Equal(["Will the yen recover this year?", "Bank of Japan holds rates steady", "Why are Japanese exporters cheering?"], layout.Related);
        Assert.Equal(2, layout.Body.Count);
    }

    [Fact]
    public void AStampsLabelIsNoDatelinePlace()
    {
        var layout = Parse("""
            Jet diverts after cabin pressure warning

            Published: 21.09.2025 18:47 CEST  |  Updated: 21.09.2025 20:10 CEST

            A passenger jet bound for the coast diverted on Sunday evening after the crew reported a loss of cabin pressure, the airline said.
            """);

        Assert.Null(layout.DatelinePlace);
        Assert.Equal(new DateTimeOffset(2025, 9, 21, 16, 47, 0, TimeSpan.Zero), layout.PublishedAt);
    }

    [Fact]
    public void ABlogsStampThenAuthorLineGivesTheDateAndTheByline()
    {
        var draft = NewsDocumentParser.Parse("""
            Mayor wins the regional vote

            Posted on 8 November 2026 at 02:15 CET by Irena Vallo

            The mayor will become the next governor of the region after winning the election with 38.7 per cent of the vote, officials said.
            """);

        Assert.Equal("Irena Vallo", Assert.Single(draft.Byline));
        Assert.Equal(new DateTimeOffset(2026, 11, 8, 1, 15, 0, TimeSpan.Zero), draft.PublishedAt);
        Assert.DoesNotContain(draft.Body, paragraph => paragraph.StartsWith("Posted", StringComparison.Ordinal));
    }
}
