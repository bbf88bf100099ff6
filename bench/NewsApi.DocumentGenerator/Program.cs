using System.Globalization;
using NewsApi.DocumentGenerator;
using NewsApi.Ingestion;

// Usage: NewsApi.DocumentGenerator <folder> <count> [--check]
// --check parses the first hundred documents and prints what the parser found, to prove the shapes are recognized.
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
return 0;
