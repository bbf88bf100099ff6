namespace NewsApi.Ingestion.Tests.Layout;

/// <summary>Wire copy: a headline that ends in a full stop, a byline of a bare name, a dateline on a line of its own.</summary>
public class WireStoryTests
{
    private const string PunctuatedHeadline = """
        SAILING - HARBOUR RACE ENDS IN SURPRISE WIN.

        Tomasz Wierzbicki

        VARNAVIK, Norway 2025-06-14

        A crew of students won the harbour race on Saturday, beating the favourites by four minutes.

        The winners said the wind turned in their favour an hour before the finish.
        """;

    [Fact]
    public void AFullStopDoesNotMakeAHeadlineOverABylineTheLead()
    {
        var draft = NewsDocumentParser.Parse(PunctuatedHeadline);

        Assert.Equal("SAILING - HARBOUR RACE ENDS IN SURPRISE WIN", draft.Headline);
        Assert.False(draft.HeadlineDerived);
        Assert.StartsWith("A crew of students", draft.Body[0], StringComparison.Ordinal);
        Assert.DoesNotContain(draft.Body, paragraph => paragraph.Contains("HARBOUR RACE", StringComparison.Ordinal));
    }

    [Fact]
    public void ABareNameBetweenHeadlineAndDatelineIsTheByline()
    {
        var draft = NewsDocumentParser.Parse(PunctuatedHeadline);

        Assert.Equal(["Tomasz Wierzbicki"], draft.Byline);
        Assert.Contains(draft.People, person => person.Name == "Tomasz Wierzbicki" && person.Roles.Contains(PersonRole.Byline));
    }

    [Fact]
    public void ALeadSentenceOverABodyParagraphStaysTheLead()
    {
        // No byline or date under it: a first line ending in a full stop is the lead of a document without a headline.
        const string Document = """
            A crew of students won the harbour race on Saturday, beating the favourites by four minutes.

            The winners said the wind turned in their favour an hour before the finish.
            """;

        var draft = NewsDocumentParser.Parse(Document);

        Assert.True(draft.HeadlineDerived);
        Assert.StartsWith("A crew of students", draft.Body[0], StringComparison.Ordinal);
    }

    [Fact]
    public void AWireDatelineOnItsOwnLineOpensTheBody()
    {
        // Without the dateline ending the head, the line under it read as a standfirst and "South" as a byline.
        const string Document = """
            Rowing - Fjord regatta single sculls results

            VARNAVIK 2025-06-14

            Results of the Fjord Regatta single sculls final

            South

            The race was rowed in a headwind on Saturday, officials said, and the times were the slowest since 2019.
            """;

        var draft = NewsDocumentParser.Parse(Document);

        Assert.Null(draft.Standfirst);
        Assert.Empty(draft.Byline);
        Assert.Contains("Results of the Fjord Regatta single sculls final", draft.Body);
        Assert.DoesNotContain(draft.People, person => person.Name == "South");
    }

    [Fact]
    public void AnUpdatedLabelAboveTheStandfirstIsNoDateline()
    {
        // "Updated" is a label, not a place in capitals: the standfirst under it is still read as one.
        const string Document = """
            Harbour race ends in surprise win for student crew

            Updated 2025-06-14

            The favourites finished four minutes behind a crew that had never raced the course before.

            By Marit Tveitereid

            A crew of students won the harbour race on Saturday, beating the favourites by four minutes.

            The winners said the wind turned in their favour an hour before the finish.
            """;

        var draft = NewsDocumentParser.Parse(Document);

        Assert.Equal("The favourites finished four minutes behind a crew that had never raced the course before.", draft.Standfirst);
        Assert.Equal(["Marit Tveitereid"], draft.Byline);
    }

    [Theory]
    [InlineData("NHL ICE HOCKEY - STANDINGS AFTER THURSDAY'S GAMES.", "NHL")]
    [InlineData("Talks With United Nations Resume In Geneva", "United Nations")]
    public void AnOrganizationEveryReaderKnowsIsReadInTheHeadline(string headline, string organization)
    {
        var document = $"""
            {headline}

            GENEVA 2025-06-14

            The talks resumed on Saturday after a week's pause, officials said.
            """;

        var draft = NewsDocumentParser.Parse(document);

        Assert.Contains(draft.Organizations, found => found.Name == organization);
    }

    [Fact]
    public void ACommentSectionEndsAShortPageEvenAfterARelatedList()
    {
        const string Document = """
            Solar start-up wins a grant for floating panels

            Posted by Halvard Brenneke on March 3, 2024 at 9:15 am

            A start-up from the coast has won a grant of four million euros to build a pilot plant for floating solar panels on the fjord.

            The company said the plant would employ forty people and sell its power to the regional utility from next year.

            Related articles
            Wind farm protests reach the high court
            Ferry operator orders two electric vessels

            3 comments
            Jon T. says:
            Great news for the region!
            """;

        var draft = NewsDocumentParser.Parse(Document);

        Assert.Equal(2, draft.Body.Count);
        Assert.Equal(["Wind farm protests reach the high court", "Ferry operator orders two electric vessels"], draft.Related);
        Assert.DoesNotContain(draft.People, person => person.Name.StartsWith("Jon", StringComparison.Ordinal));
    }

    [Fact]
    public void ABlogsPostedByLineGivesTheAuthorAndTheDate()
    {
        const string Document = """
            About the front page photo of the day

            Posted by Halvard Brenneke on February 27, 2013 at 11:31 am

            Have you seen the front page of the paper today? It features a photo taken through a rainy car window.

            As the caption notes, the rain makes the street look like an impressionist painting.
            """;

        var draft = NewsDocumentParser.Parse(Document);

        Assert.Equal(["Halvard Brenneke"], draft.Byline);
        Assert.Equal(new DateTimeOffset(2013, 2, 27, 11, 31, 0, TimeSpan.Zero), draft.PublishedAt);
        Assert.Contains(draft.People, person => person.Name == "Halvard Brenneke");
        Assert.DoesNotContain(draft.Organizations, organization => organization.Name == "Halvard Brenneke");
    }
}
