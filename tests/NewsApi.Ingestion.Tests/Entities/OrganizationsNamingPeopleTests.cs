using NewsApi.Ingestion.Entities;

namespace NewsApi.Ingestion.Tests.Entities;

/// <summary>A name the article's people hold is no organization's, though the words around it read so; every name is invented.</summary>
public sealed class OrganizationsNamingPeopleTests
{
    private const string Interview = """
        Interview

        "We stopped filling in their forms"

        Prof. Dr. Wiebke von Strelitz-Amann has led the Lahnau University of Applied Sciences for three years. She talks to Benedikt Okonjo-Hartl about rankings, foreign researchers and money.

        By Benedikt Okonjo-Hartl | 14 January 2026

        Marburg — When Wiebke von Strelitz-Amann announced that her university would stop sending data to commercial rankings, colleagues called it brave.

        Campus & Kapital: Professor von Strelitz-Amann, your university dropped 60 places in the last edition. Do you regret leaving?

        Von Strelitz-Amann: Not for a second. We dropped because we stopped filling in their forms, not because our research got worse.
        """;

    [Fact]
    public void TheWriterOfTheBylineIsNoOrganization()
    {
        var draft = NewsDocumentParser.Parse(Interview);

        Assert.Contains(draft.People, person => person.Name == "Benedikt Okonjo-Hartl");
        Assert.DoesNotContain(draft.Organizations, organization => organization.Name.Contains("Okonjo-Hartl", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Benedikt Okonjo-Hartl", true)]
    [InlineData("Professor Okonjo-Hartl", true)]
    [InlineData("Dr Benedikt Okonjo-Hartl", true)]
    [InlineData("Okonjo-Hartl Partners", false)]
    [InlineData("Professor Hartl", false)]
    [InlineData("Lahnau Institute", false)]
    public void AnOrganizationNamedAsAPersonOfTheArticleIsThatPerson(string organization, bool namesThePerson)
    {
        var people = new HashSet<string>(["Benedikt Okonjo-Hartl", "Ludmila Farkasová"], StringComparer.OrdinalIgnoreCase);

        Assert.Equal(namesThePerson, EntityExtractor.NamesAPerson(organization, people));
    }

    [Fact]
    public void AnHonorificBeforeAPersonsSurnameMakesNoOrganization()
    {
        var draft = NewsDocumentParser.Parse(Interview);

        Assert.Contains(draft.People, person => person.Name == "Wiebke von Strelitz-Amann");
        Assert.DoesNotContain(draft.Organizations, organization => organization.Name.Contains("Strelitz-Amann", StringComparison.Ordinal));
    }
}
