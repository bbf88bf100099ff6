using NewsApi.Ingestion.Layout.Chrome;

namespace NewsApi.Ingestion.Tests.Layout;

/// <summary>A broadcaster's page: closed captions under the video, then the story with its dateline; every name is invented.</summary>
public sealed class CaptionTranscriptTests
{
    [Theory]
    [InlineData("CC  >> COUNCIL WRAPPED UP JUST BEFORE TEN. THE BUDGET NOW GOES TO THE FINANCE DEPARTMENT...")]
    [InlineData(">> WE ARE LIVE OUTSIDE THE COURTHOUSE WHERE THE JURY IS STILL OUT.")]
    public void ClosedCaptionsAreChrome(string line) => Assert.True(ChromeDetector.IsChrome(line));

    [Fact]
    public void AQuotedExchangeInTheStoryIsNot() =>
        Assert.False(ChromeDetector.IsChrome("CC Harwell, the council's clerk, read the result aloud at 9.58 p.m."));

    [Fact]
    public void TheStoryUnderTheCaptionsKeepsItsDateline()
    {
        var draft = NewsDocumentParser.Parse("""
            Harbour council passes budget after marathon debate

            The 8-4 vote came just before 10 p.m. after residents packed the chamber.

            Author: Delphine Okonjo-Marr
            Published: 6:47 PM EST December 3, 2024

            CC  >> COUNCIL WRAPPED UP JUST BEFORE TEN. THE BUDGET NOW GOES TO THE FINANCE DEPARTMENT...

            TOLEDO (WKRT) — Toledo City Council approved a general fund budget for 2025 on Tuesday night, after a three-hour debate over police overtime.

            The budget passed 8-4. It includes a raise for city employees, said council president Marisol Vantongeren.
            """);

        Assert.Equal("TOLEDO", draft.Dateline);
        Assert.DoesNotContain(draft.Body, paragraph => paragraph.Contains(">>", StringComparison.Ordinal));
        Assert.DoesNotContain(draft.People, p => p.Name.Equals("Toledo", StringComparison.OrdinalIgnoreCase));
    }
}
