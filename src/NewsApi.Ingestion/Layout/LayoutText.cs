using System.Buffers;
using System.Numerics;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace NewsApi.Ingestion.Layout;

/// <summary>Shape measures of a line that the layout rules share: word count, sentence ending, title shape.</summary>
internal static class LayoutText
{
    /// <summary>Words by spaces; in scripts written without spaces (CJK, Thai) every two characters count as one word.</summary>
    public static int CountWords(ReadOnlySpan<char> text)
    {
        if (!MayHoldUnspacedScript(text))
        {
            // Most lines hold no such script: vectorized tests spare each character the script's range tests.
            return CountSpacedWords(text);
        }
        var count = 0;
        var unspaced = 0;
        var inWord = false;
        foreach (var c in text)
        {
            var isWordChar = c != ' ';
            if (IsUnspacedScript(c))
            {
                // A two-character word is typical of Chinese and Japanese; without this a whole paragraph is one "word".
                unspaced++;
                inWord = false;
                continue;
            }
            if (isWordChar && !inWord)
            {
                count++;
            }
            inWord = isWordChar;
        }
        return count + (unspaced + 1) / 2;
    }

    /// <summary>Words between spaces: a word starts at each character other than a space that opens the text or follows a space.</summary>
    internal static int CountSpacedWords(ReadOnlySpan<char> text)
    {
        if (text.IsEmpty)
        {
            return 0;
        }
        var chars = MemoryMarshal.Cast<char, ushort>(text);
        var count = chars[0] != ' ' ? 1 : 0;
        var i = 1;
        if (Vector256.IsHardwareAccelerated)
        {
            // Every line of a page is counted, most of them several times: sixteen characters at a time, each compared with the one before it.
            var space = Vector256.Create((ushort)' ');
            ref var first = ref MemoryMarshal.GetReference(chars);
            for (; i + Vector256<ushort>.Count <= chars.Length; i += Vector256<ushort>.Count)
            {
                var here = Vector256.LoadUnsafe(ref first, (nuint)i);
                var before = Vector256.LoadUnsafe(ref first, (nuint)(i - 1));
                var starts = Vector256.Equals(before, space) & ~Vector256.Equals(here, space);
                count += BitOperations.PopCount(starts.ExtractMostSignificantBits());
            }
        }
        for (; i < chars.Length; i++)
        {
            count += chars[i] != ' ' && chars[i - 1] == ' ' ? 1 : 0;
        }
        return count;
    }

    // The span of every range IsUnspacedScript accepts, then three narrower spans within it that leave out the curly quotes and
    // dashes of general punctuation (U+2000-U+206F): many English lines hold those, and took the character-by-character path.
    private static bool MayHoldUnspacedScript(ReadOnlySpan<char> text) =>
        text.ContainsAnyInRange('\u0E00', '\uFAFF')
        && (text.ContainsAnyInRange('\u0E00', '\u17FF') || text.ContainsAnyInRange('\u3040', '\u9FFF') || text.ContainsAnyInRange('\uF900', '\uFAFF'));

    /// <summary>Han, kana, Hangul syllables and Thai, Lao, Khmer, Myanmar letters: scripts that do not put spaces between words.</summary>
    public static bool IsUnspacedScript(char c) =>
        c is (>= '\u3040' and <= '\u30FF') or (>= '\u3400' and <= '\u4DBF') or (>= '\u4E00' and <= '\u9FFF')
            or (>= '\uF900' and <= '\uFAFF') or (>= '\u0E00' and <= '\u0EFF') or (>= '\u1000' and <= '\u109F')
            or (>= '\u1780' and <= '\u17FF');

    /// <summary>Whether the line ends as a sentence does: a full stop, ! or ?, possibly inside closing quotes or brackets.</summary>
    public static bool EndsSentence(ReadOnlySpan<char> line)
    {
        var trimmed = WithoutClosingEmoji(line).TrimEnd(" \"'”’»)]）");
        return trimmed.Length > 0 && trimmed[^1] is '.' or '!' or '?' or '…' or '。' or '！' or '？' or '」' or '』';
    }

    /// <summary>"Pulse will be there. 📝", "See you Sunday! 🙌🏽": a post's sentence may close with emoji after its stop.</summary>
    /// <remarks>
    /// Only emoji: the pictographs beyond the Basic Multilingual Plane and the dingbats and symbols within it (☀, ✅, ⭐); a
    /// footnote's back-link arrow ("... outage. ↩") closes a note, not a sentence of the article.
    /// </remarks>
    private static ReadOnlySpan<char> WithoutClosingEmoji(ReadOnlySpan<char> line)
    {
        var end = line.Length;
        while (end > 0 && (char.IsSurrogate(line[end - 1]) || line[end - 1] is ' ' or '\uFE0F' or '\u200D'
            or (>= '\u2600' and <= '\u27BF') or (>= '\u2B00' and <= '\u2BFF')))
        {
            end--;
        }
        return end < line.Length ? line[..end] : line;
    }

    /// <summary>Whether the line holds sentence punctuation anywhere ('. ', '! ', '? ' or a final stop).</summary>
    public static bool HasSentencePunctuation(ReadOnlySpan<char> line) =>
        EndsSentence(line) || line.Contains(". ", StringComparison.Ordinal) || line.Contains("! ", StringComparison.Ordinal)
        || line.Contains("? ", StringComparison.Ordinal) || line.Contains('。') || line.Contains('！') || line.Contains('？');

    /// <summary>Whether a paragraph reads as article text: a sentence ending, or too long to be a label or a headline.</summary>
    public static bool IsProse(ReadOnlySpan<char> line) => EndsSentence(line) || CountWordsUpTo(line, 31) > 30;

    // A sentence that ends in a colon before a quotation or a list is as long as a sentence that ends in a full stop.
    private const int MinIntroducingSentenceWords = 12;

    /// <summary>"... when Marc Garneau said something truly implausible:": a sentence opening the quotation or list under it.</summary>
    public static bool IntroducesWhatFollows(ReadOnlySpan<char> line) =>
        line.EndsWith(':') && CountWordsUpTo(line, MinIntroducingSentenceWords) >= MinIntroducingSentenceWords;

    /// <summary>
    /// A line of figures: results, standings, a scoreboard ("1. Jesper Ronnback (Sweden) 25.76 points", "Japan 2 Syria 1"),
    /// at least two numbers making a fifth of its words. Part of the article it follows, though it reads as no sentence.
    /// </summary>
    public static bool IsDataLine(ReadOnlySpan<char> line)
    {
        // The words with figures are found by a vectorized search from figure to figure, and the words are counted only while
        // they could still be five to a number: every paragraph of every article is asked, and prose stops early.
        var numbers = 0;
        var rest = line;
        while (rest.IndexOfAnyInRange('0', '9') is var digit and >= 0)
        {
            numbers++;
            var space = rest[digit..].IndexOf(' ');
            if (space < 0)
            {
                break;
            }
            rest = rest[(digit + space)..];
        }
        if (numbers < 2)
        {
            return false;
        }
        var words = 0;
        foreach (var range in line.Split(' '))
        {
            if (!line[range].IsEmpty && ++words > numbers * 5)
            {
                return false;
            }
        }
        return true;
    }

    private static int CountWordsUpTo(ReadOnlySpan<char> text, int limit) => Math.Min(CountWords(text), limit);

    private static readonly SearchValues<char> WordPunctuation = SearchValues.Create(".,;:!?\"'“”‘’()");

    /// <summary>The marks the line and headline features trim off each word before measuring it.</summary>
    public static readonly SearchValues<char> TokenPunctuation = SearchValues.Create(".,;:!?\"'“”‘’()[]«»");

    /// <summary>Letters and upper-case characters of a line in one loop, not two LINQ counts with a delegate call per character.</summary>
    public static (int Letters, int Upper) CountLetters(ReadOnlySpan<char> text)
    {
        int letters = 0, upper = 0;
        foreach (var c in text)
        {
            letters += char.IsLetter(c) ? 1 : 0;
            upper += char.IsUpper(c) ? 1 : 0;
        }
        return (letters, upper);
    }

    /// <summary>Whether a line speaks to the reader ("you", "your", "our"), as widgets do and news prose seldom does.</summary>
    public static bool AddressesTheReader(string line)
    {
        foreach (var range in line.AsSpan().Split(' '))
        {
            if (IsReaderWord(line.AsSpan(range)))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>One space-separated word of <see cref="AddressesTheReader"/>: "you", "your", "our" or "us", its punctuation aside.</summary>
    public static bool IsReaderWord(ReadOnlySpan<char> spaced)
    {
        var word = Trim(spaced, WordPunctuation);
        return word.Equals("you", StringComparison.OrdinalIgnoreCase) || word.Equals("your", StringComparison.OrdinalIgnoreCase)
            || word.Equals("our", StringComparison.OrdinalIgnoreCase) || word.Equals("us", StringComparison.Ordinal);
    }

    /// <summary>
    /// <see cref="MemoryExtensions.Trim(ReadOnlySpan{char}, ReadOnlySpan{char})"/> with the characters as a vectorized set: that
    /// overload compares each end character with every character given, and is asked of every word of every line.
    /// </summary>
    public static ReadOnlySpan<char> Trim(ReadOnlySpan<char> text, SearchValues<char> characters)
    {
        var start = text.IndexOfAnyExcept(characters);
        return start < 0 ? [] : text[start..(text.LastIndexOfAnyExcept(characters) + 1)];
    }

    /// <summary>A short question such as a related headline ("Will the yen recover?"), not a paragraph.</summary>
    public static bool IsQuestionTitle(string line) =>
        line.Length <= 120 && line.AsSpan().TrimEnd(" \"'”’").EndsWith("?", StringComparison.Ordinal)
        && CountWords(line) <= 15 && !line.Contains(". ", StringComparison.Ordinal);
}
