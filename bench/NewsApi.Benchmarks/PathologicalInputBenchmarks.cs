using System.Text;
using BenchmarkDotNet.Attributes;
using NewsApi.Ingestion;

namespace NewsApi.Benchmarks;

/// <summary>
/// The inputs the parser must survive in well under a second each (issue: near-linear time). Measured here rather than
/// asserted in unit tests, where a loaded machine would make a time limit flaky.
/// </summary>
[MemoryDiagnoser]
public class PathologicalInputBenchmarks
{
    private string _oneMegabyteWithoutNewline = "";
    private string _hundredThousandQuoteMarks = "";
    private string _tenThousandCapitalizedWords = "";

    [GlobalSetup]
    public void BuildInputs()
    {
        var text = new StringBuilder(1_000_000);
        while (text.Length < 1_000_000)
        {
            text.Append("Maria Lopes-Duarte said in Lisbon that the \"plan works\", and ");
        }
        _oneMegabyteWithoutNewline = text.ToString();
        _hundredThousandQuoteMarks = "Headline about quotes\n" + new string('"', 100_000) + "\n" + string.Concat(Enumerable.Repeat("\u201Ca\u201D he said. ", 25_000));
        _tenThousandCapitalizedWords = "Headline\n" + string.Join(' ', Enumerable.Range(0, 10_000).Select(i => "Capital" + (char)('a' + i % 26) + (char)('a' + i / 26 % 26))) + " said.";
        NewsDocumentParser.Parse("Warm up\n\nWarm up in Lisbon.");
    }

    [Benchmark]
    public ArticleDraft OneMegabyteWithoutNewline() => NewsDocumentParser.Parse(_oneMegabyteWithoutNewline);

    [Benchmark]
    public ArticleDraft HundredThousandQuoteMarks() => NewsDocumentParser.Parse(_hundredThousandQuoteMarks);

    [Benchmark]
    public ArticleDraft TenThousandCapitalizedWords() => NewsDocumentParser.Parse(_tenThousandCapitalizedWords);
}
