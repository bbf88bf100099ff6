namespace NewsApi.Ingestion.Tests.Layout;

/// <summary>
/// A blog's post title signed with the writer's first name alone ("Article by Mira, filed under ..."), under a tagline on the
/// page's first line whose words the category menu under the story repeats. All text made up here.
/// </summary>
public sealed class FirstNameSignatureTests
{
    [Fact]
    public void PostTitleSignedWithAFirstNameWinsOverTheTagline()
    {
        const string signature = "Article by Mira, filed under Ferries & Piers in the Harbour category.";
        const string title = "Pier LEGOs: Painted Cure for Quiet Quay Blindness";
        var page = string.Join("\n", new[]
        {
            "Daily New Stories Featuring Harbours, Ferries, Piers, Quays, & Boats",
            "search",
            title,
            signature,
            "",
        }.Concat(FendlebayPierPage.Story).Concat(["Comment on Facebook", "Tweet", "Galleries", "Harbours", "Old Harbours", "Harbour Stories", "Ferries", "Ferry Stories", "Piers", "Pier Stories", "Quays", "Quay Stories", "Boats", "Boat Stories", "Daily Stories"])
            .Concat(FendlebayPierPage.Footer));

        Assert.Equal(title, NewsDocumentParser.Parse(page).Headline);
    }
}
