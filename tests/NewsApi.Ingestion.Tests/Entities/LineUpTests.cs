namespace NewsApi.Ingestion.Tests.Entities;

/// <summary>A match report's line-ups and its list of cards; every name is invented.</summary>
public sealed class LineUpTests
{
    private const string Report = """
        Brezovac edge Tarnavik in late thriller

        Brezovac Rovers beat Tarnavik Athletic 2-1 on Sunday after striker Luka Kolendić scored in stoppage time.

        Brezovac Rovers (4-3-3): Ostrolić; Haznedar, Pelivuk, Mirzavet, Kolar; Zorić, Kolendić, Babić.
        Tarnavik Athletic (4-2-3-1): Vuković; Mirković, Draženić, Bašić; Ljubić.
        Yellow cards: Haznedar 38, Mirzavet 52 | Draženić 30
        """;

    [Fact]
    public void SurnamesInALineUpOrAListOfCardsAreNoOrganizations()
    {
        var draft = NewsDocumentParser.Parse(Report);

        Assert.DoesNotContain(draft.Organizations, o => o.Name is "Haznedar" or "Mirković" or "Draženić" or "Mirzavet");
        Assert.Contains(draft.Organizations, o => o.Name == "Tarnavik Athletic");
    }
}
