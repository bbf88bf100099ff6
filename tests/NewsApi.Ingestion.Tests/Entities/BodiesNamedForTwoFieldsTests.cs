namespace NewsApi.Ingestion.Tests.Entities;

/// <summary>Bodies named for two fields joined by "and", unions' locals and head words shared across "and"; every name is invented.</summary>
public sealed class BodiesNamedForTwoFieldsTests
{
    [Theory]
    [InlineData("Rep. Ana Quirke, who sits on the House Mining and Commerce Committee, called for hearings.", "House Mining and Commerce Committee")]
    [InlineData("The mill reached a deal with Paper and Pulp Workers Local 4417 on Friday.", "Paper and Pulp Workers Local 4417")]
    [InlineData("The Food and Allied Workers' Union of Lesotho called a strike at the mill.", "Food and Allied Workers' Union of Lesotho")]
    public void TwoFieldsJoinedByAndBeforeTheHeadWordAreOneBody(string sentence, string body)
    {
        var draft = EntityArticle.ParseSentence(sentence);

        Assert.Contains(draft.Organizations, o => o.Name == body);
        Assert.DoesNotContain(draft.Organizations, o => o.Name != body && body.Contains(o.Name, StringComparison.Ordinal));
    }

    [Fact]
    public void ABodyClosedByItsHeadWordBeforeAndIsNoField()
    {
        var draft = EntityArticle.ParseSentence("Both the Dravenport Provincial Parliament and City Council met on Monday.");

        Assert.Contains(draft.Organizations, o => o.Name == "Dravenport Provincial Parliament");
        Assert.DoesNotContain(draft.Organizations, o => o.Name.Contains(" and ", StringComparison.Ordinal));
    }
}
