namespace NewsApi.Ingestion.Tests.Entities;

/// <summary>British spellings of ordinary words opening a sentence; every person is invented.</summary>
public sealed class BritishSpellingsTests
{
    [Theory]
    [InlineData("Defence lawyer Wanjiru Oduya-Kamau said her client would appeal to the High Court.", "Defence")]
    [InlineData("Defence counsel Tobias Arkwright-Lund asked for the case to be adjourned.", "Defence")]
    public void ABritishSpellingOpeningTheSentenceIsAnOrdinaryWord(string sentence, string word)
    {
        var draft = EntityArticle.ParseSentence(sentence);

        Assert.DoesNotContain(draft.Organizations, o => o.Name == word);
    }
}
