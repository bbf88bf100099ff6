namespace NewsApi.Ingestion.Tests.Entities;

/// <summary>Names of people in forms the tagger alone misreads, and names of things that only look like people's; every name is invented.</summary>
public sealed class PersonNameFormTests
{
    [Fact]
    public void AVietnameseMiddleNameMarksAPersonsName()
    {
        var draft = NewsDocumentParser.Parse("""
            Planet found

            The team, led by Phạm Thị Lan Hương of the Hanoi Space Institute, and Đỗ Văn Quang of Vinh University, found the planet.
            """);

        Assert.Contains(draft.People, p => p.Name == "Phạm Thị Lan Hương");
        Assert.Contains(draft.People, p => p.Name == "Đỗ Văn Quang");
    }

    [Fact]
    public void AThingNamedAfterAPersonIsNoPerson()
    {
        var draft = NewsDocumentParser.Parse("""
            Planet found

            The team combined observations from the John Carver Space Telescope with spectra taken in Chile.
            """);

        Assert.DoesNotContain(draft.People, p => p.Name.Contains("Telescope", StringComparison.Ordinal));
    }

    [Fact]
    public void AFrenchHonorificMarksAPerson()
    {
        var draft = NewsDocumentParser.Parse("Shop closes\n\nMadame Corvel, who ran the bakery for forty years, said she would miss her customers.");

        Assert.Contains(draft.People, p => p.Name == "Corvel");
        Assert.Empty(draft.Organizations);
    }

    [Fact]
    public void APriestsFatherIsATitleNotPartOfTheName()
    {
        var draft = NewsDocumentParser.Parse("Spill angers town\n\nFather Ramon Dimaculangan said the spill was no accident.");

        var priest = Assert.Single(draft.People);
        Assert.Equal("Ramon Dimaculangan", priest.Name);
        Assert.Equal("Father", priest.Title);
    }

    [Fact]
    public void AnIrishCountyWrittenWithCoIsAPlaceNotAPersonOrAFirm()
    {
        var draft = NewsDocumentParser.Parse("Storm hits the west\n\nThe Co Clare coastline was battered overnight, and roads in Co Kerry were closed.");

        Assert.Contains("Clare", draft.Places);
        Assert.Contains("Kerry", draft.Places);
        Assert.Empty(draft.People);
        Assert.Empty(draft.Organizations);
    }

    [Fact]
    public void AGivenNameThatIsAlsoAWordIsAPersonInThePossessive()
    {
        var draft = NewsDocumentParser.Parse("Return to Kanpur\n\nHis first tour of India was as a member of Tony Marsden's England side in 1976-77.");

        Assert.Contains(draft.People, p => p.Name == "Tony Marsden");
    }

    [Theory]
    [InlineData("Currencies\n\nUSD 23.41 +0.2%\nEUR 25.12 -0.1%\nCHF 26.80 +0.3%")]
    [InlineData("Results\n\n1. Daniel Kiprono Rotich (Kenya) 12:49.07 MR\n\nMR = meeting record")]
    public void ACodeOfTwoOrThreeCapitalsIsNoPerson(string text)
    {
        var draft = NewsDocumentParser.Parse(text);

        Assert.DoesNotContain(draft.People, p => p.Name is "USD" or "EUR" or "CHF" or "MR");
    }

    [Theory]
    [InlineData("She is pictured aboard the research vessel Ragnhild Vestby in the North Atlantic in 1987.")]
    [InlineData("Its Korean-Danish cast is led by a newcomer.")]
    public void AShipAndAHyphenatedPeoplesAdjectiveAreNoPeople(string sentence)
    {
        var draft = NewsDocumentParser.Parse("A life at sea\n\n" + sentence);

        Assert.Empty(draft.People);
    }

    [Fact]
    public void ATitleOfSeveralWordsBeforeAFourWordNameKeepsTheWholeName()
    {
        var draft = NewsDocumentParser.Parse("Nurses ease strain\n\nSecretary of State for Health Rita Sofia Campos Neves told the paper the scheme would grow.");

        Assert.Contains(draft.People, p => p.Name == "Rita Sofia Campos Neves");
    }

    [Fact]
    public void AnAdvocatesNameHoldingSaidIsAPerson()
    {
        var draft = NewsDocumentParser.Parse("Blogger wins appeal\n\nOmondi's advocate, Zawadi Said Mwamba, told reporters that her client had spent months in jail.");

        Assert.Contains(draft.People, p => p.Name == "Zawadi Said Mwamba" && p.Title == "advocate");
        Assert.DoesNotContain(draft.Organizations, o => o.Name.Contains("Mwamba", StringComparison.Ordinal));
    }
}
