using BenchmarkDotNet.Attributes;
using NewsApi.Ingestion;
using NewsApi.Ingestion.Entities;

namespace NewsApi.Benchmarks;

/// <summary>Parse throughput on the seed document, with a plain line split of the same text as the in-run baseline.</summary>
[MemoryDiagnoser]
public class ParserBenchmarks
{
    private string _seed = "";

    /// <summary>Off measures the rules alone in the same run: what the trained name tagger costs per document.</summary>
    [Params(true, false)]
    public bool NameTagger { get; set; }

    [GlobalSetup]
    public void LoadSeed()
    {
        EntityExtractor.UseNameTagger = NameTagger;
        _seed = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "seeds", "000_e86dd55c11529930.txt"));
        // The gazetteer and other lazy tables load on first use; keep that out of the measured loop.
        NewsDocumentParser.Parse(_seed, "000_e86dd55c11529930.txt");
    }

    // Baseline: the least any parser must do, reading every line once. Ratios against it survive a noisy machine.
    [Benchmark(Baseline = true)]
    public int SplitLines() => _seed.Split('\n').Length;

    [Benchmark]
    public ArticleDraft ParseSeedDocument() => NewsDocumentParser.Parse(_seed, "000_e86dd55c11529930.txt");
}
