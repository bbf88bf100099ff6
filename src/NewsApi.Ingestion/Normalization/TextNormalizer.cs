using System.Buffers;
using System.Globalization;
using System.Text;

namespace NewsApi.Ingestion.Normalization;

/// <summary>Folds the text's Unicode and whitespace so that every later stage sees one form.</summary>
/// <remarks>
/// Output: NFC text, LF line ends, every Unicode space as one ASCII space, no zero-width characters,
/// no indentation or trailing spaces on a line, and at most one blank line in a row.
/// Curly quotes and dashes are kept: they are text as printed, and quote detection relies on them.
/// </remarks>
public static class TextNormalizer
{
    public static string Normalize(string text)
    {
        ArgumentNullException.ThrowIfNull(text);

        // NFC, not NFKC: NFKC would rewrite fractions, superscripts and ellipses that are part of the text as printed.
        var composed = CannotChangeUnderNfc(text) ? text : ReplaceLoneSurrogates(text).Normalize(NormalizationForm.FormC);

        // Every rule removes or replaces characters one for one, so the output never outgrows the input.
        var buffer = ArrayPool<char>.Shared.Rent(Math.Max(composed.Length, 1));
        try
        {
            var length = Fold(composed, buffer);
            return new string(buffer, 0, length);
        }
        finally
        {
            ArrayPool<char>.Shared.Return(buffer);
        }
    }

    private static int Fold(string text, char[] output)
    {
        var length = 0;
        var pendingSpace = false;
        var atLineStart = true;
        var blankLinesInRow = 0;

        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c > ' ' && c < '\u007F')
            {
                if (pendingSpace)
                {
                    output[length++] = ' ';
                    pendingSpace = false;
                }
                output[length++] = c;
                atLineStart = false;
                blankLinesInRow = 0;
                continue;
            }

            if (c == ' ')
            {
                // The next commonest character: what the space test below answers, without the tests before it.
                pendingSpace = !atLineStart;
                continue;
            }

            if (IsLineBreak(c))
            {
                if (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
                {
                    i++;
                }
                pendingSpace = false;
                if (atLineStart)
                {
                    blankLinesInRow++;
                    // A single blank line is kept as a hint; runs of them carry nothing more.
                    if (blankLinesInRow > 1 || length == 0)
                    {
                        continue;
                    }
                }
                output[length++] = '\n';
                atLineStart = true;
                continue;
            }

            if (IsRemovable(c))
            {
                continue;
            }

            if (IsSpace(c))
            {
                pendingSpace = !atLineStart;
                continue;
            }

            if (pendingSpace)
            {
                output[length++] = ' ';
                pendingSpace = false;
            }
            output[length++] = c;
            atLineStart = false;
            blankLinesInRow = 0;
        }

        while (length > 0 && output[length - 1] == '\n')
        {
            length--;
        }
        return length;
    }

    /// <summary>
    /// Text made only of characters below the combining marks (U+0300) and of general punctuation is already NFC;
    /// checking that is far cheaper than asking ICU, and it covers nearly every English-language page.
    /// </summary>
    private static bool CannotChangeUnderNfc(string text)
    {
        foreach (var c in text)
        {
            if (c >= '\u0300' && (c < '\u2002' || c > '\u206F'))
            {
                return false;
            }
        }
        return true;
    }

    /// <summary>
    /// A surrogate without its pair (text cut mid-character, or read as UTF-16 from a broken file) makes ICU's NFC throw;
    /// it carries no character, so it becomes U+FFFD as any decoder would make it.
    /// </summary>
    internal static string ReplaceLoneSurrogates(string text)
    {
        char[]? repaired = null;
        for (var i = 0; i < text.Length; i++)
        {
            if (!char.IsSurrogate(text[i]))
            {
                continue;
            }
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
                continue;
            }
            repaired ??= text.ToCharArray();
            repaired[i] = '\uFFFD';
        }
        return repaired is null ? text : new string(repaired);
    }

    private static bool IsLineBreak(char c) => c is '\n' or '\r' or '\u0085' or '\u2028' or '\u2029' or '\v' or '\f';

    // Zero-width characters, the BOM and the soft hyphen are invisible on the page and split words for search.
    private static bool IsRemovable(char c) =>
        (c < ' ' && c != '\t') || c is '\u200B' or '\u200C' or '\u200D' or '\u2060' or '\uFEFF' or '\u00AD' or '\u180E'
        || (c >= '\u007F' && char.IsControl(c));

    private static bool IsSpace(char c) =>
        c == '\t' || c == ' ' || (c >= '\u00A0' && CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.SpaceSeparator);
}
