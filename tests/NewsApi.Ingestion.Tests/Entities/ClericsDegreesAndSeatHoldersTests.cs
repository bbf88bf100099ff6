namespace NewsApi.Ingestion.Tests.Entities;

/// <summary>
/// Clerics' and pilgrims' titles, central European degrees, seats held on a body, plural titles over a list of names,
/// particles of the father's name, a nickname after a middle initial and a speaker's "I'm"; every name is invented.
/// </summary>
public sealed class ClericsDegreesAndSeatHoldersTests
{
    [Theory]
    [InlineData("Conservative members, including Hojatoleslam Bahram Ghaffari-Nejad, who chairs the committee, called for a boycott.", "Bahram Ghaffari-Nejad", "Hojatoleslam")]
    [InlineData("Haj Morteza Zand-Karimi, who has sold rugs in the bazaar for decades, said the market was quiet.", "Morteza Zand-Karimi", "Haj")]
    [InlineData("Company spokeswoman Mgr. Lenka Dvořáčková-Hrubá told the Brno Courier that the talks would resume.", "Lenka Dvořáčková-Hrubá", "Mgr")]
    [InlineData("Ward director JUDr. Radovan Štěpnička told the Ostrava Herald that the ward would stay open.", "Radovan Štěpnička", "JUDr")]
    public void AClericsTitleAPilgrimsTitleOrADegreeBeforeTheNameIsNoPartOfIt(string sentence, string person, string title)
    {
        var draft = EntityArticle.ParseSentence(sentence);

        Assert.Contains(draft.People, p => p.Name == person);
        Assert.DoesNotContain(draft.People, p => p.Name.Contains(title, StringComparison.Ordinal));
        Assert.DoesNotContain(draft.People, p => p.Name != person && p.Name.Contains(person.Split(' ')[0], StringComparison.Ordinal));
        Assert.DoesNotContain(draft.Organizations, o => o.Name.Contains(person.Split(' ')[0], StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Board Member Odalys Petrakis-Vance (District 4) voted against the budget.", "Odalys Petrakis-Vance")]
    [InlineData("Council Member Tadeo Vellacott-Arai said the water deal was a mistake.", "Tadeo Vellacott-Arai")]
    public void ASeatOnABodyBeforeItsHoldersNameIsATitle(string sentence, string person)
    {
        var draft = EntityArticle.ParseSentence(sentence);

        Assert.Contains(draft.People, p => p.Name == person);
        Assert.DoesNotContain(draft.Organizations, o => o.Name.Contains(person.Split(' ')[0], StringComparison.Ordinal));
    }

    [Fact]
    public void APluralTitleOverNamesJoinedByAndIsNoPartOfTheFirstName()
    {
        var draft = EntityArticle.ParseSentence("Deputy Public Prosecutors Tan Hui Xin and R. Thirunavukkarasu asked for a sentence of nine years.");

        Assert.Contains(draft.People, p => p.Name == "Tan Hui Xin");
        Assert.DoesNotContain(draft.People, p => p.Name.Contains("Prosecutors", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Delivering the sentence, Justice Siti Marlina binte Osman Rahmat said the deception had lasted years.", "Siti Marlina binte Osman Rahmat")]
    [InlineData("The petition, said lead plaintiff Eliezer ben Yaakov Rotstein, was about the children.", "Eliezer ben Yaakov Rotstein")]
    public void AFathersNameAfterItsParticleStaysInTheName(string sentence, string person)
    {
        var draft = EntityArticle.ParseSentence(sentence);

        Assert.Contains(draft.People, p => p.Name == person);
    }

    [Fact]
    public void ANicknameAfterAMiddleInitialIsLeftOut()
    {
        var draft = EntityArticle.ParseSentence("Superintendent Harold K. \"Hal\" Wrzosewski told the board that every pupil would keep a seat.");

        Assert.Contains(draft.People, p => p.Name == "Harold K. Wrzosewski");
        Assert.DoesNotContain(draft.People, p => p.Name == "Harold K");
    }

    [Fact]
    public void ASpeakersContractionIsNoPartOfTheNameAfterIt()
    {
        var draft = EntityArticle.ParseSentence("Good morning and welcome to our coverage. I'm Talia Moreno-Esquivel, and I'll be following the talks all day.");

        Assert.Contains(draft.People, p => p.Name == "Talia Moreno-Esquivel");
        Assert.DoesNotContain(draft.Places, p => p.Contains("I'", StringComparison.Ordinal));
    }

    [Fact]
    public void ASpeakerSetOffByCommasAfterAPlaceIsNoPlaceOfAList()
    {
        var draft = EntityArticle.ParseSentence("Independent TD for Galway West, Cathal Mac Lochlainn-Ruddy, said the response was far too late.");

        Assert.Contains(draft.People, p => p.Name == "Cathal Mac Lochlainn-Ruddy");
        Assert.DoesNotContain("Cathal Mac Lochlainn-Ruddy", draft.Places);
    }

    [Fact]
    public void TwoPortfoliosJoinedByAndAreOneOfficeBeforeTheName()
    {
        var draft = EntityArticle.ParseSentence("Minister of Justice and Public Security Marie-Ange Vilbrun-Estimé said the trial would go ahead.");

        Assert.Contains(draft.People, p => p.Name == "Marie-Ange Vilbrun-Estimé");
        Assert.DoesNotContain(draft.People, p => p.Name.Contains("Security", StringComparison.Ordinal));
    }

    [Fact]
    public void ABodysNumberAfterItsHeadWordIsPartOfItsName()
    {
        var draft = EntityArticle.ParseSentence("Federal Oral Court No. 7 sentenced the former director to six years in prison on Tuesday.");

        Assert.Contains(draft.Organizations, o => o.Name == "Federal Oral Court No. 7");
    }
}
