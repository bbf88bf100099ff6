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
