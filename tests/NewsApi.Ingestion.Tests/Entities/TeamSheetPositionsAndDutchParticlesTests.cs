namespace NewsApi.Ingestion.Tests.Entities;

/// <summary>
/// A team sheet's positions in capitals before each player ("GA Mele X, WD Ana Y") and Dutch "'t" between "van" and a family
/// name ("van 't Hek"); every name is invented.
/// </summary>
public sealed class TeamSheetPositionsAndDutchParticlesTests
{
    private const string TeamSheet = "Harbour City: GS Tilda Pennock, GA Jessamy Quorne, WA Petronel Haskett, C Orla Benthwick (capt), "
        + "WD Kerensa Mowle, GD Briallen Tusk, GK Marijke Ebbing. Bench: Rosa Thorvel, Ida Brenkel.";

    [Theory]
    [InlineData("Jessamy Quorne")]
    [InlineData("Kerensa Mowle")]
    [InlineData("Briallen Tusk")]
    [InlineData("Marijke Ebbing")]
    public void APositionBeforeAPlayerIsNoPartOfTheName(string player)
    {
        var draft = EntityArticle.ParseSentence(TeamSheet, "Harbour City win the netball final");

        Assert.Contains(draft.People, p => p.Name == player);
        Assert.DoesNotContain(draft.People, p => p.Name.EndsWith(" " + player, StringComparison.Ordinal));
    }

    [Fact]
    public void OneCodeInCapitalsOutsideATeamSheetStaysInTheName()
    {
        var draft = EntityArticle.ParseSentence("Two firms bid for the depot: GA Quorne Logistics Ltd and Ardlewick Freight Ltd, the council said.");

        Assert.Contains(draft.Organizations, o => o.Name == "GA Quorne Logistics Ltd");
    }

    [Fact]
    public void DutchArticleAfterVanIsAParticleOfTheName()
    {
        var draft = EntityArticle.ParseSentence("Marijke van 't Rijsel, a spokeswoman for the port authority, said the berth would reopen on Monday.");

        Assert.Contains(draft.People, p => p.Name == "Marijke van 't Rijsel");
        Assert.DoesNotContain(draft.People, p => p.Name is "Marijke" or "Rijsel");
    }
}
