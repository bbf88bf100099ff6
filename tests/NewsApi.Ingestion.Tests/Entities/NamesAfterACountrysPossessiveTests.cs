namespace NewsApi.Ingestion.Tests.Entities;

/// <summary>"Japan's X Y": the name after a country's possessive is one of its people, not part of the country; every name is invented.</summary>
public sealed class NamesAfterACountrysPossessiveTests
{
    private const string Leaderboard = """
        Vardhøy wins in the wind

        Eskil Vardhøy closed with a 67 on Sunday to win by two shots.

        Tobiah Quenneville of Denmark and South Africa's Lwazi Mthembeko shared third on 11 under, with Japan's Kazunari Oshibe a shot further back after a closing 65.
        """;

    [Fact]
    public void ANameAfterACountrysPossessiveIsAPersonNotAPlace()
    {
        var draft = NewsDocumentParser.Parse(Leaderboard);

        Assert.Contains(draft.People, p => p.Name == "Kazunari Oshibe");
        Assert.Contains(draft.People, p => p.Name == "Lwazi Mthembeko");
        Assert.DoesNotContain(draft.Places, place => place.Contains("Oshibe", StringComparison.Ordinal));
        Assert.DoesNotContain(draft.Organizations, o => o.Name.Contains("Mthembeko", StringComparison.Ordinal));
    }

    [Fact]
    public void CountriesJoinedByAndAfterAPersonsOfAreWhereTheyAreFromNotAnEmployer()
    {
        var draft = NewsDocumentParser.Parse(Leaderboard);

        Assert.Contains("Denmark", draft.Places);
        Assert.Contains("South Africa", draft.Places);
        Assert.DoesNotContain(draft.Organizations, o => o.Name.Contains("Denmark", StringComparison.Ordinal));
        Assert.DoesNotContain(draft.People, p => p.Organization != null && p.Organization.Contains("Denmark", StringComparison.Ordinal));
    }

    [Fact]
    public void AGivenNameThatIsAlsoAWordOpensAPersonAfterACountrysPossessive()
    {
        var draft = NewsDocumentParser.Parse("""
            Seed falls in the second round

            The fourth seed lost in straight sets to Australia's Mark Trevallion on Wednesday.
            """);

        Assert.Contains(draft.People, p => p.Name == "Mark Trevallion");
    }

    [Theory]
    [InlineData("The plane, run by France's Aigle Brunet airline, landed late on Saturday.", "Aigle Brunet")]
    [InlineData("Residents waded through a flooded street in Beira's Praia Velha neighbourhood on Friday.", "Praia Velha")]
    public void ANameAfterAPossessiveThatANounOrATownClaimsIsNoPerson(string sentence, string name)
    {
        var draft = NewsDocumentParser.Parse("Floods and flights\n\n" + sentence + "\n");

        Assert.DoesNotContain(draft.People, p => p.Name == name);
    }
}
