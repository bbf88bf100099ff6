using NewsApi.Ingestion.Layout;
using NewsApi.Ingestion.Layout.Chrome;

namespace NewsApi.Ingestion.Tests.Layout;

/// <summary>The related list under an article, past the comments' cut, and rows of facts above it; every name is invented.</summary>
public sealed class ListsAfterArticleTests
{
    // A whole rendered page: masthead, a row of towns, menus, the article, then tags, a related list, comments and a footer.
    private const string Page = """
        Skip to content
        THE VARNHOLT COURIER
        Eastbrook · Varnholt · Lindmere · Osterby
        Fri, 14 March 2025   Varnholt 12°C
        Subscribe   |   Sign in   |   E-edition

        News   Local Government   Courts   Business   Sport   Farming   Lifestyle   Notices

        Home / News / Local Government

        Varnholt council scraps ferry contract after weeks of cancelled sailings

        Councillors vote 24-7 to run the crossing themselves from April, but the opposition warns there are no spare crews

        Tilde Osterhagen
        Municipal Affairs Reporter
        14 Mar 2025 18:40   |   Updated 15 Mar 2025 07:12

        Share: WhatsApp   Facebook   Email   Copy link

        Varnholt council will end its contract with a private ferry operator and run the Lindmere crossing itself from 1 April, after a long meeting on Thursday ended with councillors voting 24 to 7.

        The decision follows five weeks in which most sailings were cancelled at short notice, leaving commuters from Osterby to drive two hours round the bay instead of taking the twenty-minute crossing.

        "We paid for a ferry that never came, and the people of Osterby waited on the quay for it," the council leader told the meeting. "From April the boats will be ours, and so will the blame."

        The three-year contract was awarded in 2023. An audit tabled at the meeting found that the operator had billed for 310 sailings that could not be matched to the harbour's own records.

        The operator's director denied any wrongdoing and said the company had not been given a chance to answer the audit before it was published. He said the harbour's records had been faulty for months.

        The opposition, whose councillors voted against the motion, said the council had neither the crews nor the spare engines to keep the crossing open through the spring storms.

        MORE IN LOCAL GOVERNMENT
        Eastbrook library to open on Sundays from May
        Varnholt budget: rates to rise 4.5% as harbour debt grows
        Lindmere bridge repairs delayed until summer

        Comments (2)
        FerryFan · 2 hours ago
        About time. The crossing has been a disgrace all winter and nobody at the council seemed to care.
        Osterby Commuter · 1 hour ago
        Where will they find the crews? Nobody wants to work nights on that boat for what they pay.

        Get the Courier Morning Brief
        The day's local news in your inbox at 7am.

        About us   Advertise   Privacy policy   Contact
        © 2025 Varnholt Courier Ltd
        """;

    [Fact]
    public void TheRelatedListUnderTheArticleIsReadPastTheCut()
    {
        var draft = NewsDocumentParser.Parse(Page);

        Assert.Equal(
            ["Eastbrook library to open on Sundays from May", "Varnholt budget: rates to rise 4.5% as harbour debt grows", "Lindmere bridge repairs delayed until summer"],
            draft.Related);
        Assert.DoesNotContain(draft.Body, paragraph => paragraph.Contains("library", StringComparison.Ordinal));
    }

    [Fact]
    public void ARowOfPlacesBetweenDotsIsNoHeadline()
    {
        var draft = NewsDocumentParser.Parse(Page);

        Assert.Equal("Varnholt council scraps ferry contract after weeks of cancelled sailings", draft.Headline);
        Assert.True(HeadlineLines.IsNeverHeadline("Riga Stage, Riga · until 21 March · 3hrs 10mins · Sung in Czech"));
        Assert.False(HeadlineLines.IsNeverHeadline("Ferry · the crossing nobody wanted"));
    }

    [Theory]
    [InlineData("MORE IN LOCAL GOVERNMENT")]
    [InlineData("More in Business")]
    [InlineData("More on Climate and Energy")]
    [InlineData("MORE VARNHOLT HEADLINES »")]
    [InlineData("More Business News")]
    [InlineData("B.C. Headlines")]
    [InlineData("Varnholt Headlines »")]
    public void MoreInASectionHeadsARelatedList(string line) => Assert.True(ChromeDetector.IsRelatedHeader(line));

    [Theory]
    [InlineData("More in sorrow than in anger")]
    [InlineData("More on the ferry: what the audit found")]
    [InlineData("More families are buying local news")]
    [InlineData("Why we still read headlines")]
    public void AHeadlineThatOpensWithMoreIsNoHeader(string line) => Assert.False(ChromeDetector.IsRelatedHeader(line));

    private const string Story = """
        Harbour board approves new quay

        By Maren Tveitane

        The harbour board in Haldenvik approved a new ferry quay on Tuesday, ending a two-year dispute over its cost.

        Work will start in the spring and should take eighteen months, the board's chair said after the vote.

        """;

    [Fact]
    public void AListOfHeadlinesWithTheirTeasersUnderTheStoryLeavesTheBody()
    {
        var draft = NewsDocumentParser.Parse(Story + """
            Related stories

            Lindmere bridge repairs delayed until summer
            Repairs to the Lindmere bridge will not be finished before July, the county council said on Monday.
            Eastbrook library to open on Sundays
            The library in Eastbrook will open on Sundays from May, after a petition signed by 2,000 residents.
            """);

        Assert.Equal(2, draft.Body.Count);
        Assert.Equal(["Lindmere bridge repairs delayed until summer", "Eastbrook library to open on Sundays"], draft.Related);
    }

    [Fact]
    public void TheStoryGoesOnAfterABoxOfHeadlinesInsideIt()
    {
        var draft = NewsDocumentParser.Parse(Story + """
            Related stories

            Lindmere bridge repairs delayed until summer
            Eastbrook library to open on Sundays

            The quay will carry foot passengers only until the second berth is finished, the chair added on Wednesday.

            Residents said they were glad the dispute was over and hoped the works would not close the harbour road.
            """);

        Assert.Equal(4, draft.Body.Count);
        Assert.Equal(["Lindmere bridge repairs delayed until summer", "Eastbrook library to open on Sundays"], draft.Related);
    }

    [Fact]
    public void AThreadAfterTheTagsUnderItsCountIsNoRelatedList()
    {
        var draft = NewsDocumentParser.Parse(Story + """
            Related:
            • Lindmere bridge repairs delayed until summer
            • Eastbrook library to open on Sundays from May

            Tags: Haldenvik, harbour, ferries

            15 comments | Sort by: Newest
            quay_watcher: Same thing happened with the last quay, no?
            Reply · 3h
            harbour.mum: Glad it is finally settled
            Reply · 2h
            """);

        Assert.Equal(["Lindmere bridge repairs delayed until summer", "Eastbrook library to open on Sundays from May"], draft.Related);
    }
}
