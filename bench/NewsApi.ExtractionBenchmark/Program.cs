using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using NewsApi.ExtractionBenchmark;
using NewsApi.Ingestion;

// Quality of the parser on the shared extraction data sets (HTML + true main text), on both input
// paths, beside SmartReader (a Readability port) as the baseline. Prints one markdown table.
// See bench/extraction/README.md for how the data and the rendered text are prepared.

var options = Options.Parse(args);
if (options is null)
{
    Console.Error.WriteLine("""
        usage: NewsApi.ExtractionBenchmark --data <dir> [--datasets a,b:N] [--parallel N] [--path html|text|both]
               [--baseline smartreader] [--limit N] [--dump <dir>] [--rendered <root>] [--self-test]
          --data      a directory of unpacked data sets (<name>/manifest.tsv, html/, truth/) or of <name>.tar.xz
          --datasets  b:N keeps every N-th page of b's manifest (the sample render-text.mjs --every N renders)
          --parallel  pages parsed at once (default 1; per-page times are then less clean)
          --rendered  where rendered text lives as <root>/<name>/<id>.txt (default: <data set>/rendered/<id>.txt)
        """);
    return 2;
}

ShingleScorer.SelfTest();
if (options.SelfTestOnly)
{
    Console.WriteLine("scorer self-test ok");
    return 0;
}

var datasets = DatasetLocator.Resolve(options.Data, options.Datasets);
var results = new List<DatasetResult>();
foreach (var ds in datasets)
{
    Console.Error.WriteLine($"{ds.Name}: {ds.Pages.Count} pages");
    results.Add(Runner.Run(ds, options));
}

Report.Print(results, options);
return 0;

internal sealed record Options(
    string Data, IReadOnlyList<string>? Datasets, bool Html, bool Text, bool SmartReader, int Limit, string? Dump, string? Rendered,
    bool SelfTestOnly, int Parallel = 1)
{
    public static Options? Parse(string[] args)
    {
        string? data = null, datasets = null, path = "both", dump = null, rendered = null;
        var smart = false;
        var selfTest = false;
        var limit = int.MaxValue;
        var parallel = 1;
        for (var i = 0; i < args.Length; i++)
        {
            string Next() => i + 1 < args.Length ? args[++i] : throw new ArgumentException($"{args[i]} needs a value");
            switch (args[i])
            {
                case "--data": data = Next(); break;
                case "--datasets": datasets = Next(); break;
                case "--path": path = Next(); break;
                case "--baseline":
                    smart = Next() == "smartreader" ? true : throw new ArgumentException("the only baseline is smartreader");
                    break;
                case "--limit": limit = int.Parse(Next(), CultureInfo.InvariantCulture); break;
                case "--dump": dump = Next(); break;
                case "--rendered": rendered = Next(); break;
                case "--self-test": selfTest = true; break;
                case "--parallel": parallel = int.Parse(Next(), CultureInfo.InvariantCulture); break;
                default: return null;
            }
        }

        if (selfTest)
        {
            return new Options("", null, false, false, false, 0, null, null, true);
        }

        if (data is null || path is not ("html" or "text" or "both"))
        {
            return null;
        }

        return new Options(
            data, datasets?.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries),
            path is "html" or "both", path is "text" or "both", smart, limit, dump, rendered, false, parallel);
    }
}

internal sealed record Page(string Id, string Url, string? Title);

internal sealed record Dataset(string Name, string Dir, IReadOnlyList<Page> Pages, bool TitleFromManifest, int Every = 1);

internal static class DatasetLocator
{
    public static IReadOnlyList<Dataset> Resolve(string data, IReadOnlyList<string>? names)
    {
        names ??= Directory.EnumerateDirectories(data).Where(d => File.Exists(Path.Combine(d, "manifest.tsv"))).Select(Path.GetFileName)
            .Concat(Directory.EnumerateFiles(data, "*.tar.xz").Select(f => Path.GetFileName(f)[..^".tar.xz".Length]))
            .OfType<string>().Distinct().Order(StringComparer.Ordinal).ToList();
        // "name:N" keeps every N-th page of the manifest (index 0, N, 2N, ...), the same sample as
        // render-text.mjs --every N, for sets too large to render or run whole on a busy machine.
        return names.Select(spec =>
        {
            var parts = spec.Split(':');
            var every = parts.Length > 1 ? int.Parse(parts[1], CultureInfo.InvariantCulture) : 1;
            var ds = Load(parts[0], Locate(data, parts[0]));
            return ds with { Pages = ds.Pages.Where((_, i) => i % every == 0).ToList(), Every = every };
        }).ToList();
    }

    private static string Locate(string data, string name)
    {
        var dir = Path.Combine(data, name);
        if (File.Exists(Path.Combine(dir, "manifest.tsv")))
        {
            return dir;
        }

        var archive = Path.Combine(data, name + ".tar.xz");
        if (!File.Exists(archive))
        {
            throw new FileNotFoundException($"neither {dir}/manifest.tsv nor {archive}");
        }

        // .NET reads tar but not xz, so the system tar unpacks once into a cache outside the repository
        // (the pages must never land in it); a finished unpack leaves a marker so a crash is redone.
        var cache = Path.Combine(Path.GetTempPath(), "newsapi-extraction-cache", name);
        var marker = Path.Combine(cache, ".unpacked");
        if (!File.Exists(marker))
        {
            if (Directory.Exists(cache))
            {
                Directory.Delete(cache, recursive: true);
            }

            Directory.CreateDirectory(cache);
            using var tar = Process.Start(new ProcessStartInfo("tar", ["-xJf", archive, "-C", cache]))
                ?? throw new InvalidOperationException("cannot start tar");
            tar.WaitForExit();
            if (tar.ExitCode != 0)
            {
                throw new InvalidOperationException($"tar failed on {archive}");
            }

            File.WriteAllText(marker, "");
        }

        // The archive may hold the files at its root or under a folder named after the data set.
        return File.Exists(Path.Combine(cache, "manifest.tsv")) ? cache : Path.Combine(cache, name);
    }

    private static Dataset Load(string name, string dir)
    {
        var lines = File.ReadAllLines(Path.Combine(dir, "manifest.tsv"));
        var header = lines[0].Split('\t');
        int id = Array.IndexOf(header, "id"), url = Array.IndexOf(header, "url"), title = Array.IndexOf(header, "title");
        var pages = lines.Skip(1).Where(l => l.Length > 0).Select(l => l.Split('\t'))
            .Select(c => new Page(c[id], url >= 0 ? c[url] : "", title >= 0 && c[title].Length > 0 ? c[title] : null))
            .ToList();
        return new Dataset(name, dir, pages, title >= 0);
    }
}

/// <summary>What one extractor made of one page.</summary>
internal sealed record Prediction(string Body, string Headline, DateTimeOffset? PublishedAt, double Milliseconds, string? Error);

internal sealed class ExtractorResult
{
    public List<PageScore> Scores { get; } = [];
    public List<double> Milliseconds { get; } = [];
    public int Empty { get; set; }
    public int Errors { get; set; }
    public int HeadlineOk { get; set; }
    public int HeadlineChecked { get; set; }
    public int DatePresent { get; set; }
    public int DateCompared { get; set; }
    public int DateAgree { get; set; }
    public int Skipped { get; set; }
}

internal sealed record DatasetResult(string Name, int Pages, string HeadlineRule, ExtractorResult Html, ExtractorResult Text, ExtractorResult Smart);

internal static partial class Runner
{
    public static DatasetResult Run(Dataset ds, Options o)
    {
        ExtractorResult html = new(), text = new(), smart = new();
        var pages = ds.Pages.Take(o.Limit).ToList();
        var renderedDir = o.Rendered is null ? Path.Combine(ds.Dir, "rendered") : Path.Combine(o.Rendered, ds.Name);
        StreamWriter? tsv = null;
        if (o.Dump is not null)
        {
            Directory.CreateDirectory(Path.Combine(o.Dump, ds.Name));
            tsv = new StreamWriter(Path.Combine(o.Dump, ds.Name + ".tsv"));
            tsv.WriteLine("id\textractor\tprecision\trecall\ttp\tfp\tfn\theadline_ok\theadline\tpublished_at\tms\terror");
        }

        // Pages are parsed in parallel (--parallel) and recorded in manifest order afterwards, so the
        // figures and the dump do not depend on the degree of parallelism.
        var outcomes = new Outcome[pages.Count];
        Parallel.For(0, pages.Count, new ParallelOptions { MaxDegreeOfParallelism = o.Parallel }, i =>
            outcomes[i] = Measure(ds, pages[i], o, renderedDir));
        for (var i = 0; i < pages.Count; i++)
        {
            var (page, truth, titles, fromHtml, fromText, fromSmart) = outcomes[i];
            if (o.Html)
            {
                Record(html, fromHtml, truth, titles, referenceDate: null, tsv, page.Id, "html", o.Dump, ds.Name);
            }

            if (o.Text)
            {
                if (fromText is not null)
                {
                    Record(text, fromText, truth, titles, fromHtml.PublishedAt, tsv, page.Id, "text", o.Dump, ds.Name);
                }
                else
                {
                    text.Skipped++;
                }
            }

            if (fromSmart is not null)
            {
                Record(smart, fromSmart, truth, titles, referenceDate: null, tsv, page.Id, "smartreader", o.Dump, ds.Name);
            }
        }

        tsv?.Dispose();
        var rule = (ds.TitleFromManifest ? "= or in manifest title or page <title>/og:title" : "= or in page <title>/og:title")
            + (ds.Every > 1 ? $"; every {ds.Every}th page of the manifest" : "");
        return new DatasetResult(ds.Name, pages.Count, rule, html, text, smart);
    }

    private sealed record Outcome(Page Page, string Truth, IReadOnlyList<string> Titles, Prediction Html, Prediction? Text, Prediction? Smart);

    private static Outcome Measure(Dataset ds, Page page, Options o, string renderedDir)
    {
        var htmlSource = File.ReadAllText(Path.Combine(ds.Dir, "html", page.Id + ".html"), Encoding.UTF8);
        var truth = File.ReadAllText(Path.Combine(ds.Dir, "truth", page.Id + ".txt"), Encoding.UTF8);
        // Headline reference: the page's <title> and og:title (the issue's measure), and the data set's own title where it
        // has one (the annotators' reading of the page, which sometimes differs from what the page calls itself).
        IReadOnlyList<string> titles = ds.TitleFromManifest && page.Title is not null
            ? [page.Title, .. PageTitles(htmlSource)]
            : PageTitles(htmlSource);

        // The HTML parse also gives the reference date for the text path, so it runs for both.
        var fromHtml = Time(() => NewsDocumentParser.ParseHtml(htmlSource, page.Id));
        Prediction? fromText = null;
        var renderedFile = Path.Combine(renderedDir, page.Id + ".txt");
        if (o.Text && File.Exists(renderedFile))
        {
            var rendered = File.ReadAllText(renderedFile, Encoding.UTF8);
            fromText = Time(() => NewsDocumentParser.Parse(rendered, page.Id));
        }

        Prediction? fromSmart = null;
        if (o.SmartReader)
        {
            var url = Uri.TryCreate(page.Url, UriKind.Absolute, out var u) && u.Scheme is "http" or "https"
                ? page.Url
                : $"http://page.invalid/{Uri.EscapeDataString(page.Id)}.html";
            var sw = Stopwatch.StartNew();
            try
            {
                // The (uri, text) constructor reads the given HTML; Reader.ParseArticle(uri, string)
                // would take the string as a user agent and fetch the URI instead.
                var article = new SmartReader.Reader(url, htmlSource).GetArticle();
                sw.Stop();
                fromSmart = new Prediction(
                    article.IsReadable ? article.TextContent ?? "" : "", article.Title ?? "",
                    article.PublicationDate is { } d ? new DateTimeOffset(DateTime.SpecifyKind(d, DateTimeKind.Utc)) : null,
                    sw.Elapsed.TotalMilliseconds, null);
            }
#pragma warning disable CA1031 // A baseline failure on one page is a data point (an empty prediction), not a reason to stop.
            catch (Exception e)
#pragma warning restore CA1031
            {
                fromSmart = new Prediction("", "", null, sw.Elapsed.TotalMilliseconds, e.GetType().Name);
            }
        }

        return new Outcome(page, truth, titles, fromHtml, fromText, fromSmart);
    }

    private static Prediction Time(Func<ArticleDraft> parse)
    {
        var sw = Stopwatch.StartNew();
        try
        {
            var draft = parse();
            sw.Stop();
            // The body paragraphs only: the headline and standfirst are not part of the prediction.
            return new Prediction(string.Join("\n", draft.Body), draft.Headline, draft.PublishedAt, sw.Elapsed.TotalMilliseconds, null);
        }
#pragma warning disable CA1031 // Any parse failure is counted as an empty prediction and reported, as the benchmark does.
        catch (Exception e)
#pragma warning restore CA1031
        {
            return new Prediction("", "", null, sw.Elapsed.TotalMilliseconds, e.GetType().Name);
        }
    }

    private static void Record(
        ExtractorResult r, Prediction p, string truth, IReadOnlyList<string> titles, DateTimeOffset? referenceDate,
        StreamWriter? tsv, string id, string extractor, string? dump, string dataset)
    {
        var score = ShingleScorer.Score(truth, p.Body);
        r.Scores.Add(score);
        r.Milliseconds.Add(p.Milliseconds);
        if (p.Error is not null)
        {
            r.Errors++;
        }

        if (string.IsNullOrWhiteSpace(p.Body))
        {
            r.Empty++;
        }

        bool? headlineOk = null;
        if (titles.Count > 0)
        {
            r.HeadlineChecked++;
            headlineOk = HeadlineMatches(p.Headline, titles);
            if (headlineOk == true)
            {
                r.HeadlineOk++;
            }
        }

        if (p.PublishedAt is not null)
        {
            r.DatePresent++;
        }

        if (referenceDate is { } reference)
        {
            r.DateCompared++;
            if (p.PublishedAt is { } d && d.UtcDateTime.Date == reference.UtcDateTime.Date)
            {
                r.DateAgree++;
            }
        }

        if (tsv is not null && dump is not null)
        {
            var inv = CultureInfo.InvariantCulture;
            tsv.WriteLine(string.Join('\t',
                id, extractor,
                (score.Tp + score.Fp > 0 ? ShingleScorer.Precision(score) : double.NaN).ToString("0.000", inv),
                (score.Tp + score.Fn > 0 ? ShingleScorer.Recall(score) : double.NaN).ToString("0.000", inv),
                score.Tp.ToString("0.000", inv), score.Fp.ToString("0.000", inv), score.Fn.ToString("0.000", inv),
                headlineOk?.ToString() ?? "", Collapse(p.Headline), p.PublishedAt?.ToString("o", inv) ?? "",
                p.Milliseconds.ToString("0.0", inv), p.Error ?? ""));
            File.WriteAllText(
                Path.Combine(dump, dataset, $"{id}.{extractor}.txt"),
                $"# headline: {p.Headline}\n# published: {p.PublishedAt?.ToString("o", inv)}\n# error: {p.Error}\n\n{p.Body}\n");
        }
    }

    /// <summary>Our headline equals, or is contained in, one of the reference titles (case-insensitive, whitespace collapsed,
    /// typographic and straight quotes alike: a page's &lt;title&gt; and its heading often differ only in those).</summary>
    internal static bool HeadlineMatches(string headline, IReadOnlyList<string> titles)
    {
        var h = FoldQuotes(Collapse(headline));
        return h.Length > 0 && titles.Select(t => FoldQuotes(Collapse(t))).Any(t => t.Contains(h, StringComparison.OrdinalIgnoreCase));
    }

    private static string FoldQuotes(string s) => s
        .Replace('\u2018', '\'').Replace('\u2019', '\'').Replace('\u201C', '"').Replace('\u201D', '"');

    private static string Collapse(string s) => Whitespace().Replace(s, " ").Trim();

    /// <summary>The page's own &lt;title&gt; and og:title; a regex is enough for two well-known elements and saves a second DOM parse.</summary>
    private static List<string> PageTitles(string html)
    {
        var titles = new List<string>();
        if (TitleElement().Match(html) is { Success: true } m)
        {
            titles.Add(WebUtility.HtmlDecode(m.Groups[1].Value));
        }

        foreach (Match meta in MetaElement().Matches(html))
        {
            var tag = meta.Value;
            if (OgTitle().IsMatch(tag) && ContentAttribute().Match(tag) is { Success: true } c)
            {
                titles.Add(WebUtility.HtmlDecode(c.Groups[2].Value));
            }
        }

        return titles.Where(t => !string.IsNullOrWhiteSpace(t)).ToList();
    }

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();

    [GeneratedRegex(@"<title\b[^>]*>(.*?)</title\s*>", RegexOptions.IgnoreCase | RegexOptions.Singleline)]
    private static partial Regex TitleElement();

    [GeneratedRegex(@"<meta\b[^>]*>", RegexOptions.IgnoreCase)]
    private static partial Regex MetaElement();

    [GeneratedRegex(@"(?:property|name)\s*=\s*[""']?(?:og|twitter):title\b", RegexOptions.IgnoreCase)]
    private static partial Regex OgTitle();

    [GeneratedRegex(@"\bcontent\s*=\s*([""'])(.*?)\1", RegexOptions.IgnoreCase | RegexOptions.Singleline)]
    private static partial Regex ContentAttribute();
}

internal static class Report
{
    private static readonly string[] News = ["l3s-gn1", "google-trends-2017", "dragnet", "cleanportaleval"];

    public static void Print(IReadOnlyList<DatasetResult> results, Options o)
    {
        var inv = CultureInfo.InvariantCulture;
        Console.WriteLine("| data set | path | pages | P | R | F1 | empty | errors | headline | publishedAt | date = HTML's | ms p50 | ms p95 |");
        Console.WriteLine("|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
        var extractors = new List<(string Name, Func<DatasetResult, ExtractorResult> Get)>();
        if (o.Html)
        {
            extractors.Add(("html", r => r.Html));
        }

        if (o.Text)
        {
            extractors.Add(("text", r => r.Text));
        }

        if (o.SmartReader)
        {
            extractors.Add(("SmartReader", r => r.Smart));
        }

        foreach (var r in results)
        {
            foreach (var (name, get) in extractors)
            {
                Row(r.Name, name, get(r));
            }
        }

        // Pooled news pages (each page weighs the same) and the macro mean over the data sets.
        foreach (var (name, get) in extractors)
        {
            var news = results.Where(r => News.Contains(r.Name)).Select(get).ToList();
            if (news.Count > 0)
            {
                var pooled = new ExtractorResult();
                foreach (var e in news)
                {
                    pooled.Scores.AddRange(e.Scores);
                    pooled.Milliseconds.AddRange(e.Milliseconds);
                    pooled.Empty += e.Empty;
                    pooled.Errors += e.Errors;
                    pooled.HeadlineOk += e.HeadlineOk;
                    pooled.HeadlineChecked += e.HeadlineChecked;
                    pooled.DatePresent += e.DatePresent;
                    pooled.DateCompared += e.DateCompared;
                    pooled.DateAgree += e.DateAgree;
                    pooled.Skipped += e.Skipped;
                }

                Row("news (pooled)", name, pooled);
            }
        }

        foreach (var (name, get) in extractors)
        {
            var per = results.Select(get).Where(e => e.Scores.Count > 0).Select(e => ShingleScorer.Aggregate(e.Scores)).ToList();
            if (per.Count > 0)
            {
                Console.WriteLine(string.Create(inv,
                    $"| macro mean ({per.Count} sets) | {name} | | {per.Average(x => x.P):0.000} | {per.Average(x => x.R):0.000} | {per.Average(x => x.F1):0.000} | | | | | | | |"));
            }
        }

        Console.WriteLine();
        foreach (var r in results)
        {
            Console.WriteLine($"headline rule for {r.Name}: {r.HeadlineRule}" + (o.Text ? $"; text path skipped (no rendered text): {r.Text.Skipped}" : ""));
        }
    }

    private static void Row(string dataset, string extractor, ExtractorResult e)
    {
        var inv = CultureInfo.InvariantCulture;
        var n = e.Scores.Count;
        if (n == 0)
        {
            Console.WriteLine($"| {dataset} | {extractor} | 0 | | | | | | | | | | |");
            return;
        }

        var (p, rec, f1) = ShingleScorer.Aggregate(e.Scores);
        var ms = e.Milliseconds.Order().ToList();
        var date = e.DateCompared > 0 ? $"{e.DateAgree}/{e.DateCompared}" : "–";
        var headline = e.HeadlineChecked > 0 ? string.Create(inv, $"{e.HeadlineOk}/{e.HeadlineChecked} ({100.0 * e.HeadlineOk / e.HeadlineChecked:0}%)") : "–";
        Console.WriteLine(string.Create(inv,
            $"| {dataset} | {extractor} | {n} | {p:0.000} | {rec:0.000} | {f1:0.000} | {e.Empty} | {e.Errors} | {headline} | {e.DatePresent}/{n} | {date} | {Percentile(ms, 0.5):0.0} | {Percentile(ms, 0.95):0.0} |"));
    }

    private static double Percentile(List<double> sorted, double q) =>
        sorted[Math.Min(sorted.Count - 1, (int)Math.Ceiling(q * sorted.Count) - 1 < 0 ? 0 : (int)Math.Ceiling(q * sorted.Count) - 1)];
}
