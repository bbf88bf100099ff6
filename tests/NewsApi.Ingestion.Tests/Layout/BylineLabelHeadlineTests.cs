namespace NewsApi.Ingestion.Tests.Layout;

/// <summary>A byline's label alone on its line over the writer's name: no headline under it, a stamp for the title above. All text made up here.</summary>
public sealed class BylineLabelHeadlineTests
{
    private static readonly string[] Article = HarbourStory.Paragraphs;

    [Theory]
    [InlineData("By")]
    [InlineData("By:")]
    public void NameUnderAByLabelOnItsOwnLineIsNoHeadline(string label)
    {
        // The name stands nearest the text, with a dated caption under it and printed again under the story; the headline plays
        // on words the story does not repeat. The model alone prefers the name.
        var text = string.Join("\n", new[]
        {
            "Evening Lamp", "Home", "Local", "Harbour", "Sport", "Weather", "March 4, 2024 6:00 AM", "Print", "Text",
            "Quiet quay, loud bills", label, "Mara Quist",
            "Divers inspect the cracked piles under the old ferry pier in Bayport, March 1, 2024. (Tobin Ash/Bayport Courier)",
        }.Concat(Article).Concat(["More from", "Mara Quist"]).Concat(Enumerable.Repeat("Most read", 40)));

        var draft = NewsDocumentParser.Parse(text);

        Assert.Equal("Quiet quay, loud bills", draft.Headline);
    }

    [Fact]
    public void TitleOverAByLabelAndTheNameIsReadAsStamped()
    {
        // A topic's label stands above the short title; only the byline on two lines under the title tells them apart.
        var text = string.Join("\n", new[]
        {
            "Evening Lamp", "Home", "Ideas", "Programs", "Events", "About", "Ideas Worth Sharing", "Ferries and Piers",
            "Slow repairs, explained", "By", "Mara Quist", "Apr 21, 2021",
        }.Concat(Article).Concat(Enumerable.Repeat("Most read", 40)));

        var draft = NewsDocumentParser.Parse(text);

        Assert.Equal("Slow repairs, explained", draft.Headline);
    }
}
