using NewsApi.Ingestion.Layout;

namespace NewsApi.Ingestion.Tests.Layout;

/// <summary>A search box's placeholder that names what it searches ("Search all Fendlebay Harbour News"). All text made up here.</summary>
public sealed class ScopedSearchPromptTests
{
    [Theory]
    [InlineData("Search all Fendlebay Harbour News", true)]
    [InlineData("Search our ferry timetables", true)]
    [InlineData("Search this site", true)]
    // A headline about a search has a clause after the verb, not a site's name of a few words.
    [InlineData("Search all the harbour's boats after a fishing crew went missing off the north quay", false)]
    [InlineData("Search for missing Fendlebay skipper called off at dusk", false)]
    public void ScopedSearchBoxPlaceholderIsNeverAHeadline(string line, bool expected) =>
        Assert.Equal(expected, HeadlineLines.IsNeverHeadline(line));
}
