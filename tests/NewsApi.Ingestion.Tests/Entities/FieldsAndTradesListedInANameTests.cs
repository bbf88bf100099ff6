namespace NewsApi.Ingestion.Tests.Entities;

/// <summary>Faculties and unions named by the fields or trades they gather, listed with commas. Every name is invented.</summary>
public sealed class FieldsAndTradesListedInANameTests
{
    [Theory]
    [InlineData("Dean Ana Fell of the Faculty of Dance, Music and Stage Design said classes would resume.", "Faculty of Dance, Music and Stage Design")]
    [InlineData("The Trade Union of Loggers, Sawyers and Timber Haulage Workers called the strike.", "Trade Union of Loggers, Sawyers and Timber Haulage Workers")]
    public void AListOfFieldsOrTradesAfterOfIsInTheName(string sentence, string body)
    {
        var draft = EntityArticle.ParseSentence(sentence);

        Assert.Contains(draft.Organizations, o => o.Name == body);
        Assert.DoesNotContain(draft.People, p => body.EndsWith(p.Name, StringComparison.Ordinal));
    }

    [Fact]
    public void PlacesAfterAFacultysNameAreNoFields()
    {
        var draft = EntityArticle.ParseSentence("Graduates of the College of Law, Sydney and Perth met in Darwin.");

        Assert.DoesNotContain(draft.Organizations, o => o.Name.Contains("Perth", StringComparison.Ordinal));
    }
}
