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
