using System.Globalization;
using System.Text;

namespace NewsApi.Search;

/// <summary>One searchable unit of a user's query: a word, a `prefix*`, or an `"exact phrase"`, as the tokenizer's words.</summary>
/// <param name="Words">The words as the FTS5 tokenizer sees them: runs of letters and digits, folded.</param>
/// <param name="Prefix">The last word matches any word that starts with it.</param>
public sealed record SearchTerm(IReadOnlyList<string> Words, bool Prefix)
{
    /// <summary>An FTS5 string: every word inside double quotes, so keywords, column names and operators are only words.</summary>
    public string ToMatch() => "\"" + string.Join(' ', Words) + "\"" + (Prefix ? " *" : "");

    /// <summary>
    /// A PostgreSQL tsquery operand: every word a quoted lexeme (words are letters and digits only, so nothing can close the
    /// quotes), a phrase's words joined by &lt;-&gt; (followed by), a prefix marked :*, optionally restricted to one weight.
    /// </summary>
    public string ToTsQuery(char? weight = null)
    {
        var lexemes = Words.Select((word, i) =>
            "'" + word.Replace("'", "''", StringComparison.Ordinal) + "'"
            + (Prefix && i == Words.Count - 1 ? ":*" + weight : weight is null ? "" : ":" + weight));
        return Words.Count == 1 ? lexemes.First() : "(" + string.Join(" <-> ", lexemes) + ")";
    }
}

/// <summary>
/// A user's query turned into a safe FTS5 MATCH expression, and the same as a PostgreSQL tsquery. Syntax: words (all must match), `"exact phrase"`, `a OR b`,
/// `-excluded`, `prefix*`. Every term is re-emitted as a quoted FTS5 string built from its letters and digits only, so
/// nothing a user types (FTS5 keywords, `column:`, `^`, parentheses, stray quotes) reaches FTS5 as syntax.
/// </summary>
public sealed record SearchQuery
{
    public const int MaxLength = 500;
    public const int MaxTerms = 32;

    // The FTS5 prefix indexes hold 2 and 3 characters; a one-letter prefix would scan the whole vocabulary.
    public const int MinPrefixLength = 2;

    private SearchQuery(
        string match, IReadOnlyList<IReadOnlyList<SearchTerm>> groups, IReadOnlyList<SearchTerm> excluded, string? headlinePhrase,
        string tsQuery = "", string? headlineTsQuery = null)
    {
        Match = match;
        Groups = groups;
        Excluded = excluded;
        PositiveTerms = groups.SelectMany(g => g).ToList();
        HeadlinePhrase = headlinePhrase;
        TsQuery = tsQuery;
        HeadlineTsQuery = headlineTsQuery;
    }

    /// <summary>True when the query has no word at all (only punctuation): nothing matches it, and FTS5 must not be asked.</summary>
    public bool MatchesNothing => PositiveTerms.Count == 0;

    /// <summary>The FTS5 MATCH expression; empty when <see cref="MatchesNothing"/>.</summary>
    public string Match { get; }

    /// <summary>The AND operands of the query, each the alternatives that were joined by OR.</summary>
    public IReadOnlyList<IReadOnlyList<SearchTerm>> Groups { get; }

    /// <summary>The terms a result must not contain.</summary>
    public IReadOnlyList<SearchTerm> Excluded { get; }

    /// <summary>The terms a result must (or, within OR, may) contain: what highlights show.</summary>
    public IReadOnlyList<SearchTerm> PositiveTerms { get; }

    /// <summary>An FTS5 expression matching rows whose headline holds the whole query as one phrase; null for OR or prefix queries.</summary>
    public string? HeadlinePhrase { get; }

    /// <summary>The same expression as a PostgreSQL tsquery (to_tsquery syntax: &amp;, |, !, &lt;-&gt;, :*); empty when <see cref="MatchesNothing"/>.</summary>
    public string TsQuery { get; }

    /// <summary>A tsquery matching rows whose headline (weight A) holds the whole query as one phrase; null when <see cref="HeadlinePhrase"/> is.</summary>
    public string? HeadlineTsQuery { get; }

    /// <summary>Parses <paramref name="text"/>, or explains in <paramref name="error"/> why it cannot be searched.</summary>
    public static bool TryParse(string? text, out SearchQuery? query, out string? error)
    {
        query = null;
        error = null;
        if (string.IsNullOrWhiteSpace(text))
        {
            error = "The query is empty: type at least one word.";
            return false;
        }
        if (text.Length > MaxLength)
        {
            error = $"The query is {text.Length} characters long; at most {MaxLength} are allowed.";
            return false;
        }

        // A group is one AND operand: its alternatives were joined by OR.
        var groups = new List<List<SearchTerm>>();
        var excluded = new List<SearchTerm>();
        var pendingOr = false;
        var count = 0;
        foreach (var token in Lex(text.Normalize(NormalizationForm.FormC)))
        {
            if (token.IsOr)
            {
                if (pendingOr || groups.Count == 0)
                {
                    error = "'OR' needs a term on each side, as in 'tanks OR missiles'.";
                    return false;
                }
                pendingOr = true;
                continue;
            }
            var words = Words(token.Text);
            if (words.Count == 0)
            {
                if (token.Excluded && token.Text.Length == 0)
                {
                    error = "'-' must be followed by the word to exclude, as in 'sanctions -oil'.";
                    return false;
                }
                // Punctuation alone (a stray '*', '^' or '()') is not a term; skipping it keeps the rest of the query.
                continue;
            }
            var prefix = token.Prefix && !token.Phrase;
            if (prefix && words[^1].Length < MinPrefixLength)
            {
                error = $"A prefix needs at least {MinPrefixLength} letters before '*'.";
                return false;
            }
            if (++count > MaxTerms)
            {
                error = $"The query has more than {MaxTerms} terms.";
                return false;
            }
            var term = new SearchTerm(words, prefix);
            if (token.Excluded)
            {
                if (pendingOr)
                {
                    error = "An excluded term cannot be an alternative of 'OR'; put it apart, as in 'tanks OR missiles -drills'.";
                    return false;
                }
                excluded.Add(term);
            }
            else if (pendingOr)
            {
                groups[^1].Add(term);
                pendingOr = false;
            }
            else
            {
                groups.Add([term]);
            }
        }
        if (pendingOr)
        {
            error = "'OR' needs a term on each side, as in 'tanks OR missiles'.";
            return false;
        }
        if (groups.Count == 0 && excluded.Count > 0)
        {
            error = "The query only excludes: add at least one word to search for.";
            return false;
        }
        if (groups.Count == 0)
        {
            // Only punctuation: a valid query that no text can match, answered with no results rather than an error.
            query = new SearchQuery("", [], [], null);
            return true;
        }

        var match = string.Join(" AND ", groups.Select(g => g.Count == 1 ? g[0].ToMatch() : "(" + string.Join(" OR ", g.Select(t => t.ToMatch())) + ")"));
        if (excluded.Count > 0)
        {
            match = "(" + match + ") NOT (" + string.Join(" OR ", excluded.Select(t => t.ToMatch())) + ")";
        }
        var positive = groups.SelectMany(g => g).ToList();
        var phrase = groups.All(g => g.Count == 1) && positive.All(t => !t.Prefix)
            ? "headline : \"" + string.Join(' ', positive.SelectMany(t => t.Words)) + "\""
            : null;
        var tsQuery = string.Join(" & ", groups.Select(g => g.Count == 1 ? g[0].ToTsQuery() : "(" + string.Join(" | ", g.Select(t => t.ToTsQuery())) + ")"));
        if (excluded.Count > 0)
        {
            tsQuery = "(" + tsQuery + ") & !(" + string.Join(" | ", excluded.Select(t => t.ToTsQuery())) + ")";
        }
        var headlineTsQuery = phrase is null ? null : new SearchTerm(positive.SelectMany(t => t.Words).ToList(), false).ToTsQuery('A');
        query = new SearchQuery(match, groups, excluded, phrase, tsQuery, headlineTsQuery);
        return true;
    }

    /// <summary>Case-folded and without diacritics, as the tokenizer (unicode61 remove_diacritics 2) stores words.</summary>
    public static string Fold(string word)
    {
        ArgumentNullException.ThrowIfNull(word);
        // Most words are ASCII: they only need lower case, and often not even that.
        var upper = false;
        var ascii = true;
        foreach (var c in word)
        {
            ascii &= char.IsAscii(c);
            upper |= char.IsAsciiLetterUpper(c);
        }
        if (ascii)
        {
            return upper ? word.ToLowerInvariant() : word;
        }
        var decomposed = word.Normalize(NormalizationForm.FormD);
        var folded = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)
            {
                folded.Append(char.ToLowerInvariant(c));
            }
        }
        return folded.ToString();
    }

    /// <summary>Whether the tokenizer counts this character as part of a word.</summary>
    public static bool IsWordChar(char c) =>
        char.IsLetterOrDigit(c) || CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark || char.IsSurrogate(c);

    /// <summary>The words of a piece of text, folded: what FTS5 would index for it.</summary>
    public static List<string> Words(string text)
    {
        var words = new List<string>();
        var start = -1;
        for (var i = 0; i <= text.Length; i++)
        {
            var inWord = i < text.Length && IsWordChar(text[i]);
            if (inWord && start < 0)
            {
                start = i;
            }
            else if (!inWord && start >= 0)
            {
                var folded = Fold(text[start..i]);
                if (folded.Length > 0)
                {
                    words.Add(folded);
                }
                start = -1;
            }
        }
        return words;
    }

    private readonly record struct Token(string Text, bool Phrase, bool Excluded, bool Prefix, bool IsOr);

    /// <summary>Splits on whitespace, keeping a double-quoted phrase whole; a quote left open closes at the end.</summary>
    private static IEnumerable<Token> Lex(string text)
    {
        var i = 0;
        while (i < text.Length)
        {
            if (char.IsWhiteSpace(text[i]))
            {
                i++;
                continue;
            }
            var excluded = false;
            if (text[i] == '-')
            {
                excluded = true;
                i++;
                if (i == text.Length || char.IsWhiteSpace(text[i]))
                {
                    yield return new Token("", false, true, false, false);
                    continue;
                }
            }
            if (text[i] == '"')
            {
                var end = text.IndexOf('"', i + 1);
                var phrase = end < 0 ? text[(i + 1)..] : text[(i + 1)..end];
                i = end < 0 ? text.Length : end + 1;
                yield return new Token(phrase, true, excluded, false, false);
                continue;
            }
            var start = i;
            while (i < text.Length && !char.IsWhiteSpace(text[i]) && text[i] != '"')
            {
                i++;
            }
            var word = text[start..i];
            if (!excluded && word == "OR")
            {
                yield return new Token(word, false, false, false, true);
                continue;
            }
            yield return new Token(word, false, excluded, word.EndsWith('*'), false);
        }
    }
}
