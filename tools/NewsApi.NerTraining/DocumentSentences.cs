using System.Text.Json;
using NewsApi.Ingestion.Entities;
using NewsApi.Ingestion.Entities.Tagging;
using NewsApi.Ingestion.Entities.Text;
using NewsApi.Ingestion.Layout;
using NewsApi.Ingestion.Normalization;

namespace NewsApi.NerTraining;

/// <summary>A sentence the tagger learns from: the features of its tokens and the right label of each.</summary>
internal sealed record TrainingSentence(SentenceFeatures Features, NameLabel[] Gold, Token[]? Tokens = null);

/// <summary>A name a golden file lists, as the parser's tokenizer splits it; an optional one is arguable, neither right nor wrong.</summary>
internal sealed record ListedName(string[] Words, NameType Type, bool Optional);

/// <summary>
/// News documents of the shapes the parser reads, with their golden files (Documents/README.md), made into training sentences:
/// the parser's own layout cuts each into the units the tagger is asked about at run time (standfirst, body paragraphs,
/// captions, a printed headline), and the golden file's people, organizations and places are projected onto their tokens.
/// </summary>
internal static class DocumentSentences
{
    public sealed record Counts(int Documents, int Sentences, int SkippedOptional, int SkippedRelated, int Names);

    public static List<TrainingSentence> Read(string directory, out Counts counts)
    {
        var sentences = new List<TrainingSentence>();
        int documents = 0, skippedOptional = 0, skippedRelated = 0, names = 0;
        foreach (var goldenPath in Directory.EnumerateFiles(directory, "*.golden.json", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            var textPath = goldenPath[..^".golden.json".Length] + ".txt";
            if (!File.Exists(textPath))
            {
                continue;
            }
            documents++;
            using var json = JsonDocument.Parse(File.ReadAllText(goldenPath));
            var listed = ListedNames(json.RootElement);
            // Headlines of other articles name other articles' people: where the layout keeps one, the golden file does not list them.
            var related = Strings(json.RootElement, "related").Select(Fold).Where(line => line.Length > 0).ToList();
            foreach (var unit in Units(File.ReadAllText(textPath)))
            {
                var folded = Fold(unit.Text);
                if (related.Exists(headline => folded.Contains(headline, StringComparison.Ordinal) || headline.Contains(folded, StringComparison.Ordinal)))
                {
                    skippedRelated++;
                    continue;
                }
                foreach (var tokens in Sentences(unit.Tokens))
                {
                    if (!Array.Exists(tokens, token => token.IsCapitalizedWord))
                    {
                        continue;
                    }
                    var gold = Project(tokens, listed, out var holdsOptional);
                    if (holdsOptional)
                    {
                        skippedOptional++;
                        continue;
                    }
                    names += NameLabels.Spans(gold).Count;
                    sentences.Add(new TrainingSentence(new SentenceFeatures(tokens), gold, tokens));
                }
            }
        }
        counts = new Counts(documents, sentences.Count, skippedOptional, skippedRelated, names);
        return sentences;
    }

    /// <summary>The units <c>EntityExtractor</c> scans, made the same way: tokens, nickname cuts and sentence starts as at run time.</summary>
    internal static IEnumerable<TextUnit> Units(string text)
    {
        var layout = LayoutParser.Parse(HardWrapJoiner.Join(TextNormalizer.Normalize(text)));
        var knowledge = GazetteerKnowledge.Instance;
        if (!string.IsNullOrWhiteSpace(layout.Standfirst))
        {
            yield return new TextUnit(0, TextZone.Standfirst, layout.Standfirst, knowledge);
        }
        foreach (var paragraph in layout.Body.Where(paragraph => !string.IsNullOrWhiteSpace(paragraph)))
        {
            yield return new TextUnit(0, TextZone.Body, paragraph, knowledge);
        }
        foreach (var image in layout.Images.Where(image => !string.IsNullOrWhiteSpace(image.Caption)))
        {
            yield return new TextUnit(0, TextZone.Caption, image.Caption!, knowledge);
        }
        if (!layout.HeadlineDerived && !string.IsNullOrWhiteSpace(layout.Headline))
        {
            yield return new TextUnit(0, TextZone.Headline, layout.Headline);
        }
    }

    /// <summary>A unit's sentences as the scanner hands them to the tagger: from one sentence start to the next.</summary>
    internal static IEnumerable<Token[]> Sentences(Token[] tokens)
    {
        var start = 0;
        for (var i = 1; i <= tokens.Length; i++)
        {
            if (i == tokens.Length || tokens[i].Is(TokenFlags.SentenceStart))
            {
                yield return tokens[start..i];
                start = i;
            }
        }
    }

    /// <summary>
    /// Labels every occurrence of a listed name, the longest first at each token and people before organizations before places
    /// on a tie; <paramref name="holdsOptional"/> when an optional name is the longest match somewhere, since its label is arguable.
    /// </summary>
    internal static NameLabel[] Project(Token[] tokens, IReadOnlyList<ListedName> listed, out bool holdsOptional)
    {
        var gold = new NameLabel[tokens.Length];
        holdsOptional = false;
        var i = 0;
        while (i < tokens.Length)
        {
            var match = tokens[i].IsWord ? listed.FirstOrDefault(name => Matches(tokens, i, name.Words)) : null;
            if (match is null)
            {
                i++;
                continue;
            }
            if (match.Optional)
            {
                holdsOptional = true;
            }
            else
            {
                gold[i] = NameLabels.Begin(match.Type);
                for (var k = i + 1; k < i + match.Words.Length; k++)
                {
                    gold[k] = NameLabels.Inside(match.Type);
                }
            }
            i += match.Words.Length;
        }
        return gold;
    }

    /// <summary>The golden file's names and aliases, longest first; a person's last word alone is the surname a story uses later.</summary>
    internal static List<ListedName> ListedNames(JsonElement root)
    {
        var names = new List<ListedName>();
        var surnames = new List<ListedName>();
        void Add(string text, NameType type, bool optional)
        {
            var words = Tokenizer(text);
            if (words.Length > 0)
            {
                names.Add(new ListedName(words, type, optional));
            }
        }
        foreach (var (property, type, optional) in new[]
        {
            ("people", NameType.Person, false), ("organizations", NameType.Organization, false), ("places", NameType.Place, false),
            ("optionalPeople", NameType.Person, true), ("optionalOrganizations", NameType.Organization, true), ("optionalPlaces", NameType.Place, true),
        })
        {
            if (!root.TryGetProperty(property, out var list) || list.ValueKind != JsonValueKind.Array)
            {
                continue;
            }
            foreach (var item in list.EnumerateArray())
            {
                if (item.ValueKind == JsonValueKind.String)
                {
                    Add(item.GetString() ?? "", type, optional);
                    continue;
                }
                var name = item.TryGetProperty("name", out var n) ? n.GetString() ?? "" : "";
                Add(name, type, optional);
                if (item.TryGetProperty("aliases", out var aliases) && aliases.ValueKind == JsonValueKind.Array)
                {
                    foreach (var alias in aliases.EnumerateArray())
                    {
                        Add(alias.GetString() ?? "", type, optional);
                    }
                }
                var words = Tokenizer(name);
                if (type == NameType.Person && words.Length > 1 && char.IsUpper(words[^1][0]))
                {
                    surnames.Add(new ListedName([words[^1]], type, optional));
                }
            }
        }
        // Stable: among names of one length, the file's order of people, organizations, places, optional ones, then the surnames
        // no file lists, so a listed place or body of one word is never taken for one.
        return [.. names.Concat(surnames).OrderByDescending(name => name.Words.Length)];
    }

    private static string[] Tokenizer(string text) =>
        [.. new TextUnit(0, TextZone.Body, TextNormalizer.Normalize(text), GazetteerKnowledge.Instance).Tokens.Select(token => token.Text)];

    // "LAGOS" in a dateline or a headline in capitals is the listed "Lagos"; otherwise the case must agree, so that no ordinary word is a name.
    private static bool Matches(Token[] tokens, int at, string[] words)
    {
        if (at + words.Length > tokens.Length)
        {
            return false;
        }
        for (var k = 0; k < words.Length; k++)
        {
            var token = tokens[at + k];
            if (!string.Equals(token.Text, words[k], StringComparison.Ordinal)
                && !(token.Is(TokenFlags.AllCaps) && string.Equals(token.Text, words[k], StringComparison.OrdinalIgnoreCase)))
            {
                return false;
            }
        }
        return true;
    }

    private static IEnumerable<string> Strings(JsonElement root, string property) =>
        root.TryGetProperty(property, out var list) && list.ValueKind == JsonValueKind.Array
            ? list.EnumerateArray().Where(item => item.ValueKind == JsonValueKind.String).Select(item => item.GetString() ?? "")
            : [];

    private static string Fold(string text) => string.Join(' ', TextNormalizer.Normalize(text).Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)).ToLowerInvariant();
}
