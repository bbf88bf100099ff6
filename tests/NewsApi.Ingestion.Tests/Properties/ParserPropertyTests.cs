using System.Globalization;
using System.Text.Json;
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
    private const int RandomIterations = 5_000;
    private const int MutatedIterations = 5_000;
    private const int DeterminismIterations = 1_000;
    private const int ConcurrentDocuments = 100;

    private static readonly string GoldenFolder = Path.Combine(AppContext.BaseDirectory, "Golden");

    private static readonly Lazy<(string Name, string Text)[]> Documents = new(() =>
        Directory.GetFiles(GoldenFolder, "*.txt").Order(StringComparer.Ordinal)
            .Select(path => (Path.GetFileName(path), File.ReadAllText(path)))
            .ToArray());

    [Fact]
    public void RandomDocumentsParseAndKeepTheInvariants()
    {
        var seen = Run(DocumentGenerators.RandomDocument, text => text, RandomIterations, stream: 1);

        Assert.Equal(Iterations(RandomIterations), seen.Documents);
        // The invariants on dates and quotes only bite if the generated text gets that far.
        Assert.True(seen.Dated > 0 && seen.Quotes > 0, $"random documents gave {seen.Dated} published times and {seen.Quotes} quotes");
    }

    [Fact]
    public void MutatedGoldenDocumentsParseAndKeepTheInvariants()
    {
        var documents = Documents.Value;
        Assert.NotEmpty(documents);

        var seen = Run(
            DocumentGenerators.MutatedDocument(documents.Length),
            sample => DocumentGenerators.Apply(documents[sample.Document].Text, sample.Mutations),
            MutatedIterations,
            stream: 2,
            describe: sample => $"{documents[sample.Document].Name} with {string.Join(", ", sample.Mutations)}");

        Assert.Equal(Iterations(MutatedIterations), seen.Documents);
        Assert.True(seen.Dated > seen.Documents / 2, $"only {seen.Dated} of {seen.Documents} mutated documents had a published time");
        Assert.True(seen.Quotes > seen.Documents, $"only {seen.Quotes} quotes in {seen.Documents} mutated documents");
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

    /// <summary>
    /// The same text gives the same draft, also after another document went through in between: the parser reuses buffers
    /// and shares strings across calls, and nothing of one document may leak into the next.
    /// </summary>
    [Fact]
    public void ParsingIsDeterministicFromOneDocumentToTheNext()
    {
        var documents = Documents.Value;
        var gen = DocumentGenerators.MutatedDocument(documents.Length);
        var previous = documents[^1].Text;
        var iterations = Iterations(DeterminismIterations);
        for (var i = 0; i < iterations; i++)
        {
            var pcg = new PCG(3, Seed() + (ulong)i);
            var seedText = pcg.ToString();
            var sample = gen.Generate(pcg, null, out _);
            var text = DocumentGenerators.Apply(documents[sample.Document].Text, sample.Mutations);

            var first = Snapshot(text);
            Snapshot(previous);
            var second = Snapshot(text);

            Assert.True(first == second,
                $"Iteration {i} (CsCheck seed \"{seedText}\"): two parses of {documents[sample.Document].Name} with "
                + $"{string.Join(", ", sample.Mutations)} differ:{Environment.NewLine}{first}{Environment.NewLine}{second}");
            previous = text;
        }
    }

    /// <summary>Ingest requests and seeding parse at the same time: drafts made on four threads at once equal those made one by one.</summary>
    [Fact]
    public void ParsingOnFourThreadsAtOnceGivesTheSameDrafts()
    {
        var documents = Documents.Value;
        var gen = DocumentGenerators.MutatedDocument(documents.Length);
        var texts = Enumerable.Range(0, ConcurrentDocuments)
            .Select(i =>
            {
                var sample = gen.Generate(new PCG(4, Seed() + (ulong)i), null, out _);
                return DocumentGenerators.Apply(documents[sample.Document].Text, sample.Mutations);
            })
            .ToArray();
        ConcurrentParsing.AssertSameOnFourThreads(texts, Snapshot);
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

    private readonly record struct Seen(int Documents, int Dated, int Quotes);

    /// <summary>Checks the invariants on each generated document; returns how many documents, dated drafts and quotes it saw.</summary>
    private Seen Run<T>(Gen<T> gen, Func<T, string> toText, int defaultIterations, uint stream, Func<T, string>? describe = null)
    {
        var seed = Seed();
        var iterations = Iterations(defaultIterations);
        var characters = 0L;
        var dated = 0;
        var quotes = 0;
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
                var problems = DraftInvariants.Check(text, draft =>
                {
                    dated += draft.PublishedAt is null ? 0 : 1;
                    quotes += draft.Quotes.Count;
                });
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
        output.WriteLine($"{iterations} documents, {characters:N0} characters, {dated} with a published time, {quotes} quotes, seed {seed}, stream {stream}");
        return new Seen(iterations, dated, quotes);
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

    private static ulong Seed() =>
        ulong.TryParse(Environment.GetEnvironmentVariable("PARSER_PROPERTY_SEED"), CultureInfo.InvariantCulture, out var seed)
            ? seed
            : DefaultSeed;

    private static string Snapshot(string text)
    {
        try
        {
            return JsonSerializer.Serialize(NewsDocumentParser.Parse(text, "property.txt"));
        }
        catch (EmptyDocumentException)
        {
            return "(empty)";
        }
    }

    private static int Iterations(int defaultIterations) =>
        int.TryParse(Environment.GetEnvironmentVariable("PARSER_PROPERTY_ITERATIONS"), CultureInfo.InvariantCulture, out var n) && n > 0
            ? n
            : defaultIterations;
}
