namespace NewsApi.Ingestion.Tests.Entities;

/// <summary>Where people work and what they are called, in the forms appositions and later mentions take; every name is invented.</summary>
public sealed class AffiliationFormTests
{
    private static PersonDraft Person(ArticleDraft draft, string name) => Assert.Single(draft.People, p => p.Name == name);

    [Fact]
    public void AnOrganizationsPossessiveBeforeATitleIsTheAffiliation()
    {
        var draft = NewsDocumentParser.Parse("Leaders back water deal\n\nChiamaka Obiora-Nwosu, the Pan-Sahel Union's special envoy for water, said the deal was fragile.");

        var envoy = Person(draft, "Chiamaka Obiora-Nwosu");
        Assert.Equal("Pan-Sahel Union", envoy.Organization);
        Assert.Contains("special envoy", envoy.Title, StringComparison.Ordinal);
    }

    [Fact]
    public void AnOrganizationAfterItsBaseIsTheAffiliation()
    {
        var draft = NewsDocumentParser.Parse("""
            Leaders back water deal

            Tariq Al-Hamdani, a water-policy researcher at the Abu Dhabi-based Delta Institute for Water Studies, said the deal was fragile.
            """);

        Assert.Equal("Delta Institute for Water Studies", Person(draft, "Tariq Al-Hamdani").Organization);
    }

    [Fact]
    public void AWhoClauseSayingWhereSomeoneWorksGivesTheAffiliation()
    {
        var draft = NewsDocumentParser.Parse("""
            Planet loses its air

            Yetunde Akinola, who studies exoplanet atmospheres at the University of Cape Town and was not involved in the study, said the tail was large.
            """);

        Assert.Equal("University of Cape Town", Person(draft, "Yetunde Akinola").Organization);
    }

    [Fact]
    public void ALaterMentionWithAnHonorificGivesTheSurnameAsWellAsTheAddress()
    {
        var draft = NewsDocumentParser.Parse("""
            Trial opens

            The jury heard from Samuel Okwuosa, a security guard at the warehouse. Mr Okwuosa said he saw smoke at 2am.
            """);

        var guard = Person(draft, "Samuel Okwuosa");
        Assert.Contains("Okwuosa", guard.Aliases);
        Assert.Contains("Mr Okwuosa", guard.Aliases);
    }

    [Fact]
    public void AnIrishSurnameKeepsItsParticle()
    {
        var draft = NewsDocumentParser.Parse("""
            Trial opens

            The case is heard by Ms Justice Aoibhe Mac Conmara.

            Ms Justice Mac Conmara told the jury to ignore press reports.
            """);

        Assert.Contains("Mac Conmara", Person(draft, "Aoibhe Mac Conmara").Aliases);
        Assert.Single(draft.People);
    }

    [Fact]
    public void SeniorCounselsLettersAfterADoubleBarrelledSurnameAreTrimmed()
    {
        var draft = NewsDocumentParser.Parse("Trial opens\n\nFor the defence, Sorcha Nolan-Brophy SC said her client had done nothing wrong.");

        Assert.Contains(draft.People, p => p.Name == "Sorcha Nolan-Brophy");
        Assert.Empty(draft.Organizations);
    }

    [Theory]
    [InlineData("The Polish referee, Tadeusz Kowalik, pointed to the spot.", "Tadeusz Kowalik", "referee")]
    [InlineData("The translator, Fionn Mac Aodha, keeps just enough French.", "Fionn Mac Aodha", "translator")]
    [InlineData("The soprano, Greta Lindqvist, sang the last act from the stalls.", "Greta Lindqvist", "soprano")]
    public void OfficialsAndArtistsTitlesSetOffByACommaAreTitles(string sentence, string name, string title)
    {
        var draft = NewsDocumentParser.Parse("Night at the harbour\n\n" + sentence);

        Assert.Equal(title, Person(draft, name).Title);
    }

    [Theory]
    [InlineData("Planet loses its air\n\nYetunde Akinola, who works at")]
    [InlineData("Planet loses its air\n\nYetunde Akinola, who works at the")]
    public void AWhoClauseCutOffAfterAtIsReadWithoutFailing(string text)
    {
        var draft = NewsDocumentParser.Parse(text);

        Assert.Null(Assert.Single(draft.People, p => p.Name == "Yetunde Akinola").Organization);
    }
}
