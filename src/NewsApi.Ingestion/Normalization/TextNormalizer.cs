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
        var composed = text.IsNormalized(NormalizationForm.FormC) ? text : text.Normalize(NormalizationForm.FormC);

        var output = new StringBuilder(composed.Length);
        var pendingSpace = false;
        var atLineStart = true;
        var blankLinesInRow = 0;

        for (var i = 0; i < composed.Length; i++)
        {
            var c = composed[i];
            if (IsLineBreak(c))
            {
                if (c == '\r' && i + 1 < composed.Length && composed[i + 1] == '\n')
                {
                    i++;
                }
                pendingSpace = false;
                if (atLineStart)
                {
                    blankLinesInRow++;
                    // A single blank line is kept as a hint; runs of them carry nothing more.
                    if (blankLinesInRow > 1 || output.Length == 0)
                    {
                        continue;
                    }
                }
                output.Append('\n');
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
                output.Append(' ');
                pendingSpace = false;
            }
            output.Append(c);
            atLineStart = false;
            blankLinesInRow = 0;
        }

        while (output.Length > 0 && output[^1] == '\n')
        {
            output.Length--;
        }
        return output.ToString();
    }

    private static bool IsLineBreak(char c) => c is '\n' or '\r' or '\u0085' or '\u2028' or '\u2029' or '\v' or '\f';

    // Zero-width characters, the BOM and the soft hyphen are invisible on the page and split words for search.
    private static bool IsRemovable(char c) =>
        c is '\u200B' or '\u200C' or '\u200D' or '\u2060' or '\uFEFF' or '\u00AD' or '\u180E'
        || (char.IsControl(c) && c != '\t');

    private static bool IsSpace(char c) =>
        c == '\t' || c == ' ' || CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.SpaceSeparator;
}
