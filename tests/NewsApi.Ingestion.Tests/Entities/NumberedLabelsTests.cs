namespace NewsApi.Ingestion.Tests.Entities;

/// <summary>A newsletter's, a school's or a map's label before its number, which is no team before a score; every name is invented.</summary>
public sealed class NumberedLabelsTests
{
    [Theory]
    [InlineData("Tallowmere Growers Newsletter • Issue 47 • November 2026", "Issue")]
    [InlineData("Tallowmere Growers Newsletter • Term 4 • November 2026", "Term")]
    [InlineData("Tallowmere Growers Newsletter • Plot 12 • November 2026", "Plot")]
    public void ALabelBeforeItsNumberIsNoTeam(string line, string label)
    {
        var draft = EntityArticle.ParseSentence(line);

        Assert.DoesNotContain(draft.Organizations, o => o.Name == label);
    }
}
