namespace NewsApi.Ingestion.Tests.Layout;

/// <summary>A wire's dateline in capitals opening the row of the date stamp and the byline. Every name is invented.</summary>
public sealed class WireDatelinesBeforeStampsAndBylinesTests
{
    private const string Headline = "Port authority and shipping line agree to double container berths by 2029\n\n";

    private const string Article =
        "The port authority and a regional shipping line signed an agreement on Thursday to build four new container berths, "
        + "doubling the terminal's capacity by the end of 2029.\n\n"
        + "\"Ships wait three days at anchor today; that ends with this deal,\" port director Harun Belqadi said at the signing.\n";

    [Fact]
    public void TheDatelineBeforeAStampAndAByLineLeavesTheDateAndTheWriters()
    {
        var draft = NewsDocumentParser.Parse(
            Headline + "AMMAN — 28 November 2026, 08:45 GMT — By Meliha Dervanoglu and Idris Kaltebari\n\n" + Article);

        Assert.Equal(["Meliha Dervanoglu", "Idris Kaltebari"], draft.Byline);
        Assert.Equal(new DateTimeOffset(2026, 11, 28, 8, 45, 0, TimeSpan.Zero), draft.PublishedAt);
        Assert.Contains("Amman", draft.Places);
        Assert.DoesNotContain(draft.People, person => person.Name.Equals("AMMAN", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public void AStoryFiledFromTwoCitiesNamesBothAsPlaces()
    {
        var draft = NewsDocumentParser.Parse(
            Headline + "AMMAN/BEIRUT — 28 November 2026, 08:45 GMT — By Nour Zeidani-Faris\n\n" + Article);

        Assert.Equal(["Nour Zeidani-Faris"], draft.Byline);
        Assert.NotNull(draft.PublishedAt);
        Assert.Contains("Amman", draft.Places);
        Assert.Contains("Beirut", draft.Places);
    }

    [Theory]
    [InlineData("AMMAN — The port authority and a regional shipping line signed an agreement on Thursday to build four new container berths.", "The port authority")]
    [InlineData("AMMAN - From Syrian Refugees and Iraqi Christians to Bedouin herders, about 40,000 people voted on Tuesday in the city's first local election.", "From Syrian")]
    public void ALeadAfterTheDatelineStaysTheBodysFirstParagraph(string lead, string opening)
    {
        var draft = NewsDocumentParser.Parse(Headline + lead + "\n\n" + Article);

        Assert.Equal("AMMAN", draft.Dateline);
        Assert.StartsWith(opening, draft.Body[0], StringComparison.Ordinal);
        Assert.Empty(draft.Byline);
    }
}
