namespace NewsApi.Ingestion.Tests.Entities;

/// <summary>Bodies named by head words of other languages, law firms, racing teams, mills and zoos, and titles worn before a name; every name is invented.</summary>
public sealed class BodyWordsOfOtherLanguagesTests
{
    [Theory]
    [InlineData("The Zentrales Markengericht dismissed the appeal on Thursday, a spokesman said.", "Zentrales Markengericht")]
    [InlineData("The company was represented by Wendlinger Haas Rechtsanwälte PartG, which declined to comment.", "Wendlinger Haas Rechtsanwälte PartG")]
    [InlineData("Volunteers from Perhimpunan Bintang Sabit Raya handed out tents in the town on Sunday.", "Perhimpunan Bintang Sabit Raya")]
    [InlineData("Scuderia Ventalba brought both cars home in the points for the first time this season.", "Scuderia Ventalba")]
    [InlineData("The flour comes from Kettle Creek Mills, twelve kilometres up the road, as it has since 1962.", "Kettle Creek Mills")]
    [InlineData("The calf was born at Zoo Brdská on Sunday night, keepers said.", "Zoo Brdská")]
    [InlineData("He chaired the industry group Kaapelilaiteteollisuus ry for twelve years.", "Kaapelilaiteteollisuus ry")]
    [InlineData("The Primary Lecturers' Guild said its members would accept the offer.", "Primary Lecturers' Guild")]
    [InlineData("The victim's family thanked Stiftelsen Lugna Torg for its support during the trial.", "Stiftelsen Lugna Torg")]
    [InlineData("Its largest shareholder, Nordkyst Pensjonskasse, said it would not sell.", "Nordkyst Pensjonskasse")]
    [InlineData("The shirts are sponsored by Bragdy'r Cwm Cyf. for a third season.", "Bragdy'r Cwm Cyf.")]
    public void AHeadWordOfAnotherLanguageOrAFirmsLastWordMakesAnOrganization(string sentence, string organization)
    {
        EntityArticle.ParseSentence(sentence).AssertOrganizationNotPerson(organization);
    }

    [Fact]
    public void AnAuctioneerOpeningTheSentenceIsATitle()
    {
        var draft = NewsDocumentParser.Parse("""
            Auction record

            Auctioneer Bastien Lemarchand-Roux brought the hammer down after eleven minutes of bidding.
            """);

        Assert.Contains(draft.People, p => p.Name == "Bastien Lemarchand-Roux");
    }

    [Theory]
    [InlineData("Advocate Thembeka Mokoena-Pillai, for the accused, said her client would plead not guilty.", "Thembeka Mokoena-Pillai")]
    [InlineData("Comrade Zainab Olaniyan-Bello, the union's branch chair, told members the strike would go on.", "Zainab Olaniyan-Bello")]
    [InlineData("Polewali Regent Andi Tenriawaru said 4,000 people had left their homes.", "Andi Tenriawaru")]
    public void ATitleWornBeforeTheNameIsNoPartOfIt(string sentence, string person)
    {
        Assert.Contains(EntityArticle.ParseSentence(sentence).People, p => p.Name == person);
    }
}
