namespace NewsApi.Ingestion.Tests.Entities;

/// <summary>A person whose name holds a particle, then "of" and the firm; accented Irish given names; every name is invented.</summary>
public sealed class ParticleNamesBeforeTheirFirmsTests
{
    [Theory]
    [InlineData("The family's lawyer, Joaquim Teixeira da Fonseca Neto of Fonseca & Brandão Advogados, said they would appeal.", "Joaquim Teixeira da Fonseca Neto", "Fonseca & Brandão Advogados")]
    [InlineData("The family's solicitor, Rónán de Paor of Carraig Dubh Solicitors, asked for privacy.", "Rónán de Paor", "Carraig Dubh Solicitors")]
    public void APersonWithAParticleAndTheFirmAfterOfAreReadApart(string sentence, string person, string firm)
    {
        var draft = EntityArticle.ParseSentence(sentence);

        Assert.Contains(draft.People, p => p.Name == person);
        Assert.Contains(draft.Organizations, o => o.Name == firm);
        Assert.DoesNotContain(draft.Organizations, o => o.Name.Contains(person, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Rónán")]
    [InlineData("Séamus")]
    public void AGivenNameTheListHoldsWithoutItsAccentsCountsWithThem(string name)
    {
        Assert.True(NewsApi.Ingestion.Entities.Gazetteer.GivenNames.ContainsWithOrWithoutAccents(name));
    }

    [Theory]
    [InlineData("Vạn")]
    [InlineData("Đức")]
    public void VietnameseWordsDoNotFoldIntoEnglishGivenNames(string word)
    {
        Assert.False(NewsApi.Ingestion.Entities.Gazetteer.GivenNames.ContainsWithOrWithoutAccents(word));
    }

    [Fact]
    public void AnIrishSurnameAfterItsParticleKeepsItsLowerCaseH()
    {
        var draft = EntityArticle.ParseSentence("Prosecuting counsel Séamus Ó hAodha SC told the jury the evidence was clear.");

        Assert.Contains(draft.People, p => p.Name == "Séamus Ó hAodha");
        Assert.DoesNotContain(draft.People, p => p.Name == "Séamus Ó");
    }

    [Fact]
    public void AJobInTheTeamIsNoTeam()
    {
        var draft = EntityArticle.ParseSentence("Kenta Morozumi (Team Principal): \"We finished last three years ago.\" The title went to Team Kestrelwood Speed.");

        Assert.DoesNotContain(draft.Organizations, o => o.Name == "Team Principal");
        Assert.Contains(draft.Organizations, o => o.Name == "Team Kestrelwood Speed");
    }
}
