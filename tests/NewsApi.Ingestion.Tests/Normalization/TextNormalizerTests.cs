using NewsApi.Ingestion.Normalization;

namespace NewsApi.Ingestion.Tests.Normalization;

public sealed class TextNormalizerTests
{
    [Fact]
    public void NonBreakingAndOtherUnicodeSpacesBecomeOneSpace()
    {
        var result = TextNormalizer.Normalize("with\u00A0the\u2009Romanian\u202Fgenerator\u3000now");

        Assert.Equal("with the Romanian generator now", result);
    }

    [Fact]
    public void TabsAndRunsOfSpacesAreFoldedAndIndentationRemoved()
    {
        var result = TextNormalizer.Normalize("    Indented\t\tline   with  gaps   \n\tnext");

        Assert.Equal("Indented line with gaps\nnext", result);
    }

    [Fact]
    public void ZeroWidthCharactersAreRemoved()
    {
        var result = TextNormalizer.Normalize("\uFEFFZero\u200Bwidth\u200Cjoin\u2060er");

        Assert.Equal("Zerowidthjoiner", result);
    }

    [Fact]
    public void CrlfAndCrBecomeLfAndBlankRunsCollapse()
    {
        var result = TextNormalizer.Normalize("one\r\ntwo\rthree\n\n\n\nfour\n\n");

        Assert.Equal("one\ntwo\nthree\n\nfour", result);
    }

    [Fact]
    public void CurlyQuotesAndDashesAreKept()
    {
        const string text = "“Quoted” — China’s ‘stamp out’ – done";

        Assert.Equal(text, TextNormalizer.Normalize(text));
    }

    [Fact]
    public void DecomposedLettersAreComposed()
    {
        var result = TextNormalizer.Normalize("Ku\u0308nstler");

        Assert.Equal("K\u00FCnstler", result);
    }
}
