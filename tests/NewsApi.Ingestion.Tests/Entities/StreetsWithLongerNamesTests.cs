namespace NewsApi.Ingestion.Tests.Entities;

/// <summary>Streets named by more than one word, by a drive or a parkway, or with a compass word after their kind. Every name is invented.</summary>
public sealed class StreetsWithLongerNamesTests
{
    [Theory]
    [InlineData("The sheriff has run the county jail on Harrowfield Drive for the past six years.", "Harrowfield Drive")]
    [InlineData("Officers stopped the two men outside a bakery on Ellerby Street East late on Friday.", "Ellerby Street East")]
    [InlineData("The province was offered a three-hectare site on Thandeka M. Zwelibanzi Road in 2024.", "Thandeka M. Zwelibanzi Road")]
    [InlineData("Traffic was diverted off Corvell Parkway while crews repaired the water main.", "Corvell Parkway")]
    public void AStreetWhereSomethingHappensIsAPlaceAndNoPerson(string sentence, string street)
    {
        var extraction = EntityArticle.FromBody(sentence);

        Assert.Contains(street, extraction.Places);
        Assert.DoesNotContain(extraction.People, person => person.Name.Contains(street.Split(' ')[0], StringComparison.Ordinal));
        Assert.DoesNotContain(extraction.Organizations, organization => organization.Name.Contains(street, StringComparison.Ordinal));
    }

    [Fact]
    public void AGivenNameBeforeStreetIsStillAPersonsName()
    {
        var extraction = EntityArticle.FromBody("The award went to a teacher, Martha Lane, who has taught in the town for 30 years.");

        Assert.Contains(extraction.People, person => person.Name == "Martha Lane");
        Assert.DoesNotContain("Martha Lane", extraction.Places);
    }
}
