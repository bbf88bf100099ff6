namespace NewsApi.Ingestion.Tests.Entities;

/// <summary>
/// Naming customs of South-East Asia and Central Asia: Bali's birth-order names, Myanmar's and Cambodia's and Samoa's
/// honorifics, Indonesia's short form of Muhammad, and the Kyrgyz "son of" or "daughter of" that closes a name; every name is
/// invented.
/// </summary>
public sealed class SouthEastAsianAndCentralAsianNameCustomsTests
{
    [Theory]
    [InlineData("The programme was designed by Dr. I Gusti Ngurah Sukradana, a nutritionist at the university.", "I Gusti Ngurah Sukradana")]
    [InlineData("The cooperative's chair, I Wayan Sukradana Wiraputra, said prices had doubled.", "I Wayan Sukradana Wiraputra")]
    [InlineData("In the women's singles, Made Ayu Kirana Dewantari of Indonesia lost in three games.", "Made Ayu Kirana Dewantari")]
    public void ABalineseNameIsReadWholeFromItsFirstWord(string sentence, string person)
    {
        var draft = EntityArticle.ParseSentence(sentence);

        Assert.Contains(draft.People, p => p.Name == person);
        Assert.DoesNotContain(draft.Places, p => p.Contains(person.Split(' ')[^1], StringComparison.Ordinal));
    }

    [Fact]
    public void MadeAloneBeforeOneCapitalizedWordIsTheVerb()
    {
        var draft = EntityArticle.ParseSentence("The shipyard Made Leith famous before the war, the museum's curator said.");

        Assert.DoesNotContain(draft.People, p => p.Name.StartsWith("Made", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Village head U Kyaw Thet Naung said the water rose two metres in an hour.", "Kyaw Thet Naung", "U")]
    [InlineData("Coast Guard district commander Commodore Efren P. Villaraza Jr. said three ships were on the way.", "Efren P. Villaraza Jr.", "Commodore")]
    [InlineData("A teacher, Daw Nwe Ni Hlaing, said the school had lost every book.", "Nwe Ni Hlaing", "Daw")]
    [InlineData("The factory is owned by a group chaired by Oknha Chhay Sovanrith, a tycoon.", "Chhay Sovanrith", "Oknha")]
    [InlineData("The Head of State's representative, Afioga Tuatagaloa Lemalu Fepulea'i, presented the cup.", "Tuatagaloa Lemalu Fepulea'i", "Afioga")]
    public void AnHonorificBeforeTheNameIsNoPartOfIt(string sentence, string person, string honorific)
    {
        var draft = EntityArticle.ParseSentence(sentence);

        Assert.Contains(draft.People, p => p.Name == person);
        Assert.DoesNotContain(draft.People, p => p.Name.StartsWith(honorific + " ", StringComparison.Ordinal));
    }

    [Fact]
    public void ARugbyLockIsAPositionBeforeTheName()
    {
        var draft = EntityArticle.ParseSentence("Samoa lock Iosefa Tuilagi-Matautia wins a lineout in the second half.");

        Assert.Contains(draft.People, p => p.Name == "Iosefa Tuilagi-Matautia");
    }

    [Fact]
    public void ANameSetOffByCommasAfterAnOfficesPlaceIsItsHolder()
    {
        var draft = EntityArticle.ParseSentence("Tonga's High Commissioner to Fiji, Tevaga Fa'anunu Tupou, watched from the grandstand.");

        Assert.Contains(draft.People, p => p.Name == "Tevaga Fa'anunu Tupou");
        Assert.DoesNotContain(draft.Places, p => p.Contains("Tupou", StringComparison.Ordinal));
    }

    [Fact]
    public void TheLetterUBeforeOneWordIsNoHonorific()
    {
        var draft = EntityArticle.ParseSentence("The march ended on U Street, where organizers Keshawn Abernethy-Pruell and Delphine Okonkwo-Marsh spoke.");

        Assert.DoesNotContain(draft.People, p => p.Name.Contains("Street", StringComparison.Ordinal));
        Assert.Contains(draft.People, p => p.Name == "Keshawn Abernethy-Pruell");
    }

    [Fact]
    public void IndonesiasShortFormOfMuhammadOpensTheName()
    {
        var draft = EntityArticle.ParseSentence("\"Every accident is followed by a suspension,\" said Moh. Rifaldi, the group's coordinator in Palu.");

        Assert.Contains(draft.People, p => p.Name == "Moh. Rifaldi");
    }

    [Theory]
    [InlineData("Its coordinator, Cholpon Asankadyrova kyzy, said the machines worked.", "Cholpon Asankadyrova kyzy")]
    [InlineData("The party's list is led by Nurlanbek Sydykbaev uulu, a former mayor.", "Nurlanbek Sydykbaev uulu")]
    public void AKyrgyzSonOfOrDaughterOfClosesTheName(string sentence, string person)
    {
        var draft = EntityArticle.ParseSentence(sentence);

        Assert.Contains(draft.People, p => p.Name == person);
    }
}
