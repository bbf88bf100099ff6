using NewsApi.Ingestion.Layout;

namespace NewsApi.Ingestion.Tests.Layout;

/// <summary>A person's name with the outlet after a comma, told from a headline that opens with a name. All text made up here.</summary>
public sealed class NameWithOutletHeadlineTests
{
    [Theory]
    [InlineData("Mara Quist, Bayport Courier", true)]
    [InlineData("Mara Quist, file", true)]
    [InlineData("Mara Quist, 86: Bayport's first pilot", false)]
    [InlineData("Jane Roe, 41: last ferry skipper", false)]
    public void ColonAfterTheNamesCommaMakesAHeadlineNotAnOutlet(string line, bool neverHeadline) =>
        Assert.Equal(neverHeadline, HeadlineLines.IsNeverHeadline(line));
}
