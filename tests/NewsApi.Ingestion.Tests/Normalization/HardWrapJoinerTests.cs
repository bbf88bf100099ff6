namespace NewsApi.Ingestion.Tests.Normalization;

/// <summary>Plain text wrapped at a fixed width (a PDF's text, an e-mail) is read as paragraphs, not printed lines; every name is invented.</summary>
public sealed class HardWrapJoinerTests
{
    private const string WrappedStatement = """
        TARRANT VALE DISTRICT PROSECUTOR

        MEDIA STATEMENT
        FOR IMMEDIATE RELEASE

        FORMER DEPOT MANAGER SENTENCED TO 9 YEARS FOR FUEL CARD FRAUD

        The Tarrant Vale Regional Court on Tuesday sentenced former depot manager
        Kelechi Okonjo-Reyes (51) to an effective nine years' imprisonment for fraud
        and theft involving more than 4,000 fuel card transactions over three years.

        The court heard that Okonjo-Reyes issued cards to vehicles that had been sold
        or scrapped, and used them to fill private cars and jerry cans that were then
        resold at a discount to taxi owners in the district.

        In mitigation, counsel for the accused told the court that he had repaid part
        of the money and was the sole provider for his elderly mother and two sons.

        Magistrate Ruth Adeyemi-Lowe said the offences had hurt every ratepayer in the
        district. "Money meant for buses and ambulances was poured into private cars,"
        she said.
        """;

    [Fact]
    public void AWrappedParagraphIsReadAsOne()
    {
        var draft = NewsDocumentParser.Parse(WrappedStatement);

        Assert.StartsWith("The Tarrant Vale Regional Court on Tuesday sentenced former depot manager Kelechi Okonjo-Reyes (51)", draft.Body[0], StringComparison.Ordinal);
        Assert.EndsWith("over three years.", draft.Body[0], StringComparison.Ordinal);
        Assert.Equal(4, draft.Body.Count);
    }

    [Fact]
    public void AHeadingInCapitalsStaysApartFromTheTextUnderIt()
    {
        var draft = NewsDocumentParser.Parse(WrappedStatement);

        Assert.DoesNotContain(draft.Body, p => p.Contains("FOR IMMEDIATE RELEASE", StringComparison.Ordinal));
        Assert.Equal("FORMER DEPOT MANAGER SENTENCED TO 9 YEARS FOR FUEL CARD FRAUD", draft.Headline);
    }

    [Fact]
    public void ParagraphsWrittenOnOneLineEachAreLeftAsTheyAre()
    {
        // Guard: lines of any length, one paragraph each, as a browser's text of a page gives them.
        var draft = NewsDocumentParser.Parse("""
            Depot manager jailed for fuel card fraud

            The Tarrant Vale Regional Court on Tuesday sentenced former depot manager Kelechi Okonjo-Reyes to nine years.
            He issued cards to vehicles that had been sold.
            Counsel for the accused told the court that he had repaid part of the money and was the sole provider for his mother.
            Magistrate Ruth Adeyemi-Lowe said the offences had hurt every ratepayer in the district.
            """);

        Assert.Contains(draft.Body, p => p == "He issued cards to vehicles that had been sold.");
    }
}
