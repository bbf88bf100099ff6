namespace NewsApi.Ingestion.Tests.Layout;

/// <summary>A feature's standfirst of two or three sentences over its byline; every name is invented.</summary>
public sealed class LongStandfirstTests
{
    private const string Standfirst =
        "For generations the marshes of the Varn estuary were fed by a river that seemed endless. Now, with dams upstream holding "
        + "back the silt and the sea pushing further inland every dry season, the farmers who grew rice there for centuries are "
        + "learning to farm shrimp, to plant salt-tolerant seed or to leave for the factories of the coast.";

    [Fact]
    public void AParagraphOfThreeSentencesOverTheBylineAndTheLeadIsTheStandfirst()
    {
        var draft = NewsDocumentParser.Parse($"""
            The salt is coming: estuary farmers race to adapt

            {Standfirst}

            Words by Maren Tveitane
            12 June 2025

            On a hot morning in late March, a farmer dips a refractometer into the canal behind his house and squints at the reading.

            Four grams of salt per litre is too much for the young rice, he says, and it was two grams a week ago.
            """);

        Assert.Equal(Standfirst, draft.Standfirst);
        Assert.StartsWith("On a hot morning", draft.Body[0], StringComparison.Ordinal);
    }

    [Fact]
    public void APagesOneParagraphOverADateStaysItsText()
    {
        var draft = NewsDocumentParser.Parse($"""
            The salt is coming: estuary farmers race to adapt

            {Standfirst}

            12 June 2025
            """);

        Assert.Contains(Standfirst, draft.Body);
    }
}
