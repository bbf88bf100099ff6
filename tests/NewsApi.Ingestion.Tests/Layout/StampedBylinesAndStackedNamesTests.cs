using NewsApi.Ingestion.Layout.Bylines;

namespace NewsApi.Ingestion.Tests.Layout;

/// <summary>A blog's stamp before "by", a comment counter after the name, and bare names stacked over a label; every name is invented.</summary>
public sealed class StampedBylinesAndStackedNamesTests
{
    [Theory]
    [InlineData("January 8, 2025 4:15 PM WAT by Ifeoma Adekunle-Shaw")]
    [InlineData("8 January 2025 by Ifeoma Adekunle-Shaw")]
    [InlineData("By Ifeoma Adekunle-Shaw 💬 4 Comments")]
    [InlineData("January 8, 2025 4:15 PM WAT by Ifeoma Adekunle-Shaw 💬 4 Comments")]
    public void AStampBeforeTheWriterOrACounterAfterIsNoPartOfTheName(string line)
    {
        Assert.True(BylineParser.TryParseByLine(line, out var authors));

        Assert.Equal("Ifeoma Adekunle-Shaw", Assert.Single(authors).Name);
    }

    [Theory]
    [InlineData("In 2024 the plan was approved by parliament")]
    [InlineData("March was cold, as forecast by the institute")]
    public void ASentenceWithADateBeforeByIsNoByline(string line)
    {
        Assert.False(BylineParser.TryParseByLine(line, out _));
    }

    [Fact]
    public void TheStampBeforeByIsThePublicationDate()
    {
        var draft = NewsDocumentParser.Parse("""
            Singer sues his former label over unpaid royalties

            January 8, 2025 4:15 PM WAT by Ifeoma Adekunle-Shaw 💬 4 Comments

            The fight between the singer and his former label has moved from social media to the courtroom, lawyers said on Wednesday.

            The label denies owing him anything and says he owes it money.
            """);

        Assert.Equal(["Ifeoma Adekunle-Shaw"], draft.Byline);
        Assert.Equal(new DateTimeOffset(2025, 1, 8, 15, 15, 0, TimeSpan.Zero), draft.PublishedAt);
    }

    [Fact]
    public void BareNamesStackedOverALabelAreAllWriters()
    {
        var draft = NewsDocumentParser.Parse("""
            Fishermen warn of lay-offs after the cod quota is cut

            Sigrun Holmsen Brekke
            Jon-Arne Sørbø
            Journalists
            Published 12.12.2024, 14:32 CET

            The government set next year's quota on Thursday, the lowest since 1991, the ministry said in a statement.

            Boat owners said crews would be laid off before the spring season.
            """);

        Assert.Equal(["Sigrun Holmsen Brekke", "Jon-Arne Sørbø"], draft.Byline);
        Assert.DoesNotContain(draft.Body, paragraph => paragraph.Contains("Journalists", StringComparison.Ordinal));
    }
}
