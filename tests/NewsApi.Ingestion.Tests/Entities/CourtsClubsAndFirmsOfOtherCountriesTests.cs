namespace NewsApi.Ingestion.Tests.Entities;

/// <summary>
/// Magistrates, constables and councillors with what is written around their names, Kenyan particles, players named by
/// their goals, firms and bodies by the legal forms and head words of other countries, streets, laws and fashion weeks;
/// every name is invented.
/// </summary>
public sealed class CourtsClubsAndFirmsOfOtherCountriesTests
{
    [Theory]
    [InlineData("Chair of the bench Glenys Penhallow JP told him the offence was so serious that only custody could be justified.", "Glenys Penhallow")]
    [InlineData("PC Emrys Llewelyn-Hart, who was driving the patrol car, suffered whiplash, the court heard.", "Emrys Llewelyn-Hart")]
    [InlineData("The count was made in the presence of Barangay Kagawad Rodel Sumulong, a village councillor.", "Rodel Sumulong")]
    public void WhatIsWrittenAroundAnOfficialsNameIsNoPartOfIt(string sentence, string name)
    {
        var draft = EntityArticle.ParseSentence(sentence);

        Assert.Contains(draft.People, p => p.Name == name);
    }

    [Theory]
    [InlineData("The 3,000m steeplechase went to Wilson Kipkemoi arap Tanui, who kicked clear on the last lap.", "Wilson Kipkemoi arap Tanui")]
    [InlineData("The round was led by Njeri wa Mwangi, a partner at the fund, the company said.", "Njeri wa Mwangi")]
    public void KenyanParticlesJoinTheFathersName(string sentence, string name)
    {
        var draft = EntityArticle.ParseSentence(sentence);

        Assert.Contains(draft.People, p => p.Name == name);
    }

    [Theory]
    [InlineData("Two strikes by Efan Okparaeke in the first half secured victory for the visitors.", "Efan Okparaeke")]
    [InlineData("The home side were beaten by a Rhys Tudwal header in stoppage time.", "Rhys Tudwal")]
    public void APlayerNamedByHisGoalIsAPerson(string sentence, string name)
    {
        var draft = EntityArticle.ParseSentence(sentence);

        Assert.Contains(draft.People, p => p.Name == name);
        Assert.DoesNotContain(draft.Organizations, o => o.Name == name);
    }

    [Theory]
    [InlineData("The buyers were advised by Advokatfirman Lindholm Ekberg KB, the statement said.", "Advokatfirman Lindholm Ekberg KB")]
    [InlineData("The union was represented by Kesselring & Partner mbB, a Hanover law firm.", "Kesselring & Partner mbB")]
    [InlineData("The insurer needs the approval of Livsmedelsinspektionen before the deal closes.", "Livsmedelsinspektionen")]
    [InlineData("The group is controlled by the family foundation Brenninkamp-Stiftung, which holds 60%.", "Brenninkamp-Stiftung")]
    [InlineData("The group has agreed to buy Edicions del Roure, the house that published the novel in 1961.", "Edicions del Roure")]
    [InlineData("Shares in Gruppo Ferrante fell 3.4% in Milan on Thursday after the designer left.", "Gruppo Ferrante")]
    [InlineData("Clube Atlético Pindorama went top of the league on Sunday night after beating the leaders.", "Clube Atlético Pindorama")]
    public void LegalFormsAndHeadWordsOfOtherCountriesMakeOrganizations(string sentence, string organization)
    {
        var draft = EntityArticle.ParseSentence(sentence);

        Assert.Contains(draft.Organizations, o => o.Name == organization || o.Aliases.Contains(organization));
        Assert.DoesNotContain(draft.People, p => p.Name == organization);
    }

    [Fact]
    public void AWordSayingWhatTheCompanyIsToSomeoneIsNoPartOfItsName()
    {
        var draft = EntityArticle.ParseSentence("Owner Gruppo Ferrante has not named a successor.");

        Assert.DoesNotContain(draft.Organizations, o => o.Name.StartsWith("Owner", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("The show runs until 26 July at the gallery's new space on Rua do Salitre 12, Lisbon.", "Rua do Salitre")]
    [InlineData("The chase ended when the car hit a wall on Heol y Bryn just after midnight.", "Heol y Bryn")]
    [InlineData("The chapel in Cwmdarren was damaged in the chase, the court heard.", "Cwmdarren")]
    public void StreetsAndTownsAreNoPeople(string sentence, string place)
    {
        var draft = EntityArticle.ParseSentence(sentence);

        Assert.DoesNotContain(draft.People, p => p.Name == place);
    }

    [Theory]
    [InlineData("The lender breached the Securities Trading Act, the judge found.", "Securities Trading Act")]
    [InlineData("The collection will be shown at Lisbon Fashion Week on Sunday.", "Lisbon Fashion Week")]
    public void LawsAndFashionWeeksAreNeitherPeopleNorOrganizations(string sentence, string name)
    {
        var draft = EntityArticle.ParseSentence(sentence);

        Assert.DoesNotContain(draft.People, p => p.Name == name);
        Assert.DoesNotContain(draft.Organizations, o => o.Name == name);
    }
}
