namespace NewsApi.Ingestion.Tests.Layout;

/// <summary>A plain-text page's box drawn with line characters inside the story; every name is invented.</summary>
public sealed class DrawnBoxTests
{
    private const string Story = """
        Miners warn of job losses over royalty rise

        Goldfields miners have warned that a proposed rise in the royalty on lithium concentrate could shut marginal mines and cost hundreds of local jobs.

        A spokesman for the minister said the current rate had been set a decade ago.

        {0}

        Prospectors' council president Wendell Aubergine-Hart said small operators would be hit hardest.

        "The big companies have lawyers to soften this," Mr Aubergine-Hart said.
        """;

    [Fact]
    public void ABoxOfNoticesDrawnInsideTheStoryIsNoPartOfIt()
    {
        var draft = NewsDocumentParser.Parse(Story.Replace("{0}", """
            ┌─────────────────────────────┐
            FUNERAL NOTICES
            QUINCEFORD, Maybelle Rosalind. 14/03/1938 – 19/08/2024. Passed away peacefully. Loved wife of the late Orrin.
            TREMAYNE-VOSS, Casimir (Cas). Aged 71. Former shift boss. Funeral details to follow.
            View all notices »
            └─────────────────────────────┘
            """, StringComparison.Ordinal));

        Assert.Equal(4, draft.Body.Count);
        Assert.DoesNotContain(draft.People, p => p.Name.Contains("Maybelle", StringComparison.Ordinal) || p.Name.Contains("Casimir", StringComparison.Ordinal));
        Assert.Contains(draft.People, p => p.Name == "Wendell Aubergine-Hart");
    }

    [Fact]
    public void ARuleWithoutItsBottomLeavesTheStoryWhole()
    {
        var draft = NewsDocumentParser.Parse(Story.Replace("{0}", """
            ┌─────────────────────────────┐
            The council will hear submissions until the end of the month, the department said in a statement on Friday.
            """, StringComparison.Ordinal));

        Assert.Contains(draft.Body, paragraph => paragraph.StartsWith("The council will hear submissions", StringComparison.Ordinal));
    }
}
