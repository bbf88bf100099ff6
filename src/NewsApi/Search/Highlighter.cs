namespace NewsApi.Search;

/// <summary>Where the query matched in one field of an article.</summary>
/// <param name="Field" example="body">`headline`, `standfirst`, `body` or `quotes`.</param>
/// <param name="Fragments">Up to three excerpts of about 160 characters around the matches, in text order.</param>
public sealed record FieldHighlights(string Field, IReadOnlyList<HighlightFragment> Fragments);

/// <summary>An excerpt of a field with the matched words marked as data, not as HTML.</summary>
/// <param name="Text" example="officials said the military delegation met in Damascus on Tuesday">The excerpt, as stored (never HTML-escaped or marked up).</param>
/// <param name="Highlights">The matches: offsets in UTF-16 code units into `text` (what JavaScript's `substring` uses).</param>
public sealed record HighlightFragment(string Text, IReadOnlyList<HighlightSpan> Highlights);

/// <summary>One match in a fragment: a word, or a phrase's words together as one span.</summary>
/// <param name="Start" example="18">Offset of the first UTF-16 code unit in the fragment's text.</param>
/// <param name="Length" example="8">Length in UTF-16 code units.</param>
public sealed record HighlightSpan(int Start, int Length);

/// <summary>
/// Finds the query's terms in stored text with the tokenizer's own rules (words are runs of letters and digits, compared
/// without case and diacritics; a prefix term matches the words it starts), and cuts fragments around them. A phrase is
/// highlighted only where its words follow one another, as one span, as the search matched it: its words elsewhere are
/// not what was found.
/// </summary>
public sealed class Highlighter
{
    public const int FragmentLength = 160;
    public const int MaxFragments = 3;

    // How much text a fragment shows before its first match.
    private const int LeadIn = 50;

    private readonly List<SearchTerm> _terms;

    // Lengths an ASCII word must have to match a term word (its folded form is as long as it is); a prefix term matches longer words too.
    private readonly HashSet<int> _lengths;
    private readonly int _shortestPrefix;

    public Highlighter(IEnumerable<SearchTerm> terms)
    {
        ArgumentNullException.ThrowIfNull(terms);
        _terms = terms.Where(t => t.Words.Count > 0).ToList();
        _lengths = _terms.SelectMany(t => t.Words).Select(w => w.Length).ToHashSet();
        _shortestPrefix = _terms.Where(t => t.Prefix).Select(t => t.Words[^1].Length).DefaultIfEmpty(int.MaxValue).Min();
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

    /// <summary>Every occurrence of a term, in text order, overlapping ones merged into one span.</summary>
    private List<(int Start, int Length)> Matches(string text)
    {
        var words = Words(text);
        var found = new List<(int Start, int End)>();
        for (var w = 0; w < words.Count; w++)
        {
            foreach (var term in _terms)
            {
                if (MatchesAt(words, w, term))
                {
                    found.Add((words[w].Start, words[w + term.Words.Count - 1].End));
                }
            }
        }
        found.Sort();
        var merged = new List<(int Start, int Length)>();
        var current = (Start: -1, End: -1);
        foreach (var (start, end) in found)
        {
            if (current.Start >= 0 && start <= current.End)
            {
                current.End = Math.Max(current.End, end);
                continue;
            }
            if (current.Start >= 0)
            {
                merged.Add((current.Start, current.End - current.Start));
            }
            current = (start, end);
        }
        if (current.Start >= 0)
        {
            merged.Add((current.Start, current.End - current.Start));
        }
        return merged;
    }

    /// <summary>
    /// The term's words at <paramref name="first"/> and the words right after it, in one paragraph (fields join paragraphs
    /// and quotations with newlines); only the last word of a prefix term may be longer than the term's.
    /// </summary>
    private static bool MatchesAt(List<Word> words, int first, SearchTerm term)
    {
        if (first + term.Words.Count > words.Count || words[first + term.Words.Count - 1].Paragraph != words[first].Paragraph)
        {
            return false;
        }
        for (var j = 0; j < term.Words.Count; j++)
        {
            var folded = words[first + j].Folded;
            var matches = term.Prefix && j == term.Words.Count - 1
                ? folded.StartsWith(term.Words[j], StringComparison.Ordinal)
                : folded == term.Words[j];
            if (!matches)
            {
                return false;
            }
        }
        return true;
    }

    private readonly record struct Word(int Start, int End, string Folded, int Paragraph);

    private List<Word> Words(string text)
    {
        var words = new List<Word>();
        var start = -1;
        var paragraph = 0;
        for (var i = 0; i <= text.Length; i++)
        {
            var inWord = i < text.Length && SearchQuery.IsWordChar(text[i]);
            if (inWord && start < 0)
            {
                start = i;
            }
            else if (!inWord && start >= 0)
            {
                // Folding every word of a long body cost more than the search: an ASCII word of a length no term has cannot match.
                var length = i - start;
                var folded = !_lengths.Contains(length) && length < _shortestPrefix && System.Text.Ascii.IsValid(text.AsSpan(start, length))
                    ? ""
                    : SearchQuery.Fold(text[start..i]);
                words.Add(new Word(start, i, folded, paragraph));
                start = -1;
            }
            if (i < text.Length && text[i] == '\n')
            {
                paragraph++;
            }
        }
        return words;
    }
}
