using NewsApi.Ingestion.Layout.Bylines;

namespace NewsApi.Ingestion.Tests.Layout;

/// <summary>
/// A writer's name before a bar and a stamp or a town, live pages' writers with their hours, particles in bylines, writers
/// with their outlets after middle dots or commas, a writer after "with"; every name is invented.
/// </summary>
public sealed class BylinesBesideABarTests
{
    [Theory]
    [InlineData("Harbour board fines two ferry firms\n\nThe board says the firms agreed not to compete on the island routes\n\nInés Barrachina-Soto | Madrid\n18/06/2026 - 11:47 CEST\n\nThe harbour board fined two ferry companies on Thursday for fixing fares on the island routes, the regulator said.\n\nThe firms said they would appeal.\n")]
    [InlineData("Learners taught in containers as city and province trade blame\n\nInés Barrachina-Soto | 5 December 2026, 06:00\n\nMore than 1,100 learners will start the new school year in containers after a dispute over land stalled building work.\n\nThe city said it had offered a site in 2024.\n")]
    public void ANameBeforeABarAndAStampOrATownIsTheByline(string page)
    {
        var draft = NewsDocumentParser.Parse(page);

        Assert.Equal(["Inés Barrachina-Soto"], draft.Byline);
    }

    [Fact]
    public void ABreadcrumbWithABarIsNoByline()
    {
        Assert.False(BylineParser.TryParseNameBeforeBar("World News | Europe", out _));
    }

    [Fact]
    public void LivePageWritersKeepTheirNamesWithoutTheirHours()
    {
        Assert.True(BylineParser.TryParseNameListLine("Nadège Corbineau-Ali (now) and Tom Wreford (earlier)", out var authors));

        Assert.Equal(["Nadège Corbineau-Ali", "Tom Wreford"], authors.Select(a => a.Name));
    }

    [Fact]
    public void AFathersNameAfterItsParticleStaysInTheByline()
    {
        Assert.True(BylineParser.TryParseByLine("By Aluoch Ndede and Kipkemboi arap Ruto", out var authors));

        Assert.Equal(["Aluoch Ndede", "Kipkemboi arap Ruto"], authors.Select(a => a.Name));
    }

    [Fact]
    public void ASharingToolsLabelIsNoWriter()
    {
        Assert.False(BylineParser.TryParseNameLine("Social Sharing", out _));
    }

    [Fact]
    public void AWriterAndOutletBetweenMiddleDotsIsTheWriter()
    {
        Assert.True(BylineParser.TryParseNameLine("Solène Marchetti-Dubé · Harbour Radio News ·", out var author));

        Assert.Equal("Solène Marchetti-Dubé", author.Name);
    }

    [Fact]
    public void WritersStackedWithTheirOutletsAfterACommaAreAllTheByline()
    {
        const string Page = "Minister survives no-confidence vote over overtime scandal\n\nRimantė Vaitkutė-Sirvydė, LRKT.lt\nTadas Obelienis, BNS\n\n"
            + "The interior minister survived a vote of no confidence on Thursday after a debate of four hours over unpaid overtime for border guards.\n\n"
            + "The opposition said it would try again in the spring session.\n";

        var draft = NewsDocumentParser.Parse(Page);

        Assert.Equal(["Rimantė Vaitkutė-Sirvydė", "Tadas Obelienis"], draft.Byline);
    }

    [Fact]
    public void AWriterAfterWithIsASecondWriter()
    {
        Assert.True(BylineParser.TryParseByLine("by Ilinca VORONEANU, with Kerem Aydınoğlu in Comrat", out var authors));

        Assert.Equal(["Ilinca VORONEANU", "Kerem Aydınoğlu"], authors.Select(a => a.Name));
    }
}
