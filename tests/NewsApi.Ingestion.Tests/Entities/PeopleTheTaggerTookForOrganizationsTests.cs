namespace NewsApi.Ingestion.Tests.Entities;

/// <summary>Names from languages the tagger rarely saw, which it takes for organizations, read as people by the words around them; every name is invented.</summary>
public sealed class PeopleTheTaggerTookForOrganizationsTests
{
    [Theory]
    [InlineData("\"We did not expect it,\" said Chiharu Amemori, an associate professor at the Tsuruga Institute of Marine Science.", "Chiharu Amemori")]
    [InlineData("The court relied on a report by Vsevolod Gromyko-Lanz of the Institute of Forensic Phonetics, who found no threat in the recording.", "Vsevolod Gromyko-Lanz")]
    [InlineData("Chad's Minister of Water and Sanitation, Achta Mahamat Saleh, told donors the wells would not last the dry season.", "Achta Mahamat Saleh")]
    [InlineData("Tomoe Haruyama, left, and Mitsuko Iwabuchi examine samples at the laboratory in Kyoto.", "Mitsuko Iwabuchi")]
    public void ANameWithAPersonsMarksAroundItIsAPersonNotAnOrganization(string sentence, string name)
    {
        var draft = NewsDocumentParser.Parse("Study and findings\n\n" + sentence + "\n");

        Assert.Contains(draft.People, p => p.Name == name);
        Assert.DoesNotContain(draft.Organizations, o => o.Name == name);
    }

    [Fact]
    public void ARivalOwnedByHerOrHisIsNoCompany()
    {
        var draft = NewsDocumentParser.Parse("""
            Court hears election petition

            The electoral commission declared her rival Barasa Kiptum Odhiambo-Were the winner with 50.4% of the vote.
            """);

        Assert.DoesNotContain(draft.Organizations, o => o.Name.Contains("Barasa", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("\"It changes how traders borrow,\" added Chibuzo Anyaoku, co-founder and Chief Operating Officer.", "Operating Officer")]
    [InlineData("Turkmenistan's Deputy Trade Minister, Serdar Annayev, put the position plainly.", "Trade Minister")]
    public void ATitleWithNoNameAfterItIsNoPerson(string sentence, string fragment)
    {
        var draft = NewsDocumentParser.Parse("Funding and trade\n\n" + sentence + "\n");

        Assert.DoesNotContain(draft.People, p => p.Name.Contains(fragment, StringComparison.Ordinal));
    }
}
