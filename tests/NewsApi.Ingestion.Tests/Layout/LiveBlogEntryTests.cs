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
}
