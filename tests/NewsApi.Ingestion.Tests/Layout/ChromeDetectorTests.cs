using NewsApi.Ingestion.Layout.Chrome;

namespace NewsApi.Ingestion.Tests.Layout;

public sealed class ChromeDetectorTests
{
    [Theory]
    [InlineData("Reading time: 2 minutes")]
    [InlineData("Estimated reading time: 4 min")]
    [InlineData("Listen Live")]
    [InlineData("Get short URL")]
    [InlineData("Advertisement")]
    [InlineData("Advertisement · Scroll to continue")]
    [InlineData("Share this article")]
    [InlineData("Community standardsDiscussion")]
    [InlineData("Share Tweet Email")]
    [InlineData("Subscribe | Log in")]
    [InlineData("We use cookies to improve your experience on our site.")]
    [InlineData("We and our 214 partners use cookies and similar technologies. By clicking \"Accept all\" you consent.")]
    [InlineData("Accept all")]
    [InlineData("Manage preferences")]
    [InlineData("Sign up for our newsletter")]
    [InlineData("123 comments")]
    [InlineData("© 2024 Example Media")]
    [InlineData("Copyright 2022 The Associated Press. All Rights Reserved.")]
    [InlineData("Our Standards: The Thomson Reuters Trust Principles.")]
    [InlineData("Read more")]
    [InlineData("Click here to read the full report")]
    [InlineData("Skip to main content")]
    [InlineData("Updated 2 hours ago")]
    [InlineData("Most read")]
    [InlineData("Follow us on Twitter")]
    [InlineData("Share on Facebook")]
    [InlineData("Home › Blog › Trips")]
    [InlineData("MIDDLE EAST / AFRICA")]
    [InlineData("3 min read")]
    [InlineData("WATCH: Lava flows towards the town")]
    [InlineData("2 minute read")]
    [InlineData("Story continues below advertisement")]
    [InlineData("Share this with friends")]
    [InlineData("Pin It Share this page")]
    [InlineData("You need to have JavaScript enabled to view this page correctly")]
    [InlineData("Tell us what you think about this!")]
    [InlineData("Advertise With Us")]
    [InlineData("Email ThisBlogThis!Share to TwitterShare to Facebook")]
    [InlineData("Like us on Facebook")]
    [InlineData("Continue reading the main story")]
    [InlineData("Article continues")]
    [InlineData("Enlarge This Image")]
    [InlineData("Flag as Inappropriate")]
    public void SiteChromeIsRecognized(string line)
    {
        Assert.True(ChromeDetector.IsChrome(line), line);
    }

    [Theory]
    [InlineData("Discussion of the budget continued late into the night, officials said.")]
    [InlineData("Share prices fell 4.2% in early trading in Copenhagen.")]
    [InlineData("Advertisement revenue at the group fell 5% in the third quarter, the company said on Monday.")]
    [InlineData("© REUTERS / Yasin Bulbul/Presidential Palace")]
    [InlineData("Moldova Signs Three-Year Power Deal With Romanian Generator Amid Price Fears")]
    [InlineData("Story by Ji-woo Park | Staff writer")]
    [InlineData("Published 17/10/2022 | 09:05 GMT")]
    [InlineData("Share this story's lesson with your friends, the mayor told the council.")]
    [InlineData("The story continues below the pier, where the divers found the wreck.")]
    public void ArticleTextIsNotChrome(string line)
    {
        Assert.False(ChromeDetector.IsChrome(line), line);
    }

    [Theory]
    [InlineData("Read more:")]
    [InlineData("Related stories")]
    [InlineData("More on this story")]
    [InlineData("Most Read from Bloomberg")]
    [InlineData("YOU MAY ALSO LIKE")]
    public void RelatedHeadersAreRecognized(string line)
    {
        Assert.True(ChromeDetector.IsRelatedHeader(line));
    }

    [Fact]
    public void ShortBreadcrumbGivesItsItems()
    {
        Assert.True(ChromeDetector.TryParseNavigation("World | Europe", out var items));

        Assert.Equal(["World", "Europe"], items);
    }

    [Theory]
    [InlineData("Business Technology Local Opinion Sports", true)]
    [InlineData("Moldova Signs Three-Year Power Deal With Romanian Generator Amid Price Fears", false)]
    [InlineData("Chile port strike enters second week, stranding copper shipments", false)]
    public void MenuRowsAreToldFromTitleCaseHeadlines(string line, bool isMenu)
    {
        Assert.Equal(isMenu, ChromeDetector.IsMenuRow(line));
    }

    [Theory]
    [InlineData("15.05 WAT")]
    [InlineData("9:42 am")]
    [InlineData("14:10")]
    [InlineData("07.30 a.m. GMT")]
    public void ALiveBlogsEntryStampIsChrome(string line) => Assert.True(ChromeDetector.IsChrome(line));

    [Theory]
    [InlineData("10.45")]
    [InlineData("25:10")]
    [InlineData("At 9:42 am the harbour board voted to close the pier.")]
    public void AFigureOrASentenceWithATimeIsNoStamp(string line) => Assert.False(ChromeDetector.IsClockStamp(line));

    [Theory]
    [InlineData("($1 = 1,495.0000 naira)")]
    [InlineData("($1 = 0.9214 euros)")]
    [InlineData("(€1 = $1.0850)")]
    public void AWireStorysExchangeRateNoteIsChrome(string line) => Assert.True(ChromeDetector.IsChrome(line));

    [Fact]
    public void AFigureInBracketsInsideASentenceIsNoCurrencyNote() =>
        Assert.False(ChromeDetector.IsCurrencyNote("The port handled 1,495 tonnes ($1 = 1,495 naira at the time) on Monday."));

    [Theory]
    [InlineData("The Fjord Courier · 12 Harbour Street · Contact us · Terms of use · Privacy")]
    [InlineData("Our markets team's verdict on the day, every weekday at 5.30pm. [ Sign up ]")]
    public void AFootersRowOrAWidgetWithItsButtonIsChrome(string line) => Assert.True(ChromeDetector.IsChrome(line));

    [Theory]
    [InlineData("Quay closed | Ferry moved")]
    [InlineData("The mayor said the quay [the old one] would close.")]
    public void AHeadlineWithASeparatorOrABracketIsNoChrome(string line) => Assert.False(ChromeDetector.IsChrome(line));

    [Theory]
    [InlineData("More from Venture")]
    [InlineData("More from Maren Tveitane")]
    public void MoreFromASectionOrAnAuthorHeadsARelatedList(string line) => Assert.True(ChromeDetector.IsRelatedHeader(line));

    [Theory]
    [InlineData("DAX 21,412 ▲0.4% FTSE 100 8,390 ▼0.1% IBEX 35 12,877 ▲0.6% EUR/USD 1.0412")]
    [InlineData("___")]
    [InlineData("* * *")]
    public void AMarketTickerOrARuleIsChrome(string line) => Assert.True(ChromeDetector.IsChrome(line));

    [Fact]
    public void ASentenceWithSharesInPerCentIsNoTicker() =>
        Assert.False(ChromeDetector.IsChrome("Varn Energy has a 50% stake in the project, Halden Power owns 30% and Kessel Renewables has a 20% stake."));

    [Theory]
    [InlineData("Varnholm -18°C Light snow")]
    [InlineData("Kia ora, Varnholm ☁ 17°")]
    [InlineData("KOSPI 2,591.42 ▲0.81% KOSDAQ 743.18 ▼0.27% KRW/USD 1,452.30")]
    public void AWeatherWidgetOrATwoArrowTickerIsChrome(string line) => Assert.True(ChromeDetector.IsChrome(line));

    [Theory]
    [InlineData("-6°C")]
    [InlineData("Temperatures fell to -18°C overnight, the weather service said.")]
    public void ATemperatureInATableOrASentenceIsNoChrome(string line) => Assert.False(ChromeDetector.IsChrome(line));
}
