using NewsApi.Ingestion.Layout.Bylines;

namespace NewsApi.Ingestion.Tests.Layout;

/// <summary>"By" in the languages the parser reads most: Spanish and Portuguese "Por", French "Par", Italian "di", German "Von", Dutch "Door", Indonesian "Oleh".</summary>
public sealed class ForeignBylineTests
{
    [Theory]
    [InlineData("Por Lucía Parrandeo", new[] { "Lucía Parrandeo" })]
    [InlineData("Par Étienne Morvaulx", new[] { "Étienne Morvaulx" })]
    [InlineData("di Ilaria Vescotti", new[] { "Ilaria Vescotti" })]
    [InlineData("Von Henrike Daldrup", new[] { "Henrike Daldrup" })]
    [InlineData("Door Joost Verbeurgt", new[] { "Joost Verbeurgt" })]
    [InlineData("Oleh Wulan Sasmitapura", new[] { "Wulan Sasmitapura" })]
    [InlineData("di Graziella Ponticorvo | Milano", new[] { "Graziella Ponticorvo" })]
    public void ForeignByLinesGiveTheWriter(string line, string[] expected)
    {
        Assert.True(BylineParser.TryParseByLine(line, out var authors));

        Assert.Equal(expected, authors.Select(author => author.Name));
    }

    [Theory]
    [InlineData("Live updates by Oddny Lerfald and Bartholomew Quince (Tech desk)", new[] { "Oddny Lerfald", "Bartholomew Quince" })]
    [InlineData("By Sigrun Havelaar (Science desk)", new[] { "Sigrun Havelaar" })]
    public void ADeskInBracketsAfterTheLastWriterIsNoPartOfTheName(string line, string[] expected)
    {
        Assert.True(BylineParser.TryParseByLine(line, out var authors));

        Assert.Equal(expected, authors.Select(author => author.Name));
    }

    [Fact]
    public void APhotographersCreditBesideTheBylineNamesAContributor()
    {
        var draft = NewsDocumentParser.Parse("""
            Gallery

            The lighthouse keepers of the northern coast

            Text by Sigrun Havelaar · Photos by Tomasz Wielgórecki

            The last three keepers of the northern lighthouses still climb their towers every evening, though the lamps have run themselves for twenty years.

            Their logbooks, kept since 1911, record every storm, every wreck and every ship that passed in the night.
            """);

        Assert.Contains("Sigrun Havelaar", draft.Byline);
        Assert.Contains(draft.Contributors, contributor => contributor is { Name: "Tomasz Wielgórecki", Role: "photography" });
        Assert.Contains(draft.People, person => person.Name == "Tomasz Wielgórecki");
    }

    [Theory]
    [InlineData("Par for the course, said the coach.")]
    [InlineData("Von der Leyen met the ministers")]
    [InlineData("Por qué subió el precio")]
    [InlineData("Di Vescotti scored twice before the break.")]
    public void SentencesOpeningWithTheSameWordsAreNoBylines(string line)
    {
        Assert.False(BylineParser.TryParseByLine(line, out _));
    }

    [Fact]
    public void TheWriterOfAnItalianPageIsItsByline()
    {
        var draft = NewsDocumentParser.Parse("""
            Cronaca

            Il ponte riapre dopo due anni di lavori

            di Ilaria Vescotti
            12 marzo 2026

            Il ponte sul fiume riapre lunedì dopo due anni di lavori, ha detto il sindaco in una conferenza stampa in municipio.

            I lavori sono costati dodici milioni di euro e hanno chiuso la strada principale della valle per ventisei mesi.
            """);

        Assert.Contains("Ilaria Vescotti", draft.Byline);
        Assert.DoesNotContain(draft.People, person => person.Name.StartsWith("di ", StringComparison.Ordinal));
    }
}
