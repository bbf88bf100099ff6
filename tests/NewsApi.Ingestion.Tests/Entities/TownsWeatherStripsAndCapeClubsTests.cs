namespace NewsApi.Ingestion.Tests.Entities;

/// <summary>Small towns of a country the story names, a weather strip's readings, and a club named after a cape.</summary>
public sealed class TownsWeatherStripsAndCapeClubsTests
{
    [Fact]
    public void ASmallTownOfTheCountryTheStoryNamesIsAPlace()
    {
        var draft = EntityArticle.ParseSentence("Nepal's cabinet proposed a new name for the province, which includes Dhankuta, Tansen and two national parks.");

        Assert.Contains("Dhankuta", draft.Places);
        Assert.Contains("Tansen", draft.Places);
    }

    [Fact]
    public void ACityInAWeatherStripIsNoTeam()
    {
        var page = "The Delta Courier — CITY\nKhulna  38.9°C  Feels like 46°C  |  Humidity 61%  |  AQI 172 Unhealthy\n"
            + "Fajr 4:02  Zuhr 12:04  Asr 4:31  Maghrib 6:24  Isha 7:41\n\nHome > City > Khulna\n\n"
            + "Schools shut as Khulna swelters in the heat\n\nBy Rashida Momtaz-Haque\n\n"
            + "Khulna recorded a maximum temperature of 40.2 degrees Celsius on Thursday, the highest in the city for April in twelve years, officials said.\n\n"
            + "Hospitals in Khulna treated dozens of patients for heat-related illness.\n";

        var draft = NewsDocumentParser.Parse(page);

        Assert.Contains("Khulna", draft.Places);
        Assert.DoesNotContain(draft.Organizations, o => o.Name == "Khulna");
    }

    [Fact]
    public void AClubNamedAfterACapeIsNoCape()
    {
        var draft = EntityArticle.ParseSentence("Cape Meridian United lost 2-1 at home to the Harbour Lions on Saturday night.");

        Assert.DoesNotContain("Cape Meridian United", draft.Places);
    }
}
