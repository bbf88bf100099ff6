namespace NewsApi.Ingestion.Tests.Entities;

/// <summary>Authors in a list of references are cited sources, not people or bodies of the story; every name is invented.</summary>
public sealed class ReferenceListTests
{
    [Fact]
    public void SurnamesWithInitialsInAReferenceListAreNoEntities()
    {
        var draft = NewsDocumentParser.Parse("""
            Frog peptide protects vines

            "We started with a simple question," said Dr. Catalina Ondrasek Mirabet, an associate professor at the university and the study's lead author.

            Dr. Ingvild Kestlund Rønne, a microbiologist in Norway and a co-author of the study, analysed how the molecule attacks the fungus.

            Reference: Ondrasek Mirabet C., Valtresca Pincheira M., Kestlund Rønne I., Sagardo P. et al. (2026). A frog skin peptide controls grey mould. Applied Biocontrol Letters 14(1): 22–35.
            """);

        Assert.DoesNotContain(draft.People, p => p.Name is "Ondrasek Mirabet C" or "Valtresca Pincheira M" or "Kestlund Rønne I");
        Assert.DoesNotContain(draft.Organizations, o => o.Name is "Valtresca Pincheira M" or "Kestlund Rønne I");
        Assert.Contains(draft.People, p => p.Name == "Catalina Ondrasek Mirabet");
        Assert.Contains(draft.People, p => p.Name == "Ingvild Kestlund Rønne");
    }

    [Fact]
    public void ANameClosedByAGenerationsNumeralBeforeACommaIsAPersonOfTheStory()
    {
        var draft = EntityArticle.ParseSentence("J. Thaddeus Brockleigh III, Managing Partner of the fund, said the sale completes an eight-year investment.");

        Assert.Contains(draft.People, p => p.Name.StartsWith("J. Thaddeus Brockleigh", StringComparison.Ordinal));
    }
}
