namespace NewsApi.Ingestion.Tests.Html;

/// <summary>Pages whose content is a table: a roster, a table of statistics.</summary>
public sealed class HtmlTablePageTests
{
    private static readonly string[] Names = ["Arne Holt", "Bjorn Lisle", "Carl Mendes", "Dag Orwell", "Erik Pallas", "Finn Quarry",
        "Gunnar Rusk", "Hakon Sable", "Ivar Tolland", "Jens Ulrik", "Knut Varne", "Lars Wendel"];

    [Fact]
    public void AStatisticsTableIsTheContentOfAPageWithOneShortNote()
    {
        // Cell by cell, every figure was a label of a few characters and the table weighed as a menu; the note under the
        // heading was the only prose, so it was the whole body. Row by row, the table reads as the page's lines.
        var rows = string.Concat(Names.Select((name, i) => $"""
            <tr><td>{i + 1}</td><td>{name}</td><td>Varnholm Hawks</td><td>{130 - i}</td><td>{500 + i}</td><td>.{320 - i}</td><td>.{390 - i}</td><td>.{450 - i}</td></tr>
            """));
        var html = $"""
            <html><head><title>Batting statistics</title></head><body>
            <nav><a href="/">Home</a> <a href="/teams">Teams</a> <a href="/stats">Stats</a></nav>
            <h1>Batting statistics</h1>
            <div class="stats"><table><thead><tr><th>Rank</th><th>Player</th><th>Team</th><th>G</th><th>AB</th><th>AVG</th><th>OBP</th><th>SLG</th></tr></thead>
            <tbody>{rows}</tbody></table>
            <p class="note">A batter must have 3.1 plate appearances per game played to qualify for the league lead in average.</p></div>
            </body></html>
            """;

        var draft = NewsDocumentParser.ParseHtml(html);

        Assert.Contains(draft.Body, p => p.Contains("Arne Holt", StringComparison.Ordinal));
        Assert.Contains(draft.Body, p => p.Contains("Lars Wendel", StringComparison.Ordinal));
    }

    [Fact]
    public void ARosterWhoseNamesAreLinkedIsTheContentOfAPageWithoutProse()
    {
        // Short rows with a linked name in each: nothing on the page is prose, and the rows' links made them menu lines.
        var rows = string.Concat(Names.Select((name, i) => $"""
            <tr><td>{i + 10}</td><td><a href="/player/{i}">{name}</a></td><td>R/R</td><td>6'{i % 5}"</td><td>{190 + i}lbs</td></tr>
            """));
        var html = $"""
            <html><head><title>Varnholm Hawks roster</title></head><body>
            <nav><ul><li><a href="/">Home</a></li><li><a href="/tickets">Tickets</a></li><li><a href="/shop">Shop</a></li></ul></nav>
            <h1>Active roster</h1>
            <h4>Pitchers</h4>
            <table class="roster"><thead><tr><th>#</th><th>Name</th><th>B/T</th><th>Ht</th><th>Wt</th></tr></thead>
            <tbody>{rows}</tbody></table>
            </body></html>
            """;

        var draft = NewsDocumentParser.ParseHtml(html);

        Assert.Contains(draft.Body, p => p.Contains("Arne Holt", StringComparison.Ordinal));
        Assert.Contains(draft.Body, p => p.Contains("Lars Wendel", StringComparison.Ordinal));
    }

    [Fact]
    public void AProfileOverItsListOfWorksKeepsTheList()
    {
        // The biography is the page's only prose; the list of works under it, one short line each, is most of what the page says.
        var works = string.Concat(Enumerable.Range(0, 30).Select(i => $"<li>The Harbour Years, season {i + 1} ({1990 + i}) as writer</li>"));
        var html = $"""
            <html><head><title>Mira Solberg</title></head><body>
            <nav><a href="/">Home</a> <a href="/people">People</a></nav>
            <div class="profile"><h1>Mira Solberg</h1>
              <p class="bio">Mira Solberg was born on 3 May 1961 in Varnholm. She is a writer and producer, known for The Harbour Years,
              a drama she wrote for thirty seasons, and for two plays about the fishing towns of the north coast where she grew up.
              She studied at the drama school in Osterby, taught there for six years, and has won four national awards for her writing.</p>
              <h2>Filmography</h2><ul class="works">{works}</ul></div>
            </body></html>
            """;

        var draft = NewsDocumentParser.ParseHtml(html);

        Assert.Contains(draft.Body, p => p.StartsWith("Mira Solberg was born", StringComparison.Ordinal));
        Assert.Contains("The Harbour Years, season 30 (2019) as writer", draft.Body);
    }

    [Fact]
    public void ATableThatEndsTheArticleIsReadWholeAfterItsLongHeaderRow()
    {
        // The header row is long enough to read as prose, so it was the article's last block, and the short rows under it
        // were cut as what follows an article.
        var rows = string.Concat(Names.Take(8).Select((name, i) => $"<tr><td>{i + 1}</td><td>{name}</td><td>{40 - i}</td><td>{12 + i}%</td></tr>"));
        var html = $"""
            <html><head><title>The league's best passers</title></head><body>
            <article><h1>The league's best passers</h1>
            <p>Eight players completed more than four hundred passes this season, the most the league has seen since its clubs moved to summer football.</p>
            <p>Arne Holt led them all for the second year running, and his club said on Friday that it had offered him a new three-year contract.</p>
            <table><tr><th>Position in the league's passing table this season</th><th>Player and the club he played most of his games for</th>
            <th>Matches started in all competitions</th><th>Share of passes into the final third of the pitch</th></tr>{rows}</table>
            </article>
            <footer><p>Copyright the Varnholm Sports Desk.</p></footer>
            </body></html>
            """;

        var draft = NewsDocumentParser.ParseHtml(html);

        Assert.Contains(draft.Body, p => p.Contains("Bjorn Lisle", StringComparison.Ordinal));
        Assert.Contains(draft.Body, p => p.Contains("Hakon Sable", StringComparison.Ordinal));
    }
}
