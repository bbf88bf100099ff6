namespace NewsApi.Ingestion.Tests.Entities;

/// <summary>Companies' legal forms of many countries and what they close, Nordic bodies, Malaysian titles, terms in capitals; every name is invented.</summary>
public sealed class LegalFormsTests
{
    [Theory]
    [InlineData("Among the clients is the freight forwarder Tolvborg Logistik A/S, which said it was reviewing the contract.", "Tolvborg Logistik A/S")]
    [InlineData("The largest shareholder, the family-controlled Quintela da Serra SGPS, has agreed to tender its stake.", "Quintela da Serra SGPS")]
    [InlineData("The German charity Hilfswerk Morgenbrücke e.V. is trucking water into the camp every day.", "Hilfswerk Morgenbrücke e.V.")]
    [InlineData("Ponteverde Mobile S.r.l., a virtual operator, said all of its users had been affected.", "Ponteverde Mobile S.r.l.")]
    [InlineData("The paintings were sold by Subastas Ocotlán S.A. de C.V. in the spring.", "Subastas Ocotlán S.A. de C.V.")]
    public void ALegalFormMakesACompanyOfTheWordsBeforeIt(string sentence, string organization)
    {
        var draft = EntityArticle.ParseSentence(sentence, "Company news");

        Assert.Contains(draft.Organizations, o => o.Name == organization);
        Assert.DoesNotContain(draft.People, p => organization.Contains(p.Name, StringComparison.Ordinal));
    }

    [Fact]
    public void ALegalFormClosesItsNameBeforeAndTheNextOne()
    {
        var draft = NewsDocumentParser.Parse("""
            Lithium plant agreed

            SANTIAGO (Meridian) — Chilean lithium producer Salar Verdoso SpA and South Korea's Hanwol Cell Materials Co. signed a $620 million agreement on Monday.
            """);

        Assert.Contains(draft.Organizations, o => o.Name == "Salar Verdoso SpA");
        Assert.DoesNotContain(draft.Organizations, o => o.Name.Contains(" and ", StringComparison.Ordinal));
    }

    [Fact]
    public void AnAmpersandInsideAGermanLegalFormKeepsItWhole()
    {
        var draft = NewsDocumentParser.Parse("""
            Patent ruling

            The court found that Lyktos Arzneimittel GmbH & Co. KG had infringed the patent, and ordered it to stop sales in Germany.
            """);

        Assert.Contains(draft.Organizations, o => o.Name.StartsWith("Lyktos Arzneimittel GmbH & Co", StringComparison.Ordinal));
        Assert.DoesNotContain(draft.Organizations, o => o.Name == "Lyktos Arzneimittel GmbH");
    }

    [Fact]
    public void ATitleWordInsideACompanysNameMakesNoPersonOfIt()
    {
        var draft = NewsDocumentParser.Parse("""
            School closure

            The board's transportation contractor, Pine Hollow Coach Lines Inc., said it would need three more routes.
            """);

        Assert.Contains(draft.Organizations, o => o.Name == "Pine Hollow Coach Lines Inc.");
        Assert.DoesNotContain(draft.People, p => p.Name.Contains("Lines", StringComparison.Ordinal));
    }

    [Fact]
    public void AJobBeforeACompanyWithItsLegalFormIsStillAJob()
    {
        var draft = NewsDocumentParser.Parse("""
            Power debts

            The Managing Director of Osu Grid Services Limited (OGS), Mrs. Adwoa Kyeremaa-Boateng, faced questions from the committee on Wednesday.
            """);

        Assert.DoesNotContain(draft.Organizations, o => o.Name.StartsWith("Managing", StringComparison.Ordinal));
        Assert.Contains(draft.Organizations, o => o.Name == "Osu Grid Services Limited");
    }

    [Fact]
    public void ANordicBodysOneWordNameIsAnOrganization()
    {
        var draft = NewsDocumentParser.Parse("""
            Salmon farmer fined

            OSLO (Meridian) — Norway's aquaculture inspectorate, Fiskeoppdrettstilsynet, fined a salmon farmer 14 million crowns on Monday.
            """);

        Assert.Contains(draft.Organizations, o => o.Name == "Fiskeoppdrettstilsynet");
        Assert.DoesNotContain(draft.People, p => p.Name == "Fiskeoppdrettstilsynet");
    }

    [Fact]
    public void TheSecondWordOfAMalaysianTitleIsNoPartOfTheName()
    {
        var draft = NewsDocumentParser.Parse("""
            Former minister jailed

            The commission's chief commissioner Datuk Seri Rajesh Kanagaratnam said the verdict showed no one was above the law.
            """);

        Assert.Contains(draft.People, p => p.Name == "Rajesh Kanagaratnam");
        Assert.DoesNotContain(draft.People, p => p.Name.StartsWith("Seri", StringComparison.Ordinal));
    }

    [Fact]
    public void ARegulationsAcronymIsNoOrganization()
    {
        var draft = NewsDocumentParser.Parse("""
            Data breach

            The supplier may have breached the GDPR by waiting eleven days to tell its clients, a lawyer said.
            """);

        Assert.DoesNotContain(draft.Organizations, o => o.Name == "GDPR");
    }
}
