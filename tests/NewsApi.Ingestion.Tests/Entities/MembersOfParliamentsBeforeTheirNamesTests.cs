namespace NewsApi.Ingestion.Tests.Entities;

/// <summary>
/// Members of the devolved and provincial parliaments, the Dáil and the European Parliament, named after their seat or party
/// and the letters of their office ("Glasgow Pollok MSP X"); every name is invented.
/// </summary>
public sealed class MembersOfParliamentsBeforeTheirNamesTests
{
    [Theory]
    [InlineData("Glasgow Pollok MSP Hamish Drummond-Lyallie welcomed the announcement, describing it as overdue.", "Hamish Drummond-Lyallie")]
    [InlineData("Alliance MLA Niamh Corr-Gilmartyn asked whether the trust had enough beds in the community.", "Niamh Corr-Gilmartyn")]
    [InlineData("Labour TD Fergal Mulvihill-Creane said the scheme had failed renters in the capital.", "Fergal Mulvihill-Creane")]
    [InlineData("Dublin Bay North TD Sorcha Keohane-Doyley said the figures were a disgrace.", "Sorcha Keohane-Doyley")]
    public void TheLettersOfTheOfficeStandBeforeTheHoldersName(string sentence, string person)
    {
        var draft = EntityArticle.ParseSentence(sentence);

        Assert.Contains(draft.People, p => p.Name == person);
        Assert.DoesNotContain(draft.Organizations, o => o.Name.Contains(person, StringComparison.Ordinal));
        Assert.DoesNotContain(draft.Places, p => p.Contains(person, StringComparison.Ordinal));
    }
}
