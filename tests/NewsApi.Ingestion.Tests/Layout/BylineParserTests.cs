using NewsApi.Ingestion.Layout.Bylines;

namespace NewsApi.Ingestion.Tests.Layout;

public sealed class BylineParserTests
{
    [Theory]
    [InlineData("By Jane Roe", new[] { "Jane Roe" })]
    [InlineData("By Jane Roe, Reuters", new[] { "Jane Roe" })]
    [InlineData("By Jane Roe | The Times", new[] { "Jane Roe" })]
    [InlineData("By JOANA RIBEIRO", new[] { "Joana Ribeiro" })]
    [InlineData("By SEAN MCDONALD and KATE O'NEILL", new[] { "Sean McDonald", "Kate O'Neill" })]
    [InlineData("By Jane Roe and John Doe", new[] { "Jane Roe", "John Doe" })]
    [InlineData("By Ann Lee, Bo Kim and Cy Park", new[] { "Ann Lee", "Bo Kim", "Cy Park" })]
    [InlineData("By Kojo Mensah-Bonsu, Accra", new[] { "Kojo Mensah-Bonsu" })]
    [InlineData("Posted by Halvard Brenneke", new[] { "Halvard Brenneke" })]
    [InlineData("Story by Ji-woo Park | Staff writer", new[] { "Ji-woo Park" })]
    [InlineData("By Jane Roe in London", new[] { "Jane Roe" })]
    [InlineData("Posted by Halvard Brenneke on February 27, 2013 at 11:31 am", new[] { "Halvard Brenneke" })]
    [InlineData("By Halvard Brenneke February 19, 2013", new[] { "Halvard Brenneke" })]
    [InlineData("By Jane Roe - 12 March 2024", new[] { "Jane Roe" })]
    [InlineData("By Jane Roe, 2 hours ago", new[] { "Jane Roe" })]
    [InlineData("By Theresa May", new[] { "Theresa May" })]
    [InlineData("Posted on 8 November 2026 at 02:15 CET by Irena Vallo", new[] { "Irena Vallo" })]
    [InlineData("Published March 3, 2024 by Ana Lopes", new[] { "Ana Lopes" })]
    [InlineData("Reporter: Sigrid Nordvik Aas", new[] { "Sigrid Nordvik Aas" })]
    [InlineData("Writer: Siriporn Thammachot", new[] { "Siriporn Thammachot" })]
    [InlineData("Interview by Ewa Sobczak-Lenz", new[] { "Ewa Sobczak-Lenz" })]
    [InlineData("Live coverage by Katerina Zervou and Neil Ashcroft", new[] { "Katerina Zervou", "Neil Ashcroft" })]
    public void ByLinesGiveNamesAlone(string line, string[] expected)
    {
        Assert.True(BylineParser.TryParseByLine(line, out var authors));

        Assert.Equal(expected, authors.Select(a => a.Name));
    }

    [Theory]
    [InlineData("Story by Oskar Brandvik | Staff writer", "Staff writer")]
    [InlineData("by Oskar Brandvik · Europe tech editor", "Europe tech editor")]
    [InlineData("By Oskar Brandvik • Science correspondent", "Science correspondent")]
    [InlineData("By Oskar Brandvik | Senior business reporter | The Ledger", "Senior business reporter")]
    [InlineData("By Oskar Brandvik | The Ledger", null)]
    public void TitleAfterABarIsTheAuthorsJobTitleOnlyWhenItReadsAsOne(string line, string? title)
    {
        Assert.True(BylineParser.TryParseByLine(line, out var authors));

        var author = Assert.Single(authors);
        Assert.Equal("Oskar Brandvik", author.Name);
        Assert.Equal(title, author.Title);
    }

    [Theory]
    [InlineData("Priya Varnak, Court Reporter", "Priya Varnak", "Court Reporter")]
    [InlineData("Mara Quist, Harbour Correspondent", "Mara Quist", "Harbour Correspondent")]
    [InlineData("Liisa Vaarnamo-Ekholm | Reporter", "Liisa Vaarnamo-Ekholm", "Reporter")]
    public void ANameLineSplitsAtItsCommaBeforeATitle(string line, string name, string title)
    {
        Assert.True(BylineParser.TryParseNameLine(line, out var author));

        Assert.Equal(name, author.Name);
        Assert.Equal(title, author.Title);
    }

    [Theory]
    [InlineData("By Kwabena Asante-Darko, Legal Affairs Correspondent", "Legal Affairs Correspondent")]
    [InlineData("By Kwabena Asante-Darko, Senior Political Editor", "Senior Political Editor")]
    public void ATitleOfCapitalizedWordsAfterACommaIsNoSecondAuthor(string line, string title)
    {
        Assert.True(BylineParser.TryParseByLine(line, out var authors));

        var author = Assert.Single(authors);
        Assert.Equal("Kwabena Asante-Darko", author.Name);
        Assert.Equal(title, author.Title);
    }

    [Fact]
    public void AStoryLabelOpensAByline()
    {
        Assert.True(BylineParser.TryParseByLine("Story: Tamsin Quarrendon | Photos: Rafe Penhallow", out var authors));

        Assert.Equal("Tamsin Quarrendon", Assert.Single(authors).Name);
    }

    [Fact]
    public void TitleAfterCommaIsKeptApartFromTheName()
    {
        Assert.True(BylineParser.TryParseByLine("By Suresh Pillai, Science correspondent", out var authors));

        var author = Assert.Single(authors);
        Assert.Equal("Suresh Pillai", author.Name);
        Assert.Equal("Science correspondent", author.Title);
    }

    [Theory]
    [InlineData("Suresh Pillai Science correspondent", "Suresh Pillai", "Science correspondent")]
    [InlineData("Laura Smith Political Editor", "Laura Smith", "Political Editor")]
    [InlineData("Sólveig Einarsdóttir in Reykjavík", "Sólveig Einarsdóttir", null)]
    [InlineData("Carmen Quispe Huamán", "Carmen Quispe Huamán", null)]
    public void NameLineSplitsNameAndTitle(string line, string name, string? title)
    {
        Assert.True(BylineParser.TryParseNameLine(line, out var author));

        Assert.Equal(name, author.Name);
        Assert.Equal(title, author.Title);
    }

    [Theory]
    [InlineData("Rin Takeda and Nur Aisyah Rahman", new[] { "Rin Takeda", "Nur Aisyah Rahman" })]
    [InlineData("Ann Lee, Bo Kim & Cy Park", new[] { "Ann Lee", "Bo Kim", "Cy Park" })]
    public void NameListLineGivesEveryAuthor(string line, string[] expected)
    {
        Assert.True(BylineParser.TryParseNameListLine(line, out var authors));

        Assert.Equal(expected, authors.Select(a => a.Name));
    }

    [Theory]
    [InlineData("Most Read from Bloomberg")]
    [InlineData("Trade and investment")]
    [InlineData("Ann Lee")]
    public void OtherHeadLinesAreNotNameLists(string line)
    {
        Assert.False(BylineParser.TryParseNameListLine(line, out _));
    }

    [Theory]
    [InlineData("By signing up you agree to our Terms and Privacy Policy.")]
    [InlineData("By the end of 2024, the company will have cut 1,200 jobs.")]
    [InlineData("By contrast, Smith said the plan was fine.")]
    public void SentencesStartingWithByAreNotBylines(string line)
    {
        Assert.False(BylineParser.TryParseByLine(line, out _));
    }

    [Theory]
    [InlineData("JOANA RIBEIRO", "Joana Ribeiro")]
    [InlineData("MCDONALD", "McDonald")]
    [InlineData("O'NEILL", "O'Neill")]
    [InlineData("ANA DE LA CRUZ", "Ana de la Cruz")]
    [InlineData("Mixed Case Stays", "Mixed Case Stays")]
    public void CapitalizedNamesAreTitleCased(string printed, string expected)
    {
        Assert.Equal(expected, PersonNameText.FixCapitals(printed));
    }
}
