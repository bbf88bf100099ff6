using NewsApi.Ingestion.Layout;

namespace NewsApi.Ingestion.Tests.Layout;

public sealed class TagLineParserTests
{
    [Theory]
    [InlineData("Tags: night trains | Vienna | Kraków", new[] { "night trains", "Vienna", "Kraków" })]
    [InlineData("Tags: cocoa, Ghana, agriculture", new[] { "cocoa", "Ghana", "agriculture" })]
    [InlineData("Topics: Moon, Space", new[] { "Moon", "Space" })]
    [InlineData("Filed under: Business, Technology, Hillsboro", new[] { "Business", "Technology", "Hillsboro" })]
    [InlineData("Labels: harbour, ferries, bike parking", new[] { "harbour", "ferries", "bike parking" })]
    [InlineData("Related Topics: #Ferries #Harbour #BayCouncil", new[] { "Ferries", "Harbour", "BayCouncil" })]
    [InlineData("Topics: Harbours / Ferries / AC/DC", new[] { "Harbours", "Ferries", "AC/DC" })]
    public void LabelledTagLinesAreSplit(string line, string[] expected)
    {
        Assert.True(TagLineParser.TryParseLabelled(line, out var tags));

        Assert.Equal(expected, tags);
    }

    [Fact]
    public void BareCommaLineIsATagLine()
    {
        Assert.True(TagLineParser.TryParseCommaLine("military, terrorism, talks, Syria, China", out var tags));

        Assert.Equal(["military", "terrorism", "talks", "Syria", "China"], tags);
    }

    [Theory]
    [InlineData("Workers repair a power line near the village of Ungheni, Moldova, January 12, 2021")]
    [InlineData("The company, which employs 1,200 people, said profits fell, analysts noted.")]
    [InlineData("energy, electricity")]
    public void SentencesAndShortPairsAreNotBareTagLines(string line)
    {
        Assert.False(TagLineParser.TryParseCommaLine(line, out _));
    }

    [Theory]
    [InlineData("About · Advertise · Privacy · Terms")]
    [InlineData("© 2025 The Quayside Ledger · Quayside Media Ltd · Harbour Road, Brennock · Terms · Privacy · Cookies")]
    [InlineData("© Revue Ondine SARL · Lomé · 2026 · Mentions légales · Confidentialité · Contact")]
    public void FooterRowsAreNotTagLines(string line)
    {
        Assert.False(TagLineParser.TryParseCommaLine(line, out _));
    }

    [Theory]
    [InlineData("Moon", new[] { "Moon" })]
    [InlineData("Natural disasters", new[] { "Natural disasters" })]
    [InlineData("Moon, Space, Science", new[] { "Moon", "Space", "Science" })]
    [InlineData("Moon | Space", new[] { "Moon", "Space" })]
    public void TagsUnderAHeaderComeOneOrSeveralPerLine(string line, string[] expected)
    {
        Assert.True(TagLineParser.TryParseUnderHeader(line, out var tags));

        Assert.Equal(expected, tags);
    }

    [Theory]
    [InlineData("#Ferries #Harbour #BayCouncil", new[] { "Ferries", "Harbour", "BayCouncil" })]
    [InlineData("#ferries #Ferries", new[] { "ferries" })]
    public void LineOfHashtagsIsATagLine(string line, string[] expected)
    {
        Assert.True(TagLineParser.TryParseHashtags(line, out var tags));

        Assert.Equal(expected, tags);
    }

    [Theory]
    [InlineData("#Ferries")]
    [InlineData("#Ferries are back on the bay")]
    [InlineData("We are #1 on the bay")]
    public void OneHashtagOrASentenceIsNoHashtagLine(string line) => Assert.False(TagLineParser.TryParseHashtags(line, out _));

    [Theory]
    [InlineData("Share: Facebook | X | LinkedIn | Email")]
    [InlineData("About us, Contact us, Advertise with us, Terms of use, Privacy policy")]
    public void ShareBarsAndFooterLinksAreNoTagLines(string line) => Assert.False(TagLineParser.TryParseCommaLine(line, out _));
}
