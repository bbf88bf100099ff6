namespace NewsApi.Ingestion.Tests.Layout;

/// <summary>A search box's prompt above a title the model reads as less title-like (it ends in a bracket). All text made up here.</summary>
public sealed class SearchPromptHeadlineTests
{
    private const string Title = "8 Best Ferry Crossings Around Bayport In 2025 [With Tide Tables!]";

    private static string Page(string prompt) => string.Join("\n", new[]
        {
            "Skip to content", "Menu", "Search", "Cart", prompt, Title,
            "Written By:", "Mara Quist",
        }
        .Concat(HarbourStory.Paragraphs)
        .Concat(Enumerable.Repeat("Most read", 40)));

    [Fact]
    public void SearchBoxPromptIsNoHeadline()
    {
        var draft = NewsDocumentParser.Parse(Page("What are you looking for?"));

        Assert.Equal(Title, draft.Headline);
    }
}
