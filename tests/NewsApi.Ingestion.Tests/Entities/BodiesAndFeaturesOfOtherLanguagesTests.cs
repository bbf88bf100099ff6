namespace NewsApi.Ingestion.Tests.Entities;

/// <summary>
/// Italian, Dutch and Polish head nouns, legal forms after a comma, mountains and lakes named in their own language,
/// English uplands and a city with its suburbs; every name is invented.
/// </summary>
public sealed class BodiesAndFeaturesOfOtherLanguagesTests
{
    [Theory]
    [InlineData("The supporters of Associazione Sportiva Valmarecchia booed the referee after the match.", "Associazione Sportiva Valmarecchia")]
    [InlineData("The deal was approved by Federazione Ciclistica Bergamasca on Tuesday.", "Federazione Ciclistica Bergamasca")]
    public void AnItalianHeadNounOpensABody(string sentence, string body)
    {
        var draft = EntityArticle.ParseSentence(sentence);

        draft.AssertOrganizationNotPerson(body);
    }

    [Fact]
    public void AMexicanListedCompanysFormAfterACommaIsPartOfTheName()
    {
        var draft = EntityArticle.ParseSentence("The mine belongs to Grupo Minero Tlacolula, S.A.B. de C.V., which is listed in Mexico City.");

        Assert.Contains(draft.Organizations, o => o.Name == "Grupo Minero Tlacolula, S.A.B. de C.V.");
        Assert.DoesNotContain(draft.Organizations, o => o.Name == "S.A.B. de C.V.");
    }

    [Fact]
    public void ALegalFormAfterACommaCanEndTheParagraph()
    {
        var draft = EntityArticle.ParseSentence("The lithium will be sold to Qinling Ferro Metals Co., Ltd.");

        Assert.Contains(draft.Organizations, o => o.Name.StartsWith("Qinling Ferro Metals Co., Ltd", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("The riders crossed the line at the top of Mont Aigoual in thick fog.", "Mont Aigoual")]
    [InlineData("The riders climbed the Col de Vergio before the descent to the coast.", "Col de Vergio")]
    [InlineData("Walkers were rescued on the North Pennine Moors on Sunday.", "North Pennine Moors")]
    [InlineData("She was born in the south of Greater Buenos Aires, the youngest of seven.", "Greater Buenos Aires")]
    public void AMountainALakeAnUplandOrACityWithItsSuburbsIsAPlace(string sentence, string place)
    {
        var draft = EntityArticle.ParseSentence(sentence);

        Assert.Contains(place, draft.Places);
        Assert.DoesNotContain(draft.Organizations, o => o.Name == place);
    }
}
