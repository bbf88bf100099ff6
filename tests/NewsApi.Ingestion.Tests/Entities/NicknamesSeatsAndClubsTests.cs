namespace NewsApi.Ingestion.Tests.Entities;

/// <summary>
/// Nicknames between names the lists do not hold, pilgrims' titles, seats on bodies and portfolios, papers named after
/// towns, venues, Gaelic and rugby clubs; every name is invented.
/// </summary>
public sealed class NicknamesSeatsAndClubsTests
{
    [Theory]
    [InlineData("A trader, Mr. Obuya \"Baba Tumi\" Kiprono, said the stalls were gone by morning.", "Obuya Kiprono")]
    [InlineData("The founder, Reinier \"RJ\" van Doorn, said the plant would reopen in March.", "Reinier van Doorn")]
    [InlineData("Full-back Pádraig \"Podsy\" Ó Fearghail scored twice before the break.", "Pádraig Ó Fearghail")]
    public void ANicknameBetweenTheNamesIsLeftOut(string sentence, string person)
    {
        var draft = EntityArticle.ParseSentence(sentence);

        Assert.Contains(draft.People, p => p.Name == person);
        Assert.DoesNotContain(draft.Organizations, o => person.Contains(o.Name, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Hajjat Zaituni Namazzi Kayondo, who chairs the vendors' group, said the traders would go to court.", "Zaituni Namazzi Kayondo")]
    [InlineData("Hajji Swaibu Lwanga Mukiibi said the market had been closed without notice.", "Swaibu Lwanga Mukiibi")]
    [InlineData("Corporator Rakesh Dattatray Pawaskar said the ward needed two more clinics.", "Rakesh Dattatray Pawaskar")]
    public void APilgrimsTitleOrACitySeatBeforeTheNameIsNoPartOfIt(string sentence, string person)
    {
        var draft = EntityArticle.ParseSentence(sentence);

        Assert.Contains(draft.People, p => p.Name == person);
    }

    [Theory]
    [InlineData("The County Executive Committee Member for Water, Dr. Halima Kiprugut, said the pipes would be replaced.", "County Executive Committee Member")]
    [InlineData("Dr. Halima Kiprugut called on the Minister for Lands and Mineral Resources to publish the boundaries.", "Lands and Mineral Resources")]
    public void ASeatOnABodyOrAPortfolioIsNoOrganization(string sentence, string notABody)
    {
        var draft = EntityArticle.ParseSentence(sentence);

        Assert.DoesNotContain(draft.Organizations, o => o.Name.Contains(notABody, StringComparison.Ordinal));
        Assert.Contains(draft.People, p => p.Name == "Halima Kiprugut");
    }

    [Fact]
    public void APaperNamedAfterItsTownIsAnOrganization()
    {
        var draft = EntityArticle.ParseSentence("Lawyer Kwabena Asantewaa-Dodoo told the Sunshine Coast Observer that the ruling would be appealed.");

        draft.AssertOrganizationNotPerson("Sunshine Coast Observer");
        Assert.DoesNotContain("Sunshine Coast Observer", draft.Places);
    }

    [Fact]
    public void APaperNamedWithItsArticleKeepsIt()
    {
        var draft = EntityArticle.ParseSentence("A trader, Mrs. Folasade Adeyemi-Ojo, told The Ikeja Clarion that she had lost her stock.");

        Assert.Contains(draft.Organizations, o => o.Name == "The Ikeja Clarion");
    }

    [Fact]
    public void AGroundWhereTheMatchIsPlayedIsAPlace()
    {
        var draft = EntityArticle.ParseSentence("Thornbury Cricket Ground will host the final on Sunday, the league said.");

        Assert.Contains("Thornbury Cricket Ground", draft.Places);
        Assert.DoesNotContain(draft.Organizations, o => o.Name == "Thornbury Cricket Ground");
    }

    [Theory]
    [InlineData("Glenmore Emmets beat Kilbrin Hibernians by four points in the county semi-final.", "Glenmore Emmets", "Kilbrin Hibernians")]
    [InlineData("Kells Valley RFC signed the flanker from Ardnagh CCC in the summer.", "Kells Valley RFC", "Ardnagh CCC")]
    public void AGaelicRugbyOrCricketClubIsAnOrganization(string sentence, string firstClub, string secondClub)
    {
        var draft = EntityArticle.ParseSentence(sentence);

        draft.AssertOrganizationNotPerson(firstClub);
        draft.AssertOrganizationNotPerson(secondClub);
    }

    [Fact]
    public void TwoClubsJoinedByAndAreTwo()
    {
        var draft = EntityArticle.ParseSentence("The winners will face the winners of Sunday's second semi-final between Glenmore Emmets and Kilbrin Shamrocks.");

        Assert.Contains(draft.Organizations, o => o.Name == "Glenmore Emmets");
        Assert.Contains(draft.Organizations, o => o.Name == "Kilbrin Shamrocks");
    }

    [Fact]
    public void ANameAfterAJobIsThePersonEvenWhenItEndsInACitysName()
    {
        var draft = EntityArticle.ParseSentence("Its chief executive, Ryota Sendai, says the machines will not replace carers.");

        Assert.Contains(draft.People, p => p.Name == "Ryota Sendai");
        Assert.DoesNotContain(draft.Organizations, o => o.Name == "Ryota Sendai");
    }

    [Fact]
    public void ABodysOwnWordAfterItsHeadWordStandsForItLater()
    {
        var draft = EntityArticle.ParseSentence(
            "Bank Zielnicki S.A., the country's sixth-largest lender, reported a profit of 1.3 billion zlotys. "
            + "The chief financial officer said Zielnicki planned to pay out half of its profit as a dividend.");

        Assert.DoesNotContain(draft.People, p => p.Name == "Zielnicki");
        Assert.Contains(draft.Organizations, o => o.Name.StartsWith("Bank Zielnicki", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Counsel for the developer, Lawyer Kwesi Ampofo-Baidoo, said his client held a valid title.", "Kwesi Ampofo-Baidoo")]
    [InlineData("Constables Baraka Menza and Corporal Rehema Wanjiru Kamau appeared before the court.", "Rehema Wanjiru Kamau")]
    public void ALawyerOrACorporalBeforeTheNameIsATitle(string sentence, string person)
    {
        var draft = EntityArticle.ParseSentence(sentence);

        Assert.Contains(draft.People, p => p.Name == person);
    }

    [Fact]
    public void APeoplesBodyKeepsItsPossessive()
    {
        var draft = EntityArticle.ParseSentence("The member for Kampala Central, Moses Kiwanuka, of the People's Renewal Front, said the market would reopen.");

        Assert.Contains(draft.Organizations, o => o.Name == "People's Renewal Front");
        Assert.DoesNotContain(draft.Organizations, o => o.Name == "People");
    }
}
