namespace NewsApi.Ingestion.Tests.Entities;

/// <summary>A player's position or a fighter's weight class before the name, as sports pages write them; every person is invented.</summary>
public sealed class PositionsAndWeightClassesTests
{
    [Theory]
    [InlineData("Georgian hooker Tamaz Kvirikashvili finished off a driving maul.", "Tamaz Kvirikashvili")]
    [InlineData("Welsh prop Iolo Penrhyn-Jones was sin-binned before half-time.", "Iolo Penrhyn-Jones")]
    [InlineData("Compatriot Ilgar Mammadzade finished third behind the Norwegian.", "Ilgar Mammadzade")]
    public void APositionOrAWeightClassBeforeANameMarksAPerson(string sentence, string person)
    {
        var draft = EntityArticle.ParseSentence(sentence);

        Assert.Contains(draft.People, p => p.Name == person);
        Assert.DoesNotContain(draft.Organizations, o => o.Name.Contains(person, StringComparison.Ordinal));
    }
}
