namespace NewsApi.Ingestion.Tests.Layout;

/// <summary>Writers' names under the headline with no "By": beside an outlet, a stamp or a label. Every name is invented.</summary>
public sealed class BylinesBesideSlashesStampsAndLabelsTests
{
    private const string Headline = "Court jails dockworkers' leader over port strike, shipping firm claims damages\n\n";

    private const string Article =
        "The provincial court on Wednesday sentenced the leader of a dockworkers' union to two years in prison for inciting a strike at the port.\n\n"
        + "\"This is a warning to every worker,\" union deputy Chea Malisrey said outside the court after the sentence was read.\n";

    [Theory]
    [InlineData("Pich Sovanrithy / Delta Evening Post\nPublished: 03 Dec 2026, 16:48\n\n", "Pich Sovanrithy")]
    [InlineData("Dorrel Whyte-Bantonne/Staff Reporter\n\n", "Dorrel Whyte-Bantonne")]
    public void ANameBeforeASlashAndTheOutletOrDeskIsTheByline(string head, string writer)
    {
        var draft = NewsDocumentParser.Parse(Headline + head + Article);

        Assert.Equal([writer], draft.Byline);
        Assert.Contains(draft.People, person => person.Name == writer);
    }

    [Fact]
    public void ANameBeforeACommaAndTheStampIsTheByline()
    {
        var draft = NewsDocumentParser.Parse(Headline + "Karim Abdel-Fattah Soroury , Sunday 29 Nov 2026\nLast update 13:05 (GMT)\n\n" + Article);

        Assert.Equal(["Karim Abdel-Fattah Soroury"], draft.Byline);
        Assert.Equal(new DateTime(2026, 11, 29), draft.PublishedAt?.UtcDateTime.Date);
    }

    [Fact]
    public void AnAuthorsLabelWithoutItsColonOpensTheByline()
    {
        var draft = NewsDocumentParser.Parse(Headline + "Date 03.12.2026 | 14:20 CET\nAuthor Henrike Lassahn-Vogtmann (with dpa, Reuters)\n\n" + Article);

        Assert.Equal(["Henrike Lassahn-Vogtmann"], draft.Byline);
    }

    [Fact]
    public void AStampInARowOfLabelledCreditsLeavesTheWriterAndThePhotographer()
    {
        var draft = NewsDocumentParser.Parse(
            Headline + "Published: 25.11.2026, 21:40 CET · Author: Katarzyna Zielonka-Brysiak · Photos: Marek Ostrowiakowski\n\n" + Article);

        Assert.Equal(["Katarzyna Zielonka-Brysiak"], draft.Byline);
        Assert.Contains(draft.Contributors, c => c.Name == "Marek Ostrowiakowski" && c.Role == "photography");
        Assert.NotNull(draft.PublishedAt);
    }

    [Fact]
    public void ABreadcrumbWithASlashIsNoByline()
    {
        var draft = NewsDocumentParser.Parse(Headline + "World News / Asia Pacific\n\n" + Article);

        Assert.Empty(draft.Byline);
    }

    [Theory]
    [InlineData("Buenos Aires, 3 December 2026")]
    [InlineData("VESTRE HALDOR, Norway 2025-01-10")]
    [InlineData("Marren Cove, Norway 2025-01-10")]
    public void APlaceBeforeACommaAndTheStampIsADatelineNotAByline(string dateline)
    {
        var draft = NewsDocumentParser.Parse(Headline + dateline + "\n\n" + Article);

        Assert.Empty(draft.Byline);
    }
}
