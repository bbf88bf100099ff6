using System.Globalization;
using CsCheck;
using Xunit.Abstractions;
using Xunit.Sdk;

namespace NewsApi.Ingestion.Tests.Properties;

/// <summary>
/// Random and mutated documents through the whole parser: it throws nothing but the typed empty-input error, and every
/// draft keeps the invariants of <see cref="DraftInvariants"/>.
/// </summary>
/// <remarks>
/// The inputs come from a fixed seed, so CI runs the same documents every time; PARSER_PROPERTY_SEED (any number) and
/// PARSER_PROPERTY_ITERATIONS run others or more. A failure names the iteration, its CsCheck seed and the document, then lets
/// CsCheck shrink from that seed to a smaller failing document (whose seed it prints too).
/// </remarks>
public sealed class ParserPropertyTests(ITestOutputHelper output)
{
    private const ulong DefaultSeed = 20_260_814;
    private const int RandomIterations = 3_000;
    private const int MutatedIterations = 3_000;

    private static readonly string GoldenFolder = Path.Combine(AppContext.BaseDirectory, "Golden");

    private static readonly Lazy<(string Name, string Text)[]> Documents = new(() =>
        Directory.GetFiles(GoldenFolder, "*.txt").Order(StringComparer.Ordinal)
            .Select(path => (Path.GetFileName(path), File.ReadAllText(path)))
            .ToArray());

    [Fact]
    public void RandomDocumentsParseAndKeepTheInvariants()
    {
        var count = Run(DocumentGenerators.RandomDocument, text => text, RandomIterations, stream: 1);

        Assert.Equal(Iterations(RandomIterations), count);
    }

    [Fact]
    public void MutatedGoldenDocumentsParseAndKeepTheInvariants()
    {
        var documents = Documents.Value;
        Assert.NotEmpty(documents);

        var count = Run(
            DocumentGenerators.MutatedDocument(documents.Length),
            sample => DocumentGenerators.Apply(documents[sample.Document].Text, sample.Mutations),
            MutatedIterations,
            stream: 2,
            describe: sample => $"{documents[sample.Document].Name} with {string.Join(", ", sample.Mutations)}");

        Assert.Equal(Iterations(MutatedIterations), count);
    }

    [Fact]
    public void TheGoldenDocumentsThemselvesKeepTheInvariants()
    {
        foreach (var (name, text) in Documents.Value)
        {
            var problems = DraftInvariants.Check(text);

            Assert.True(problems.Count == 0, name + ": " + string.Join("; ", problems));
        }
    }

    [Theory]
    [InlineData("")]
    [InlineData(" ")]
    [InlineData("\r\n\t \n")]
    [InlineData("\u00A0\u2003\u3000")]
    public void OnlyBlankTextIsAnEmptyDocument(string text)
    {
        Assert.Throws<EmptyDocumentException>(() => NewsDocumentParser.Parse(text));
        Assert.Empty(DraftInvariants.Check(text));
    }

    /// <summary>Checks the invariants on each generated document; returns how many documents were checked.</summary>
    private int Run<T>(Gen<T> gen, Func<T, string> toText, int defaultIterations, uint stream, Func<T, string>? describe = null)
    {
        var seed = ulong.TryParse(Environment.GetEnvironmentVariable("PARSER_PROPERTY_SEED"), CultureInfo.InvariantCulture, out var s)
            ? s
            : DefaultSeed;
        var iterations = Iterations(defaultIterations);
        var characters = 0L;
        for (var i = 0; i < iterations; i++)
        {
            var pcg = new PCG(stream, seed + (ulong)i);
            var seedText = pcg.ToString();
            var sample = gen.Generate(pcg, null, out _);
            var text = toText(sample);
            characters += text.Length;
            string? failure;
            try
            {
                var problems = DraftInvariants.Check(text);
                failure = problems.Count == 0 ? null : string.Join("; ", problems);
            }
            catch (Exception exception) when (exception is not OutOfMemoryException)
            {
                failure = exception.ToString();
            }
            if (failure is not null)
            {
                throw new XunitException(
                    $"Iteration {i} (CsCheck seed \"{seedText}\") failed: {failure}{Environment.NewLine}"
                    + (describe is null ? "" : $"Document: {describe(sample)}{Environment.NewLine}")
                    + $"Text: {DraftInvariants.Show(text, 4000)}{Environment.NewLine}"
                    + Shrink(gen, toText, seedText));
            }
        }
        output.WriteLine($"{iterations} documents, {characters:N0} characters, seed {seed}, stream {stream}");
        return iterations;
    }

    /// <summary>Lets CsCheck look for a smaller failing document, starting from the failing seed, for a bounded time.</summary>
    private static string Shrink<T>(Gen<T> gen, Func<T, string> toText, string seedText)
    {
        try
        {
            gen.Sample(sample => Assert.Empty(DraftInvariants.Check(toText(sample))), seed: seedText, iter: 5_000, time: 20, threads: 1,
                print: sample => DraftInvariants.Show(toText(sample), 4000));
            return "CsCheck found no failure from that seed (the failure depends on more than the document?).";
        }
        catch (Exception shrunk) when (shrunk is not OutOfMemoryException)
        {
            return "Shrunk by CsCheck: " + shrunk.Message;
        }
    }

    private static int Iterations(int defaultIterations) =>
        int.TryParse(Environment.GetEnvironmentVariable("PARSER_PROPERTY_ITERATIONS"), CultureInfo.InvariantCulture, out var n) && n > 0
            ? n
            : defaultIterations;
}
