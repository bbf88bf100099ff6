namespace NewsApi.Ingestion.Tests.Layout;

/// <summary>A field's "Title:" label, or the post's date after a slash, printed on the headline's own line. All text made up here.</summary>
public sealed class TitleLabelAndDateOnHeadlineTests
{
    [Fact]
    public void TitleLabelIsLeftOff()
    {
        var draft = NewsDocumentParser.Parse(string.Join("\n", new[] { "Bay Papers", "Search", "Help", "Submitted on 4 Mar 2025", "Title:Tidal Models of the Old Pier - A Survey of Its Piles", "Authors:Mira Holt, Orwin Haskel" }
            .Concat(HarbourStory.Paragraphs).Concat(Enumerable.Repeat("Archive", 12))));

        Assert.Equal("Tidal Models of the Old Pier - A Survey of Its Piles", draft.Headline);
    }

    [Fact]
    public void DateAfterASlashIsLeftOff()
    {
        var draft = NewsDocumentParser.Parse(string.Join("\n", new[] { "Mira Holt", "Posts Notes Talks", "Search", "Ferry Notes, Day 4: Mending the Old Pier Deck / Mar 2025" }
            .Concat(HarbourStory.Paragraphs).Concat(Enumerable.Repeat("Archive", 12))));

        Assert.Equal("Ferry Notes, Day 4: Mending the Old Pier Deck", draft.Headline);
    }

    [Fact]
    public void SlashInsideTheTitleStays()
    {
        var draft = NewsDocumentParser.Parse(string.Join("\n", new[] { "Mira Holt", "Posts Notes Talks", "Search", "Ferry Notes: Old Pier / New Quay" }
            .Concat(HarbourStory.Paragraphs).Concat(Enumerable.Repeat("Archive", 12))));

        Assert.Equal("Ferry Notes: Old Pier / New Quay", draft.Headline);
    }
}
