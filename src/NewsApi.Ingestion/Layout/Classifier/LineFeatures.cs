using NewsApi.Ingestion.Layout.Bylines;
using NewsApi.Ingestion.Layout.Chrome;
using NewsApi.Ingestion.Layout.Dates;

namespace NewsApi.Ingestion.Layout.Classifier;

/// <summary>The shape of each line of a rendered page, and of the lines around it, as numbers for <see cref="LineClassifier"/>.</summary>
/// <remarks>
/// Only general measures of text (length, punctuation, function words, capitals, repetition, position, what stands
/// nearby): no phrase of any site. The training tool computes the same vectors, so a change here needs new weights.
/// </remarks>
internal static class LineFeatures
{
    // Per-line measures; the context block below repeats some of them as means over neighbouring lines.
    private const int LogWords = 0;
    private const int Short = 1;
    private const int Medium = 2;
    private const int Prose = 3;
    private const int EndsSentence = 4;
    private const int SentencePunctuation = 5;
    private const int ClausePunctuation = 6;
    private const int StopWords = 7;
    private const int Capitalized = 8;
    private const int Shouting = 9;
    private const int Digits = 10;
    private const int Chrome = 11;
    private const int DateLine = 12;
    private const int HasDate = 13;
    private const int Byline = 14;
    private const int EndsWithColon = 15;
    private const int Separators = 16;
    private const int AddressesReader = 17;
    private const int Repeated = 18;
    private const int ShapeRepeated = 19;
    private const int ListMarker = 20;
    private const int Question = 21;
    private const int LogChars = 22;
    private const int BaseCount = 23;

    // Means over the three lines before, the three after, and ten either side: a menu is a run of short lines, a
    // comment thread a run of prose broken by dated name lines, an article a run of prose.
    private static readonly int[] Context = [LogWords, Short, Prose, Chrome, HasDate, ShapeRepeated];
    private static readonly (int From, int To)[] Windows = [(-3, -1), (1, 3), (-10, 10)];

    public static readonly int Count = BaseCount + Context.Length * Windows.Length;

    // Lines longer than this are prose by length alone; the pricier tests (dates, chrome, bylines) are for short lines.
    private const int MaxShortTestLength = 200;

    // Function words of English and the other languages most pages here are in: prose is full of them, labels are not.
    private static readonly HashSet<string> FunctionWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "the", "a", "an", "and", "or", "but", "of", "to", "in", "on", "at", "for", "with", "by", "from", "as", "is", "are",
        "was", "were", "be", "been", "has", "have", "had", "it", "its", "this", "that", "these", "those", "he", "she",
        "they", "we", "his", "her", "their", "which", "who", "what", "when", "not", "will", "would", "can", "could",
        "there", "than", "then", "also", "into", "about", "after", "if", "so", "do", "did", "said",
        "der", "die", "das", "und", "ist", "nicht", "mit", "den", "ein", "eine", "le", "la", "les", "et", "des", "est",
        "une", "dans", "el", "los", "las", "que", "en", "y", "por", "con", "una", "il", "di", "che", "non", "per",
    };

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> FunctionWordSpans =
        FunctionWords.GetAlternateLookup<ReadOnlySpan<char>>();

    // A longer word is no function word, and needs no case-insensitive hash: most words of prose are longer.
    private static readonly int MaxFunctionWordLength = FunctionWords.Max(word => word.Length);

    /// <summary>One feature vector per line, in the order of <paramref name="lines"/>.</summary>
    public static double[][] Compute(IReadOnlyList<string> lines)
    {
        var n = lines.Count;
        var rows = new double[n][];
        var exact = new Dictionary<string, int>(StringComparer.Ordinal);
        var shapes = new Dictionary<string, int>(StringComparer.Ordinal);
        var shapeOf = new string?[n];
        for (var i = 0; i < n; i++)
        {
            exact[lines[i]] = exact.GetValueOrDefault(lines[i]) + 1;
            shapeOf[i] = Shape(lines[i]);
            if (shapeOf[i] is { } shape)
            {
                shapes[shape] = shapes.GetValueOrDefault(shape) + 1;
            }
        }

        for (var i = 0; i < n; i++)
        {
            var row = new double[Count];
            Measure(lines[i], row);
            row[Repeated] = Math.Log(exact[lines[i]]);
            row[ShapeRepeated] = shapeOf[i] is { } shape ? Math.Log(shapes[shape]) : 0;
            rows[i] = row;
        }

        AddContext(rows);
        return rows;
    }

    private static void Measure(string line, double[] row)
    {
        var words = LayoutText.CountWords(line);
        row[LogWords] = Math.Log(1 + words);
        row[Short] = words <= 3 ? 1 : 0;
        row[Medium] = words is >= 4 and <= 9 ? 1 : 0;
        var hasSentencePunctuation = LayoutText.HasSentencePunctuation(line);
        row[Prose] = words >= 10 && hasSentencePunctuation ? 1 : 0;
        row[EndsSentence] = LayoutText.EndsSentence(line) ? 1 : 0;
        row[SentencePunctuation] = hasSentencePunctuation ? 1 : 0;
        row[Question] = LayoutText.IsQuestionTitle(line) ? 1 : 0;
        row[LogChars] = Math.Log(1 + line.Length);
        row[EndsWithColon] = line[^1] == ':' ? 1 : 0;

        int letters = 0, upper = 0, digits = 0, clauses = 0, separators = 0, unspaced = 0;
        foreach (var c in line)
        {
            if (char.IsAsciiLetter(c))
            {
                // The common case, without the Unicode category lookups below.
                letters++;
                upper += char.IsAsciiLetterUpper(c) ? 1 : 0;
            }
            else if (char.IsAsciiDigit(c))
            {
                digits++;
            }
            else if (!char.IsAscii(c) && char.IsLetter(c))
            {
                letters++;
                upper += char.IsUpper(c) ? 1 : 0;
                unspaced += LayoutText.IsUnspacedScript(c) ? 1 : 0;
            }
            else if (char.IsDigit(c))
            {
                digits++;
            }
            else if (c is ',' or ';' or '，' or '、')
            {
                clauses++;
            }
            else if (c is '|' or '»' or '›' or '•' or '·' or '/')
            {
                separators++;
            }
        }
        row[ClausePunctuation] = Math.Min(1, (double)clauses / Math.Max(1, words) * 5);
        row[Separators] = separators > 0 ? 1 : 0;
        row[Shouting] = letters >= 4 && upper >= letters * 0.8 ? 1 : 0;
        row[Digits] = (double)digits / line.Length;

        int tokens = 0, function = 0, capitalized = 0;
        var addressesReader = false;
        foreach (var range in line.AsSpan().Split(' '))
        {
            var token = LayoutText.Trim(line.AsSpan(range), LayoutText.TokenPunctuation);
            if (token.IsEmpty)
            {
                continue;
            }
            tokens++;
            capitalized += char.IsUpper(token[0]) ? 1 : 0;
            function += token.Length <= MaxFunctionWordLength && FunctionWordSpans.Contains(token) ? 1 : 0;
            // LayoutText.AddressesTheReader in this same pass: a reader's word trimmed its way is this token, which trims a
            // few more marks, so only a token of two to four letters is asked again.
            addressesReader = addressesReader || token.Length is >= 2 and <= 4 && LayoutText.IsReaderWord(line.AsSpan(range));
        }
        // A script without spaces has no words to count: its lines get the shares of typical prose and the other measures decide.
        var isUnspaced = unspaced * 2 > letters;
        row[StopWords] = isUnspaced ? 0.4 : tokens > 0 ? (double)function / tokens : 0;
        row[Capitalized] = isUnspaced ? 0.1 : tokens > 0 ? (double)capitalized / tokens : 0;
        row[ListMarker] = line.Length > 2 && (line[0] is '•' or '-' or '–' or '*' or '·' || char.IsAsciiDigit(line[0]) && line.IndexOf(". ", StringComparison.Ordinal) is > 0 and <= 3) ? 1 : 0;
        row[AddressesReader] = addressesReader ? 1 : 0;

        if (line.Length <= MaxShortTestLength)
        {
            row[Chrome] = ChromeDetector.IsChromeAsTrained(line) ? 1 : 0;
            row[DateLine] = PublishedDateParser.TryParseDateLine(line, out _) || ChromeDetector.IsRelativeStamp(line) ? 1 : 0;
            row[HasDate] = row[DateLine] > 0 || PublishedDateParser.TryParse(line, out _) ? 1 : 0;
            row[Byline] = BylineParser.TryParseByLine(line, out _) ? 1 : 0;
        }
    }

    private const int MaxShapeLineLength = 120;

    /// <summary>A short line's skeleton (capitalized word, lower-case word, number, punctuation) to find lines made from one template.</summary>
    /// <remarks>Comment headers, the bylines of a related list and menu entries repeat a template; article sentences do not.</remarks>
    private static string? Shape(string line)
    {
        if (line.Length > MaxShapeLineLength)
        {
            return null;
        }
        // A word gives at most as many characters as it has, so the skeleton of a line this short fits on the stack.
        Span<char> shape = stackalloc char[MaxShapeLineLength];
        var length = 0;
        foreach (var range in line.AsSpan().Split(' '))
        {
            var token = line.AsSpan(range);
            if (token.IsEmpty)
            {
                continue;
            }
            var c = token[0];
            shape[length++] = char.IsUpper(c) ? 'A' : char.IsLetter(c) ? 'a' : char.IsDigit(c) ? '0' : c;
            if (char.IsPunctuation(token[^1]) && token.Length > 1)
            {
                shape[length++] = token[^1];
            }
        }
        // Two-word shapes are too common to mean a template.
        return length >= 3 ? new string(shape[..length]) : null;
    }

    private static void AddContext(double[][] rows)
    {
        var n = rows.Length;
        // Prefix sums per context feature make every window mean O(1).
        var sums = new double[Context.Length][];
        for (var k = 0; k < Context.Length; k++)
        {
            sums[k] = new double[n + 1];
            for (var i = 0; i < n; i++)
            {
                sums[k][i + 1] = sums[k][i] + rows[i][Context[k]];
            }
        }
        for (var i = 0; i < n; i++)
        {
            var column = BaseCount;
            for (var k = 0; k < Context.Length; k++)
            {
                foreach (var (from, to) in Windows)
                {
                    var lo = Math.Clamp(i + from, 0, n);
                    var hi = Math.Clamp(i + to + 1, 0, n);
                    rows[i][column++] = hi > lo ? (sums[k][hi] - sums[k][lo] - (lo <= i && i < hi ? rows[i][Context[k]] : 0)) / Math.Max(1, hi - lo - (lo <= i && i < hi ? 1 : 0)) : 0;
                }
            }
        }
    }
}
