using System.IO.Compression;
using System.Text;

namespace NewsApi.EntityBenchmark;

/// <summary>
/// Reads the GMB extract (gzip, "token TAB tag", IOB2, a blank line after each sentence) and builds pseudo-documents from
/// its held-out sentences. The split is the one the tagger's training tool uses: sentences are numbered 1..N in file
/// order, the test split is every sentence whose number is divisible by 10, the dev split every number ending in 5.
/// </summary>
internal static class GmbReader
{
    public const int SentencesPerDocument = 20;

    public sealed record Result(
        IReadOnlyList<EvalDocument> Documents, int TotalSentences, int Sentences, int Tokens, int GpeAsPlace, int GpeIgnored, int TitleTokensStripped, int TitleOnlySpans);

    private sealed record Span(int First, int Last, string Type, string Text);

    public static Result Read(string path, string split, bool gpeAsPlace = true)
    {
        var remainder = split switch
        {
            "test" => 0,
            "dev" => 5,
            _ => throw new ArgumentException($"unknown GMB split '{split}' (test or dev)"),
        };
        var all = ReadSentences(path);

        // gpe is mostly the nationality adjective (Iraqi, British); a gpe name that the corpus also tags geo somewhere
        // (Nepal, Sudan, Afghanistan) is a place, the rest is left out of the gold set. Without gpeAsPlace every gpe is left
        // out, as the tagger's training tool scores it.
        var geoNames = new HashSet<string>(StringComparer.Ordinal);
        foreach (var sentence in all)
        {
            foreach (var span in SpansOf(sentence).Where(s => s.Type == "geo"))
            {
                geoNames.Add(span.Text);
            }
        }

        var heldOut = new List<IReadOnlyList<LabeledToken>>();
        int tokens = 0, gpePlace = 0, gpeIgnored = 0, titles = 0, titleOnly = 0;
        for (var n = 1; n <= all.Count; n++)
        {
            if (n % 10 != remainder)
            {
                continue;
            }
            var sentence = all[n - 1];
            tokens += sentence.Count;
            var labeled = sentence.Select(t => new LabeledToken(t.Token, null, false)).ToArray();
            foreach (var span in SpansOf(sentence))
            {
                EntityType? type = span.Type switch
                {
                    "per" => EntityType.Person,
                    "org" => EntityType.Organization,
                    "geo" => EntityType.Place,
                    "gpe" when gpeAsPlace && geoNames.Contains(span.Text) => EntityType.Place,
                    _ => null,
                };
                if (type is null)
                {
                    gpeIgnored += span.Type == "gpe" ? 1 : 0;
                    continue;
                }
                gpePlace += span.Type == "gpe" ? 1 : 0;
                var first = span.First;
                if (type == EntityType.Person)
                {
                    // GMB keeps titles inside person spans ("President Bush", "Mr. Smith"); the parser's names leave them
                    // out. A span of title words alone ("Prime", "President") names nobody and is left out of the gold set.
                    while (first <= span.Last && Titles.IsTitleWord(sentence[first].Token))
                    {
                        first++;
                        titles++;
                    }
                    if (first > span.Last)
                    {
                        titleOnly++;
                        continue;
                    }
                }
                for (var i = first; i <= span.Last; i++)
                {
                    labeled[i] = new LabeledToken(sentence[i].Token, type, i == first);
                }
            }
            heldOut.Add(labeled);
        }

        var documents = new List<EvalDocument>();
        for (var start = 0; start < heldOut.Count; start += SentencesPerDocument)
        {
            var id = $"{split}-{(start / SentencesPerDocument) + 1:000}";
            documents.Add(DocumentBuilder.Build(id, heldOut.Skip(start).Take(SentencesPerDocument).ToList()));
        }
        return new Result(documents, all.Count, heldOut.Count, tokens, gpePlace, gpeIgnored, titles, titleOnly);
    }

    private static List<List<(string Token, string Tag)>> ReadSentences(string path)
    {
        var sentences = new List<List<(string Token, string Tag)>>();
        var current = new List<(string, string)>();
        using var file = File.OpenRead(path);
        using var gzip = new GZipStream(file, CompressionMode.Decompress);
        using var reader = new StreamReader(gzip, Encoding.UTF8);
        while (reader.ReadLine() is { } line)
        {
            if (line.Length == 0)
            {
                if (current.Count > 0)
                {
                    sentences.Add(current);
                    current = [];
                }
                continue;
            }
            // TAB only: one token holds a no-break space.
            var tab = line.LastIndexOf('\t');
            if (tab <= 0)
            {
                throw new InvalidDataException($"{path}: not 'token TAB tag': '{line}'");
            }
            current.Add((line[..tab], line[(tab + 1)..]));
        }
        if (current.Count > 0)
        {
            sentences.Add(current);
        }
        return sentences;
    }

    private static List<Span> SpansOf(List<(string Token, string Tag)> sentence)
    {
        var spans = new List<Span>();
        for (var i = 0; i < sentence.Count; i++)
        {
            var tag = sentence[i].Tag;
            if (tag.Length < 3 || tag[1] != '-')
            {
                continue;
            }
            var type = tag[2..];
            var last = i;
            while (last + 1 < sentence.Count && sentence[last + 1].Tag == "I-" + type)
            {
                last++;
            }
            spans.Add(new Span(i, last, type, string.Join(' ', sentence.Skip(i).Take(last - i + 1).Select(t => t.Token))));
            i = last;
        }
        return spans;
    }
}
