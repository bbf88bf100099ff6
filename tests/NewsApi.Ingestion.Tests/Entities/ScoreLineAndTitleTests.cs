namespace NewsApi.Ingestion.Tests.Entities;

/// <summary>Teams either side of a score, rivers, ranks and titles that stand alone; every name is invented.</summary>
public sealed class ScoreLineAndTitleTests
{
    [Fact]
    public void TheNamesEitherSideOfAScoreAreTeams()
    {
        var draft = NewsDocumentParser.Parse("""
            Hosts survive a late equaliser

            Körvik Bayrakçı 3-2 Ercan Yeşilspor: the hosts won with a penalty in stoppage time.

            Körvik Bayrakçı climbed into the play-off places on Sunday night after their captain converted a penalty in stoppage time.
            """);

        Assert.Contains(draft.Organizations, o => o.Name == "Körvik Bayrakçı");
        Assert.Contains(draft.Organizations, o => o.Name == "Ercan Yeşilspor");
        Assert.DoesNotContain(draft.People, p => p.Name.Contains("Bayrakçı", StringComparison.Ordinal) || p.Name.Contains("Yeşilspor", StringComparison.Ordinal));
    }

    [Fact]
    public void TwoRiversJoinedByAndArePlacesNotAPairOfPeople()
    {
        var draft = NewsDocumentParser.Parse("""
            Flood warning

            The River Niger and River Benue rose above their banks on Tuesday, the agency said.
            """);

        Assert.Contains("River Niger", draft.Places);
        Assert.Contains("River Benue", draft.Places);
        Assert.DoesNotContain(draft.People, p => p.Name.StartsWith("River", StringComparison.Ordinal));
    }

    [Fact]
    public void ARankOfTwoWordsAndATitleAloneNameNobody()
    {
        var draft = NewsDocumentParser.Parse("""
            Restaurant fire

            Senior Constable Thanh Binh Vuong told the court he saw smoke at 2am. The Director-General said the review would report in May.
            """);

        Assert.Contains(draft.People, p => p.Name == "Thanh Binh Vuong");
        Assert.DoesNotContain(draft.People, p => p.Name.Contains("Constable", StringComparison.Ordinal) || p.Name == "Director-General");
    }

    [Fact]
    public void ABylineOpenedByFromNamesTheReporterWithoutThePlace()
    {
        var draft = NewsDocumentParser.Parse("""
            Flood displaces thousands

            From Obiageli Nwachukwu-Eze, Lokoja

            Thousands of residents fled their homes on Tuesday as the river rose above its banks, officials said.
            """);

        Assert.Equal(["Obiageli Nwachukwu-Eze"], draft.Byline);
    }
}
