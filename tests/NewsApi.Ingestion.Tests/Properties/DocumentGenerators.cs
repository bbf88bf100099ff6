using System.Globalization;
using System.Text;
using CsCheck;

namespace NewsApi.Ingestion.Tests.Properties;

/// <summary>
/// Generators of hostile documents: random text made of the pieces a scraped page is made of (and of the characters
/// the normalizer must fold), and the golden documents with byte-, line- and word-level mutations.
/// </summary>
internal static class DocumentGenerators
{
    /// <summary>The strings the layout and entity stages key on; inserting them where they do not belong is the point.</summary>
    public static readonly string[] Markers =
    [
        "Photo:", "Photo: ", "Updated", "Updated 3 hours ago", "(Reuters) \u2014", "(Reuters) -", "(AP) \u2014 ", "Topics:", "Tags:",
        "Explore more on these topics", "Read more:", "Related", "By ", "By", "Reporting by ", "; Editing by ", "\u00A9 ",
        "\u00A9 REUTERS / ", "AFP via Getty Images", "[File: ", "(Image credit: ", " | ", "\"", "\u201C", "\u201D", "\u2018",
        "\u2019", "\u00AB", "\u00BB", "\"\"", " said", "said", ", she said.", "\" he told reporters.", "according to ",
        ": \"", "Mr ", "Dr ", "President ", "Minister ", "the minister said", "00:44 GMT16 January 2021",
        "14:27 GMT 03.02.2021", "March 9, 2023 11:05 AM UTC", "2021-01-16T00:44:00+05:30", "2021-01-16T00:44", "+14:59",
        " JST+14", "0001-01-01T00:10", "16 January 2021", " GMT-3",
        " EST", "PARIS, March 9 (Reuters) - ", "LONDON (AP) \u2014 ", "Listen Live", "Sign up here.", "Share this article",
        "Advertisement", "\u2014", " - ", "\u2026", ".", ",", "(", ")", ":", "?",
    ];

    /// <summary>Characters that a scraped page smuggles in: spaces of every kind, invisible ones, controls, line separators, halves of pairs.</summary>
    private static readonly string[] Oddities =
    [
        "\u00A0", "\u2007", "\u202F", "\u3000", "\u2002", "\u200B", "\u200C", "\u200D", "\u2060", "\uFEFF", "\u00AD", "\u180E",
        "\t", "\v", "\f", "\0", "\u0001", "\u001B", "\u007F", "\u0085", "\u009F", "\u2028", "\u2029", "\r", "\n", "\r\n",
        "\n\r", "\r\r\n", "\uD800", "\uDFFF", "\uDBFF\uDFFF", "\uD83D\uDE00", "\uDE00\uD83D", "\uFFFD", "\uFFFF", "e\u0301",
        "\u0301", "\uFB01", "\u00BD", "\u2163", "\u0627\u0644", "\u05D0", "\u202E", "\u4E2D\u6587",
    ];

    private static readonly string[] Separators = [" ", " ", " ", "\n", "\n\n", "\r\n", "\r", "\u00A0", "", "\t", "\u2028", "\n \n"];

    private static readonly Gen<string> Word =
        Gen.Frequency(
            (6, Gen.String[Gen.Char["abcdefghijklmnopqrstuvwxyz"], 1, 10]),
            (3, Gen.String[Gen.Char["ABCDEFGHIJKLMNOPQRSTUVWXYZ"], 1, 1]
                .SelectMany(initial => Gen.String[Gen.Char["abcdefghijklmnopqrstuvwxyz"], 1, 9].Select(rest => initial + rest))),
            (1, Gen.String[Gen.Char["0123456789:.,-/"], 1, 8]));

    private static readonly string[] Months =
        ["January", "Feb", "March", "Apr.", "May", "June", "July", "Aug", "September", "Oct.", "November", "Dec", "Foo"];

    private static readonly string[] Zones = ["", "Z", " GMT", " UTC", " EST", " CET", " JST", " IST", " PDT", " XYZ"];

    /// <summary>
    /// A date line in one of the printed forms the date parser reads, from three arbitrary numbers: components run past their
    /// ranges (month 13, hour 25, year 1 or 9999) and zones past ±14 h, since those are where date arithmetic throws.
    /// </summary>
    public static string DateText(int a, int b, int c)
    {
        var year = a % 3 == 0 ? 1 + a % 9999 : 1990 + a % 40;
        var month = 1 + b % 13;
        var day = 1 + c % 32;
        var hour = b / 13 % 26;
        var minute = c / 32 % 61;
        var zoneHours = a / 3 % 33 - 16;
        var zoneMinutes = c / 7 % 4 * 15 + (c % 5 == 0 ? 14 : 0);
        var sign = zoneHours < 0 ? '-' : '+';
        var zone = Zones[b / 7 % Zones.Length];
        var offset = (c / 11 % 3) switch
        {
            0 => "",
            1 => string.Create(CultureInfo.InvariantCulture, $"{sign}{Math.Abs(zoneHours)}"),
            _ => string.Create(CultureInfo.InvariantCulture, $"{sign}{Math.Abs(zoneHours):00}:{zoneMinutes:00}"),
        };
        var monthName = Months[month - 1];
        return (a / 7 % 7) switch
        {
            0 => string.Create(CultureInfo.InvariantCulture, $"{year:0000}-{month:00}-{day:00}T{hour:00}:{minute:00}:00{offset}"),
            1 => string.Create(CultureInfo.InvariantCulture, $"{year:0000}-{month:00}-{day:00} {hour:00}:{minute:00}{zone}{offset}"),
            2 => string.Create(CultureInfo.InvariantCulture, $"{hour:00}:{minute:00}{zone}{day} {monthName} {year}"),
            3 => string.Create(CultureInfo.InvariantCulture, $"{monthName} {day}, {year} {hour % 13}:{minute:00} {(b % 2 == 0 ? "AM" : "PM")}{zone}{offset}"),
            4 => string.Create(CultureInfo.InvariantCulture, $"{hour:00}:{minute:00}{zone} {day:00}.{month:00}.{year}"),
            5 => string.Create(CultureInfo.InvariantCulture, $"Updated {day} {monthName} {year} {hour}.{minute:00}{zone}{offset}"),
            _ => string.Create(CultureInfo.InvariantCulture, $"Published {year}/{month}/{day}"),
        };
    }

    private static readonly Gen<string> DateLine =
        Gen.Select(Gen.Int[0, int.MaxValue], Gen.Int[0, int.MaxValue], Gen.Int[0, int.MaxValue]).Select(DateText);

    private static readonly Gen<string> Piece =
        Gen.Frequency(
            (10, Word),
            (2, DateLine),
            (4, Gen.OneOf(Markers)),
            (3, Gen.OneOf(Oddities)),
            (2, Gen.String[Gen.Char, 1, 12]),
            (1, Gen.String[Gen.Char['\u0000', '\u00FF'], 1, 12]),
            // A very long line: a word repeated with no break, as a page that lost its newlines.
            (1, Word.SelectMany(word => Gen.Int[20, 600].Select(count => string.Join(' ', Enumerable.Repeat(word, count))))));

    /// <summary>Random documents of 1 to 200 pieces joined by random separators.</summary>
    public static readonly Gen<string> RandomDocument =
        Gen.Select(Piece, Gen.OneOf(Separators)).Array[1, 200]
            .Select(pieces =>
            {
                var text = new StringBuilder();
                foreach (var (piece, separator) in pieces)
                {
                    text.Append(piece).Append(separator);
                }
                return text.ToString();
            });

    /// <summary>One edit of a document; the numbers are reduced modulo whatever they index, so any values are valid.</summary>
    public readonly record struct Mutation(MutationKind Kind, int A, int B, int C)
    {
        public override string ToString() => $"{Kind}({A},{B},{C})";
    }

    public enum MutationKind
    {
        DeleteLine,
        DuplicateLine,
        SwapLines,
        MarkerAtLineStart,
        MarkerInLine,
        DeleteWord,
        DuplicateWord,
        SwapWords,
        OddityAtChar,
        DeleteChars,
        FlipChar,
        Truncate,
        LineEndings,
        JoinLines,
        DateLineAt,
    }

    private static readonly Gen<Mutation> OneMutation =
        Gen.Select(Gen.Enum<MutationKind>(), Gen.Int[0, int.MaxValue], Gen.Int[0, int.MaxValue], Gen.Int[0, int.MaxValue])
            .Select((kind, a, b, c) => new Mutation(kind, a, b, c));

    /// <summary>A golden document (by index into <paramref name="documentCount"/>) with 1 to 12 mutations.</summary>
    public static Gen<(int Document, Mutation[] Mutations)> MutatedDocument(int documentCount) =>
        Gen.Select(Gen.Int[0, documentCount - 1], OneMutation.Array[1, 12]);

    public static string Apply(string text, IEnumerable<Mutation> mutations)
    {
        foreach (var mutation in mutations)
        {
            text = Apply(text, mutation);
        }
        return text;
    }

    private static string Apply(string text, Mutation m)
    {
        switch (m.Kind)
        {
            case MutationKind.DateLineAt:
            {
                // A date line where the head keeps its dates, or anywhere: its own line, numbers taken from the mutation.
                var lines = text.Split('\n').ToList();
                lines.Insert(m.A % 2 == 0 ? m.A % Math.Min(lines.Count, 6) : m.A % lines.Count, DateText(m.A, m.B, m.C));
                return string.Join('\n', lines);
            }
            case MutationKind.DeleteLine or MutationKind.DuplicateLine or MutationKind.SwapLines or MutationKind.MarkerAtLineStart:
            {
                var lines = text.Split('\n').ToList();
                var i = m.A % lines.Count;
                var j = m.B % lines.Count;
                switch (m.Kind)
                {
                    case MutationKind.DeleteLine:
                        lines.RemoveAt(i);
                        break;
                    case MutationKind.DuplicateLine:
                        lines.Insert(j, lines[i]);
                        break;
                    case MutationKind.SwapLines:
                        (lines[i], lines[j]) = (lines[j], lines[i]);
                        break;
                    default:
                        lines[i] = Markers[m.C % Markers.Length] + (m.B % 2 == 0 ? " " : "") + lines[i];
                        break;
                }
                return string.Join('\n', lines);
            }
            case MutationKind.DeleteWord or MutationKind.DuplicateWord or MutationKind.SwapWords or MutationKind.MarkerInLine:
            {
                var words = text.Split(' ').ToList();
                var i = m.A % words.Count;
                var j = m.B % words.Count;
                switch (m.Kind)
                {
                    case MutationKind.DeleteWord:
                        words.RemoveAt(i);
                        break;
                    case MutationKind.DuplicateWord:
                        words.Insert(j, words[i]);
                        break;
                    case MutationKind.SwapWords:
                        (words[i], words[j]) = (words[j], words[i]);
                        break;
                    default:
                        words.Insert(i, Markers[m.C % Markers.Length]);
                        break;
                }
                return string.Join(' ', words);
            }
            case MutationKind.OddityAtChar:
            {
                var at = m.A % (text.Length + 1);
                return text.Insert(at, Oddities[m.C % Oddities.Length]);
            }
            case MutationKind.DeleteChars:
            {
                if (text.Length == 0)
                {
                    return text;
                }
                var at = m.A % text.Length;
                return text.Remove(at, Math.Min(text.Length - at, 1 + m.B % 40));
            }
            case MutationKind.FlipChar:
            {
                if (text.Length == 0)
                {
                    return text;
                }
                var chars = text.ToCharArray();
                var at = m.A % chars.Length;
                // Low bits make near neighbours (a letter for a letter, '"' for '#'); high ones make anything, surrogate halves included.
                chars[at] = (char)(chars[at] ^ (1 << (m.B % 16)));
                return new string(chars);
            }
            case MutationKind.Truncate:
                return text[..(m.A % (text.Length + 1))];
            case MutationKind.LineEndings:
            {
                var ending = (m.C % 4) switch { 0 => "\r\n", 1 => "\r", 2 => "\u2028", _ => "\n\n\n" };
                var lines = text.Split('\n');
                var result = new StringBuilder(text.Length + lines.Length);
                for (var i = 0; i < lines.Length; i++)
                {
                    result.Append(lines[i]);
                    if (i + 1 < lines.Length)
                    {
                        // Mixed endings: every line from the A-th on, in every (B % 3 + 1)-th.
                        result.Append(i >= m.A % lines.Length && i % (m.B % 3 + 1) == 0 ? ending : "\n");
                    }
                }
                return result.ToString();
            }
            case MutationKind.JoinLines:
            {
                var at = text.IndexOf('\n', m.A % (text.Length + 1));
                return at < 0 ? text : text.Remove(at, 1).Insert(at, m.B % 2 == 0 ? " " : "");
            }
            default:
                throw new ArgumentOutOfRangeException(nameof(m), m.Kind, "unknown mutation");
        }
    }
}
