namespace NewsApi.Ingestion.Tests.Layout;

/// <summary>A one-person blog's name with a dash in the page's first line, over a short post title and its date. All text made up here.</summary>
public sealed class PostTitleUnderSiteNameTests
{
    private static readonly string[] Tail = ["Comments", "Leave a reply", "Name", "Email", "Website", "Post comment", "Archive", "2025", "2024", "About", "Contact"];

    private static string HeadlineOf(params string[] top) => NewsDocumentParser.Parse(string.Join("\n", top.Concat(HarbourPierPost.Paragraphs).Concat(Tail))).Headline;

    [Fact]
    public void ShortPostTitleUnderTheSiteNameWins()
    {
        Assert.Equal("Selling the Pier", HeadlineOf("Mira Holt – Harbour Notes", "Selling the Pier", "Mar 4, 2025"));
    }

    [Fact]
    public void TitleOnTheFirstLineOverItsDateStays()
    {
        const string title = "Harbour board sells the old pier – ferry firm to mend the deck";

        Assert.Equal(title, HeadlineOf(title, "March 4, 2025", "By Mira Holt"));
    }
}
