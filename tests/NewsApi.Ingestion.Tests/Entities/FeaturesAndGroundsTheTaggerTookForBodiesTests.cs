namespace NewsApi.Ingestion.Tests.Entities;

/// <summary>Natural features, roads and grounds that the tagger reads as organizations; every name is invented.</summary>
public sealed class FeaturesAndGroundsTheTaggerTookForBodiesTests
{
    [Theory]
    [InlineData("The team spent three summers sampling meltwater just below the Vennard Pass.", "Vennard Pass")]
    [InlineData("Workers at a lithium evaporation pond in the Salar de Quentoya, Antofagasta region, Chile.", "Salar de Quentoya")]
    [InlineData("A surge in the river breached a protective embankment near Morrowby Barrage early on Sunday, officials said.", "Morrowby Barrage")]
    [InlineData("Koalas were also seen at Kinbrae Ridge and in the state forest.", "Kinbrae Ridge")]
    [InlineData("Many families have since moved to the suburbs along the Dravenport Expressway.", "Dravenport Expressway")]
    [InlineData("She will be buried in the Cementerio Jardín de Teodulfo.", "Cementerio Jardín de Teodulfo")]
    [InlineData("The dancer is a teacher from the Barrio Quentavo neighborhood, the old district where many groups were born.", "Barrio Quentavo")]
    [InlineData("The two take the bus along the Corniche Varennat to a hospital appointment at the clinic.", "Corniche Varennat")]
    [InlineData("The plant employs 2,400 people directly and as many through subcontractors around the Étang de Vaumarel.", "Étang de Vaumarel")]
    [InlineData("The firm's office on Lisovskaya Embankment in Moscow.", "Lisovskaya Embankment")]
    public void AFeatureOrGroundNamedByItsWordIsNoOrganization(string sentence, string name)
    {
        var draft = EntityArticle.ParseSentence(sentence);

        Assert.DoesNotContain(draft.Organizations, o => o.Name == name);
        Assert.Contains(name, draft.Places);
    }

    [Fact]
    public void AFirmNamedAfterASaltFlatWithoutItsParticleIsNoPlace()
    {
        var draft = EntityArticle.ParseSentence("The deal was signed by Salar Quentoya Lithium and the state.");

        Assert.DoesNotContain("Salar Quentoya Lithium", draft.Places);
    }
}
