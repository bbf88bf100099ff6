using System.IO.Compression;

namespace NewsApi.NerTraining;

/// <summary>One sentence of a CoNLL-style corpus: its tokens and their IOB tags, as the file gives them.</summary>
internal sealed record TaggedSentence(int Number, string[] Words, string[] Tags);

/// <summary>Reads token-per-line corpora: the GMB file (token TAB tag, gzip) and CoNLL-2003 files (token ... tag, space separated).</summary>
internal static class CorpusReader
{
    public static List<TaggedSentence> Read(string path)
    {
        using var file = File.OpenRead(path);
        using Stream stream = path.EndsWith(".gz", StringComparison.OrdinalIgnoreCase) ? new GZipStream(file, CompressionMode.Decompress) : file;
        using var reader = new StreamReader(stream);
        var sentences = new List<TaggedSentence>();
        var words = new List<string>();
        var tags = new List<string>();
        while (true)
        {
            var line = reader.ReadLine();
            if (string.IsNullOrWhiteSpace(line) || line.StartsWith("-DOCSTART-", StringComparison.Ordinal))
            {
                if (words.Count > 0)
                {
                    sentences.Add(new TaggedSentence(sentences.Count + 1, [.. words], [.. tags]));
                    words.Clear();
                    tags.Clear();
                }
                if (line is null)
                {
                    break;
                }
                continue;
            }
            // The GMB file separates on TAB only (one token holds a no-break space); CoNLL files on spaces, tag in the last column but a trailing 0.
            var columns = line.Contains('\t') ? line.Split('\t') : line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            var tag = columns.LastOrDefault(column => column == "O" || column.StartsWith("B-", StringComparison.Ordinal) || column.StartsWith("I-", StringComparison.Ordinal)) ?? "O";
            words.Add(columns[0]);
            tags.Add(tag);
        }
        return sentences;
    }
}
