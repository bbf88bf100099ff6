namespace NewsApi.Ingestion.Tests.Layout;

/// <summary>A sentence that closes with emoji after its stop, as posts and community blogs write; every name is invented.</summary>
public sealed class ClosingEmojiTests
{
    [Fact]
    public void ThePostsLastParagraphEndingInAnEmojiStaysInTheBodyAndOutOfTheRelatedList()
    {
        var draft = NewsDocumentParser.Parse("""
            Menu   Home   News   Council Watch   Sport   Contact

            Market vote collapses as councillors walk out

            By Orla Venkataram-Dyce

            March 13, 2025

            Vendors packed the public gallery on Wednesday evening as the Brindlecombe Municipal Corporation met to vote on moving the town's market to a site outside the centre.

            The vote collapsed when six councillors walked out, leaving the chamber without a quorum for the second month running.

            "Nobody came and asked a single vendor what we want," said Hattie Colquhoun-Reyes, who has sold vegetables at the market for thirty years.

            The corporation's chief executive said a report on the building's condition would be published before the next sitting.

            The next monthly sitting is set for April 7. We will be there, and so should every vendor and shopper in town. 📝

            Filed under: Council Watch, Markets, Vendors

            Share this:
            WhatsApp  Facebook  Email  Print

            Related
            Jerk festival moved to July
            Water lock-off for the east end this weekend
            Councillor asks for a hospital wing of the town's own

            12 thoughts on "Market vote collapses as councillors walk out"
            """);

        Assert.Contains(draft.Body, paragraph => paragraph.StartsWith("The next monthly sitting is set for April 7.", StringComparison.Ordinal));
        Assert.DoesNotContain(draft.Related, headline => headline.StartsWith("The next monthly sitting", StringComparison.Ordinal));
    }
}
