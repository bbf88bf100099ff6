namespace NewsApi.Ingestion.Tests.Layout;

public class ResultsTableTests
{
    private const string ResultsOnly = """
        ROWING-REGATTA SINGLE SCULLS RESULTS.

        VARNAVIK, Norway 2025-06-14

        Results of the Fjord Regatta

        single sculls final on Saturday:

        Women

        1. Oona Lindqvist-Hale (Finland) 7:21.04

        2. Marit Tveitereid (Norway) 7:23.88

        3. Agnes Pobłocka (Poland) 7:25.10
        """;

    private const string StoryWithRelatedLinks = """
        Ferry operator orders two electric vessels

        The operator said on Tuesday it had ordered two battery-powered ferries for its busiest crossing, to enter service in 2027.

        Engineers expect the vessels to cut the route's emissions by nine tenths, the company said.

        Read more

        Port strike ends after pay deal

        New bridge opens to traffic
        """;

    [Fact]
    public void TableOfResultsIsTheBodyAndItsPeopleAndCountriesAreFound()
    {
        var draft = NewsDocumentParser.Parse(ResultsOnly);

        Assert.Contains("1. Oona Lindqvist-Hale (Finland) 7:21.04", draft.Body);
        Assert.Contains("3. Agnes Pobłocka (Poland) 7:25.10", draft.Body);
        Assert.Empty(draft.Related);
        Assert.Contains(draft.People, person => person.Name == "Marit Tveitereid");
        Assert.Contains("Poland", draft.Places);
        Assert.DoesNotContain(draft.Organizations, organization => organization.Name == "VARNAVIK");
    }

    [Fact]
    public void RelatedHeadlinesWithoutFiguresStayRelatedHeadlines()
    {
        var draft = NewsDocumentParser.Parse(StoryWithRelatedLinks);

        Assert.Equal(["Port strike ends after pay deal", "New bridge opens to traffic"], draft.Related);
        Assert.DoesNotContain(draft.Body, paragraph => paragraph.Contains("bridge", StringComparison.Ordinal));
    }

    [Fact]
    public void PlaceOpeningADateLineIsTheDatelinePlace()
    {
        const string Document = """
            Harbour authority delays dredging plan

            LISBON 2025-03-04

            The port authority said on Tuesday it would put off dredging the river mouth until an environmental study was complete.
            """;

        var draft = NewsDocumentParser.Parse(Document);

        Assert.Contains("Lisbon", draft.Places);
        Assert.NotNull(draft.PublishedAt);
    }
}
