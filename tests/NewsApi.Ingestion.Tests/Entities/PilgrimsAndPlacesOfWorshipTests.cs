namespace NewsApi.Ingestion.Tests.Entities;

/// <summary>The pilgrim's title before a Malay name and inside its father's name; mosques and gurdwaras by their first word; every name is invented.</summary>
public sealed class PilgrimsAndPlacesOfWorshipTests
{
    [Theory]
    [InlineData("\"We cooked for 80 people,\" said the chairman of the mosque committee, Haji Zulkarnain bin Haji Ramli, 67.", "Zulkarnain bin Haji Ramli")]
    [InlineData("The kitchen is run by Haji Kamaruddin bin Haji Yusof and six volunteers.", "Kamaruddin bin Haji Yusof")]
    public void TheTitleBeforeTheNameGoesAndThePilgrimInTheFathersNameStays(string sentence, string person)
    {
        var draft = EntityArticle.ParseSentence(sentence);

        Assert.Contains(draft.People, p => p.Name == person);
        Assert.DoesNotContain(draft.Organizations, o => o.Name.Contains(person, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("The kitchen at Masjid Nurul Huda Sungai Ara feeds 300 people every evening.", "Masjid Nurul Huda Sungai Ara")]
    [InlineData("Volunteers from Gurdwara Singh Sabha Klang joined them.", "Gurdwara Singh Sabha Klang")]
    public void AMosqueOrAGurdwaraIsAnOrganization(string sentence, string body)
    {
        var draft = EntityArticle.ParseSentence(sentence);

        draft.AssertOrganizationNotPerson(body);
    }
}
