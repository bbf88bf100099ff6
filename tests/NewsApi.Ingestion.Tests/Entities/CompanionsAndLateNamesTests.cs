namespace NewsApi.Ingestion.Tests.Entities;

/// <summary>
/// People named by a companion's noun or as "the late", a surname read before its bearer's full name, and a competitor of
/// four names in a results line, a couple before the surname they share, and a cemetery named after someone; every name is invented.
/// </summary>
public sealed class CompanionsAndLateNamesTests
{
    [Fact]
    public void FriendsNamedAfterTheirNounArePeople()
    {
        var draft = EntityArticle.ParseSentence("She was attended by her friends Clíona Breathnach-Tierney and Ashling O'Dowda.");

        Assert.Contains(draft.People, p => p.Name == "Ashling O'Dowda");
        Assert.DoesNotContain(draft.Places, place => place.Contains("Breathnach", StringComparison.Ordinal) || place.Contains("Dowda", StringComparison.Ordinal));
    }

    [Fact]
    public void TheLateIsAPerson()
    {
        var draft = EntityArticle.ParseSentence("Born in Wilkes-Barre, he was the son of the late James and Honora Kilcoyne Brannagh.");

        Assert.Contains(draft.People, p => p.Name == "Honora Kilcoyne Brannagh");
        Assert.DoesNotContain(draft.Places, place => place == "Honora Kilcoyne Brannagh");
    }

    [Fact]
    public void ASurnameReadBeforeTheFullNameIsNoPlace()
    {
        var draft = NewsDocumentParser.Parse("""
            Home pair reach the semi-finals at the Istora

            The home crowd had plenty to cheer on Friday as the hosts' last doubles pair came through a tight quarter-final.

            That leaves Wiratmaja and Sinurat, who dismantled the Norwegian pair in 34 minutes, as the only other home players still standing.

            Earlier in the day the crowd had less to cheer in the mixed doubles, where both home pairs went out in straight games.

            Men's doubles: Rizky Wiratmaja/Yohanes Sinurat (INA) bt Oskar Lindqvist-Brage/Henrik Saltvedt (NOR) 21-15 21-13

            The semi-finals start at 13:00 on Saturday, and tickets have been sold out since March.
            """);

        Assert.Contains(draft.People, p => p.Name == "Yohanes Sinurat");
        Assert.DoesNotContain(draft.Places, place => place is "Wiratmaja" or "Sinurat");
    }

    [Fact]
    public void ACompetitorOfFourNamesWithACountryInBracketsIsAPerson()
    {
        var draft = NewsDocumentParser.Parse("""
            Quarter-final results

            Two home players went out on Friday.

            Men's singles: Oskar Lindqvist-Brage (NOR) bt Ketut Agung Raka Pradnyana (INA) 17-21 21-18 21-12
            """);

        Assert.Contains(draft.People, p => p.Name == "Ketut Agung Raka Pradnyana");
        Assert.DoesNotContain(draft.Places, place => place.Contains("Pradnyana", StringComparison.Ordinal));
    }

    [Fact]
    public void ACemeteryNamedLikeAPersonIsNoPerson()
    {
        var draft = EntityArticle.ParseSentence("Interment: Ostrowiecki Cemetery, family plot");

        Assert.DoesNotContain(draft.People, p => p.Name.Contains("Ostrowiecki", StringComparison.Ordinal));
    }

    [Fact]
    public void ACoupleNamedBeforeTheirSharedSurnameGivesThePersonNamedInFull()
    {
        var draft = EntityArticle.ParseSentence("Diaspora supporters Desmond and Shernette Pryce-Aldridge travelled from Toronto for the gala.");

        Assert.Contains(draft.People, p => p.Name == "Shernette Pryce-Aldridge");
        Assert.DoesNotContain(draft.People, p => p.Name == "Desmond");
    }
}
