namespace NewsApi.Ingestion.Tests.Entities;

/// <summary>Words in capitals that abbreviate a term, a zone, a currency or a ticker, and a page's stamp, which name no organization; every name is invented.</summary>
public sealed class AbbreviationTests
{
    [Fact]
    public void AnAbbreviationSpelledOutInLowerCaseIsATermNotAnOrganization()
    {
        var draft = NewsDocumentParser.Parse("""
            Pill slows lung scarring in trial

            The drugmaker Pellamont Therapeutics said on Tuesday its pill slowed chronic renal sclerosis (CRS) in a trial of 410 patients.

            Patients with CRS who took the pill lost less kidney function over a year, the company said.
            """);

        Assert.DoesNotContain(draft.Organizations, o => o.Name == "CRS");
        Assert.Contains(draft.Organizations, o => o.Name == "Pellamont Therapeutics");
    }

    [Fact]
    public void ALegendBelowATableSpellsOutTheAbbreviationsOfItsRows()
    {
        var draft = NewsDocumentParser.Parse("""
            Vantholm wins the 800m

            Ilse Vantholm won the women's 800m on Saturday, holding off Sigrun Okkerlund in the final straight.

            Women's 800m: 1. Ilse Vantholm (Norway) 1:58.12 QB; 2. Sigrun Okkerlund (Sweden) 1:58.90 LQ

            QB = qualifying best; LQ = lucky qualifier

            The final is on Sunday evening, when the top eight run again for the title.
            """);

        Assert.DoesNotContain(draft.Organizations, o => o.Name is "QB" or "LQ");
        Assert.DoesNotContain(draft.People, p => p.Name is "QB" or "LQ");
    }

    [Fact]
    public void AZoneAfterAClockTimeACurrencyPairAndAThingsAbbreviationNameNobody()
    {
        var draft = NewsDocumentParser.Parse("""
            Central bank cuts its rate

            Edda Rosenkvist in Glenholm 18.05.2025 · 22:41 PKZ

            The central bank cut its main rate by a quarter point on Thursday, said governor Edda Rosenkvist, who warned that AI would change banking.

            EUR/QZK 25.2790 +0.1120 +0.44%

            The crown weakened after the decision.
            """);

        Assert.DoesNotContain(draft.Organizations, o => o.Name is "PKZ" or "QZK" or "EUR" or "AI");
    }

    [Fact]
    public void ATickerOnAMarketStripIsNoOrganization()
    {
        var draft = NewsDocumentParser.Parse("""
            Cloud maker's shares jump

            VRXL $208.14 ▲ 11.2% After hours

            Shares of Verelux Cloud rose after the company raised its forecast on Tuesday, chief executive Corrin Quennell said.
            """);

        Assert.DoesNotContain(draft.Organizations, o => o.Name == "VRXL");
    }

    [Fact]
    public void APagesUpdateStampBeforeItsDateIsNoTeamBeforeAScore()
    {
        var draft = NewsDocumentParser.Parse("""
            Late penalty lifts the hosts

            Sigrun Okkerlund in Glenholm 18.05.2025 · 22:41 | Updated 19.05.2025 · 09:15

            Glenholm Rovers climbed into the play-off places on Sunday night after their captain converted a penalty in stoppage time.
            """);

        Assert.DoesNotContain(draft.Organizations, o => o.Name == "Updated");
    }

    [Theory]
    [InlineData("PhD student")]
    [InlineData("MSc researcher")]
    [InlineData("AI engineer")]
    public void ADegreeOrAThingsAbbreviationBeforeATitleIsNoEmployer(string titled)
    {
        var draft = NewsDocumentParser.Parse($"""
            Grape study

            {titled} Tomás Vergara Lagos collects grape bunches for analysis at a vineyard in the valley on Tuesday.
            """);

        Assert.Contains(draft.People, p => p.Name == "Tomás Vergara Lagos");
        Assert.Empty(draft.Organizations);
    }

    [Fact]
    public void ACurrencysCodeBesideAnAmountAndAnEarningsMeasureNameNobody()
    {
        var draft = NewsDocumentParser.Parse("""
            Heat-pump maker's profit falls

            Shares in Kylmavik AB fell SEK 12.40 on Thursday after the company reported a 71 per cent drop in EBIT for the quarter.

            Its raw-nut supplier paid farmers 9,000 CFA francs a sack, said Ingeborg Solvang, the company's finance director.
            """);

        Assert.DoesNotContain(draft.Organizations, o => o.Name is "SEK" or "EBIT" or "CFA");
        Assert.Contains(draft.Organizations, o => o.Name.StartsWith("Kylmavik", StringComparison.Ordinal));
    }
}
