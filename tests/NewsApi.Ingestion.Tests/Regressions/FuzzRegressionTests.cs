using NewsApi.Ingestion.Fuzz;
using NewsApi.Ingestion.Normalization;
using NewsApi.Ingestion.Tests.Properties;

namespace NewsApi.Ingestion.Tests.Regressions;

/// <summary>
/// Inputs that the property tests or AFL found crashing the parser or breaking an invariant, kept as they were found
/// (or as CsCheck shrank them). Each must now parse and keep every invariant of <see cref="DraftInvariants"/>.
/// </summary>
public sealed class FuzzRegressionTests
{
    private static readonly string InputsFolder = Path.Combine(AppContext.BaseDirectory, "Regressions", "Inputs");

    public static TheoryData<string> SavedInputs()
    {
        var data = new TheoryData<string>();
        foreach (var path in Directory.GetFiles(InputsFolder).Where(path => !path.EndsWith(".md", StringComparison.Ordinal)).Order(StringComparer.Ordinal))
        {
            data.Add(Path.GetFileName(path));
        }
        return data;
    }

    /// <summary>Crash inputs saved by afl-fuzz (scripts/fuzz-parser.sh), decoded as the harness decodes them.</summary>
    [Theory]
    [MemberData(nameof(SavedInputs))]
    public void InputSavedByAflParsesAndKeepsTheInvariants(string name)
    {
        var text = FuzzInput.Decode(File.ReadAllBytes(Path.Combine(InputsFolder, name)));

        Assert.Empty(DraftInvariants.Check(text));
    }

    /// <summary>Found by the property tests (shrunk to "\uD800 "): ICU's NFC threw ArgumentException on an unpaired surrogate.</summary>
    [Fact]
    public void LoneHighSurrogateParses()
    {
        var draft = NewsDocumentParser.Parse("\uD800 ");

        Assert.Empty(DraftInvariants.Check("\uD800 ", draft));
        Assert.Equal(NewsDocumentParser.ComputeContentHash("\uFFFD"), draft.ContentHash);
    }

    /// <summary>The mutated-document shape of the same bug: a surrogate pair reversed in the middle of a word.</summary>
    [Fact]
    public void ReversedSurrogatePairInsideADocumentParses()
    {
        const string Text = "Lava reaches the edge of the town as the eruption enters its third day\n\n"
            + "A fissure about three kilometres long opened north of the town short\uDE00\uD83Dly before midnight on Monday.";

        Assert.Empty(DraftInvariants.Check(Text));
    }

    /// <summary>
    /// An ISO date whose zone came to more than ±14 h made DateTimeOffset throw ArgumentOutOfRangeException out of Parse
    /// (a 500 from the preview and ingest endpoints). Found reading the date parser; the property tests' date lines then
    /// found it on their own (shrunk to "2014-03-21 11:48 GMT+14:15 ").
    /// </summary>
    [Theory]
    [InlineData("2021-01-16T00:44:00+14:59")]
    [InlineData("2021-01-16T00:44 JST+14")]
    [InlineData("2014-03-21 11:48 GMT+14:15 ")]
    [InlineData("1998-06-17T06:34:00-14:30")]
    public void IsoDateWithAnOffsetBeyondFourteenHoursIsNoDate(string dateLine)
    {
        var text = $"Ministers agree on a new rail link today\n{dateLine}\n\nTransport ministers agreed on Monday to build the link, officials said.\n";

        var draft = NewsDocumentParser.Parse(text);

        Assert.Null(draft.PublishedAt);
        Assert.Empty(DraftInvariants.Check(text, draft));
    }

    [Fact]
    public void IsoDateWithTheLargestRealOffsetIsStillRead()
    {
        const string Text = "Ministers agree on a new rail link today\n2021-01-16T00:44:00+14:00\n\nTransport ministers agreed on Monday to build the link.\n";

        var draft = NewsDocumentParser.Parse(Text);

        Assert.Equal(new DateTimeOffset(2021, 1, 15, 10, 44, 0, TimeSpan.Zero), draft.PublishedAt);
    }

    // Facts, not InlineData: xUnit's serialization of theory data does not carry unpaired surrogates through intact.
    [Fact]
    public void NormalizerReplacesOnlyUnpairedSurrogates()
    {
        Assert.Equal("a\uFFFDb", TextNormalizer.Normalize("a\uDC00b"));
        Assert.Equal("a\uFFFD", TextNormalizer.Normalize("a\uD83D"));
        Assert.Equal("\uFFFD\uFFFD", TextNormalizer.Normalize("\uDE00\uD83D"));
        Assert.Equal("\uD83D\uDE00", TextNormalizer.Normalize("\uD83D\uDE00"));
    }
}
