namespace NewsApi.Ingestion.Tests.Entities;

/// <summary>Holidays and events' weeks are held, not run: no organization of the article; every name is invented.</summary>
public sealed class HolidaysAndEventWeeksTests
{
    [Theory]
    [InlineData("The parade marks Bastille Day in the city, the mayor's office said.", "Bastille Day")]
    [InlineData("Sales rose before Veldmark Founders Day, the chamber said on Monday.", "Veldmark Founders Day")]
    public void AHolidayIsNoOrganization(string sentence, string holiday)
    {
        var draft = EntityArticle.ParseSentence(sentence);

        Assert.DoesNotContain(draft.Organizations, o => o.Name == holiday);
    }
}
