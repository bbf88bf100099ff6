namespace NewsApi.Ingestion.Tests.Entities;

/// <summary>
/// Ministries named by their portfolios, office-holders' offices, towns with an article, parts of a competition, joined given
/// names, and the last words of firms, charities and town halls; every name is invented.
/// </summary>
public sealed class PortfoliosOfficesAndTownsTests
{
    [Fact]
    public void AMinistryNamedByTheListOfItsPortfoliosKeepsTheWholeList()
    {
        var draft = NewsDocumentParser.Parse("""
            Drought aid delayed

            Haja Rakotomavo, director of water supply at the Ministry of Agriculture, Livestock and Fisheries, said the pipeline would reach the south by the end of the year.
            """);

        Assert.Contains(draft.Organizations, o => o.Name == "Ministry of Agriculture, Livestock and Fisheries");
        Assert.DoesNotContain(draft.Organizations, o => o.Name == "Ministry of Agriculture");
    }

    [Theory]
    [InlineData("The grant came from the Ministerio de las Obras, las Aguas y el Territorio on Monday, its director said.", "Ministerio de las Obras, las Aguas y el Territorio")]
    [InlineData("A letter from the Ministère du Commerce, de la Pêche et des Forêts arrived on Monday.", "Ministère du Commerce, de la Pêche et des Forêts")]
    public void AMinistrysListOfPortfoliosInSpanishOrFrenchKeepsTheWholeList(string sentence, string ministry)
    {
        var draft = EntityArticle.ParseSentence(sentence);

        Assert.Contains(draft.Organizations, o => o.Name == ministry);
    }

    [Fact]
    public void AListOfThingsAfterAMinistryStaysOutOfItsName()
    {
        var draft = NewsDocumentParser.Parse("""
            Budget talks

            The Ministry of Finance, Parliament and the central bank met on Monday to discuss the budget.
            """);

        Assert.Contains(draft.Organizations, o => o.Name == "Ministry of Finance");
    }

    [Fact]
    public void AnOfficeHoldersOfficeIsOneOrganization()
    {
        var draft = NewsDocumentParser.Parse("""
            Bank managers charged

            The Varzena Public Prosecutor's Office said on Friday it had charged four managers of the bank with fraud.
            """);

        Assert.Contains(draft.Organizations, o => o.Name == "Varzena Public Prosecutor's Office");
    }

    [Fact]
    public void AnArticleAndOneWordWhereSomethingHappensIsAPlaceNotAPerson()
    {
        var draft = NewsDocumentParser.Parse("""
            Spaniard wins the queen stage

            Matteo Ruzzolin of Team Gravellino won stage 4, holding off the chasers on the fast descent into Le Brassus.
            """);

        Assert.DoesNotContain(draft.People, p => p.Name == "Le Brassus");
    }

    [Fact]
    public void ANumberedStageOfARaceIsNoTeam()
    {
        var draft = NewsDocumentParser.Parse("""
            Stage results

            Matteo Ruzzolin won the stage on Friday.

            Stage 4 top three (Orbe – Le Brassus, 158.6km)
            1. Matteo Ruzzolin (ITA) Team Gravellino 3:54:18
            2. Jorrit Vaskelund (NED) Team Sandmoor +0:09
            3. Ruben Alcaraz-Peña (ESP) Team Gravellino +0:14
            """);

        Assert.DoesNotContain(draft.Organizations, o => o.Name == "Stage");
    }

    [Theory]
    [InlineData("Harbour operator cuts jobs", "The Santos terminal is run by Marevento Consultoria, which advises the port authority.", "Marevento Consultoria")]
    [InlineData("Wind farm sold", "The turbines belong to Skjelvik Vind AS, which said the sale would close in June.", "Skjelvik Vind AS")]
    [InlineData("Exhibition opens", "Last year, Quintana sold a smaller collection of Oaxacan huipiles through the Galería Yaretzi Montalbán in Roma Norte. The gallery’s founder, Yaretzi Montalbán, said interest from foreign buyers had been “far stronger than we expected” and that she was glad.", "Galería Yaretzi Montalbán")]
    public void FirmAndGalleryWordsMakeAnOrganization(string headline, string sentence, string organization)
    {
        EntityArticle.ParseSentence(sentence, headline).AssertOrganizationNotPerson(organization);
    }

    [Fact]
    public void TwoGivenNamesJoinedByAHyphenOpenAPersonsName()
    {
        var draft = NewsDocumentParser.Parse("""
            Festival review

            Opening with a slow ballad, singer Léa-Maude Vautrinière let the first verse hang over the crowd before the band came in.

            The crowd sang the chorus back to Vautrinière twice.
            """);

        Assert.Contains(draft.People, p => p.Name == "Léa-Maude Vautrinière");
        Assert.DoesNotContain(draft.Organizations, o => o.Name == "Vautrinière");
    }

    [Fact]
    public void ANameEndingInInternationalIsAnOrganization()
    {
        var draft = NewsDocumentParser.Parse("""
            Drought report

            A new report by Bridges Over Borders International says a million people in the south need food aid.
            """);

        Assert.Contains(draft.Organizations, o => o.Name == "Bridges Over Borders International");
        Assert.DoesNotContain(draft.People, p => p.Name.Contains("Bridges", StringComparison.Ordinal));
    }

    [Fact]
    public void AMunicipalityIsAnOrganization()
    {
        var draft = NewsDocumentParser.Parse("""
            Wildfire reaches villages

            Firefighters from Kestelli Municipality were sent to the hills above the town on Sunday night.
            """);

        Assert.Contains(draft.Organizations, o => o.Name == "Kestelli Municipality");
    }

    [Fact]
    public void AnOrdinalBeforeACourtsHeadWordStaysInItsName()
    {
        var draft = NewsDocumentParser.Parse("""
            Collapse trial adjourned

            The Kavaklıdere 6th High Criminal Court, presided over by Judge Sinan Ertuğrul, adjourned the hearing until March 4.
            """);

        Assert.Contains(draft.Organizations, o => o.Name == "Kavaklıdere 6th High Criminal Court");
        Assert.DoesNotContain(draft.Organizations, o => o.Name == "High Criminal Court");
    }
}
