namespace NewsApi.Ingestion.Tests.Entities;

/// <summary>
/// Naming customs of Africa and South Asia, and titles of Portugal, France and Australia: honorifics and ranks before the
/// name, nicknames in single quotation marks, names ending in an apostrophe, runs of initials, Sikh and Hindu name words, a
/// plural honorific over a list, and the office of the Leader of the Opposition; every name is invented.
/// </summary>
public sealed class AfricanAndSouthAsianNameCustomsTests
{
    [Theory]
    [InlineData("The party's state chairman, Barr. Obinwanne Chukwudozie, rejected the figures from four wards.", "Obinwanne Chukwudozie", "Barr")]
    [InlineData("The Bill will now go to Governor Thiru R. K. Velayudham for assent.", "R. K. Velayudham", "Thiru")]
    [InlineData("Also voting, the traditional ruler HRH Kelechi Amadiume said the process was orderly.", "Kelechi Amadiume", "HRH")]
    [InlineData("AIG Baffa Idris Kangiwa, who leads the team, says 4,000 officers have been deployed.", "Baffa Idris Kangiwa", "AIG")]
    [InlineData("Sardar Harjinder Pal Singh Ghuman, the farmers' leader, said he would appeal.", "Harjinder Pal Singh Ghuman", "Sardar")]
    [InlineData("The late comedian Malam Inusa \"Baba Dogo\" Yarima was remembered before kick-off.", "Inusa Yarima", "Malam")]
    [InlineData("The appeal was brought by Doutora Beatriz Quelhas Amaral, who teaches constitutional law.", "Beatriz Quelhas Amaral", "Doutora")]
    [InlineData("The fund is represented by Maître Océane Brisbois-Kintzelé of a Luxembourg firm.", "Océane Brisbois-Kintzelé", "Maître")]
    [InlineData("Aunty Marlene Tjapaltjarri-Rose said the families had waited forty years.", "Marlene Tjapaltjarri-Rose", "Aunty")]
    public void AnHonorificOrARankBeforeTheNameIsNoPartOfIt(string sentence, string person, string honorific)
    {
        var draft = EntityArticle.ParseSentence(sentence);

        Assert.Contains(draft.People, p => p.Name == person);
        Assert.DoesNotContain(draft.People, p => p.Name.Contains(honorific, StringComparison.Ordinal));
    }

    [Fact]
    public void IrelandsTdAfterTheNameIsNoPartOfIt()
    {
        var draft = EntityArticle.ParseSentence("Finance spokeswoman Tiernagh Brannagh TD said she would raise the case at the committee.");

        Assert.Contains(draft.People, p => p.Name == "Tiernagh Brannagh");
    }

    [Theory]
    [InlineData("\"I told him his moment would come,\" said Lions coach Mandlenkosi \u2018Bhova\u2019 Zikalala.", "Mandlenkosi Zikalala", "Bhova")]
    [InlineData("The award for best director went to Chukwudera \"KJ\" Anozulu.", "Chukwudera Anozulu", "KJ")]
    public void ANameWithAQuotedNicknameBetweenItsWordsIsAPersons(string sentence, string person, string nickname)
    {
        var draft = EntityArticle.ParseSentence(sentence);

        Assert.Contains(draft.People, p => p.Name == person);
        Assert.DoesNotContain(draft.People, p => p.Name == nickname);
        Assert.DoesNotContain(draft.Places, p => p.Contains(person.Split(' ')[0], StringComparison.Ordinal));
        Assert.DoesNotContain(draft.Organizations, o => o.Name.Contains(person.Split(' ')[0], StringComparison.Ordinal));
    }

    [Fact]
    public void ALuoNameEndingInAnApostropheKeepsIt()
    {
        var draft = EntityArticle.ParseSentence("Nominated member Susan Awino Kajwang' told the House that the machines had not arrived.");

        Assert.Contains(draft.People, p => p.Name == "Susan Awino Kajwang'");
    }

    [Theory]
    [InlineData("The court heard of the death of 23-year-old Mohd. Tabrez Farooqui in custody.", "Mohd. Tabrez Farooqui")]
    [InlineData("His son, Jasvinder Pal Singh Bhangoo, known to friends as Jassi, runs the farm.", "Jasvinder Pal Singh Bhangoo")]
    [InlineData("City Mayor A. K. M. Mahbubur Rahman Talukder said water points would be set up.", "A. K. M. Mahbubur Rahman Talukder")]
    [InlineData("Police spokesperson Senior Superintendent of Police Hemanta Raj Bajracharya said security had been tightened.", "Hemanta Raj Bajracharya")]
    [InlineData("Leader of the Opposition T. R. Mayilvaganan countered that the authority would be packed with officials.", "T. R. Mayilvaganan")]
    public void SouthAsianNamesAreReadWhole(string sentence, string person)
    {
        var draft = EntityArticle.ParseSentence(sentence);

        Assert.Contains(draft.People, p => p.Name == person);
        Assert.DoesNotContain(draft.Places, p => p.Contains(person.Split(' ')[^1], StringComparison.Ordinal));
        Assert.DoesNotContain(draft.Organizations, o => o.Name.Contains(person.Split(' ')[^1], StringComparison.Ordinal));
    }

    [Fact]
    public void APluralHonorificOverNamesJoinedByAndIsNoBody()
    {
        var draft = EntityArticle.ParseSentence("The petitioner was represented by Advocates Devansh Mohan Saxena and Shabnam Parveen.");

        Assert.Contains(draft.People, p => p.Name == "Devansh Mohan Saxena");
        Assert.Contains(draft.People, p => p.Name == "Shabnam Parveen");
        Assert.Empty(draft.Organizations);
    }

    [Fact]
    public void APluralHonorificBeforeABodysNameStaysTheBodys()
    {
        var draft = EntityArticle.ParseSentence("The clinic was opened by Doctors Without Borders in March.");

        Assert.DoesNotContain(draft.People, p => p.Name.Contains("Without", StringComparison.Ordinal) || p.Name == "Borders");
    }
}
