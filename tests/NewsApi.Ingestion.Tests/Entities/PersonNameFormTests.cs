namespace NewsApi.Ingestion.Tests.Entities;

/// <summary>Names of people in forms the tagger alone misreads, and names of things that only look like people's; every name is invented.</summary>
public sealed class PersonNameFormTests
{
    [Fact]
    public void AVietnameseMiddleNameMarksAPersonsName()
    {
        var draft = NewsDocumentParser.Parse("""
            Planet found

            The team, led by Nguyễn Thị Thu Hằng of the Hanoi Space Institute, and Trần Văn Khoa of Huế University, found the planet.
            """);

        Assert.Contains(draft.People, p => p.Name == "Nguyễn Thị Thu Hằng");
        Assert.Contains(draft.People, p => p.Name == "Trần Văn Khoa");
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
        var draft = NewsDocumentParser.Parse("Spill angers town\n\nFather Eduardo Saguisan said the spill was no accident.");

        var priest = Assert.Single(draft.People);
        Assert.Equal("Eduardo Saguisan", priest.Name);
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
        var draft = NewsDocumentParser.Parse("Return to Kanpur\n\nHis first tour of India was as a member of Tony Greigson's England side in 1976-77.");

        Assert.Contains(draft.People, p => p.Name == "Tony Greigson");
    }
}
