using NewsApi.Ingestion.Layout.Dates;

namespace NewsApi.Ingestion.Tests.Layout;

public sealed class PublishedDateParserTests
{
    [Theory]
    [InlineData("00:44 GMT16 January 2021", "2021-01-16T00:44:00Z")]
    [InlineData("14:27 GMT 03.02.2021", "2021-02-03T14:27:00Z")]
    [InlineData("March 9, 2023 11:05 AM UTC", "2023-03-09T11:05:00Z")]
    [InlineData("Published: Tue 14 Nov 2023 16.30 GMT", "2023-11-14T16:30:00Z")]
    [InlineData("Updated 3:14 PM GMT, February 2, 2022", "2022-02-02T15:14:00Z")]
    [InlineData("2024-05-06T08:15:00+02:00", "2024-05-06T06:15:00Z")]
    [InlineData("2024-05-06T08:15:00Z", "2024-05-06T08:15:00Z")]
    [InlineData("2024-05-06T08:15:00+02:00 · 6 min read", "2024-05-06T06:15:00Z")]
    [InlineData("Published 17/10/2022 | 09:05 GMT", "2022-10-17T09:05:00Z")]
    [InlineData("03.02.2021 14:27", "2021-02-03T14:27:00Z")]
    [InlineData("Jan 8, 2024 at 6:12 p.m. EST", "2024-01-08T23:12:00Z")]
    [InlineData("February 14, 2024 5:42 PM GMT-3", "2024-02-14T20:42:00Z")]
    [InlineData("Published Nov 17, 2025 11:48 AM EST • Last updated 9 hours ago • 4 minute read", "2025-11-17T16:48:00Z")]
    [InlineData("Published 2025.11.20 14:32 | Updated 2025.11.20 17:05", "2025-11-20T14:32:00Z")]
    [InlineData("Nov.12.2025 at 2:35PM", "2025-11-12T14:35:00Z")]
    [InlineData("Publié le / Published on 03/02/2026 à 09h40", "2026-02-03T09:40:00Z")]
    [InlineData("Publicado em 12/03/2026 às 14h30", "2026-03-12T14:30:00Z")]
    [InlineData("8 January 2026, 14:32 (UYT)", "2026-01-08T17:32:00Z")]
    [InlineData("Friday 27 June 2025, 6.30pm FJT", "2025-06-27T06:30:00Z")]
    [InlineData("15 October 2025 | 14:32 WITA", "2025-10-15T06:32:00Z")]
    [InlineData("July 22, 2024 4:05 PM PDT", "2024-07-22T23:05:00Z")]
    [InlineData("Sunday, January 12, 2025 — 09:30 EAT", "2025-01-12T06:30:00Z")]
    [InlineData("Wed 21 Feb 2024 13.05 CET", "2024-02-21T12:05:00Z")]
    [InlineData("Wed 21 Jun 2023 13.05 CEST", "2023-06-21T11:05:00Z")]
    [InlineData("1 June 2023 10:00 BST", "2023-06-01T09:00:00Z")]
    [InlineData("1 June 2023 10:00 MSK", "2023-06-01T07:00:00Z")]
    [InlineData("1 June 2023 10:00 EEST", "2023-06-01T07:00:00Z")]
    [InlineData("1 June 2023 10:00 EET", "2023-06-01T08:00:00Z")]
    [InlineData("1 June 2023 10:00 EDT", "2023-06-01T14:00:00Z")]
    [InlineData("1 June 2023 10:00 CST", "2023-06-01T16:00:00Z")]
    [InlineData("1 June 2023 10:00 CDT", "2023-06-01T15:00:00Z")]
    [InlineData("1 June 2023 10:00 MST", "2023-06-01T17:00:00Z")]
    [InlineData("1 June 2023 10:00 MDT", "2023-06-01T16:00:00Z")]
    [InlineData("1 June 2023 10:00 PST", "2023-06-01T18:00:00Z")]
    [InlineData("1 June 2023 10:00 IST", "2023-06-01T04:30:00Z")]
    [InlineData("1 June 2023 10:00 JST", "2023-06-01T01:00:00Z")]
    [InlineData("1 June 2023 10:00 AEST", "2023-06-01T00:00:00Z")]
    [InlineData("1 June 2023 10:00 GMT+3", "2023-06-01T07:00:00Z")]
    [InlineData("1 June 2023 10:00 UTC-05:00", "2023-06-01T15:00:00Z")]
    [InlineData("12:05 AM UTC, June 1, 2023", "2023-06-01T00:05:00Z")]
    [InlineData("Updated 3:14 PM EST, Tue November 14, 2023", "2023-11-14T20:14:00Z")]
    [InlineData("November 14, 2023 at 4:30 p.m. EST", "2023-11-14T21:30:00Z")]
    [InlineData("Nov. 14, 2023, 4:30 p.m. ET", "2023-11-14T21:30:00Z")]
    [InlineData("2023-11-14 16:30", "2023-11-14T16:30:00Z")]
    [InlineData("14 November 2023 at 16:30 GMT", "2023-11-14T16:30:00Z")]
    [InlineData("Issued on: 05/03/2023 - 14:20 GMT", "2023-03-05T14:20:00Z")]
    public void ParsesDateAndTimeAsUtcInstant(string line, string expectedUtc)
    {
        Assert.True(PublishedDateParser.TryParseDateLine(line, out var date), line);

        Assert.Equal(DateTimeOffset.Parse(expectedUtc, System.Globalization.CultureInfo.InvariantCulture), date.Instant);
        Assert.Equal(TimeSpan.Zero, date.Instant.Offset);
        Assert.False(date.DateOnly);
    }

    [Theory]
    [InlineData("16 January 2021", "2021-01-16")]
    [InlineData("January 16, 2021", "2021-01-16")]
    [InlineData("2021-01-16", "2021-01-16")]
    [InlineData("03/02/2021", "2021-02-03")]
    [InlineData("03.02.2021", "2021-02-03")]
    [InlineData("3 April 2023", "2023-04-03")]
    [InlineData("Thursday 7th of December 2023", "2023-12-07")]
    public void DateAloneIsMidnightUtcAndMarkedDateOnly(string line, string expectedDay)
    {
        Assert.True(PublishedDateParser.TryParseDateLine(line, out var date), line);

        Assert.Equal(DateTimeOffset.Parse(expectedDay + "T00:00:00Z", System.Globalization.CultureInfo.InvariantCulture), date.Instant);
        Assert.True(date.DateOnly);
    }

    [Fact]
    public void UpdatedLabelIsRecognized()
    {
        Assert.True(PublishedDateParser.TryParseDateLine("Updated 3:14 PM GMT, February 2, 2022", out var date));

        Assert.True(date.IsUpdate);
    }

    [Fact]
    public void PublishedPartWinsWhenBothAreOnOneLine()
    {
        Assert.True(PublishedDateParser.TryParseDateLine("Published 10:00 GMT 5 May 2022, updated 12:30 GMT 5 May 2022", out var date));

        Assert.Equal(new DateTimeOffset(2022, 5, 5, 10, 0, 0, TimeSpan.Zero), date.Instant);
        Assert.False(date.IsUpdate);
    }

    [Theory]
    [InlineData("Last updated: 16 Feb 2026 17:52 GMT · First published: 16 Feb 2026 09:05 GMT")]
    [InlineData("Last updated 16 Feb 2026 17:52 GMT, first published 16 Feb 2026 09:05 GMT")]
    public void PublishedPartWinsWhenTheUpdateComesFirst(string line)
    {
        Assert.True(PublishedDateParser.TryParseDateLine(line, out var date));

        Assert.Equal(new DateTimeOffset(2026, 2, 16, 9, 5, 0, TimeSpan.Zero), date.Instant);
        Assert.False(date.IsUpdate);
    }

    [Theory]
    [InlineData("Updated 2 hours ago")]
    [InlineData("5 mins ago")]
    [InlineData("The ministry said on January 16, 2021 that it would sign the agreement with the generator next week.")]
    [InlineData("31/02/2021")]
    [InlineData("No digits here")]
    public void RejectsLinesThatAreNotDateStamps(string line)
    {
        Assert.False(PublishedDateParser.TryParseDateLine(line, out _));
    }
}
