using System.Globalization;
using NewsApi.DocumentGenerator;
using NewsApi.Ingestion;

// Usage: NewsApi.DocumentGenerator <folder> <count> [--check] [--time-parse]
// --check parses the first hundred documents and prints what the parser found, to prove the shapes are recognized.
// --time-parse parses every document written, once, and prints documents per second: the parse share of seeding throughput.
if (args.Length < 2 || !int.TryParse(args[1], NumberStyles.None, CultureInfo.InvariantCulture, out var count) || count < 1)
{
    await Console.Error.WriteLineAsync("usage: NewsApi.DocumentGenerator <folder> <count> [--check]");
    return 2;
}

var folder = args[0];
Directory.CreateDirectory(folder);
var generator = new WireDocumentGenerator(seed: 20260101);
long bytes = 0;
var checkedDrafts = new List<ArticleDraft>();
for (var index = 0; index < count; index++)
{
    var document = generator.Next(index);
    var name = $"gen_{index:D6}.txt";
    await File.WriteAllTextAsync(Path.Combine(folder, name), document);
    bytes += document.Length;
    if (args.Contains("--check") && index < 100)
    {
        checkedDrafts.Add(NewsDocumentParser.Parse(document, name));
    }
}
Console.WriteLine(FormattableString.Invariant($"wrote {count} documents to {folder}, {bytes / count} characters on average"));
if (checkedDrafts.Count > 0)
{
    static string Average(IEnumerable<int> values) => values.Average().ToString("0.0", CultureInfo.InvariantCulture);
    Console.WriteLine($"parsed {checkedDrafts.Count}: tags {Average(checkedDrafts.Select(d => d.Tags.Count))}, people {Average(checkedDrafts.Select(d => d.People.Count))}, "
        + $"organizations {Average(checkedDrafts.Select(d => d.Organizations.Count))}, quotes {Average(checkedDrafts.Select(d => d.Quotes.Count))}, "
        + $"images {Average(checkedDrafts.Select(d => d.Images.Count))}, related {Average(checkedDrafts.Select(d => d.Related.Count))}, "
        + $"with date {checkedDrafts.Count(d => d.PublishedAt is not null)}");
}
if (args.Contains("--time-parse"))
{
    var texts = Directory.EnumerateFiles(folder, "gen_*.txt").Order(StringComparer.Ordinal).Take(count)
        .Select(file => (Name: Path.GetFileName(file), Text: File.ReadAllText(file))).ToList();
    NewsDocumentParser.Parse(texts[0].Text, texts[0].Name);
    var stopwatch = System.Diagnostics.Stopwatch.StartNew();
    foreach (var (name, text) in texts)
    {
        NewsDocumentParser.Parse(text, name);
    }
    Console.WriteLine(FormattableString.Invariant($"parsed {texts.Count} documents in {stopwatch.ElapsedMilliseconds} ms: {texts.Count / stopwatch.Elapsed.TotalSeconds:0} documents/s on one thread"));
}
return 0;
