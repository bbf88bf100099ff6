using NewsApi.Ingestion.Entities.Gazetteer;

namespace NewsApi.Ingestion.Tests.Gazetteer;

public sealed class NameListTests
{
    [Theory]
    [InlineData("Anna")]
    [InlineData("John")]
    [InlineData("Mohammed")]
    [InlineData("Ingrid")]
    [InlineData("Florence")]
    public void KnowsCommonGivenNames(string name) => Assert.True(GivenNames.Contains(name));

    [Theory]
    [InlineData("Dmitry")]
    [InlineData("Dmitriy")]
    [InlineData("Volodymyr")]
    [InlineData("Oleksandr")]
    public void KnowsRussianAndUkrainianGivenNamesInLatinLetters(string name) => Assert.True(GivenNames.Contains(name));

    [Theory]
    [InlineData("Frantisek", false)]
    [InlineData("František", true)]
    [InlineData("Frantisek", true)]
    public void NamesWrittenWithoutTheirAccentsAreKnownToTheRulesOnly(string name, bool withOrWithoutAccents) =>
        Assert.True(withOrWithoutAccents ? GivenNames.ContainsWithOrWithoutAccents(name) : !GivenNames.Contains(name));

    [Theory]
    [InlineData("František", "Frantisek")]
    [InlineData("Søren", "Soren")]
    [InlineData("Łukasz", "Lukasz")]
    [InlineData("Anna", "Anna")]
    public void AccentsAreDroppedLetterByLetter(string written, string folded) => Assert.Equal(folded, NameList.WithoutAccents(written));

    [Theory]
    [InlineData("Minister")]
    [InlineData("Reuters")]
    [InlineData("anna")]
    [InlineData("")]
    public void RejectsWordsThatAreNotGivenNames(string word) => Assert.False(GivenNames.Contains(word));

    [Theory]
    [InlineData("Schmidt")]
    [InlineData("Nielsen")]
    [InlineData("Kowalski")]
    public void KnowsFamilyNames(string name) => Assert.True(FamilyNames.Contains(name));

    [Fact]
    public void FamilyNamesAreNotAllWords() => Assert.False(FamilyNames.Contains("Parliament"));

    [Theory]
    [InlineData("reading", true)]
    [InlineData("Reading", true)]
    [InlineData("split", true)]
    [InlineData("Chisinau", false)]
    [InlineData("Damascus", false)]
    public void CommonWordsIgnoreCase(string word, bool expected) => Assert.Equal(expected, CommonWords.Contains(word));
}
