using NewsApi.Ingestion.Layout;

namespace NewsApi.Ingestion.Tests.Entities;

/// <summary>Whole invented documents of kinds the golden corpus lacks, parsed with the real gazetteer.</summary>
public sealed class NewDocumentShapeTests
{
    private const string WireWithRiverAndRuins = """
        Harbourline Robotics opens Danube research hub in Vienna

        VIENNA, Austria (Reuters) — Harbourline Robotics, a maker of warehouse robots, said on Tuesday it would open a research centre on the banks of the Danube in Vienna, its first outside Scandinavia.

        "Vienna gives us engineers from five countries within a train ride," chief executive Oskar Brandvik told reporters at the launch.

        The company, which is backed by the Nordvik Growth Fund, will hire 120 people by the end of next year. A Danish supplier, Fjordmark Sensors, will provide lidar units.

        Brandvik said the team would test robots in the ruins of an old customs house near the river, and later in the Wachau valley.

        Local officials welcomed the plan. Petra Lindauer, the city's deputy mayor for economic affairs, called it "a vote for Vienna's universities."

        Reporting by Ilse Marchetti; Editing by Tove Ellingsen
        """;

    private const string MatchReport = """
        Coastal Rovers stun league leaders with late winner

        By Kofi Annor-Mensah | Sports reporter
        Sunday 14 May 2023

        Coastal Rovers came from behind to beat Ashgrove United 2-1 at Millbrook Park on Saturday, with substitute Dario Vence scoring in the 89th minute.

        Ashgrove had led through a header from captain Sam Okonjo before half-time, and looked set for a tenth straight win.

        "We never stopped believing," Rovers manager Helen Strachan said. "The lads showed real heart today."

        Vence, 19, joined the club from the academy last summer. "I just closed my eyes and hit it," he said.

        United remain top of the table, three points clear of Kingsbridge Athletic.
        """;

    private const string QuestionAndAnswer = """
        Q&A: Why the Mekong is running dry

        The river feeds 60 million people from Yunnan to the Mekong Delta. We asked hydrologist Anong Srisai of the Chao Phraya Water Institute what is going wrong.

        Q: How low is the river this year?

        A: "At Vientiane it is at its lowest level in a century," Srisai said. "Upstream dams hold water back in the dry season."

        Q: Who is to blame?

        A: Srisai said dams in China and Laos were only part of the story, and that sand mining near Phnom Penh had deepened the channel.
        """;

    [Fact]
    public void WireStoryFindsRiverDatelineCountryAndContextPlacesButNoCountryFromAnAdjective()
    {
        var draft = NewsDocumentParser.Parse(WireWithRiverAndRuins);

        Assert.Equal("VIENNA", draft.Dateline);
        Assert.Equal(["Danube", "Vienna", "Scandinavia", "Wachau", "Austria"], draft.Places);
        Assert.DoesNotContain("Denmark", draft.Places);
        Assert.DoesNotContain("Petra", draft.Places);
        Assert.Equal(["Harbourline Robotics", "Nordvik Growth Fund", "Fjordmark Sensors"], draft.Organizations.Select(o => o.Name));
        var chief = Assert.Single(draft.People, p => p.Name == "Oskar Brandvik");
        Assert.Equal("Harbourline Robotics", chief.Organization);
        Assert.Contains(draft.Quotes, q => q.Speaker == "Oskar Brandvik" && q.Text.StartsWith("Vienna gives us engineers", StringComparison.Ordinal));
        Assert.Contains(draft.Quotes, q => q.Speaker == "Petra Lindauer" && q.Partial);
    }

    [Fact]
    public void MatchReportFindsClubsAsOrganizationsAndPlayersAsPeople()
    {
        var draft = NewsDocumentParser.Parse(MatchReport);

        Assert.Equal(["Kofi Annor-Mensah"], draft.Byline);
        Assert.Contains("Sports reporter", draft.People.Single(p => p.Name == "Kofi Annor-Mensah").Title, StringComparison.Ordinal);
        Assert.Equal(["Coastal Rovers", "Ashgrove United", "Kingsbridge Athletic"], draft.Organizations.Select(o => o.Name));
        Assert.All(draft.Organizations, o => Assert.Equal("sports club", o.Kind));
        Assert.Equal(
            ["Dario Vence", "Helen Strachan", "Kofi Annor-Mensah", "Sam Okonjo"],
            draft.People.Select(p => p.Name).Order(StringComparer.Ordinal));
        // The ground the match was played at is where it happened.
        Assert.Equal(["Millbrook Park"], draft.Places);
        Assert.Equal(["Helen Strachan", "Helen Strachan", "Dario Vence"], draft.Quotes.Select(q => q.Speaker));
    }

    [Fact]
    public void QuestionAndAnswerAttributesAnswersAndReadsTheRiverInTheHeadline()
    {
        var draft = NewsDocumentParser.Parse(QuestionAndAnswer);

        Assert.Equal(["Yunnan", "Mekong Delta", "Vientiane", "China", "Laos", "Phnom Penh", "Mekong"], draft.Places);
        var expert = Assert.Single(draft.People);
        Assert.Equal("Anong Srisai", expert.Name);
        Assert.Equal("Chao Phraya Water Institute", expert.Organization);
        Assert.DoesNotContain("Chao Phraya", draft.Places);
        Assert.All(draft.Quotes, q => Assert.Equal("Anong Srisai", q.Speaker));
        Assert.Equal(2, draft.Quotes.Count);
    }

    [Fact]
    public void TaggedCountryNamedByItsAdjectiveIsAPlaceButTheAdjectiveAloneIsNot()
    {
        var body = new[] { "A Norwegian yard will build the ferry, the operator said." };

        var tagged = EntityArticle.Extract(new DocumentLayout { Headline = "", HeadlineDerived = true, Body = body, Tags = ["ferries", "Norway"] });
        var untagged = EntityArticle.Extract(new DocumentLayout { Headline = "", HeadlineDerived = true, Body = body, Tags = ["ferries"] });

        Assert.Equal(["Norway"], tagged.Places);
        Assert.Empty(untagged.Places);
    }

    [Fact]
    public void DatelinePlaceGivesTheCountryAsWellAsTheCity()
    {
        var extraction = EntityArticle.Extract(new DocumentLayout
        {
            Headline = "",
            HeadlineDerived = true,
            Dateline = "LISBON",
            DatelinePlace = "LISBON, Portugal",
            Body = ["Rents rose again."],
        });

        Assert.Equal(["Lisbon", "Portugal"], extraction.Places);
    }

    [Theory]
    [InlineData("Engineers rebuilt the path below the Qoriwayq'a ruins last year.", "Qoriwayq'a")]
    [InlineData("Hikers reached the ruins of Tambokancha after two days.", "Tambokancha")]
    [InlineData("Finds at the archaeological site of Huaycopata were dated.", "Huaycopata")]
    [InlineData("Trucks crossed the Torbelli pass in the snow.", "Torbelli")]
    public void UnknownSitesAreFoundFromTheWordsAroundThem(string sentence, string place)
    {
        var extraction = EntityArticle.FromBody(sentence);

        Assert.Equal([place], extraction.Places);
    }

    [Fact]
    public void PassAsAVerbAfterANameIsNoPlace()
    {
        var extraction = EntityArticle.FromBody("Lawmakers expect the Budget Review Committee to let Minister Ana Ferreira pass the bill.");

        Assert.DoesNotContain("Ferreira", extraction.Places);
        Assert.DoesNotContain("Ana Ferreira", extraction.Places);
    }
}
