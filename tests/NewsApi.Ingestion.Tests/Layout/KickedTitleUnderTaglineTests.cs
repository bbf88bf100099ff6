namespace NewsApi.Ingestion.Tests.Layout;

/// <summary>
/// A post's title behind its kicker ("Map: ...") with its stamp under it, under the blog's tagline at the top of the page. The
/// deck rule would take the title for a deck and the tagline for its headline. All text made up here.
/// </summary>
public sealed class KickedTitleUnderTaglineTests
{
    [Fact]
    public void KickedTitleWithItsStampIsNoDeckUnderTheTagline()
    {
        const string title = "Map: Free Harbour Map Designed for Ferry Riders";
        var page = string.Join("\n", new[]
        {
            "Best Harbour Maps, Ferry Guides and Quay Resources",
            title,
            "Posted on October 30, 2024 at 12:13 am as Map",
        }.Concat(FendlebayPierPage.Story).Concat(["Pricing: FREE", "Leave a Comment", "Name (required)", "E-mail (required, never displayed)"])
            .Concat(FendlebayPierPage.Footer));

        Assert.Equal(title, NewsDocumentParser.Parse(page).Headline);
    }
}
