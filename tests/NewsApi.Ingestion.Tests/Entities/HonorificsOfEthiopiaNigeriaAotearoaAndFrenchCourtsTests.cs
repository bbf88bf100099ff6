namespace NewsApi.Ingestion.Tests.Entities;

/// <summary>
/// Honorifics written before the full name and no part of it: Amharic "Ato" and "Weyzero", the Igbo king's "Igwe", Māori
/// "Whaea", and "Me", the French lawyer's "Maître" shortened; every name is invented.
/// </summary>
public sealed class HonorificsOfEthiopiaNigeriaAotearoaAndFrenchCourtsTests
{
    [Theory]
    [InlineData("The agreement was signed by H.E. Ato Gebremeskel Alemseged Hailemariam, Minister of Mines, in the capital.", "Gebremeskel Alemseged Hailemariam")]
    [InlineData("Weyzero Tsehaynesh Bekele Abebaw, who chairs the cooperative, said the harvest was late.", "Tsehaynesh Bekele Abebaw")]
    [InlineData("Also voting early, the traditional ruler, HRH Igwe Chibuzor Okeke-Anyanwu, described the process as orderly.", "Chibuzor Okeke-Anyanwu")]
    [InlineData("Whaea Mereana Tūhoro-Kereama will lead the school's reo programme from February.", "Mereana Tūhoro-Kereama")]
    [InlineData("Their lawyer, Me Anne-Sophie Lavergne-Rouquet of the Luxembourg bar, said the families would appeal.", "Anne-Sophie Lavergne-Rouquet")]
    public void TheHonorificIsNoPartOfTheName(string sentence, string person)
    {
        var draft = EntityArticle.ParseSentence(sentence);

        Assert.Contains(draft.People, p => p.Name == person);
        Assert.DoesNotContain(draft.People, p => p.Name.EndsWith(" " + person, StringComparison.Ordinal));
    }

    [Fact]
    public void HisExcellencyShortenedIsNoOrganization()
    {
        var draft = EntityArticle.ParseSentence("The President of the regional state, H.E. Ato Tewodros Gebrehiwot Asfaw, welcomed the commitment to hire locally.");

        Assert.Contains(draft.People, p => p.Name == "Tewodros Gebrehiwot Asfaw");
        Assert.DoesNotContain(draft.Organizations, o => o.Name.StartsWith("H.E", StringComparison.Ordinal));
    }

    [Fact]
    public void MeBeforeWordsThatAreNoGivenNameIsThePronoun()
    {
        var draft = EntityArticle.ParseSentence("The campaign grew out of the Me Too Movement Fund, its founder Dalisay Orbeta-Quiambao said.");

        Assert.DoesNotContain(draft.People, p => p.Name.StartsWith("Too", StringComparison.Ordinal) || p.Name.StartsWith("Me ", StringComparison.Ordinal));
    }
}
