namespace NewsApi.Ingestion.Tests.Layout;

/// <summary>A masthead's date of the day above the story's own stamp; every name is invented.</summary>
public sealed class MastheadDateTests
{
    private static ArticleDraft ParseUnderMasthead(string stamp) => NewsDocumentParser.Parse($"""
        Monday, 1 December 2025

        Harbour surgery lists grow as nurses leave

        By Rana Qudsieh

        {stamp}

        Patients at the Harbour District Hospital wait up to eleven months for routine surgery, an audit published on Sunday found.

        The hospital lost a fifth of its nurses last year, the audit said, most of them to private clinics abroad.
        """);

    [Fact]
    public void TheStampToTheMinuteWinsOverTheMastheadsDayOfTheSameDate()
    {
        var draft = ParseUnderMasthead("Published: 01/12/2025 11:45 AM (GMT+3)");

        Assert.Equal(new DateTimeOffset(2025, 12, 1, 8, 45, 0, TimeSpan.Zero), draft.PublishedAt);
        Assert.False(draft.PublishedDateOnly);
    }

    [Fact]
    public void AStampOfAnotherDayLeavesTheFirstDateAlone()
    {
        var draft = ParseUnderMasthead("Published: 27/11/2025 11:45 AM (GMT+3)");

        Assert.Equal(new DateTimeOffset(2025, 12, 1, 0, 0, 0, TimeSpan.Zero), draft.PublishedAt);
    }

    [Fact]
    public void TheMonthOpeningAStampIsNoDatelinePlace()
    {
        var draft = NewsDocumentParser.Parse("""
            Runoff looms as count ends in Floridablanca

            By Valentina Ortegón Suárez
            March 16, 2025 | 10:52 PM COT

            Two candidates will meet in a runoff after the count ended on Sunday night, the registrar's office said.

            Turnout was 48 per cent, down from 53 per cent four years ago, the office said.
            """);

        Assert.DoesNotContain("March", draft.Places);
        Assert.Null(draft.Dateline);
    }
}
