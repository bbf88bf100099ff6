namespace NewsApi.Ingestion.Tests.Layout;

/// <summary>
/// A list the story announces in a sentence ending in a colon, at the end of a rendered page's story: its short lines cost the
/// run more than the closing sentence brings, yet they are the story's. All text made up here.
/// </summary>
public sealed class IntroducedListTests
{
    private static readonly string[] Article = HarbourStory.Paragraphs;

    private const string Introduction = "The board's engineers listed the works that the pier will need before the ferries can return to it:";

    private static readonly string[] Items =
    [
        "New steel sleeves on the three cracked piles",
        "A fresh concrete deck over the landing stage",
        "Rails and lighting along the whole length",
        "A second gangway for the larger ferry",
    ];

    private const string Closing = "The board said the list could grow once the divers had looked at the piles under the far end of the pier.";

    [Fact]
    public void ListUnderTheStorysSentenceStaysInTheBodyToTheSentenceThatClosesIt()
    {
        // Short lines under the closing sentence, with no label over them: the site's notes on fares.
        string[] page = [.. Article, Introduction, .. Items, Closing, .. Notes];

        var draft = NewsDocumentParser.Parse(HarbourStory.PageBetweenMenus(page));

        Assert.Equal([.. Article, Introduction, .. Items, Closing], draft.Body);
    }

    [Fact]
    public void ListThatRunsOnWithoutAnEndIsNotTheStorys()
    {
        // Thirty and more lines with no label under them: the page's own links, not the story's list.
        var pictures = Enumerable.Range(1, 40).Select(n => $"Picture {n} of the old pier.");
        string[] page = [.. Article, Introduction, .. pictures];

        var draft = NewsDocumentParser.Parse(HarbourStory.PageBetweenMenus(page));

        Assert.DoesNotContain(draft.Body, paragraph => paragraph.StartsWith("Picture", StringComparison.Ordinal));
    }

    private static readonly string[] Notes = ["Fares are set by the ferry firms.", "Passes are sold at the harbour office.", "Dogs travel free."];
}
