using System.Text.RegularExpressions;

namespace NewsApi.ExtractionBenchmark;

/// <summary>One page's shingle counts, normalised by tp+fp+fn so that long pages do not outweigh short ones.</summary>
public readonly record struct PageScore(double Tp, double Fp, double Fn);

/// <summary>
/// The scrapinghub article-extraction-benchmark body metric (its evaluate.py), ported as is so that
/// figures compare with the published ones: \w+ tokens, 4-token shingles counted with multiplicity,
/// per-page tp/fp/fn normalised by their sum, precision and recall averaged over the pages where they
/// are defined, F1 from the two means.
/// </summary>
public static partial class ShingleScorer
{
    private const int N = 4;

    // Python's re \w with re.UNICODE; .NET's \w is the Unicode class too (letters, marks, digits,
    // connector punctuation) — the classes differ only at the edges (e.g. letter-like numerals).
    [GeneratedRegex(@"\w+")]
    private static partial Regex TokenRegex();

    public static PageScore Score(string truth, string prediction)
    {
        var t = Shingles(truth);
        var p = Shingles(prediction);
        double tp = 0, fp = 0, fn = 0;
        foreach (var (key, tc) in t)
        {
            var pc = p.GetValueOrDefault(key);
            tp += Math.Min(tc, pc);
            fn += Math.Max(0, tc - pc);
        }

        foreach (var (key, pc) in p)
        {
            fp += Math.Max(0, pc - t.GetValueOrDefault(key));
        }

        var sum = tp + fp + fn;
        return sum > 0 ? new PageScore(tp / sum, fp / sum, fn / sum) : new PageScore(0, 0, 0);
    }

    /// <summary>Like evaluate.py's _ngrams: a text of fewer than four tokens is one shorter shingle, an empty text none.</summary>
    internal static Dictionary<string, int> Shingles(string text)
    {
        var tokens = TokenRegex().Matches(text).Select(m => m.Value).ToArray();
        var result = new Dictionary<string, int>(StringComparer.Ordinal);
        if (tokens.Length == 0)
        {
            return result;
        }

        for (var i = 0; i < Math.Max(1, tokens.Length - N + 1); i++)
        {
            // U+0001 cannot be inside a \w token, so joining is as good as a tuple key.
            var key = string.Join('\u0001', tokens, i, Math.Min(N, tokens.Length - i));
            result[key] = result.GetValueOrDefault(key) + 1;
        }

        return result;
    }

    public static double Precision(PageScore s) =>
        s.Fp == 0 && s.Fn == 0 ? 1 : s.Tp == 0 && s.Fp == 0 ? 0 : s.Tp / (s.Tp + s.Fp);

    public static double Recall(PageScore s) =>
        s.Fp == 0 && s.Fn == 0 ? 1 : s.Tp == 0 && s.Fn == 0 ? 0 : s.Tp / (s.Tp + s.Fn);

    /// <summary>Mean precision over pages with tp+fp &gt; 0, mean recall over pages with tp+fn &gt; 0, F1 of the two means.</summary>
    public static (double P, double R, double F1) Aggregate(IEnumerable<PageScore> pages)
    {
        var list = pages.ToList();
        var ps = list.Where(s => s.Tp + s.Fp > 0).Select(Precision).ToList();
        var rs = list.Where(s => s.Tp + s.Fn > 0).Select(Recall).ToList();
        var p = ps.Count > 0 ? ps.Average() : double.NaN;
        var r = rs.Count > 0 ? rs.Average() : double.NaN;
        var f1 = p + r > 0 ? 2 * p * r / (p + r) : 0;
        return (p, r, f1);
    }

    /// <summary>A few known answers, run by --self-test: cheap insurance that the port stays the metric.</summary>
    public static void SelfTest()
    {
        static void Check(bool ok, string what)
        {
            if (!ok)
            {
                throw new InvalidOperationException("scorer self-test failed: " + what);
            }
        }

        var same = Score("one two three four five", "one two three four five");
        Check(same == new PageScore(1, 0, 0), "identical text");
        var empty = Score("one two three four five", "");
        Check(empty == new PageScore(0, 0, 1), "empty prediction is all misses");
        Check(Score("", "") == new PageScore(0, 0, 0), "both empty");
        // Truth shingles abcd, bcde; prediction abcd, bcdx, cdxy, dxyz, xyzw (punctuation does not break
        // a shingle) → tp 1, fp 4, fn 1, normalised by 6.
        var part = Score("a b c d e", "a b c d. x y z w");
        Check(Math.Abs(part.Tp - 1.0 / 6) < 1e-12 && Math.Abs(part.Fp - 4.0 / 6) < 1e-12 && Math.Abs(part.Fn - 1.0 / 6) < 1e-12, "partial overlap");
        // Short texts are one shingle of all their tokens; punctuation is not a token.
        Check(Score("Hello, world!", "hello world").Tp == 0, "case-sensitive");
        Check(Score("Hello, world!", "Hello world").Tp == 1, "short text as one shingle");
        // Multiplicity: a repeated paragraph counts twice.
        var twice = Score("a b c d", "a b c d a b c d");
        // Prediction shingles: abcd ×2, bcda, cdab, dabc → tp 1, fp 4, fn 0, normalised by 5.
        Check(Math.Abs(twice.Tp - 0.2) < 1e-12 && Math.Abs(twice.Fp - 0.8) < 1e-12 && twice.Fn == 0, "multiplicity");
        var agg = Aggregate([new PageScore(0, 0, 1), new PageScore(1, 0, 0)]);
        Check(agg.P == 1 && agg.R == 0.5, "empty prediction is left out of precision, counted in recall");
        // Japanese has no spaces: \w+ makes one token of a run, as in the reference.
        Check(Shingles("日本語の文章です。次の文。").Count == 1, "unspaced script");
    }
}
