using NewsApi.Ingestion.Entities.Lexicon;
using NewsApi.Ingestion.Entities.Text;

namespace NewsApi.Ingestion.Entities.Recognizers;

/// <summary>
/// Words in capitals that abbreviate no name: a term the article spells out in lower case ("chronic renal sclerosis (CRS)",
/// "QB = qualifying best"), a time zone after a clock time, a currency pair ("EUR/QZK"), a ticker or index on a market strip
/// ("VRXL 1,591.42 ▲0.81%"), a thing's abbreviation ("VPN"). The tagger reads each as the acronym of an organization.
/// </summary>
internal sealed class AbbreviationReader(TokenStream stream, EntityRegistry registry)
{
    private readonly HashSet<string> terms = new(StringComparer.Ordinal);

    private const int MaxLetters = 6;

    // A strip's figures run to a price, a sign and a change ("$ 208 . 14 ▲ 11 . 2 %").
    private const int MaxStripTokens = 10;

    /// <summary>
    /// Notes the terms a unit spells out. Every unit is read before any is scanned: a table's legend ("QB = qualifying best")
    /// stands below the rows that use it.
    /// </summary>
    internal void NoteDefinitions(TextUnit unit)
    {
        var tokens = unit.Tokens;
        for (var i = 0; i < tokens.Length; i++)
        {
            if (!IsCapitalsWord(tokens[i]))
            {
                continue;
            }
            var spelledBefore = i >= 2 && tokens[i - 1].IsPunctuation('(') && i + 1 < tokens.Length && tokens[i + 1].IsPunctuation(')')
                && SpelledBy(tokens, tokens[i].Text, i - 2, step: -1);
            var spelledAfter = i + 2 < tokens.Length && tokens[i + 1].IsPunctuation('=') && SpelledBy(tokens, tokens[i].Text, i + 2, step: 1);
            if (spelledBefore || spelledAfter || IsAfterQuotedTerm(tokens, i))
            {
                terms.Add(tokens[i].Text);
            }
        }
    }

    /// <summary>Whether the one-word run at <paramref name="i"/> abbreviates no name; a position that shows it (a strip, a pair) marks the word for the rest of the article.</summary>
    internal bool IsTerm(int i)
    {
        var tokens = stream.Tokens;
        var word = tokens[i].Text;
        if (TermAbbreviations.IsDegree(word))
        {
            return true;
        }
        if (!IsCapitalsWord(tokens[i]) || registry.OrganizationByName.ContainsKey(word))
        {
            return false;
        }
        if (terms.Contains(word) || TermAbbreviations.IsTerm(word))
        {
            return true;
        }
        if (IsAfterClockTime(tokens, i) || IsCurrencyPair(tokens, i) || IsOnMarketStrip(tokens, i) || IsCurrencyOfAmount(tokens, i)
            || IsUnitOfAmount(tokens, i))
        {
            terms.Add(word);
            return true;
        }
        return false;
    }

    private static bool IsCapitalsWord(Token token) =>
        token.IsWord && token.Text.Length is >= 2 and <= MaxLetters && IsAllCapitals(token.Text);

    // Asked of every one-word run of every article: a loop over the span, not LINQ's enumerator over the string.
    private static bool IsAllCapitals(ReadOnlySpan<char> word)
    {
        foreach (var c in word)
        {
            if (!char.IsUpper(c))
            {
                return false;
            }
        }
        return true;
    }

    /// <summary>
    /// "chronic renal sclerosis" for "CRS", read back from the bracket (step -1) or on from the equals sign (step +1):
    /// lower-case words whose initials, the parts of a hyphenated word each giving one, spell the letters; "of", "and" and the
    /// like may stand between them unspelled.
    /// </summary>
    /// <summary>
    /// "an “extraordinary event” (KLB)": capitals in brackets after a quoted phrase in lower case abbreviate a term translated from
    /// another language, whose letters the English words need not spell.
    /// </summary>
    private static bool IsAfterQuotedTerm(Token[] tokens, int i)
    {
        if (i < 4 || i + 1 >= tokens.Length || !tokens[i - 1].IsPunctuation('(') || !tokens[i + 1].IsPunctuation(')') || tokens[i - 2].Kind != TokenKind.QuoteMark)
        {
            return false;
        }
        var k = i - 3;
        while (k >= 0 && tokens[k].IsLowerWord)
        {
            k--;
        }
        return k >= 0 && k < i - 3 && tokens[k].Kind == TokenKind.QuoteMark;
    }

    private static bool SpelledBy(Token[] tokens, string letters, int from, int step)
    {
        var next = step < 0 ? letters.Length - 1 : 0;
        var k = from;
        while (next >= 0 && next < letters.Length)
        {
            if (k < 0 || k >= tokens.Length || !tokens[k].IsLowerWord)
            {
                return false;
            }
            var parts = tokens[k].Text.Split('-', StringSplitOptions.RemoveEmptyEntries);
            if (step < 0)
            {
                Array.Reverse(parts);
            }
            foreach (var part in parts)
            {
                if (next >= 0 && next < letters.Length && char.ToLowerInvariant(letters[next]) == part[0])
                {
                    next += step;
                }
                else if (!IsUnspelledWord(part))
                {
                    return false;
                }
            }
            k += step;
        }
        return true;
    }

    private static bool IsUnspelledWord(string word) => word is "of" or "and" or "the" or "for" or "in" or "on" or "to" or "a" or "with";

    // "22:41 PKZ": the zone after a clock time, whatever its letters.
    private static bool IsAfterClockTime(Token[] tokens, int i) =>
        i >= 3 && tokens[i - 1].Kind == TokenKind.Number && tokens[i - 1].Text.Length == 2 && tokens[i - 2].IsPunctuation(':')
        && tokens[i - 3].Kind == TokenKind.Number && tokens[i - 3].Text.Length <= 2;

    // "EUR/QZK", "QZK/PLX": two three-letter codes either side of a slash.
    private static bool IsCurrencyPair(Token[] tokens, int i) =>
        tokens[i].Text.Length == 3 && (i + 2 < tokens.Length && tokens[i + 1].IsPunctuation('/') && IsCode(tokens[i + 2])
            || i >= 2 && tokens[i - 1].IsPunctuation('/') && IsCode(tokens[i - 2]));

    /// <summary>"SEK 96.35", "4.2 billion NOK", "9,000 CFA francs": a currency's code beside the amount it counts.</summary>
    private static bool IsCurrencyOfAmount(Token[] tokens, int i) =>
        TermAbbreviations.IsCurrencyCode(tokens[i].Text)
        && (i + 1 < tokens.Length && tokens[i + 1].Kind == TokenKind.Number
            || i >= 1 && tokens[i - 1].Kind == TokenKind.Number
            || i >= 2 && tokens[i - 1].IsLowerWord && tokens[i - 2].Kind == TokenKind.Number
            || i + 1 < tokens.Length && tokens[i + 1].Text is "franc" or "francs");

    // "14 MB", "1,050 MW": a unit after its figure; alone, "MB" may be a province and "KB" a bank.
    private static bool IsUnitOfAmount(Token[] tokens, int i) =>
        TermAbbreviations.IsUnit(tokens[i].Text) && i >= 1 && tokens[i - 1].Kind == TokenKind.Number;

    private static bool IsCode(Token token) => token.IsWord && token.Text.Length == 3 && IsAllCapitals(token.Text);

    /// <summary>"VRXL $208.14 ▲ 11.2%", "QXI 100 9,112.40 ▼0.84%": figures and an arrow of change, with no word between.</summary>
    private static bool IsOnMarketStrip(Token[] tokens, int i)
    {
        for (var k = i + 1; k < tokens.Length && k <= i + MaxStripTokens; k++)
        {
            if (tokens[k].IsWord)
            {
                return false;
            }
            if (tokens[k].Text is "▲" or "▼" or "△" or "▽" or "↑" or "↓")
            {
                return true;
            }
        }
        return false;
    }
}
