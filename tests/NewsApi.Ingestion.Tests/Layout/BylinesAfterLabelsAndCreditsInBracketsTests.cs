using NewsApi.Ingestion.Layout.Bylines;
using NewsApi.Ingestion.Layout.Images;

namespace NewsApi.Ingestion.Tests.Layout;

/// <summary>
/// Writers after a section's label and a stamp, a town or a desk after a bar or a slash, the country after a contributor's
/// town, and a station's photographer in brackets after a caption; every name is invented.
/// </summary>
public sealed class BylinesAfterLabelsAndCreditsInBracketsTests
{
    [Fact]
    public void WritersAfterALabelAndAStampBetweenBarsAreTheByline()
    {
        Assert.True(BylineParser.TryParseByLine("ECONOMY | 6 Oct 2026, 09:05 | by Mirela Kovačević-Horvat and Dario Šimunović", out var authors));

        Assert.Equal(["Mirela Kovačević-Horvat", "Dario Šimunović"], authors.Select(a => a.Name));
    }

    [Fact]
    public void AMenusBarsBeforeByAreNoStamp()
    {
        Assert.False(BylineParser.TryParseByLine("Home | World | Europe | by region", out _));
    }

    [Theory]
    [InlineData("By Rebwar Sabah Qadir | ZAKHO", "Rebwar Sabah Qadir")]
    [InlineData("By Sato Mirai / Harbor Daily Staff Writer", "Sato Mirai")]
    public void AWritersLineWithATownOrADeskAfterABarIsTheBylineNoMenu(string bylineLine, string writer)
    {
        var page = $"Dam talks stall as the river falls to its lowest level in decades\n\n{bylineLine}\nSaturday, December 5, 2026\n\n"
            + "The two governments failed on Saturday to agree how much water the dam should release this winter, officials said.\n\n"
            + "Farmers downstream say their wells have dried up.\n";

        var draft = NewsDocumentParser.Parse(page);

        Assert.Equal([writer], draft.Byline);
    }

    [Fact]
    public void TheCountryAfterAContributorsTownIsNoContributor()
    {
        Assert.True(ContributorLineParser.TryParse("Associated Press writer Dana Vellacott-Ray in Abu Dhabi, United Arab Emirates, contributed to this report.", out var contributors));

        Assert.Equal(["Dana Vellacott-Ray"], contributors.Select(c => c.Name));
    }

    [Fact]
    public void ADeskAfterTheWritersCommaIsNoSecondWriter()
    {
        Assert.True(BylineParser.TryParseByLine("By: Anne-Sophie Pellegatti, Capitol Bureau", out var authors));

        Assert.Equal(["Anne-Sophie Pellegatti"], authors.Select(a => a.Name));
    }

    [Theory]
    [InlineData("Linebacker Ozzie Tremblay-Cruz celebrates after the final whistle on Friday. (KBVX/Dorian Acheampong-Lee)", "KBVX/Dorian Acheampong-Lee")]
    [InlineData("The governor speaks to reporters at the mansion on Tuesday. (WLBR 9 / Perrine Auzanneau-Lacombe)", "WLBR 9 / Perrine Auzanneau-Lacombe")]
    public void AStationAndItsPhotographerInBracketsAreTheCredit(string line, string expected)
    {
        Assert.True(ImageCreditParser.TryParseCaptionWithCredit(line, out _, out var credit));

        Assert.Equal(expected, credit);
    }

    [Fact]
    public void ACaptionUnderAPhotoLabelWithItsCreditInBracketsIsNoCreditLine()
    {
        Assert.False(ImageCreditParser.TryParseCreditLine("Photo: The cooling towers of the plant at dusk. (ČTK / Radim Kopecký-Šťastný)", out _));
        Assert.True(ImageCreditParser.TryParseCaptionWithCredit("Photo: The cooling towers of the plant at dusk. (ČTK / Radim Kopecký-Šťastný)", out _, out var credit));
        Assert.Equal("ČTK / Radim Kopecký-Šťastný", credit);
    }

    [Fact]
    public void WordsInBracketsAfterACaptionAreNoCreditUnlessCapitalized()
    {
        Assert.False(ImageCreditParser.TryParseCaptionWithCredit("The old sign hangs above the counter (left/right views).", out _, out _));
    }

    [Fact]
    public void AGallerysAgencyAfterEachParagraphIsNoStationAndPhotographer()
    {
        Assert.False(ImageCreditParser.TryParseCaptionWithCredit(
            "A girl poses with a painting at the exhibition. Visitors may touch the paintings and sit on them. (HarbourFoto/Coastline Images)", out _, out _));
    }

    [Fact]
    public void ABlogsWritersAreTheByline()
    {
        Assert.True(BylineParser.TryParseByLine("Blog by Oisín Delahunt-Tran and Meenakshi Ravindranath", out var authors));

        Assert.Equal(["Oisín Delahunt-Tran", "Meenakshi Ravindranath"], authors.Select(a => a.Name));
    }

    [Theory]
    [InlineData("Qhawekazi Zwelakhe-Qwabe | 5 December 2026, 06:00", true)]
    [InlineData("Local News | 5 December 2026, 06:00", false)]
    public void ANameNoListHoldsBeforeABarAndAStampIsTheWriter(string line, bool isWriter)
    {
        Assert.Equal(isWriter, BylineParser.TryParseNameBeforeBar(line, out _));
    }
}
