namespace NewsApi.Ingestion.Tests.Entities;

/// <summary>An acronym joined by "and" to a body's name; every name is invented.</summary>
public sealed class AcronymBesideAndTests
{
    [Theory]
    [InlineData("Patients waited at Carrowdale University Hospital (CRUH) on Monday. Beds at CRUH and Tulloch Regional Hospital were full.", "CRUH", "Tulloch Regional Hospital")]
    [InlineData("The loan comes from the Banco Meridional de Fomento and BNDX, the ministry said.", "Banco Meridional de Fomento", "BNDX")]
    public void AnAcronymBesideAndIsABodyOfItsOwn(string sentence, string first, string second)
    {
        var draft = EntityArticle.ParseSentence(sentence);

        Assert.DoesNotContain(draft.Organizations, o => o.Name.Contains(" and ", StringComparison.Ordinal));
        Assert.Contains(draft.Organizations, o => o.Name == first || o.Aliases.Contains(first));
        Assert.Contains(draft.Organizations, o => o.Name == second || o.Aliases.Contains(second));
    }

    [Theory]
    [InlineData("Talks between the UK and Carrowdale Harbour Authority resumed on Monday.", "UK")]
    public void ACountrysLettersBesideAndAreNoBody(string sentence, string letters)
    {
        var draft = EntityArticle.ParseSentence(sentence);

        Assert.DoesNotContain(draft.Organizations, o => o.Name == letters);
    }
}
