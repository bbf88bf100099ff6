namespace NewsApi.Ingestion.Tests.Entities;

/// <summary>Titles of pilgrims and graduates before a name, and the venues where things happen; every name is invented.</summary>
public sealed class TitlesAndVenuesTests
{
    [Fact]
    public void APilgrimsTitleOpeningANameIsATitleButInsideANameIsPartOfIt()
    {
        var draft = NewsDocumentParser.Parse("""
            Growers hold back their cashew

            El Hadj Bakary Sekoubou, president of the growers' union, said prices were too low. Sekoubou said the union would wait.

            Haji Darmawan Suryaputra, the head of the village, said the water had risen overnight. "We have never seen this," Darmawan said.

            A three-judge bench made up of Justices Esther Wanjiru Kamau, Abdikarim Haji Farah and Peter Kiprono Tanui set aside the conviction.
            """);

        var names = draft.People.Select(p => p.Name).ToList();
        Assert.Contains("Bakary Sekoubou", names);
        Assert.Contains("Darmawan Suryaputra", names);
        Assert.DoesNotContain(names, name => name.StartsWith("El ", StringComparison.Ordinal) || name.StartsWith("Haji ", StringComparison.Ordinal));
    }

    [Fact]
    public void AGraduatesTitleBeforeANameIsNoPerson()
    {
        var draft = NewsDocumentParser.Parse("""
            Clinic opens in the regency

            The clinic will treat 300 patients a week. "The ministry kept promising a clinic. Now it is here," said clinic director Dra. Retnaningsih Kusumastuti.
            """);

        Assert.Contains(draft.People, p => p.Name == "Retnaningsih Kusumastuti");
        Assert.DoesNotContain(draft.People, p => p.Name is "Dra" or "Dra.");
    }

    [Fact]
    public void AVenueWhereThingsHappenIsNoOrganization()
    {
        var draft = NewsDocumentParser.Parse("""
            Fishing drama sweeps the island festival

            The awards were handed out on Sunday at the Grand Harbour Convention Hall in front of 2,000 guests.

            The final was played at the Estadio Ramón Ibarguren Solís, where the home side won 2-1, said Tomás Otxandio, the club's coach.
            """);

        Assert.DoesNotContain(draft.Organizations, o => o.Name.Contains("Convention Hall", StringComparison.Ordinal) || o.Name.StartsWith("Estadio", StringComparison.Ordinal));
    }

    [Fact]
    public void ANicknameQuotedBetweenGivenNameAndSurnameIsNeitherPartOfTheNameNorAQuote()
    {
        var draft = NewsDocumentParser.Parse("""
            Coach stays on for another season

            The club's coach, Tomás “el Flaco” Otxandio, said the squad was tired but happy. Otxandio added that two players were injured.
            """);

        Assert.Contains(draft.People, p => p.Name == "Tomás Otxandio");
        Assert.DoesNotContain(draft.Organizations, o => o.Name == "Otxandio");
        Assert.DoesNotContain(draft.Quotes, q => q.Text.Contains("el Flaco", StringComparison.Ordinal));
    }

    [Fact]
    public void HonorificsTitlesAndPostNominalsOfManyCountriesStayOutOfTheName()
    {
        var draft = NewsDocumentParser.Parse("""
            Gold miner rejects bid

            The chair, Margaret Vrellis AO, said the offer was too low. Its lawyers, Harrowby Quance Lawyers, wrote to the panel.

            Mzee Rashid Omari Mwakombe, 84, said the rains had failed. Commandant Gurkirat Singh Dhillwan said boats had reached the village.

            Desembargadora Lucélia Regina Couto Marambaia ordered the union to keep 70 per cent of staff working.
            """);

        var people = draft.People.Select(p => p.Name).ToList();
        Assert.Contains("Margaret Vrellis", people);
        Assert.Contains("Rashid Omari Mwakombe", people);
        Assert.Contains("Gurkirat Singh Dhillwan", people);
        Assert.Contains("Lucélia Regina Couto Marambaia", people);
        Assert.Contains(draft.Organizations, o => o.Name == "Harrowby Quance Lawyers");
        Assert.DoesNotContain(draft.Organizations, o => o.Name.Contains("Dhillwan", StringComparison.Ordinal));
    }
}
