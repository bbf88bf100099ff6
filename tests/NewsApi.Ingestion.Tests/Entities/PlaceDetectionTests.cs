using NewsApi.Ingestion.Layout;

namespace NewsApi.Ingestion.Tests.Entities;

/// <summary>Places from the gazetteer and from context, and what never makes a place.</summary>
public sealed class PlaceDetectionTests
{
    [Fact]
    public void CountriesCitiesAndRegionsAreFoundLongestFirstAsWritten()
    {
        var extraction = EntityArticle.FromBody("Trade between Saudi Arabia, Turkey and Portugal grew across the Middle East and Europe.");

        Assert.Equal(["Saudi Arabia", "Turkey", "Portugal", "Middle East", "Europe"], extraction.Places);
    }

    [Theory]
    [InlineData("Fishing boats were chased away from Varnavik Shoal three times since January.", "Varnavik Shoal")]
    [InlineData("Divers counted the bleached corals on Haldane Reef last week.", "Haldane Reef")]
    [InlineData("The tanker ran aground off Solvang Atoll in the storm.", "Solvang Atoll")]
    [InlineData("The council will add bike lanes to a mile of Haverford Street next year.", "Haverford Street")]
    public void ANameEndingInAFeatureWordIsAPlace(string sentence, string place)
    {
        var extraction = EntityArticle.FromBody(sentence);

        Assert.Contains(place, extraction.Places);
        Assert.DoesNotContain(extraction.People, person => person.Name.Contains(place, StringComparison.Ordinal));
    }

    [Fact]
    public void PossessiveAndBasedFormsNameThePlace()
    {
        var extraction = EntityArticle.FromBody("Norway's fleet grew, said an analyst at a Bergen-based fund.");

        Assert.Equal(["Norway", "Bergen"], extraction.Places);
    }

    [Theory]
    [InlineData("KVARNBY, Sweden 2025-01-10", "Kvarnby")]
    [InlineData("SANKT ODAL, Norway 2025-01-10", "Sankt Odal")]
    public void TheDatelinesTownIsAPlaceEvenWhenNoGazetteerKnowsIt(string dateline, string town)
    {
        var draft = NewsDocumentParser.Parse($"""
            Ferry line adds a winter crossing

            {dateline}

            The ferry line said on Friday it would add a winter crossing to the island from next month, after complaints from residents.
            """);

        Assert.Contains(town, draft.Places);
    }

    [Fact]
    public void ADatelineOfADayNamesNoPlace()
    {
        var draft = NewsDocumentParser.Parse("""
            Ferry line adds a winter crossing

            Thursday, 2025-01-10

            The ferry line said on Friday it would add a winter crossing to the island from next month, after complaints from residents.
            """);

        Assert.DoesNotContain("Thursday", draft.Places);
    }

    [Fact]
    public void DemonymsAreNotPlaces()
    {
        var extraction = EntityArticle.FromBody("Norwegian and Portuguese officials met Turkish envoys.");

        Assert.Empty(extraction.Places);
    }

    [Fact]
    public void WordsInsideOrganizationNamesAreNotPlaces()
    {
        var extraction = EntityArticle.FromBody(
            "Dr Kavita Raman of the Norwegian Institute of Geomagnetism and a colleague at the University of Bergen wrote the paper.");

        Assert.Empty(extraction.Places);
        Assert.Contains(extraction.Organizations, o => o.Name == "Norwegian Institute of Geomagnetism");
        Assert.Contains(extraction.Organizations, o => o.Name == "University of Bergen");
    }

    [Fact]
    public void RegionWordsAfterAPlaceMakeOnePlace()
    {
        var extraction = EntityArticle.FromBody("Militants from the Xinjiang Uyghur Autonomous Region were arrested in Kashgar.");

        Assert.Equal(["Xinjiang Uyghur Autonomous Region", "Kashgar"], extraction.Places);
    }

    [Fact]
    public void PlaceThatIsAlsoAWordNeedsContext()
    {
        var extraction = EntityArticle.FromBody("Reading the report, she frowned.", "Later she flew to Reading.");

        Assert.Equal(["Reading"], extraction.Places);
    }

    [Fact]
    public void PlacesTheGazetteerLacksAreFoundFromTheirContext()
    {
        var extraction = EntityArticle.FromBody(
            "Water will reach the suburb of Vilanova Alta first, then the Quellbach valley.",
            "Tankers serve informal settlements such as Kibwezi and Mathenge, and a stall in Ostrovica.");

        Assert.Equal(["Vilanova Alta", "Quellbach", "Kibwezi", "Mathenge", "Ostrovica"], extraction.Places);
    }

    [Fact]
    public void TagsAndRelatedHeadlinesAreNotScannedButHeadlineAndCaptionsAre()
    {
        var extraction = EntityArticle.Extract(new DocumentLayout
        {
            Headline = "Portugal Signs Energy Pact",
            Body = ["The pact was signed on Monday."],
            Images = [new ImageDraft("Ministers meet in Lisbon.", null)],
            Tags = ["Norway"],
            Related = ["Turkey plans new pact"],
        });

        Assert.Equal(["Lisbon", "Portugal"], extraction.Places);
    }

    [Fact]
    public void DatelineCityIsAPlace()
    {
        var extraction = EntityArticle.Extract(new DocumentLayout
        {
            Headline = "Pact signed",
            Dateline = "LISBON",
            Body = ["The pact was signed on Monday."],
        });

        Assert.Equal(["Lisbon"], extraction.Places);
    }

    [Fact]
    public void NamesBeforeAPluralPlaceNounArePlaces()
    {
        var draft = NewsDocumentParser.Parse("Seagrass survey\n\nThe team took 600 cores from 41 meadows between Varnak Hòa and Ninh Varnavik provinces, drilling deep into the mud.");

        Assert.Contains("Varnak Hòa", draft.Places);
        Assert.Contains("Ninh Varnavik", draft.Places);
        Assert.DoesNotContain(draft.Organizations, o => o.Name.Contains("Varnak", StringComparison.Ordinal));
    }

    [Fact]
    public void ATimeZoneAfterAClockTimeIsNoOrganization()
    {
        var draft = NewsDocumentParser.Parse("Port strike\n\nThe union said at 14.42 WAT that the strike would go on, and the ports authority said at 15.05 WAT that talks had failed.");

        Assert.DoesNotContain(draft.Organizations, o => o.Name == "WAT");
    }
}
