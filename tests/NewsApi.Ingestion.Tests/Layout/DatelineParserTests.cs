using NewsApi.Ingestion.Layout;

namespace NewsApi.Ingestion.Tests.Layout;

public sealed class DatelineParserTests
{
    [Theory]
    [InlineData("CHISINAU (Sputnik) - Moldova's grid operator signed a deal.", "CHISINAU", "Sputnik", "Moldova's grid operator signed a deal.")]
    [InlineData("COPENHAGEN, March 9 (Reuters) - Danish shipping group said on Thursday it would cut jobs.", "COPENHAGEN", "Reuters", "Danish shipping group said on Thursday it would cut jobs.")]
    [InlineData("LISBON, Portugal (AP) — Thousands of people marched through central Lisbon.", "LISBON", "AP", "Thousands of people marched through central Lisbon.")]
    [InlineData("PARIS (AFP) – French unions called a national strike.", "PARIS", "AFP", "French unions called a national strike.")]
    [InlineData("NEW YORK, Jan 5 (Reuters) -- Stocks rose.", "NEW YORK", "Reuters", "Stocks rose.")]
    [InlineData("BEIJING, Nov. 14 (Xinhua) -- China will expand imports.", "BEIJING", "Xinhua", "China will expand imports.")]
    [InlineData("MOSCOW, November 14. /TASS/. Russia will hold talks.", "MOSCOW", "TASS", "Russia will hold talks.")]
    public void ReadsCityAndAgencyAndTheirLength(string lead, string city, string agency, string rest)
    {
        Assert.True(DatelineParser.TryParse(lead, out var dateline));

        Assert.Equal(city, dateline.City);
        Assert.Equal(agency, dateline.Agency);
        Assert.Equal(rest, lead[dateline.Length..]);
    }

    [Theory]
    [InlineData("LISBON, Portugal (AP) — Thousands marched.", "LISBON, Portugal")]
    [InlineData("SALEM, Ore. — Lawmakers met.", "SALEM, Ore.")]
    [InlineData("CHISINAU (Sputnik) - A deal was signed.", "CHISINAU")]
    public void PlaceKeepsTheCountryOrStatePrintedAfterTheCity(string lead, string place)
    {
        Assert.True(DatelineParser.TryParse(lead, out var dateline));

        Assert.Equal(place, dateline.Place);
    }

    [Fact]
    public void CapitalCityWithoutAgencyIsADatelineWithoutSource()
    {
        Assert.True(DatelineParser.TryParse("WASHINGTON — Lawmakers agreed on a budget late on Friday.", out var dateline));

        Assert.Equal("WASHINGTON", dateline.City);
        Assert.Null(dateline.Agency);
    }

    [Fact]
    public void AgencyWithoutCityIsASourceWithoutDateline()
    {
        const string lead = "(Bloomberg) -- Yamabuki Holdings agreed to buy a grocer.";

        Assert.True(DatelineParser.TryParse(lead, out var dateline));

        Assert.Equal("", dateline.City);
        Assert.Equal("Bloomberg", dateline.Agency);
        Assert.Equal("Yamabuki Holdings agreed to buy a grocer.", lead[dateline.Length..]);
    }

    [Theory]
    [InlineData("Earlier this week, a senior Chinese military officer visited Damascus.")]
    [InlineData("The European Bank for Reconstruction and Development (EBRD) is financing a new line.")]
    [InlineData("\"We will not go back,\" the union said.")]
    public void OrdinaryLeadHasNoDateline(string lead)
    {
        Assert.False(DatelineParser.TryParse(lead, out _));
    }

    [Theory]
    [InlineData("TENNIS - WOLFE TAKES THE TITLE IN STRAIGHT SETS.")]
    [InlineData("RUGBY LEAGUE - HARBOUR CLUB SIGNS TWO FORWARDS")]
    public void SectionLabelBeforeACapitalHeadlineIsNoDateline(string headline)
    {
        Assert.False(DatelineParser.TryParse(headline, out _));
    }
}
