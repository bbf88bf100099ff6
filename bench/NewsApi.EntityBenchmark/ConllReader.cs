using System.Text.RegularExpressions;

namespace NewsApi.EntityBenchmark;

/// <summary>
/// Reads a CoNLL-2003 file in any of its common shapes: the original four columns (token, POS, chunk, NER), the
/// three-column "token TAG 0" copies or plain "token TAG"; IOB1 or IOB2. The tag is the last column after the first
/// that looks like one. Documents split at -DOCSTART-; a copy without those lines is split before each story's
/// headline (see <see cref="SplitStories"/>).
/// </summary>
internal static partial class ConllReader
{
    public sealed record Result(IReadOnlyList<EvalDocument> Documents, int Sentences, int Tokens, int MiscMentions, bool Reconstructed);

    public static Result Read(string path, bool ignoreDocStart = false)
    {
        var documents = new List<List<List<LabeledToken>>>();
        var sentences = new List<List<LabeledToken>>();
        var sentence = new List<LabeledToken>();
        var docStarts = 0;
        var tokens = 0;
        var misc = 0;
        string? previousTag = null;

        void EndSentence()
        {
            if (sentence.Count > 0)
            {
                sentences.Add(sentence);
                sentence = [];
            }
            previousTag = null;
        }

        foreach (var line in File.ReadLines(path))
        {
            var columns = line.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
            if (columns.Length == 0)
            {
                EndSentence();
                continue;
            }
            if (columns[0] == "-DOCSTART-")
            {
                EndSentence();
                docStarts++;
                if (!ignoreDocStart && sentences.Count > 0)
                {
                    documents.Add(sentences);
                    sentences = [];
                }
                continue;
            }
            var tag = TagOf(columns) ?? throw new InvalidDataException($"{path}: no NER tag on line '{line}'");
            tokens++;
            var type = tag.Length > 2 ? TypeOf(tag[2..]) : null;
            var begins = tag.StartsWith("B-", StringComparison.Ordinal) || tag.StartsWith("S-", StringComparison.Ordinal);
            if (tag.EndsWith("MISC", StringComparison.Ordinal) && (begins || previousTag is null || previousTag[2..] != "MISC"))
            {
                misc++;
            }
            sentence.Add(new LabeledToken(columns[0], type, begins));
            previousTag = tag == "O" ? null : tag;
        }
        EndSentence();
        var reconstructed = ignoreDocStart || docStarts == 0;
        if (reconstructed)
        {
            documents.AddRange(SplitStories(sentences));
        }
        else if (sentences.Count > 0)
        {
            documents.Add(sentences);
        }

        var width = documents.Count.ToString(System.Globalization.CultureInfo.InvariantCulture).Length;
        var built = documents
            .Select((d, i) => DocumentBuilder.Build((i + 1).ToString(System.Globalization.CultureInfo.InvariantCulture).PadLeft(width, '0'),
                d.Select(s => (IReadOnlyList<LabeledToken>)s).ToList()))
            .ToList();
        return new Result(built, documents.Sum(d => d.Count), tokens, misc, reconstructed);
    }

    /// <summary>
    /// Without -DOCSTART-: every Reuters story has a dateline sentence such as "ROME 1996-12-06" after its headline (and
    /// sometimes a byline), so a story starts at the headline before each dateline; a short line of two or three
    /// capitalized words right before the dateline ("Robert Kitson") is a byline, and the headline is the line before it.
    /// </summary>
    public static List<List<List<LabeledToken>>> SplitStories(IReadOnlyList<List<LabeledToken>> sentences)
    {
        var starts = new SortedSet<int> { 0 };
        for (var i = 1; i < sentences.Count; i++)
        {
            if (!IsDateline(sentences[i]))
            {
                continue;
            }
            var headline = i - 1;
            if (headline > 0 && IsByline(sentences[headline]))
            {
                headline--;
            }
            starts.Add(headline);
        }
        var ordered = starts.ToList();
        var stories = new List<List<List<LabeledToken>>>();
        for (var s = 0; s < ordered.Count; s++)
        {
            var end = s + 1 < ordered.Count ? ordered[s + 1] : sentences.Count;
            if (end > ordered[s])
            {
                stories.Add(sentences.Skip(ordered[s]).Take(end - ordered[s]).ToList());
            }
        }
        return stories;
    }

    private static bool IsDateline(List<LabeledToken> sentence) => DatePattern().IsMatch(sentence[^1].Text);

    private static bool IsByline(List<LabeledToken> sentence) =>
        sentence.Count is >= 2 and <= 3
        && sentence.All(t => t.Text.Length > 1 && char.IsUpper(t.Text[0]) && t.Text.Skip(1).Any(char.IsLower));

    private static string? TagOf(string[] columns)
    {
        for (var c = columns.Length - 1; c >= 1; c--)
        {
            if (TagPattern().IsMatch(columns[c]))
            {
                return columns[c];
            }
        }
        return null;
    }

    private static EntityType? TypeOf(string conllType) => conllType switch
    {
        "PER" => EntityType.Person,
        "ORG" => EntityType.Organization,
        "LOC" => EntityType.Place,
        _ => null,
    };

    [GeneratedRegex(@"^(O|[BIES]-[A-Z]+)$")]
    private static partial Regex TagPattern();

    [GeneratedRegex(@"^\d{4}-\d\d-\d\d$")]
    private static partial Regex DatePattern();
}
