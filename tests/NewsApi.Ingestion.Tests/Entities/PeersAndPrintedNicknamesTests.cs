namespace NewsApi.Ingestion.Tests.Entities;

/// <summary>
/// Peers named by rank and surname ("Baroness X", "Lord Y of Z", "Lord (Given) Y") and names printed with a quoted nickname
/// inside them; every name is invented.
/// </summary>
public sealed class PeersAndPrintedNicknamesTests
{
    [Fact]
    public void AQuotedNicknameAndTheNameAsPrintedAreAliases()
    {
        var draft = EntityArticle.ParseSentence(
            "Ward councillor Ludovica \"Ludo\" Farthingale-Okoro said the hospital budget was short by a third.");

        var person = Assert.Single(draft.People, p => p.Name == "Ludovica Farthingale-Okoro");
        Assert.Contains("Ludo", person.Aliases);
        Assert.Contains("Ludovica \"Ludo\" Farthingale-Okoro", person.Aliases);
        Assert.Contains("Farthingale-Okoro", person.Aliases);
    }

    [Fact]
    public void APeerNamedByRankAndSurnameIsCalledSoByTheStory()
    {
        var draft = EntityArticle.ParseSentence("Baroness Oxendale-Adjaye told the committee that the bill was unworkable.");

        var peer = Assert.Single(draft.People, p => p.Name == "Oxendale-Adjaye");
        Assert.Contains("Baroness Oxendale-Adjaye", peer.Aliases);
    }

    [Fact]
    public void ThePlaceOfAPeersTitleIsAPlaceAndNoEmployer()
    {
        var draft = EntityArticle.ParseSentence("The amendment was moved by Lord Marchbanks of Thornleigh, a former housing minister.");

        var peer = Assert.Single(draft.People, p => p.Name == "Marchbanks");
        Assert.Contains("Lord Marchbanks of Thornleigh", peer.Aliases);
        Assert.Contains("Thornleigh", draft.Places);
        Assert.DoesNotContain(draft.Organizations, o => o.Name == "Thornleigh");
    }

    [Fact]
    public void AnOfficeOpenedByLordIsNoPeer()
    {
        var draft = EntityArticle.ParseSentence("The Lord Mayor of Ellesby opened the winter fair on Saturday.");

        Assert.DoesNotContain(draft.People, p => p.Name == "Mayor" || p.Aliases.Contains("Lord Mayor of Ellesby"));
    }

    [Fact]
    public void APeersGivenNameInBracketsIsPartOfTheName()
    {
        var draft = EntityArticle.ParseSentence(
            "The former captain Lord (Piers) Wetherall-Crane, who opened with him in 11 Tests, said he was the best judge of a run.");

        Assert.Contains(draft.People, p => p.Name == "Piers Wetherall-Crane");
        Assert.DoesNotContain(draft.People, p => p.Name == "Piers");
    }
}

/// <summary>Offices, ages and capitals around a person's name; every name is invented.</summary>
public sealed class ClerksAgesAndCapitalsTests
{
    [Theory]
    [InlineData("The messages were sent to County Clerk Wilhelmina Osterhout-Bray during the recount.", "Wilhelmina Osterhout-Bray")]
    [InlineData("Kanyamwa North MCA Barnabas Odhiambo Kerubo-Atieno tabled the motion on Tuesday.", "Barnabas Odhiambo Kerubo-Atieno")]
    [InlineData("Seventeen-year-old Callum Brodie-Fairlie said the night had been colder than he expected.", "Callum Brodie-Fairlie")]
    public void TheWordBeforeTheNameIsNoPartOfIt(string sentence, string person)
    {
        var draft = EntityArticle.ParseSentence(sentence);

        Assert.Contains(draft.People, p => p.Name == person);
        Assert.DoesNotContain(draft.People, p => p.Name != person && p.Name.EndsWith(person, StringComparison.Ordinal));
    }

    [Fact]
    public void AWordInCapitalsOnALineAloneIsNoPerson()
    {
        var draft = EntityArticle.ParseSentence(
            "TORVHOLM\n\nA man was charged after a crash on the highway near the town on Friday.\n\nSKARNHOLM\n\n"
            + "The road was closed for three hours.\n\nLINDVARN\n\nA fire broke out at a shed.", headline: "Police log");

        Assert.DoesNotContain(draft.People, p => p.Name is "SKARNHOLM" or "LINDVARN");
    }
}
