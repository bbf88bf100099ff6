namespace NewsApi.Ingestion.Tests.Entities;

/// <summary>A goal, a header or a cross is a player's, whatever else the words around the name suggest; every name is invented.</summary>
public sealed class PlayersOfAMoveTests
{
    [Fact]
    public void TheOwnerOfAHeaderIsAPerson()
    {
        var draft = EntityArticle.ParseSentence("A minute later, the keeper produced a good double save, first from Hideyuki Marubashi's header and then blocked a follow-up shot.");

        Assert.Contains(draft.People, p => p.Name == "Hideyuki Marubashi");
        Assert.DoesNotContain(draft.Places, p => p == "Hideyuki Marubashi");
    }

    [Fact]
    public void OneWordMayDescribeTheMoveAfterThePossessive()
    {
        var draft = EntityArticle.ParseSentence("Ostrava levelled through Ryusei Tanigawa's late strike before the break.");

        Assert.Contains(draft.People, p => p.Name == "Ryusei Tanigawa");
    }

    [Fact]
    public void APlayersCrossAfterAnArticleIsAPerson()
    {
        var draft = EntityArticle.ParseSentence("He rose to head a Kotaro Hamasuna cross towards the goal.");

        Assert.Contains(draft.People, p => p.Name == "Kotaro Hamasuna");
    }

    [Fact]
    public void AClubsGoalStaysTheClubs()
    {
        var draft = EntityArticle.ParseSentence("Kwabenya United's goal came after twenty minutes of pressure.");

        Assert.DoesNotContain(draft.People, p => p.Name.StartsWith("Kwabenya", StringComparison.Ordinal));
    }
}
