namespace NewsApi.Ingestion.Tests.Layout;

/// <summary>A photo's caption left without its credit's mark over the lead: the dateline still opens the story.</summary>
public sealed class DatelineUnderACaptionTests
{
    [Fact]
    public void TheDatelineOneParagraphDownGivesThePlace()
    {
        var draft = NewsDocumentParser.Parse("""
            SPORTS > COLLEGE

            From a church basement to a national title

            By Tamsin Quayle-Ardagh

            Orlaith Brennock cuts down the net after Sunday's championship game.

            DULUTH, Minn. — Thirty years ago the women's basketball team at the college practiced in a church basement with a low ceiling and a furnace in one corner.

            On Sunday night the team won the national title by nine points in front of four thousand travelling fans.
            """);

        Assert.Equal("DULUTH", draft.Dateline);
        Assert.Contains("Duluth", draft.Places);
        Assert.Contains(draft.Body, paragraph => paragraph.StartsWith("DULUTH, Minn. — Thirty years ago", StringComparison.Ordinal));
    }

    [Fact]
    public void ALongParagraphOverADatelineIsNoCaption()
    {
        var draft = NewsDocumentParser.Parse("""
            News

            The council votes on the harbour plan

            The council will vote on Tuesday on a plan to rebuild the harbour wall, after two winters of storms left the old wall cracked along most of its length and closed the slipway to the lifeboat for three months of last year, the mayor said.

            DULUTH, Minn. — The plan would cost twelve million dollars over four years.
            """);

        Assert.Null(draft.Dateline);
    }
}
