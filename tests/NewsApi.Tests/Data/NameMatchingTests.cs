using NewsApi.Ingest;

namespace NewsApi.Tests.Data;

/// <summary>The initials an organization is matched by to its acronym.</summary>
public sealed class NameMatchingTests
{
    [Theory]
    [InlineData("harbour board of the north", "hbn")]
    [InlineData("bank for international settlements", "bis")]
    [InlineData("marsh & vell", "mv")]
    [InlineData("institut de la mer", "im")]
    [InlineData("  kestrel   valley  trust ", "kvt")]
    [InlineData("kestrel", "")]
    [InlineData("the kestrel", "")]
    [InlineData("of and the", "")]
    [InlineData("", "")]
    public void InitialsAreTheFirstLettersOfTheWordsThatAreNotStopWords(string key, string expected) =>
        Assert.Equal(expected, NameMatching.Initials(key));

    [Fact]
    public void InitialsOfALongNameAreAllItsWords()
    {
        var key = string.Join(' ', Enumerable.Range(0, 200).Select(i => (char)('a' + (i % 26)) + "word"));

        Assert.Equal(string.Concat(Enumerable.Range(0, 200).Select(i => (char)('a' + (i % 26)))), NameMatching.Initials(key));
    }
}
