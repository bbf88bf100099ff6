namespace NewsApi.Ingestion.Tests.Entities;

/// <summary>A head word standing alone ("Council", "Committee") refers to a body or is a name cut short; every name is invented.</summary>
public sealed class BareHeadWordTests
{
    [Fact]
    public void AHeadWordAloneIsTheOneBodyOfTheArticleThatHoldsIt()
    {
        var draft = NewsDocumentParser.Parse("""
            Thornwick approves harbour hotel

            Board papers say the plan would bring 140 jobs to the harbour.

            Council President Mirela Dovrakis said the vote was close. The Thornwick City Council voted 6-3 late on Tuesday to approve
            the hotel after five hours of debate.
            """);

        Assert.DoesNotContain(draft.Organizations, o => o.Name is "Council" or "Board");
        Assert.Contains(draft.Organizations, o => o.Name == "Thornwick City Council");
    }

    [Fact]
    public void AHeadWordNoNameOfTheArticleHoldsIsNoOrganization()
    {
        var draft = NewsDocumentParser.Parse("""
            Mill homes rejected

            Plans for 80 homes at the old mill in Quarrendon were rejected on Thursday night.

            Committee chair Cllr Oswin Pelletreau said members had not been convinced by the developer's traffic figures.
            """);

        Assert.DoesNotContain(draft.Organizations, o => o.Name == "Committee");
    }

    [Fact]
    public void APluralPossessiveBeforeClubStaysInTheClubsName()
    {
        var draft = NewsDocumentParser.Parse("""
            Ice that sings draws anglers

            Teemu Veltrud, chair of the Ollerby Ice Anglers' Club, says members would welcome the sensors on the lake.
            """);

        Assert.Contains(draft.Organizations, o => o.Name == "Ollerby Ice Anglers' Club");
        Assert.DoesNotContain(draft.Organizations, o => o.Name is "Club" or "Ollerby Ice Anglers");
    }
}
