namespace NewsApi.Search;

/// <summary>Where the query matched in one field of an article.</summary>
/// <param name="Field" example="body">`headline`, `standfirst`, `body` or `quotes`.</param>
/// <param name="Fragments">Up to three excerpts of about 160 characters around the matches, in text order.</param>
public sealed record FieldHighlights(string Field, IReadOnlyList<HighlightFragment> Fragments);

/// <summary>An excerpt of a field with the matched words marked as data, not as HTML.</summary>
/// <param name="Text" example="officials said the military delegation met in Damascus on Tuesday">The excerpt, as stored (never HTML-escaped or marked up).</param>
/// <param name="Highlights">The matched words: offsets in UTF-16 code units into `text` (what JavaScript's `substring` uses).</param>
public sealed record HighlightFragment(string Text, IReadOnlyList<HighlightSpan> Highlights);

/// <summary>One matched word in a fragment.</summary>
/// <param name="Start" example="18">Offset of the first UTF-16 code unit in the fragment's text.</param>
/// <param name="Length" example="8">Length in UTF-16 code units.</param>
public sealed record HighlightSpan(int Start, int Length);

/// <summary>
/// Finds the query's words in stored text with the tokenizer's own rules (words are runs of letters and digits, compared
/// without case and diacritics; a prefix term matches the words it starts), and cuts fragments around them.
/// </summary>
public sealed class Highlighter
{
    public const int FragmentLength = 160;
    public const int MaxFragments = 3;

    // How much text a fragment shows before its first match.
    private const int LeadIn = 50;

    private readonly HashSet<string> _words = new(StringComparer.Ordinal);
    private readonly List<string> _prefixes = [];

    public Highlighter(IEnumerable<SearchTerm> terms)
    {
        ArgumentNullException.ThrowIfNull(terms);
        foreach (var term in terms)
        {
            for (var i = 0; i < term.Words.Count; i++)
            {
                if (term.Prefix && i == term.Words.Count - 1)
                {
                    _prefixes.Add(term.Words[i]);
                }
                else
                {
                    _words.Add(term.Words[i]);
                }
            }
        }
    }

    /// <summary>The field's fragments, or null when no query word occurs in it.</summary>
    public FieldHighlights? Highlight(string field, string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return null;
        }
        var matches = Matches(text);
        if (matches.Count == 0)
        {
            return null;
        }
        var fragments = new List<HighlightFragment>();
        var next = 0;
        while (next < matches.Count && fragments.Count < MaxFragments)
        {
            var first = matches[next];
            // A fragment stays inside its paragraph (fields join paragraphs and quotations with newlines).
            var paragraphStart = text.LastIndexOf('\n', Math.Max(0, first.Start - 1)) + 1;
            if (first.Start == 0)
            {
                paragraphStart = 0;
            }
            var paragraphEnd = text.IndexOf('\n', first.Start);
            paragraphEnd = paragraphEnd < 0 ? text.Length : paragraphEnd;

            var start = Math.Max(paragraphStart, first.Start - LeadIn);
            if (start > paragraphStart)
            {
                // Start at a word, not inside one.
                var space = text.IndexOf(' ', start, first.Start - start);
                start = space < 0 ? first.Start : space + 1;
            }
            var end = Math.Min(paragraphEnd, Math.Max(start + FragmentLength, first.Start + first.Length));
            if (end < paragraphEnd)
            {
                var space = text.LastIndexOf(' ', end - 1, end - (first.Start + first.Length));
                end = space < 0 ? end : space;
            }
            var spans = new List<HighlightSpan>();
            while (next < matches.Count && matches[next].Start + matches[next].Length <= end)
            {
                spans.Add(new HighlightSpan(matches[next].Start - start, matches[next].Length));
                next++;
            }
            fragments.Add(new HighlightFragment(text[start..end], spans));
        }
        return new FieldHighlights(field, fragments);
    }

    private List<(int Start, int Length)> Matches(string text)
    {
        var matches = new List<(int, int)>();
        var start = -1;
        for (var i = 0; i <= text.Length; i++)
        {
            var inWord = i < text.Length && SearchQuery.IsWordChar(text[i]);
            if (inWord && start < 0)
            {
                start = i;
            }
            else if (!inWord && start >= 0)
            {
                var folded = SearchQuery.Fold(text[start..i]);
                if (_words.Contains(folded) || _prefixes.Exists(p => folded.StartsWith(p, StringComparison.Ordinal)))
                {
                    matches.Add((start, i - start));
                }
                start = -1;
            }
        }
        return matches;
    }
}
