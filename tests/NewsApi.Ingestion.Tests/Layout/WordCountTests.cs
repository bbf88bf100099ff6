using NewsApi.Ingestion.Layout;

namespace NewsApi.Ingestion.Tests.Layout;

/// <summary>The word count by spaces, which is counted sixteen characters at a time, against the plain definition.</summary>
public sealed class WordCountTests
{
    [Theory]
    [InlineData("", 0)]
    [InlineData(" ", 0)]
    [InlineData("Harbour", 1)]
    [InlineData("  Harbour  wall ", 2)]
    [InlineData("The council of Fendlebay voted on Tuesday to rebuild the harbour wall before the winter storms", 16)]
    [InlineData("   The  council   of Fendlebay voted on Tuesday to rebuild the harbour wall before the winter storms   ", 16)]
    public void CountsWordsBetweenSpaces(string line, int words) => Assert.Equal(words, LayoutText.CountWords(line));

    [Fact]
    public void CountsAsOneCharacterAtATimeWouldAtEveryLengthAndPlacing()
    {
        var random = new Random(25);
        for (var n = 0; n < 2000; n++)
        {
            var chars = new char[random.Next(0, 90)];
            for (var k = 0; k < chars.Length; k++)
            {
                chars[k] = random.Next(3) == 0 ? ' ' : (char)('a' + random.Next(26));
            }
            var line = new string(chars);
            Assert.Equal(CountOneByOne(line), LayoutText.CountWords(line));
        }
    }

    private static int CountOneByOne(string line)
    {
        var count = 0;
        var inWord = false;
        foreach (var c in line)
        {
            count += c != ' ' && !inWord ? 1 : 0;
            inWord = c != ' ';
        }
        return count;
    }
}
