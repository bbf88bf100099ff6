namespace NewsApi.Ingestion.Tests.Entities;

/// <summary>Libraries, archives and "Friends of" charities as organizations, and an artist the tagger took for a place; every name is invented.</summary>
public sealed class LibrariesAndFriendsTests
{
    [Theory]
    [InlineData("The letters were bought by the National Library of Carrowmore after a bidding war.", "National Library of Carrowmore")]
    [InlineData("The papers will go to the Tollbridge City Archives, the council said.", "Tollbridge City Archives")]
    [InlineData("The purchase was helped by a grant from the Friends of the Kelderby Libraries.", "Friends of the Kelderby Libraries")]
    public void ALibraryAnArchiveOrItsFriendsAreAnOrganization(string sentence, string organization)
    {
        var draft = EntityArticle.ParseSentence(sentence);

        Assert.Contains(draft.Organizations, o => o.Name == organization);
    }

    [Fact]
    public void AnArtistsNameTheTaggerTookForAPlaceIsAPerson()
    {
        var draft = EntityArticle.ParseSentence("Opposite hang four paintings by the Luanda-born artist Zeca Muhongo-Lemba, made with sand.");

        Assert.Contains(draft.People, p => p.Name == "Zeca Muhongo-Lemba");
    }
}
