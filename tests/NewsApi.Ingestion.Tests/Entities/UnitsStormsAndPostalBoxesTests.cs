using NewsApi.Ingestion.Layout.Chrome;

namespace NewsApi.Ingestion.Tests.Entities;

/// <summary>Units after figures, a storm's name alone, a postal box and a press release's label name no one; a harbour word names a town.</summary>
public sealed class UnitsStormsAndPostalBoxesTests
{
    [Theory]
    [InlineData("Download high-resolution photos (ZIP, 14 MB) from the press room.", "MB")]
    [InlineData("The developer has 1,050 MW in operation in Denmark.", "MW")]
    [InlineData("The bank admitted breaches of its AML obligations.", "AML")]
    public void AUnitAfterAFigureOrARulesAbbreviationIsNoOrganization(string sentence, string word)
    {
        var draft = EntityArticle.ParseSentence(sentence);

        Assert.DoesNotContain(draft.Organizations, o => o.Name == word);
    }

    [Fact]
    public void AStormsNameAloneIsTheStormOnceTheStoryHasNamedIt()
    {
        var draft = EntityArticle.ParseSentence(
            "Residents rebuild a house damaged by Cyclone Tavake, officials said. Tavake made landfall on February 11 as a Category 4 storm.");

        Assert.DoesNotContain(draft.People, p => p.Name == "Tavake");
    }

    [Fact]
    public void APortTownNamedByItsHarbourWordIsAPlace()
    {
        var draft = EntityArticle.ParseSentence("Fishermen from Sonmiani Bandar say the catch has fallen since the dam was built.");

        Assert.Contains("Sonmiani Bandar", draft.Places);
        Assert.DoesNotContain(draft.People, p => p.Name == "Sonmiani Bandar");
    }

    [Fact]
    public void APostalBoxIsNoPerson()
    {
        var draft = EntityArticle.ParseSentence("P.O. Box 112, Zomba. Contributions and announcements: messenger@example.org");

        Assert.DoesNotContain(draft.People, p => p.Name.StartsWith("P.O", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("FOR IMMEDIATE RELEASE")]
    [InlineData("Press Release")]
    [InlineData("MEDIA RELEASE")]
    public void APressReleasesLabelIsChrome(string line) => Assert.True(ChromeDetector.IsChrome(line));
}
