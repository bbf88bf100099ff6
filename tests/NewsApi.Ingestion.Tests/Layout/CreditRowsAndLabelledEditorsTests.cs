using NewsApi.Ingestion.Layout.Bylines;

namespace NewsApi.Ingestion.Tests.Layout;

/// <summary>Writers and photographers credited under labels in the head of the page; every name is invented.</summary>
public sealed class CreditRowsAndLabelledEditorsTests
{
    private const string Article =
        "The regional arbitration court on Friday ordered the gas producer to pay 41 billion roubles to its former partner for failing to deliver gas under a supply contract.\n\n"
        + "The company said it would appeal the ruling within the month allowed by law.\n";

    [Fact]
    public void AWritersLineOverAPhotographersCreditIsTheBylineNotACaption()
    {
        var page = "Court orders gas producer to pay former partner\n\n27.06.2025 16:52 MSK\nText: Varvara Ilyinichna Sokolnikova\nPhoto: Gleb Tarkhanovsky\n\n" + Article;

        var draft = NewsDocumentParser.Parse(page);

        Assert.Equal(["Varvara Ilyinichna Sokolnikova"], draft.Byline);
        Assert.DoesNotContain(draft.Images, image => image.Caption.Contains("Sokolnikova", StringComparison.Ordinal));
    }

    [Fact]
    public void APhotographersAndAWritersLabelsOnOneRowGiveBoth()
    {
        var page = "GALLERY: Court orders gas producer to pay former partner\n\nSaturday, 5 December 2026 · 11:30pm\n"
            + "Photos: Talatala Vunivesi, Semisi Ravouvou · Words: Losana Tavuki-Ralulu\n\n" + Article;

        var draft = NewsDocumentParser.Parse(page);

        Assert.Equal(["Losana Tavuki-Ralulu"], draft.Byline);
        Assert.Contains(draft.Contributors, c => c.Name == "Talatala Vunivesi" && c.Role == "photography");
        Assert.Contains(draft.Contributors, c => c.Name == "Semisi Ravouvou" && c.Role == "photography");
    }

    [Fact]
    public void AnEditorsLabelUnderTheReportersNamesAContributor()
    {
        var page = "Court orders gas producer to pay former partner\n\nReporter: Bagus Wiratmaja Santosa\nEditor: Ni Komang Ayu Prameswari\n"
            + "Saturday, 12 December 2026 | 21:34 WIB\n\n" + Article;

        var draft = NewsDocumentParser.Parse(page);

        Assert.Equal(["Bagus Wiratmaja Santosa"], draft.Byline);
        Assert.Contains(draft.Contributors, c => c.Name == "Ni Komang Ayu Prameswari" && c.Role == "editing");
    }

    [Fact]
    public void AReportFromACorrespondentUnderTheStoryIsAContributor()
    {
        var page = "Court orders gas producer to pay former partner\n\nBy Bagus Wiratmaja Santosa\n\n" + Article
            + "\n\u2014 with a report from Rowena Lacsamana-Ybanez, Radyo Silangan News\n";

        var draft = NewsDocumentParser.Parse(page);

        Assert.Contains(draft.Contributors, c => c.Name == "Rowena Lacsamana-Ybanez" && c.Role == "reporting");
    }

    [Fact]
    public void AResearchersCreditBesideTheBylineIsAContributor()
    {
        var page = "Court orders gas producer to pay former partner\n\nBy Corinna Baumgartner-Ruef \u00B7 Research: Silvio Pedrocchi-Lanz \u00B7 6 min read\n\n" + Article;

        var draft = NewsDocumentParser.Parse(page);

        Assert.Equal(["Corinna Baumgartner-Ruef"], draft.Byline);
        Assert.Contains(draft.Contributors, c => c.Name == "Silvio Pedrocchi-Lanz" && c.Role == "research");
    }

    [Fact]
    public void ALiveBlogsWritersAreTheByline()
    {
        var page = "Court orders gas producer to pay former partner\n\nLive blog by Theresia Hochstrasser-Bas and Valentin Zoechling\n\n" + Article;

        var draft = NewsDocumentParser.Parse(page);

        Assert.Equal(["Theresia Hochstrasser-Bas", "Valentin Zoechling"], draft.Byline);
    }

    [Theory]
    [InlineData("Video: Watch the moment the bridge fell")]
    [InlineData("Editor: The Northern Ledger")]
    [InlineData("Photos: Getty Images")]
    public void ALabelOverNoNameIsNoCredit(string line)
    {
        Assert.False(ContributorLineParser.TryParseLabelled(line, out _));
    }

    [Fact]
    public void AKyrgyzWritersDaughterOfStaysInTheByline()
    {
        var page = "Court orders gas producer to pay former partner\n\nBy Aizada Tolonbekova kyzy, Political Editor\n\n" + Article;

        var draft = NewsDocumentParser.Parse(page);

        Assert.Equal(["Aizada Tolonbekova kyzy"], draft.Byline);
    }
}
