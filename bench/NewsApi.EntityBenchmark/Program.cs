using System.Globalization;
using NewsApi.EntityBenchmark;

// People, organizations and places as NewsDocumentParser.Parse finds them (the preview endpoint's text path), measured
// against CoNLL-2003, the GMB held-out split and the golden files. Prints one table per data set; see bench/entities/README.md.

var options = Options.Parse(args);
if (options is null)
{
    Console.Error.WriteLine("""
        usage: NewsApi.EntityBenchmark [--conll <file>] [--gmb <file.gz>] [--gmb-split test|dev] [--gmb-gpe places|none] [--golden <dir>]...
                                       [--dump <file.tsv>] [--texts <dir>] [--limit N] [--conll-no-docstart] [--aliases] [--tokens [--margin M]]
          --conll       CoNLL-2003 file (eng.testb or a "token TAG" copy); documents split at -DOCSTART-
          --gmb         the GMB extract (gmb-ner.conll.gz); held-out sentences in documents of 20
          --gmb-gpe     places (default): a gpe name also tagged geo in the corpus is a place, other gpe (adjectives) ignored; none: all gpe ignored
          --golden      a directory of NAME.txt + NAME.golden.json (may be repeated)
          --dump        every false positive and negative as TSV, for error analysis
          --texts       write each generated CoNLL/GMB document as <dir>/<dataset>/<id>.txt (to try with the preview endpoint)
          --aliases     CoNLL/GMB: a gold name is also found by a person's or organization's alias (a surname used alone,
                        an acronym), as a client reading the preview's "aliases" sees it; default: names only
          --conll-no-docstart   ignore -DOCSTART- lines and split stories at their datelines instead (checks the reconstruction)
          --tokens      the trained tagger alone (Entities.Tagging.NameTagger) on the CoNLL/GMB sentences: mention and token F1
          --margin      with --tokens, keep a name only where every word scores at least M above outside (default 0: all)
        """);
    return 2;
}

var corpora = new List<(string Name, string Description, IReadOnlyList<EvalDocument> Documents)>();
if (options.Conll is not null)
{
    var conll = ConllReader.Read(options.Conll, options.ConllNoDocStart);
    var documents = conll.Documents.Take(options.Limit).ToList();
    var mentions = documents.SelectMany(d => d.Mentions).ToList();
    var description = string.Create(CultureInfo.InvariantCulture,
        $"{Path.GetFileName(options.Conll)}: {documents.Count:N0} documents{(conll.Reconstructed ? " (split at datelines)" : "")}, {conll.Sentences:N0} sentences, {conll.Tokens:N0} tokens; "
        + $"gold mentions PER {Count(mentions, EntityType.Person):N0}, ORG {Count(mentions, EntityType.Organization):N0}, LOC {Count(mentions, EntityType.Place):N0} (MISC {conll.MiscMentions:N0} ignored)");
    corpora.Add(("conll", description, documents));
}
if (options.Gmb is not null)
{
    var gmb = GmbReader.Read(options.Gmb, options.GmbSplit, options.GmbGpeAsPlace);
    var documents = gmb.Documents.Take(options.Limit).ToList();
    var mentions = documents.SelectMany(d => d.Mentions).ToList();
    var description = string.Create(CultureInfo.InvariantCulture,
        $"{options.GmbSplit} split, sentences numbered n % 10 == {(options.GmbSplit == "test" ? 0 : 5)}: {gmb.Sentences:N0} of {gmb.TotalSentences:N0} sentences, {gmb.Tokens:N0} tokens, "
        + $"{documents.Count:N0} documents of {GmbReader.SentencesPerDocument} sentences; gold mentions per {Count(mentions, EntityType.Person):N0}, "
        + $"org {Count(mentions, EntityType.Organization):N0}, geo+gpe {Count(mentions, EntityType.Place):N0} "
        + $"(gpe: {gmb.GpeAsPlace:N0} kept as places, {gmb.GpeIgnored:N0} ignored; {gmb.TitleTokensStripped:N0} title words stripped from per, {gmb.TitleOnlySpans:N0} per spans of titles alone dropped)");
    corpora.Add(("gmb-" + options.GmbSplit, description, documents));
}
foreach (var (name, _, documents) in corpora)
{
    WriteTexts(options.Texts, name, documents);
}

if (options.Tokens)
{
    if (options.Golden.Count > 0)
    {
        Console.Error.WriteLine("--tokens: the golden files have no token annotation; they are skipped.");
    }
    var tagged = corpora.Select(c => TaggerRunner.Run(c.Name, c.Description, c.Documents, options.Margin)).ToList();
    foreach (var result in tagged)
    {
        TaggerRunner.Print(Console.Out, result, options.Margin);
    }
    if (options.Dump is not null)
    {
        using var tsv = new StreamWriter(options.Dump);
        TaggerRunner.Dump(tsv, tagged);
        Console.Error.WriteLine($"wrote {options.Dump}");
    }
    return 0;
}

var results = corpora.Select(c => new DatasetResult(c.Name, c.Description, Runner.RunCorpus(c.Documents, options.CorpusAliases))).ToList();
foreach (var directory in options.Golden)
{
    var documents = GoldenReader.Read(directory).Take(options.Limit).ToList();
    var required = documents.Sum(d => d.Names.Values.Sum(n => n.Count(x => x.Required)));
    results.Add(new DatasetResult("golden:" + directory, string.Create(CultureInfo.InvariantCulture,
        $"{documents.Count} documents, {required} required names (optional names neither right nor wrong; aliases count on both sides)"),
        Runner.RunGolden(documents)));
}

foreach (var result in results)
{
    Report.Print(Console.Out, result);
}
if (options.Dump is not null)
{
    using var tsv = new StreamWriter(options.Dump);
    Report.Dump(tsv, results);
    Console.Error.WriteLine($"wrote {options.Dump}");
}
return 0;

static int Count(IEnumerable<GoldMention> mentions, EntityType type) => mentions.Count(m => m.Type == type);

static void WriteTexts(string? root, string dataset, IEnumerable<EvalDocument> documents)
{
    if (root is null)
    {
        return;
    }
    var directory = Path.Combine(root, dataset);
    Directory.CreateDirectory(directory);
    foreach (var document in documents)
    {
        File.WriteAllText(Path.Combine(directory, document.Id + ".txt"), document.Text + "\n");
    }
}

internal sealed record Options(
    string? Conll, bool ConllNoDocStart, string? Gmb, string GmbSplit, bool GmbGpeAsPlace, IReadOnlyList<string> Golden, string? Dump, string? Texts, int Limit,
    bool Tokens, float Margin, bool CorpusAliases)
{
    public static Options? Parse(string[] args)
    {
        string? conll = null, gmb = null, dump = null, texts = null;
        string split = "test", gpe = "places";
        var golden = new List<string>();
        var limit = int.MaxValue;
        bool noDocStart = false, tokens = false, aliases = false;
        var margin = 0f;
        for (var i = 0; i < args.Length; i++)
        {
            string Next() => i + 1 < args.Length ? args[++i] : throw new ArgumentException($"{args[i]} needs a value");
            switch (args[i])
            {
                case "--conll": conll = Next(); break;
                case "--conll-no-docstart": noDocStart = true; break;
                case "--gmb": gmb = Next(); break;
                case "--gmb-split": split = Next(); break;
                case "--gmb-gpe": gpe = Next(); break;
                case "--golden": golden.Add(Next()); break;
                case "--dump": dump = Next(); break;
                case "--texts": texts = Next(); break;
                case "--limit": limit = int.Parse(Next(), CultureInfo.InvariantCulture); break;
                case "--tokens": tokens = true; break;
                case "--margin": margin = float.Parse(Next(), CultureInfo.InvariantCulture); break;
                case "--aliases": aliases = true; break;
                default: return null;
            }
        }
        if ((conll is null && gmb is null && golden.Count == 0) || split is not ("test" or "dev") || gpe is not ("places" or "none") || (tokens && conll is null && gmb is null))
        {
            return null;
        }
        return new Options(conll, noDocStart, gmb, split, gpe == "places", golden, dump, texts, limit, tokens, margin, aliases);
    }
}
