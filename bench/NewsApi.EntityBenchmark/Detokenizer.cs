using System.Text;

namespace NewsApi.EntityBenchmark;

/// <summary>
/// Joins corpus tokens back into running text ("Bitar 's goal ." to "Bitar's goal."), keeping each token's offsets, so the
/// parser reads prose rather than a token list and a gold name's text is the text it would print.
/// </summary>
internal static class Detokenizer
{
    private static readonly HashSet<string> NoSpaceBefore = new(StringComparer.OrdinalIgnoreCase)
    {
        ",", ".", ";", ":", ")", "]", "}", "%", "?", "!", "...", "'", "'s", "n't", "'re", "'ve", "'ll", "'m", "'d",
    };

    private static readonly HashSet<string> NoSpaceAfter = new(StringComparer.Ordinal) { "(", "[", "{", "$" };

    /// <param name="QuoteOpen">Whether a double quote is still open at the end, for the next sentence of the document.</param>
    public sealed record Joined(string Text, int[] Starts, int[] Ends, bool QuoteOpen);

    /// <param name="quoteOpen">Whether a quotation opened in an earlier sentence of the document is still open.</param>
    public static Joined Join(IReadOnlyList<string> tokens, bool quoteOpen = false)
    {
        var text = new StringBuilder();
        var starts = new int[tokens.Count];
        var ends = new int[tokens.Count];
        var glueNext = false;
        for (var i = 0; i < tokens.Count; i++)
        {
            var token = tokens[i] is "``" or "''" ? "\"" : tokens[i];
            var isQuote = token == "\"";
            // A double quote sticks to the word after it when it opens and to the word before when it closes. Quotations
            // run across sentences, so the state carries over; a quote first in its sentence opens, one last closes.
            var closing = isQuote && i > 0 && (quoteOpen || i == tokens.Count - 1);
            var space = i > 0 && !glueNext && !closing && !NoSpaceBefore.Contains(token);
            if (space)
            {
                text.Append(' ');
            }
            starts[i] = text.Length;
            text.Append(token);
            ends[i] = text.Length;
            if (isQuote)
            {
                quoteOpen = !closing;
            }
            glueNext = (isQuote && !closing) || NoSpaceAfter.Contains(token);
        }
        return new Joined(text.ToString(), starts, ends, quoteOpen);
    }
}
