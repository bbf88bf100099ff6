using NewsApi.Ingestion.Layout.Images;

namespace NewsApi.Ingestion.Tests.Layout;

/// <summary>The caption answers kept for one parse give what a fresh reading gives, line by line.</summary>
public sealed class ImageCreditAnswersTests
{
    private const string Captioned = "Workers at the port. Picture: Ann Lee";
    private const string Prose = "Beijing also invested in the Syrian oil industry.";

    [Fact]
    public void ARememberedAnswerIsTheFirstAnswer()
    {
        ImageCreditParser.ForgetAnswers();
        var first = Read(Captioned);
        var again = Read(Captioned);

        Assert.Equal((true, "Workers at the port.", "Ann Lee"), first);
        Assert.Equal(first, again);
        Assert.Equal(Read(Prose), Read(Prose));
        Assert.False(Read(Prose).Found);
    }

    [Fact]
    public void EachLineKeepsItsOwnAnswerAndForgettingChangesNone()
    {
        ImageCreditParser.ForgetAnswers();
        var prose = Read(Prose);
        var captioned = Read(Captioned);
        ImageCreditParser.ForgetAnswers();

        Assert.Equal(captioned, Read(Captioned));
        Assert.Equal(prose, Read(Prose));
        Assert.NotEqual(prose, captioned);
    }

    private static (bool Found, string Caption, string Credit) Read(string line) =>
        (ImageCreditParser.TryParseCaptionWithCredit(line, out var caption, out var credit), caption, credit);
}
