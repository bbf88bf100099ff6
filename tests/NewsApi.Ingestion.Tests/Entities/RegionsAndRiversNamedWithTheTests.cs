namespace NewsApi.Ingestion.Tests.Entities;

/// <summary>
/// A region or a river no gazetteer knows, named by one word after a preposition and "the", where the trained tagger reads a
/// place. Every name is invented.
/// </summary>
public sealed class RegionsAndRiversNamedWithTheTests
{
    [Theory]
    [InlineData("Heavy rain fell overnight in the Varessa, where rivers burst their banks near two villages.", "Varessa")]
    [InlineData("The clay for the jars comes from the Ulmarro, two hours south of the capital by road.", "Ulmarro")]
    [InlineData("Wine makers from the Corvaline say the harvest came three weeks early this year.", "Corvaline")]
    public void ALoneNameAfterAPrepositionAndTheIsAPlace(string sentence, string place)
    {
        var draft = EntityArticle.ParseSentence(sentence);

        Assert.Contains(place, draft.Places);
    }

    [Theory]
    [InlineData("The bill was sent back to the Senate on Tuesday after a late amendment from the opposition.", "Senate")]
    [InlineData("The Greens, the second-largest group in the Bundestag, said they would vote against the budget.", "Bundestag")]
    [InlineData("A majority in the Seimas backed the motion of no confidence against the government on Thursday.", "Seimas")]
    public void AParliamentAfterThePrepositionAndTheIsNoPlace(string sentence, string parliament)
    {
        var draft = EntityArticle.ParseSentence(sentence);

        Assert.DoesNotContain(parliament, draft.Places);
    }
}
