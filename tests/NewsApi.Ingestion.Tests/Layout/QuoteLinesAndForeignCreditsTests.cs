namespace NewsApi.Ingestion.Tests.Layout;

/// <summary>Rows under a site's name, a name and job title after a bar, a share's quote line and credits labelled in other languages; every name is invented.</summary>
public sealed class QuoteLinesAndForeignCreditsTests
{
    [Fact]
    public void ARowOfSectionsUnderTheMastheadIsNotTheHeadline()
    {
        var draft = NewsDocumentParser.Parse("""
            LUMINAR
            Film · TV · Music · Stage — the islands and beyond
            Home   Movies   TV & Streaming   Music   Stage   Festivals   Awards Season   Videos

            Festivals

            ‘The Last Boat’ sweeps island film festival as Ma. Lourdes Penhallow wins best actress at 71

            The director's village drama takes four prizes in Port Selwyn, including best film and best director

            Words: Tamsin Quarrendon | Photos: Rafe Penhallow
            16 Nov 2025 21:12 PHT

            Share this story   Facebook   X   Threads   Copy link

            The director (center) with her cast after the awards night on Sunday. Photo: Rafe Penhallow/LUMINAR

            Consolata Ibarra's “The Last Boat” won best film at the 9th Island International Film Festival (IIFF) on Sunday night, one of four awards for the drama about a family of fishermen.

            Ibarra, 44, also won best director, while veteran actress Lourdes Penhallow, 71, took best actress for her role as the family's widowed matriarch.
            """);

        Assert.Equal("‘The Last Boat’ sweeps island film festival as Ma. Lourdes Penhallow wins best actress at 71", draft.Headline);
    }

    [Fact]
    public void ANameAndJobTitleAfterABarIsTheByline()
    {
        var draft = NewsDocumentParser.Parse("""
            Markets | Companies | Earnings

            Heat-pump maker's shares slump as German slowdown wipes out its profit

            Liisa Vaarnamo-Ekholm | Reporter
            23 October 2025 09:47

            Shares in the heat-pump maker Kylmavik fell more than 11 per cent in Stockholm on Thursday after it reported a 71 per cent drop in operating profit.

            The company said demand in Germany, its biggest market, would stay weak into next year, and that it would cut 140 jobs at its plant there.
            """);

        Assert.Equal(["Liisa Vaarnamo-Ekholm"], draft.Byline);
    }

    [Fact]
    public void AShareQuoteLineAndAForeignPhotoCreditAreNotBody()
    {
        var draft = NewsDocumentParser.Parse("""
            Heat-pump maker's shares slump as German slowdown wipes out its profit

            By Liisa Vaarnamo-Ekholm
            23 October 2025 09:47

            KYLM B   SEK 96.35   −12.40 (−11.4%)   Nasdaq Stockholm · 10:58 CEST

            Workers on the heat-pump assembly line in the company's plant.
            Foto: Kylmavik Pressebild

            Shares in the heat-pump maker Kylmavik fell more than 11 per cent in Stockholm on Thursday after it reported a 71 per cent drop in operating profit.

            The company said demand in Germany, its biggest market, would stay weak into next year, and that it would cut 140 jobs at its plant there.
            """);

        Assert.DoesNotContain(draft.Body, paragraph => paragraph.Contains("96.35", StringComparison.Ordinal) || paragraph.StartsWith("Foto", StringComparison.Ordinal));
        Assert.StartsWith("Shares in the heat-pump maker", draft.Body[0], StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("This story was produced with support from the Highland Journalism Fund. The Ledger retains full editorial independence.")]
    [InlineData("Reporting for this article was funded by the Brennock Foundation.")]
    public void AFundingNoteUnderTheStoryIsChrome(string note)
    {
        var draft = NewsDocumentParser.Parse($"""
            Lake pollution threatens fishing villages

            By Tamsin Quarrendon
            18 November 2025

            Pollution from a river and a fast-growing city now threatens fishing communities on both shores of the lake, a report says.

            The report recommends that both countries ban new discharges of untreated wastewater into the lake by 2030.

            {note}

            Topics: Lakes · Water pollution
            """);

        Assert.Equal(2, draft.Body.Count);
    }

    [Fact]
    public void DirekBeforeADirectorsNameIsATitle()
    {
        var draft = NewsDocumentParser.Parse("""
            Fishing drama wins at the festival

            “We shot it in twenty-three days,” said Direk Consolata Ibarra-Maglente, who also won best director.
            """);

        Assert.Contains(draft.People, p => p.Name == "Consolata Ibarra-Maglente");
    }
}
