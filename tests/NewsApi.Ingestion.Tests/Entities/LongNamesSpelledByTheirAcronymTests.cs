namespace NewsApi.Ingestion.Tests.Entities;

/// <summary>A body's name that runs on past "of the" to the acronym that spells it; every name is invented.</summary>
public sealed class LongNamesSpelledByTheirAcronymTests
{
    [Theory]
    [InlineData("The Council of Registrars of the Olvaren Federation (CROF) ruled on Tuesday that the levy was lawful.",
        "Council of Registrars of the Olvaren Federation", "CROF", "Council of Registrars")]
    [InlineData("She was general counsel of the Office of the Warden of the Marvell Strand (OWMS) until May.",
        "Office of the Warden of the Marvell Strand", "OWMS", "Office of the Warden")]
    public void OfTheAndTheWordsTheAcronymSpellsArePartOfTheName(string sentence, string name, string acronym, string cut)
    {
        var draft = EntityArticle.ParseSentence(sentence);

        var body = Assert.Single(draft.Organizations, o => o.Name == name);
        Assert.Contains(acronym, body.Aliases);
        Assert.DoesNotContain(draft.Organizations, o => o.Name == cut);
    }

    [Theory]
    [InlineData("Vesna Orlik of the Kelvane Growers Union (KGU) said the price was too low.", "Kelvane Growers Union")]
    [InlineData("The Board of Trustees of the Ardmay Heritage Fund (AHF) met on Monday.", "Ardmay Heritage Fund")]
    public void AnAcronymThatSpellsOnlyTheNameAfterOfTheLeavesTheNamesApart(string sentence, string named)
    {
        var draft = EntityArticle.ParseSentence(sentence);

        Assert.Contains(draft.Organizations, o => o.Name == named);
        Assert.DoesNotContain(draft.Organizations, o => o.Name.Contains(" of the " + named, StringComparison.Ordinal));
    }
}
