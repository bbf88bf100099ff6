namespace NewsApi.Ingestion.Tests.Layout;

/// <summary>A title signed with its author's bare name, far above a boxed teaser by the text. All text made up here.</summary>
public sealed class SignedTitleTests
{
    private static string Page(string title, params string[] signature) => string.Join("\n", new[]
        {
            "Bayport Review", "Home", "Sections", "Columns", "Featured:", "Harbour | 4 March 2025", "IN ASSOCIATION WITH", title,
        }
        .Concat(signature)
        .Concat([
            "About the author",
            "Mara is a writer and sailor who has covered the bay's ferries and piers for twenty years, and keeps a small boat at the north quay.",
            "Harbour", "Ferries", "Piers", "Share this page", "(Photo: Bayport Review)",
            "A story that the old pier would fall into the sea by spring did little to help the debate about what to do with it.",
            "Related", "IN THE COURIER:", "Divers find cracks in three old piles",
        ])
        .Concat(HarbourStory.Paragraphs)
        .Concat(Enumerable.Repeat("Most read", 40)));

    [Theory]
    [InlineData("Mara Quist")]
    [InlineData("By", "Mara Quist")]
    public void TitleInSentenceCaseSignedWithABareNameIsTheHeadline(params string[] signature)
    {
        const string title = "Why the old ferry pier repairs will take eight months";

        var draft = NewsDocumentParser.Parse(Page(title, signature));

        Assert.Equal(title, draft.Headline);
    }
}
