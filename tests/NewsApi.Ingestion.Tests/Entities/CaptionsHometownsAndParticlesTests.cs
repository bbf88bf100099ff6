namespace NewsApi.Ingestion.Tests.Entities;

/// <summary>A caption's pointer at a person, a hometown after "from", a street named after someone, and the Welsh "ap" inside a name; every name is invented.</summary>
public sealed class CaptionsHometownsAndParticlesTests
{
    [Fact]
    public void ANamePointedAtByACaptionIsAPerson()
    {
        var draft = EntityArticle.ParseSentence("Tevita Kaumoana Hufanga (centre) is congratulated by supporters outside the parliament in Nuku'alofa.");

        Assert.Contains(draft.People, p => p.Name == "Tevita Kaumoana Hufanga");
    }

    [Fact]
    public void OnePlainWordAfterFromIsAHometownNotAnEmployer()
    {
        var draft = EntityArticle.ParseSentence("Gwion Pennant-Lloyd, from Llanwenog, was found beneath the vehicle by a neighbour.");

        Assert.DoesNotContain(draft.Organizations, o => o.Name == "Llanwenog");
        Assert.DoesNotContain(draft.People, p => p.Organization == "Llanwenog");
    }

    [Theory]
    [InlineData("Surviving are a daughter, Hollis Abelhoff, and her husband, Teodor Abelhoff, of Drumcorr; and two grandsons.")]
    [InlineData("Police said Corwin Pruitt-Caskey, 52, of Drumcorr, was charged with theft on Monday.")]
    public void ANameAfterAPersonACommaAndOfIsWhereTheyLive(string sentence)
    {
        var draft = EntityArticle.ParseSentence(sentence);

        Assert.Contains(draft.Places, place => place == "Drumcorr");
        Assert.DoesNotContain(draft.Organizations, o => o.Name == "Drumcorr");
    }

    [Theory]
    [InlineData("A DRUMCORR man who drove at three times the limit was fined $1,200.", "Drumcorr")]
    [InlineData("An Abelhoff Springs woman, 34, was charged with theft.", "Abelhoff Springs")]
    public void ANameBetweenAAndAResidentIsTheTown(string sentence, string town)
    {
        var draft = EntityArticle.ParseSentence(sentence);

        Assert.Contains(draft.Places, place => place == town);
        Assert.Empty(draft.Organizations);
        Assert.Empty(draft.People);
    }

    [Fact]
    public void AFaithOrAPeopleBetweenAAndAResidentIsNoTown()
    {
        var draft = EntityArticle.ParseSentence("A Sunni man and a Javanese woman were among the injured.");

        Assert.Empty(draft.Places);
    }

    [Fact]
    public void TheWelshApJoinsAGivenNameToTheFathersName()
    {
        var draft = EntityArticle.ParseSentence("Rhodri ap Gwilym-Prys, who farmed near Tregaron, died on Sunday.");

        Assert.Contains(draft.People, p => p.Name == "Rhodri ap Gwilym-Prys");
    }

    [Theory]
    [InlineData("The queue outside the bakery on Rupert Street starts forming at 6:45 a.m. every Saturday.", "Rupert Street")]
    [InlineData("Parents from Gooderby and nearby Oswin Hill packed the meeting room on Tuesday.", "Oswin Hill")]
    public void AGivenNameBeforeAStreetsWordAfterAPrepositionIsNoPerson(string sentence, string street)
    {
        var draft = EntityArticle.ParseSentence(sentence);

        Assert.DoesNotContain(draft.People, p => p.Name == street);
    }
}
