namespace NewsApi.Ingestion.Tests.Entities;

/// <summary>Publishers, record labels, auction houses and workshops named in other languages or by their trade's last word; every name is invented.</summary>
public sealed class PublishersLabelsAndStudiosTests
{
    [Theory]
    [InlineData("The novel is published in Portugal by Editora Vento-Norte and in Spain by Editorial Arrantza.", "Editora Vento-Norte")]
    [InlineData("The novel is published in Portugal by Editora Vento-Norte and in Spain by Editorial Arrantza.", "Editorial Arrantza")]
    [InlineData("Her last album came out on Disques Marivaux in 1998, two years before she retired.", "Disques Marivaux")]
    [InlineData("The painting was sold in 1941 by Auktionshaus Brenner & Kolb to a dealer in Zurich.", "Auktionshaus Brenner & Kolb")]
    [InlineData("The score was printed by Edizioni Musicali Trevisan for the orchestra's first season.", "Edizioni Musicali Trevisan")]
    [InlineData("The English edition will be published next spring by Pellow & Vance Books in London.", "Pellow & Vance Books")]
    [InlineData("His early singles were released by Osprey & Lamb Recordings in Lagos.", "Osprey & Lamb Recordings")]
    public void APublishersOrALabelsWordMakesAnOrganization(string sentence, string organization)
    {
        var draft = EntityArticle.ParseSentence(sentence);

        draft.AssertOrganizationNotPerson(organization);
    }

    [Fact]
    public void ARomanizedGivenNameMayEndInASyllableOfOneLetter()
    {
        var draft = EntityArticle.ParseSentence("From left, band members Moon Ye-a and Seo Ha-rin pose at a showcase in Seoul in January.");

        Assert.Contains(draft.People, p => p.Name == "Moon Ye-a");
    }
}
