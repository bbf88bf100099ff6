namespace NewsApi.Ingestion.Tests.Entities;

/// <summary>
/// Irish and Scottish Gaelic family names with the article and a mutated letter in lower case ("Mac an t-Saoir"), or with
/// "Giolla" after the particle, and the Welsh "ab" (son of) before a vowel; every name is invented.
/// </summary>
public sealed class GaelicAndWelshFamilyNamesTests
{
    [Theory]
    [InlineData("Highland Council convener Cllr Tormod Mac an t-Saoir said the authority would match the appeal.", "Tormod Mac an t-Saoir")]
    [InlineData("Youth worker Gráinne Nic an tSealgaire said the young people had organised the whole event.", "Gráinne Nic an tSealgaire")]
    [InlineData("\"We wanted people to see it,\" said Dr Caoimhe Mac Giolla Phádraig of the island's practice.", "Caoimhe Mac Giolla Phádraig")]
    [InlineData("Tries came from scrum-half Gethin ab Iorwerth and the captain in the second half.", "Gethin ab Iorwerth")]
    public void TheWholeFamilyNameFollowsItsParticle(string sentence, string person)
    {
        var draft = EntityArticle.ParseSentence(sentence);

        Assert.Contains(draft.People, p => p.Name == person);
        Assert.DoesNotContain(draft.People, p => person.StartsWith(p.Name + " ", StringComparison.Ordinal));
    }

    [Fact]
    public void AnArticleAfterMacBeforeAPlainWordStaysOutOfTheName()
    {
        var draft = EntityArticle.ParseSentence("The burger chain sold a Big Mac an hour to Seumas Rennick-Boyd, its manager said.");

        Assert.DoesNotContain(draft.People, p => p.Name.Contains(" an ", StringComparison.Ordinal));
    }

    [Fact]
    public void LiveReportingByNamesTheWriters()
    {
        var draft = NewsDocumentParser.Parse("Council backs winter shelter plan after church sleepout\n\n"
            + "Live reporting by Eimhin Mac Giolla Chomhaill and Hattie Brackenridge-Vaun\n\n"
            + "The council voted on Tuesday to open a winter shelter in the old library after a weekend sleepout raised £14,000 for the appeal.\n\n"
            + "The shelter will open on 1 December and run until the end of March, the council said in a statement.\n");

        Assert.Equal(["Eimhin Mac Giolla Chomhaill", "Hattie Brackenridge-Vaun"], draft.Byline);
    }
}
