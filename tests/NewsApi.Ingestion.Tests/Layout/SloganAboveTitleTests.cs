using NewsApi.Ingestion.Layout;

namespace NewsApi.Ingestion.Tests.Layout;

/// <summary>A short page read whole, with a blog's slogan in sentences above the post's title. All text made up here.</summary>
public sealed class SloganAboveTitleTests
{
    private const string Headline = "Our Last Crossing from the Old Ferry Pier!";

    private static string Page(params string[] aboveTitle) => string.Join("\n", aboveTitle
        .Concat([Headline])
        .Concat(HarbourStory.Paragraphs)
        .Concat(["Happy sailing everyone!", "Share this post"]));

    [Fact]
    public void TitleUnderASloganInSentencesIsTheHeadline()
    {
        var draft = NewsDocumentParser.Parse(Page(
            "tidewater twins blog",
            "We are two sisters who love to sail, walk the coast and try every chowder between the capes, and we write it all down here!",
            "twitter: @tidewatertwins", "NAVIGATION", "Our Videos!", "Chowder Reviews", "Harbour Maps", "SITES WE LIKE", "The Quay Kitchen",
            "Bayport Sailing Club", "ARCHIVE", "2025 (12)", "2024 (31)", "Subscribe via RSS", "« Back to blog"));

        Assert.Equal(Headline, draft.Headline);
        // Only the title changes: the body is read as before, slogan and all.
        Assert.Contains(HarbourStory.Paragraphs[0], draft.Body);
    }
}
