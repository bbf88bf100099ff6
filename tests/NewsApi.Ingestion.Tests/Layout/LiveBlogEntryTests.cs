namespace NewsApi.Ingestion.Tests.Layout;

/// <summary>A live blog's entries, each a clock stamp over a paragraph and a share button; every name is invented.</summary>
public sealed class LiveBlogEntryTests
{
    [Fact]
    public void EntriesUnderStampsAreReadToTheLastAndNotCutAsACommentThread()
    {
        var draft = NewsDocumentParser.Parse("""
            Menu   Search   Sign in
            THE LYSTRA HERALD
            News | Politics | Economy | World | Travel | Opinion

            LIVE

            Wildfire near Lystra: evacuations ordered as flames reach suburbs – as it happened

            More than 300 firefighters and 20 aircraft battle a blaze driven by strong winds north of the capital

            Live coverage by Mara Ostrel
            Started: Sunday 11 August 2024, 14:10 CEST · Last updated: 23:45 CEST

            Show key events only
            Please turn on JavaScript to receive live updates

            Pinned post
            A wildfire that broke out on Sunday afternoon near the village of Dravenna, 30km north of Lystra, has burned through about 4,000 hectares of forest and scrub, forcing the evacuation of several villages.

            23:45
            That's where we will pause our live coverage for tonight. Firefighters will keep working through the night along a front that the fire service says is still about 12km long.

            Share

            23:10
            Civil Protection Minister Irena Korvathi has said the coming hours will be "critical" because forecasters expect the wind to pick up again before dawn.

            Share

            22:31
            The regional Red Cross says it has set up a temporary shelter for about 400 evacuees at a sports hall. Volunteers are handing out water and blankets to families who left with nothing.

            Share

            21:40
            Speaking to reporters in the town hall, regional governor Teodor Halvekko said 12 houses had been destroyed and at least 40 damaged. "Some families have lost everything tonight," he said.

            Share

            20:15
            Giorgos Pellinor, 58, who runs a taverna on the main road, told us he had stayed to wet the roof with a garden hose until police ordered him to leave the village.

            Share

            19:02
            Two water-bombing aircraft from neighbouring countries are now operating over the fire front, the fire service says, after the government requested help.

            Share

            18:20
            Hospital staff say nine people have been treated for smoke inhalation, none of them seriously. Two firefighters were treated for burns to their hands.

            Share

            17:05
            The mayor of a coastal town has asked residents of two settlements to move towards the beach and wait for boats if the road is cut.

            Share

            16:30
            The fire service says the wind is gusting at 70km/h on the ridge, and aircraft will be grounded at dusk as usual.

            Share

            15:48
            Fire Service spokesman Anton Veliskar says more than 300 firefighters, 90 engines and 20 aircraft are now fighting the fire on three fronts.

            Share

            14:10
            Welcome to our live coverage of the wildfire burning north of Lystra. We will bring you the latest as it happens.

            Share
            Load previous updates
            Topics: Wildfires · Climate crisis
            Related
            Comments are closed on this live blog.
            © The Lystra Herald 2024 · Terms · Privacy · Cookie preferences
            """);

        Assert.Contains(draft.Body, paragraph => paragraph.StartsWith("Civil Protection Minister Irena Korvathi", StringComparison.Ordinal));
        Assert.Contains(draft.Body, paragraph => paragraph.StartsWith("Welcome to our live coverage", StringComparison.Ordinal));
        Assert.Contains(draft.People, p => p.Name == "Irena Korvathi");
        Assert.Contains(draft.People, p => p.Name == "Anton Veliskar");
    }

    [Fact]
    public void EntriesHeadedByTheirOwnTitlesUnderALiveLabelAreAllArticle()
    {
        var draft = NewsDocumentParser.Parse("""
            KORVELLA GAMES DAILY
            Games | Hardware | Mobile | Business | Culture | Newsletter | Search
            Sign in    Support independent tech journalism — become a member

            Games › Hardware

            ● LIVE
            Brisvane Deck launch: price, release date and every game announced – as it happened

            Brisvane Works unveils its first handheld console at a two-hour showcase in Lisbon. Follow our coverage as it happened

            Odile Marquant-Savry and Tibor Lenczewski in Lisbon
            First published Tue 10 Jun 2025 09:58 WEST · Last modified Tue 10 Jun 2025 12:41 WEST

            Show key events only   ↻ Auto-update on

            12:41 WEST
            Time to wrap up
            That's it from us. The Deck goes on sale in Portugal on 18 September at €54,800, with Europe, South Korea and Brazil following in October. Thanks for following along, and for all your questions.

            12:20 WEST
            Analyst: price is 'brave'
            Renata Vosgerau, a games analyst at Quillmark Research in Lisbon, told us the pricing was "brave but defensible".

            "Brisvane is pricing below the big three for the first time in its history," she said. "The question is whether the third-party studios turn up. A handheld with eight great Brisvane games and nothing else will not last two Christmases."

            Share

            11:52 WEST
            Queues already in Chiado
            Our colleague Tibor reports that about forty people are already queuing outside Brisvane's flagship store in Chiado, even though pre-orders open online tonight and the shop will not sell a single unit before September. One of them, a 19-year-old student from Coimbra, told him he had come "to be part of it".

            [Photo] Fans queue outside the Brisvane flagship store in Chiado, Lisbon, on Tuesday. Photograph: Tibor Lenczewski/Korvella Games Daily

            11:30 WEST
            Esports: Tejo Falcons sign on
            Brisvane has confirmed a sponsorship deal with Tejo Falcons, the esports team that won last year's national fighting-game league. The team's captain, Duarte Esquível, who competes as "Mergulhão", came on stage to play an exhibition match of Quadra Brawl against a Brisvane engineer. He won 3-0.

            "I practised on a prototype for two weeks and I still cannot get the shoulder buttons right," Esquível joked. "But the screen is beautiful, and there is no lag. For fighting games, that is everything."

            11:05 WEST
            Pintassilgo Jogos's new game
            Lucinda Harrowgate-Pires, the British-Portugalese director of Pintassilgo Jogos in Porto, announced Quadra Brawl, a four-player party fighter that will be a launch title. She said the studio had been working with Brisvane on the hardware "since it was a grey box with wires hanging out of it".

            10:40 WEST
            Price and release date
            Here it is: €54,800 including tax, on sale 18 September in Portugal. An OLED model with 256GB of storage will cost €64,800. President Ilídio Carvalhais said the company had absorbed part of the rise in component costs.

            "We are a company that makes games, not a company that makes money from machines," Carvalhais said. "If we lose a little on each Deck in the first year, that is a price we are ready to pay."

            10:15 WEST
            Carvalhais on stage
            Brisvane president Ilídio Carvalhais has opened the show with a short speech about the company's history, from its origins as a maker of pachinko displays in Braga in 1979 to its arcade hits of the 1990s. "Thirty years ago our machines were in every arcade in Portugal," he said. "Today we want to put one in every pocket."

            09:58 WEST
            Welcome
            Good morning from the Lisbon Congress Centre, where Brisvane Works is about to unveil its long-rumoured handheld. We'll bring you the price, the release date, the launch games and reaction from analysts and fans as it happens.

            Topics
            Games  ·  Brisvane Works  ·  Consoles  ·  Portugal

            Most viewed in Games
            Pintassilgo Jogos hires 80 in Porto expansion
            Why Portugal's arcades are making a comeback
            Tejo Falcons's Esquível: 'I was banned from my school's computer room'

            Korvella Games Daily is reader-funded. Support us from €500 a month.
            © 2025 Korvella Games Daily K.K.
            """);

        Assert.Contains(draft.Body, paragraph => paragraph.StartsWith("Our colleague Tibor reports", StringComparison.Ordinal));
        Assert.Contains(draft.Body, paragraph => paragraph.StartsWith("Good morning from the Lisbon Congress Centre", StringComparison.Ordinal));
        Assert.Contains(draft.People, p => p.Name == "Ilídio Carvalhais");
    }
}
