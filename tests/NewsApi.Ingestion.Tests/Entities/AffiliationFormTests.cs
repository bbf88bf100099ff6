namespace NewsApi.Ingestion.Tests.Entities;

/// <summary>Where people work and what they are called, in the forms appositions and later mentions take; every name is invented.</summary>
public sealed class AffiliationFormTests
{
    private static PersonDraft Person(ArticleDraft draft, string name) => Assert.Single(draft.People, p => p.Name == name);

    [Fact]
    public void AnOrganizationsPossessiveBeforeATitleIsTheAffiliation()
    {
        var draft = NewsDocumentParser.Parse("Leaders back water deal\n\nNgozi Okafor-Ezeh, the Pan-Sahel Union's special envoy for water, said the deal was fragile.");

        var envoy = Person(draft, "Ngozi Okafor-Ezeh");
        Assert.Equal("Pan-Sahel Union", envoy.Organization);
        Assert.Contains("special envoy", envoy.Title, StringComparison.Ordinal);
    }

    [Fact]
    public void AnOrganizationAfterItsBaseIsTheAffiliation()
    {
        var draft = NewsDocumentParser.Parse("""
            Leaders back water deal

            Rashid Al-Mansouri, a water-policy researcher at the Abu Dhabi-based Gulf Institute for Delta Studies, said the deal was fragile.
            """);

        Assert.Equal("Gulf Institute for Delta Studies", Person(draft, "Rashid Al-Mansouri").Organization);
    }

    [Fact]
    public void AWhoClauseSayingWhereSomeoneWorksGivesTheAffiliation()
    {
        var draft = NewsDocumentParser.Parse("""
            Planet loses its air

            Folake Adebayo, who studies exoplanet atmospheres at the University of Cape Town and was not involved in the study, said the tail was large.
            """);

        Assert.Equal("University of Cape Town", Person(draft, "Folake Adebayo").Organization);
    }

    [Fact]
    public void ALaterMentionWithAnHonorificGivesTheSurnameAsWellAsTheAddress()
    {
        var draft = NewsDocumentParser.Parse("""
            Trial opens

            The jury heard from Olumide Bankolé, a security guard at the warehouse. Mr Bankolé said he saw smoke at 2am.
            """);

        var guard = Person(draft, "Olumide Bankolé");
        Assert.Contains("Bankolé", guard.Aliases);
        Assert.Contains("Mr Bankolé", guard.Aliases);
    }

    [Fact]
    public void AnIrishSurnameKeepsItsParticle()
    {
        var draft = NewsDocumentParser.Parse("""
            Trial opens

            The case is heard by Ms Justice Róisín Mac Lochlann.

            Ms Justice Mac Lochlann told the jury to ignore press reports.
            """);

        Assert.Contains("Mac Lochlann", Person(draft, "Róisín Mac Lochlann").Aliases);
        Assert.Single(draft.People);
    }

    [Fact]
    public void SeniorCounselsLettersAfterADoubleBarrelledSurnameAreTrimmed()
    {
        var draft = NewsDocumentParser.Parse("Trial opens\n\nFor the defence, Niamh Doyle-Kavanagh SC said her client had done nothing wrong.");

        Assert.Contains(draft.People, p => p.Name == "Niamh Doyle-Kavanagh");
        Assert.Empty(draft.Organizations);
    }

    [Theory]
    [InlineData("The Polish referee, Szymon Wrobel, pointed to the spot.", "Szymon Wrobel", "referee")]
    [InlineData("The translator, Cormac Mac Giolla, keeps just enough French.", "Cormac Mac Giolla", "translator")]
    [InlineData("The soprano, Ilse Marten, sang the last act from the stalls.", "Ilse Marten", "soprano")]
    public void OfficialsAndArtistsTitlesSetOffByACommaAreTitles(string sentence, string name, string title)
    {
        var draft = NewsDocumentParser.Parse("Night at the harbour\n\n" + sentence);

        Assert.Equal(title, Person(draft, name).Title);
    }
}
