namespace NewsApi.Ingestion.Tests.Entities;

/// <summary>
/// Offices written in full before the holder's name, squares named after kings, towns with an Arabic article, ensembles,
/// masters and pupils; every person and body is invented.
/// </summary>
public sealed class StateMediaAndArtsNamesTests
{
    [Theory]
    [InlineData("Minister of Foreign Affairs of the Republic of Kazakhstan Bekzod Rakhimberdiev held talks with the minister.", "Bekzod Rakhimberdiev", "Kazakhstan")]
    [InlineData("The Ambassador of Hungary to Kazakhstan Levente Dalvenko took part in the talks.", "Levente Dalvenko", "Kazakhstan")]
    public void TheCountryClosingAnOfficeIsNoPartOfItsHoldersName(string sentence, string person, string country)
    {
        var draft = EntityArticle.ParseSentence(sentence);

        Assert.Contains(draft.People, p => p.Name == person);
        Assert.Contains(country, draft.Places);
        Assert.DoesNotContain(draft.Places, p => p.EndsWith(person, StringComparison.Ordinal));
    }

    [Fact]
    public void ASquareNamedAfterAQueenIsNoPerson()
    {
        var draft = EntityArticle.ParseSentence("The rally will begin at 18:00 on Queen Ilona Square in Pecs.");

        Assert.DoesNotContain(draft.People, p => p.Name.Contains("Square", StringComparison.Ordinal));
    }

    [Fact]
    public void AnArticleAndAWordWhereSomeoneLivedIsAPlace()
    {
        var draft = EntityArticle.ParseSentence("Many families fled from their homes in El Tomboli last year.");

        Assert.Contains("El Tomboli", draft.Places);
        Assert.DoesNotContain(draft.People, p => p.Name == "El Tomboli");
    }

    [Fact]
    public void AnEnsembleIsAnOrganization()
    {
        var draft = EntityArticle.ParseSentence("Nafisa now sings with the Kordofan Strings Ensemble, seven musicians from Darfur.");

        Assert.Contains(draft.Organizations, o => o.Name == "Kordofan Strings Ensemble");
    }

    [Fact]
    public void UstazIsAMastersTitleBeforeTheName()
    {
        var draft = EntityArticle.ParseSentence("Their teacher, Ustaz Idris Bakheet, played oud for forty years.");

        Assert.Contains(draft.People, p => p.Name == "Idris Bakheet");
    }

    [Theory]
    [InlineData("He made drawings as a student of Grigor Mnatsakyants at the Gyumri State Academy of Fine Arts.", "Grigor Mnatsakyants")]
    [InlineData("She was a pupil of Vardges Sureniants-Hakobyan at the conservatory.", "Vardges Sureniants-Hakobyan")]
    public void APupilsTeacherIsAPerson(string sentence, string person)
    {
        var draft = EntityArticle.ParseSentence(sentence);

        Assert.Contains(draft.People, p => p.Name == person);
        Assert.DoesNotContain(person, draft.Places);
    }

    [Fact]
    public void AHeadWordTakesForTheIntoItsName()
    {
        var draft = EntityArticle.ParseSentence("The families are received by the National Commission for the Resettlement of Herders, which runs the camps.");

        Assert.Contains(draft.Organizations, o => o.Name == "National Commission for the Resettlement of Herders");
        Assert.DoesNotContain(draft.Organizations, o => o.Name == "National Commission");
    }

    [Fact]
    public void AKindOfBodyWrittenAsATermIsNoOrganization()
    {
        var draft = EntityArticle.ParseSentence("The Batha Relief Circle (BRC), a Chadian NGO, runs counselling groups in the camp.");

        Assert.DoesNotContain(draft.Organizations, o => o.Name == "NGO");
    }
}
