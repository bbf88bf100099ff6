namespace NewsApi.Ingestion.Tests.Entities;

/// <summary>Names of local news: a parent opening the sentence, a council named after a town with a title word in it, police ranks, a body with a title word inside; every person is invented.</summary>
public sealed class LocalNewsNamesTests
{
    [Fact]
    public void AnOrdinaryWordOpeningTheSentenceIsNoPartOfTheNameAfterIt()
    {
        var draft = EntityArticle.ParseSentence("Parent Hugo Castellane, whose son is in Grade 4, said the families found out on Facebook.");

        Assert.Contains(draft.People, p => p.Name == "Hugo Castellane");
        Assert.DoesNotContain(draft.People, p => p.Name.StartsWith("Parent", StringComparison.Ordinal));
    }

    [Fact]
    public void ATownsCouncilIsNamedAfterATownWhoseNameHasATitleWord()
    {
        var draft = EntityArticle.ParseSentence("The vendors asked the City of General Santos to keep the market open.");

        Assert.Contains(draft.Organizations, o => o.Name == "City of General Santos");
        Assert.Contains("General Santos", draft.Places);
        Assert.DoesNotContain(draft.People, p => p.Name == "Santos");
    }

    [Fact]
    public void AHeadWordClosesABodysNameWithATitleWordInside()
    {
        var draft = EntityArticle.ParseSentence("Tamsin Varga, director of the Cape Town-based Harbour Justice Initiative, said the ruling was rare.");

        Assert.Contains(draft.Organizations, o => o.Name == "Harbour Justice Initiative");
        Assert.DoesNotContain(draft.People, p => p.Name == "Initiative");
    }

    [Theory]
    [InlineData("Spokesperson of the Ekiti State Police Command, SP Yetunde Alabi-Ose, said no arrest was made.", "Yetunde Alabi-Ose")]
    [InlineData("ASP Kunle Adeyemi-Bakare led the team to the market.", "Kunle Adeyemi-Bakare")]
    public void APoliceRankBeforeTheNameIsATitle(string sentence, string person)
    {
        var draft = EntityArticle.ParseSentence(sentence);

        Assert.Contains(draft.People, p => p.Name == person);
    }
}
