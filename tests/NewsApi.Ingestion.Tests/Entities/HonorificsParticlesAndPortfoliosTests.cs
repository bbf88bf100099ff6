namespace NewsApi.Ingestion.Tests.Entities;

/// <summary>Honorifics from other countries before a name, Italian and German particles inside it, a portfolio of ordinary words before it, and parts of a street; every name is invented.</summary>
public sealed class HonorificsParticlesAndPortfoliosTests
{
    [Theory]
    [InlineData("The head of the unit, Adv Rethabile Mokoena-Daniels, said the sentence should deter others.", "Rethabile Mokoena-Daniels")]
    [InlineData("Opanin Kwadwo Agyemfra, who chairs the hospital's board, welcomed the grant.", "Kwadwo Agyemfra")]
    [InlineData("Contessa Ottavia Brentelli-Moor opened the palazzo's garden to the public on Sunday.", "Ottavia Brentelli-Moor")]
    [InlineData("The survey was signed by Ing. Teodoro Valcárcel Ruesta, the city's chief engineer.", "Teodoro Valcárcel Ruesta")]
    public void AnHonorificBeforeTheNameIsNoPartOfIt(string sentence, string name)
    {
        var draft = EntityArticle.ParseSentence(sentence);

        Assert.Contains(draft.People, p => p.Name == name);
        Assert.DoesNotContain(draft.People, p => p.Name.EndsWith(name, StringComparison.Ordinal) && p.Name != name);
    }

    [Theory]
    [InlineData("The orchestra is led by Maestro Arnaldo dalla Poverina Sesto, who founded it in 1998.", "Arnaldo dalla Poverina Sesto")]
    [InlineData("The letters were bought by Federica degli Ostrandi, a collector from Bergamo.", "Federica degli Ostrandi")]
    public void ItalianParticlesJoinTheWordsOfOneName(string sentence, string name)
    {
        var draft = EntityArticle.ParseSentence(sentence);

        Assert.Contains(draft.People, p => p.Name == name);
        Assert.DoesNotContain(draft.Organizations, o => o.Name.StartsWith("Maestro", StringComparison.Ordinal));
    }

    [Fact]
    public void APortfolioOfOrdinaryWordsEndsWhereTheNameBegins()
    {
        var draft = EntityArticle.ParseSentence("Assistant Commissioner of Police Gurvinder Kaur Bhangoo, who led the inquiry, said the driver had fled.");

        Assert.Contains(draft.People, p => p.Name == "Gurvinder Kaur Bhangoo");
    }

    [Fact]
    public void APartOfAStreetIsNoPersonNorOrganization()
    {
        var draft = EntityArticle.ParseSentence("The closure covers Benedict Street Upper and Lower, said Nuala Brankin, who runs a shop on Benedict Street Lower.");

        Assert.DoesNotContain(draft.People, p => p.Name.StartsWith("Benedict Street", StringComparison.Ordinal));
        Assert.DoesNotContain(draft.Organizations, o => o.Name.StartsWith("Benedict Street", StringComparison.Ordinal));
        Assert.Contains(draft.People, p => p.Name == "Nuala Brankin");
    }
}
