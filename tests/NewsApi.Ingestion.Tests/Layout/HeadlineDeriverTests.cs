using NewsApi.Ingestion.Layout;

namespace NewsApi.Ingestion.Tests.Layout;

public sealed class HeadlineDeriverTests
{
    [Theory]
    [InlineData("Earlier this week, a senior Chinese military officer visited Damascus to discuss closer ties between Syria and China.",
        "A senior Chinese military officer visited Damascus to discuss closer ties between Syria and China")]
    [InlineData("On Monday, a Senate subcommittee heard warnings about groundwater. Farmers disagreed.",
        "A Senate subcommittee heard warnings about groundwater")]
    [InlineData("Last year, the U.S. economy grew faster than expected.", "The U.S. economy grew faster than expected")]
    [InlineData("Two weeks ago, rebels seized the town.", "Rebels seized the town")]
    [InlineData("Mr. Smith resigned on Tuesday. He gave no reason.", "Mr. Smith resigned on Tuesday")]
    public void DerivesFromTheLeadSentenceWithoutTimePhraseOrFinalStop(string lead, string expected)
    {
        Assert.Equal(expected, HeadlineDeriver.Derive(lead));
    }

    [Fact]
    public void LongLeadIsCutAtAWordBoundary()
    {
        var lead = string.Join(' ', Enumerable.Repeat("Officials discussed the reconstruction of roads", 10)) + ".";

        var headline = HeadlineDeriver.Derive(lead);

        Assert.InRange(headline.Length, 1, HeadlineDeriver.MaxLength);
        Assert.StartsWith(headline, lead, StringComparison.Ordinal);
        Assert.Equal(' ', lead[headline.Length]);
    }
}
