namespace NewsApi.Ingestion.Tests.Entities;

/// <summary>A relative named by a given name with her maiden name in brackets; every name is invented.</summary>
public sealed class MaidenNameTests
{
    [Fact]
    public void AMaidenNameAndTheGivenNameBeforeItAreNoEntities()
    {
        var draft = NewsDocumentParser.Parse("""
            Arno Vellacott obituary

            Arno Vellacott, who has died aged 88, was the youngest of five children of a foreman and his wife, Ismira (nee Drobnik), a seamstress.
            """);

        Assert.DoesNotContain(draft.Organizations, o => o.Name is "Ismira" or "Drobnik");
        Assert.DoesNotContain(draft.People, p => p.Name is "Drobnik");
        Assert.Contains(draft.People, p => p.Name == "Arno Vellacott");
    }
}
