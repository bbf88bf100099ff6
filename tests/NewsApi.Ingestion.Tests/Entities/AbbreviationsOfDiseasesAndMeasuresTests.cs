namespace NewsApi.Ingestion.Tests.Entities;

/// <summary>Abbreviations of diseases, measures, formats and trades, which the tagger reads as bodies; every name is invented.</summary>
public sealed class AbbreviationsOfDiseasesAndMeasuresTests
{
    [Theory]
    [InlineData("Doctors in Velmora said TB cases rose by a fifth in the district last year.", "TB")]
    [InlineData("The AQI in Velmora reached 312 on Sunday, officials said.", "AQI")]
    [InlineData("Cases of HFMD have risen in the schools of Velmora, a doctor said.", "HFMD")]
    [InlineData("Tormundsen made 84 as Velmora won the third ODI by six wickets on Sunday.", "ODI")]
    [InlineData("Patients in Velmora waited three weeks to see a GP, the report said.", "GP")]
    public void AnAbbreviationOfADiseaseAMeasureOrAFormatIsNoOrganization(string sentence, string abbreviation)
    {
        var draft = EntityArticle.ParseSentence(sentence);

        Assert.DoesNotContain(draft.Organizations, o => o.Name == abbreviation);
    }
}
