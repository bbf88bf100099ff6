using System.Runtime.InteropServices;

namespace NewsApi.Search;

/// <summary>A row of the search table with every column: what the in-memory index reads.</summary>
public sealed class IndexedRow
{
    public int Id { get; init; }
    public string Headline { get; init; } = "";
    public string Standfirst { get; init; } = "";
    public string Body { get; init; } = "";
    public string Quotes { get; init; } = "";
    public string Names { get; init; } = "";
}

/// <summary>One hit of the in-memory index: rank as the database's bm25 gives it (lower is better, a headline phrase first).</summary>
public readonly record struct IndexHit(int Id, double Rank);

/// <summary>
/// An in-memory inverted index of the search table that ranks with the same bm25 as SQLite's FTS5 (same column weights,
/// k1 = 1.2, b = 0.75, idf floored at 1e-6, the whole query as a headline phrase first) but reads only as many postings as the
/// page needs: each word's postings are also kept in impact order, grouped by weighted frequency and, within a group, by
/// document length, so the best documents of a word come first for any collection statistics; queries of several words
/// stop with Fagin's threshold algorithm once no unseen document can rank higher.
/// </summary>
/// <remarks>Not thread-safe for writes: <see cref="ArticleSearchIndex"/> takes a write lock around <see cref="Apply"/> and a read lock around queries.</remarks>
public sealed partial class ImpactIndex
{
    private const double K1 = 1.2;
    private const double B = 0.75;

    // bm25 column weights in the table's order (headline, standfirst, body, quotes, names), doubled so that sums are whole.
    private static readonly int[] DoubledWeights = [20, 8, 2, 3, 5];
    private const ushort HeadlineBit = 0x8000;
    private const int MaxDoubledFrequency = 0x7FFF;

    private readonly Dictionary<string, Term> terms = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Term>.AlternateLookup<ReadOnlySpan<char>> lookup;
    private int[] lengths = new int[1024];
    private string[]?[] headlines = new string[1024][];
    private long tokenCount;

    public ImpactIndex() => lookup = terms.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>How many articles are indexed.</summary>
    public int DocumentCount { get; private set; }

    /// <summary>Postings held, for the memory report.</summary>
    public long PostingCount => terms.Values.Sum(t => (long)t.Count);

    /// <summary>Whether this article is indexed.</summary>
    public bool Contains(int id) => id > 0 && id < lengths.Length && lengths[id] > 0;

    /// <summary>Replaces the rows of these ids: an id with a row is (re)indexed from it, an id without one is removed.</summary>
    public void Apply(IReadOnlyCollection<int> ids, IReadOnlyDictionary<int, IndexedRow> rows)
    {
        ArgumentNullException.ThrowIfNull(ids);
        ArgumentNullException.ThrowIfNull(rows);
        var present = ids.Where(Contains).ToHashSet();
        if (present.Count > 0)
        {
            Remove(present);
        }
        foreach (var id in ids.Distinct().Order())
        {
            if (rows.TryGetValue(id, out var row))
            {
                Add(row);
            }
        }
    }

    /// <summary>Adds an article that is not indexed yet; in id order this only appends.</summary>
    public void Add(IndexedRow row)
    {
        ArgumentNullException.ThrowIfNull(row);
        if (row.Id <= 0 || Contains(row.Id))
        {
            throw new InvalidOperationException($"Article {row.Id} is indexed already or has no valid id.");
        }
        var frequencies = new Dictionary<Term, int>();
        var length = 0;
        string[] columns = [row.Headline, row.Standfirst, row.Body, row.Quotes, row.Names];
        var headlineWords = new List<string>();
        Span<char> buffer = stackalloc char[128];
        for (var column = 0; column < columns.Length; column++)
        {
            var text = columns[column];
            var start = -1;
            for (var i = 0; i <= text.Length; i++)
            {
                var inWord = i < text.Length && SearchQuery.IsWordChar(text[i]);
                if (inWord && start < 0)
                {
                    start = i;
                    continue;
                }
                if (inWord || start < 0)
                {
                    continue;
                }
                var term = TermOf(text.AsSpan(start, i - start), buffer);
                start = -1;
                if (term is null)
                {
                    continue;
                }
                length++;
                ref var frequency = ref CollectionsMarshal.GetValueRefOrAddDefault(frequencies, term, out _);
                var weighted = Math.Min(MaxDoubledFrequency, (frequency & ~HeadlineBit) + DoubledWeights[column]);
                frequency = weighted | (frequency & HeadlineBit) | (column == 0 ? HeadlineBit : 0);
                if (column == 0)
                {
                    headlineWords.Add(term.Word);
                }
            }
        }
        EnsureCapacity(row.Id);
        lengths[row.Id] = Math.Max(1, length);
        headlines[row.Id] = [.. headlineWords];
        DocumentCount++;
        tokenCount += length;
        foreach (var (term, frequency) in frequencies)
        {
            term.Insert(row.Id, (ushort)frequency);
        }
    }

    /// <summary>The ranked hits of a query, best first, at most <paramref name="count"/> of them.</summary>
    public List<IndexHit> Top(IndexQuery query, int count)
    {
        ArgumentNullException.ThrowIfNull(query);
        var scoring = Prepare(query);
        if (scoring is null || count <= 0)
        {
            return [];
        }
        if (query.HeadlinePhrase is not { } phrase || phrase.Any(w => Find(w) is null))
        {
            return ThresholdTop(scoring, count, headlineOnly: false, _ => true, 0);
        }
        // Articles whose headline holds the whole query come first; each has every word in its headline, so the headline
        // postings alone find them. Fewer than asked for means all of them were found, and the rest follow unboosted.
        var hits = ThresholdTop(scoring, count, headlineOnly: true, id => HeadlineHolds(id, phrase), SearchDialect.HeadlinePhraseBoost);
        if (hits.Count < count)
        {
            hits.AddRange(ThresholdTop(scoring, count - hits.Count, headlineOnly: false, id => !HeadlineHolds(id, phrase), 0));
        }
        return hits;
    }

    /// <summary>How many articles the query matches: the postings count of a lone word, else one pass over the rarest operand.</summary>
    public int Count(IndexQuery query)
    {
        ArgumentNullException.ThrowIfNull(query);
        var scoring = Prepare(query);
        if (scoring is null)
        {
            return 0;
        }
        if (scoring.Groups.Length == 1 && scoring.Groups[0].Length == 1 && scoring.Excluded.Length == 0)
        {
            return scoring.Groups[0][0].Count;
        }
        var rarest = scoring.Groups.MinBy(g => g.Sum(t => (long)t.Count))!;
        var seen = rarest.Length > 1 ? new HashSet<int>() : null;
        var total = 0;
        foreach (var term in rarest)
        {
            for (var i = 0; i < term.Count; i++)
            {
                var id = term.Docs[i];
                if ((seen is null || seen.Add(id)) && scoring.Matches(id))
                {
                    total++;
                }
            }
        }
        return total;
    }

    private Scoring? Prepare(IndexQuery query)
    {
        var groups = new List<Term[]>();
        foreach (var group in query.Groups)
        {
            var present = group.Select(Find).OfType<Term>().Distinct().ToArray();
            if (present.Length == 0)
            {
                return null;
            }
            groups.Add(present);
        }
        if (groups.Count == 0 || DocumentCount == 0)
        {
            return null;
        }
        // bm25 sums over every phrase of the query, a word typed twice counting twice; a word absent from the index adds nothing.
        var weights = new Dictionary<Term, double>();
        foreach (var word in query.Groups.SelectMany(g => g))
        {
            if (Find(word) is { } term)
            {
                CollectionsMarshal.GetValueRefOrAddDefault(weights, term, out _) += Idf(term.Count);
            }
        }
        var excluded = query.Excluded.Select(Find).OfType<Term>().ToArray();
        return new Scoring(this, [.. groups], excluded, weights, (double)tokenCount / DocumentCount);
    }

    private double Idf(int hits)
    {
        var idf = Math.Log((DocumentCount - hits + 0.5) / (hits + 0.5));
        return idf <= 0 ? 1e-6 : idf;
    }

    private Term? Find(string word) => terms.TryGetValue(word, out var term) ? term : null;

    private bool HeadlineHolds(int id, IReadOnlyList<string> phrase)
    {
        var words = headlines[id];
        if (words is null)
        {
            return false;
        }
        for (var start = 0; start + phrase.Count <= words.Length; start++)
        {
            var all = true;
            for (var j = 0; j < phrase.Count && all; j++)
            {
                all = string.Equals(words[start + j], phrase[j], StringComparison.Ordinal);
            }
            if (all)
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>
    /// Fagin's threshold algorithm over the words' impact streams: an unseen article can score at most the sum of what each
    /// stream offers next, so once the <paramref name="count"/> best seen articles all score above that, none can overtake them.
    /// </summary>
    private List<IndexHit> ThresholdTop(Scoring scoring, int count, bool headlineOnly, Func<int, bool> accept, double boost)
    {
        var streams = scoring.Weights.Select(w => new ImpactStream(w.Key, w.Value, this, headlineOnly)).ToArray();
        var best = new PriorityQueue<int, (double Score, int Id)>(count + 1, WorstFirst.Instance);
        var seen = new HashSet<int>();
        while (true)
        {
            ImpactStream? next = null;
            var threshold = 0.0;
            foreach (var stream in streams)
            {
                var bound = stream.Bound;
                threshold += bound;
                if (!stream.Exhausted && (next is null || bound > next.Bound))
                {
                    next = stream;
                }
            }
            // Compared boosted, as the database compares ranks: near scores that the boost rounds together tie and go by id.
            if (next is null || (best.Count == count && best.TryPeek(out _, out var worst) && worst.Score > threshold + boost))
            {
                break;
            }
            var id = next.Pop();
            if (!seen.Add(id) || !scoring.Matches(id) || !accept(id))
            {
                continue;
            }
            var score = scoring.Score(id) + boost;
            if (best.Count < count)
            {
                best.Enqueue(id, (score, id));
            }
            else if (best.TryPeek(out _, out var lowest) && Better((score, id), lowest))
            {
                best.EnqueueDequeue(id, (score, id));
            }
        }
        var hits = new List<IndexHit>(best.Count);
        while (best.TryDequeue(out var id, out var key))
        {
            hits.Add(new IndexHit(id, -key.Score));
        }
        hits.Reverse();
        return hits;
    }

    private static bool Better((double Score, int Id) a, (double Score, int Id) b) => a.Score > b.Score || (a.Score == b.Score && a.Id > b.Id);

    private double Saturation(int doubledFrequency, int id, double averageLength)
    {
        var frequency = doubledFrequency / 2.0;
        return frequency * (K1 + 1.0) / (frequency + K1 * (1 - B + B * lengths[id] / averageLength));
    }

    private Term? TermOf(ReadOnlySpan<char> word, Span<char> buffer)
    {
        var ascii = word.Length <= buffer.Length;
        for (var i = 0; i < word.Length && ascii; i++)
        {
            ascii = char.IsAscii(word[i]);
        }
        string? folded = null;
        ReadOnlySpan<char> key;
        if (ascii)
        {
            var lower = buffer[..word.Length];
            System.Text.Ascii.ToLower(word, lower, out _);
            key = lower;
        }
        else
        {
            folded = SearchQuery.Fold(word.ToString());
            if (folded.Length == 0)
            {
                return null;
            }
            key = folded;
        }
        if (lookup.TryGetValue(key, out var term))
        {
            return term;
        }
        var word2 = folded ?? key.ToString();
        term = new Term(word2);
        terms.Add(word2, term);
        return term;
    }

    private void EnsureCapacity(int id)
    {
        if (id < lengths.Length)
        {
            return;
        }
        var size = Math.Max(id + 1, lengths.Length * 2);
        Array.Resize(ref lengths, size);
        Array.Resize(ref headlines, size);
    }

    private void Remove(HashSet<int> ids)
    {
        var emptied = new List<string>();
        foreach (var term in terms.Values)
        {
            if (term.RemoveAll(ids))
            {
                if (term.Count == 0)
                {
                    emptied.Add(term.Word);
                }
            }
        }
        foreach (var word in emptied)
        {
            terms.Remove(word);
        }
        foreach (var id in ids)
        {
            tokenCount -= lengths[id];
            lengths[id] = 0;
            headlines[id] = null;
            DocumentCount--;
        }
    }

    /// <summary>A query as the index can answer it: words only (no phrases, no prefixes), already folded.</summary>
    public sealed record IndexQuery(IReadOnlyList<IReadOnlyList<string>> Groups, IReadOnlyList<string> Excluded, IReadOnlyList<string>? HeadlinePhrase)
    {
        /// <summary>The query in the index's terms, or null when it holds a phrase or a prefix (the database answers those).</summary>
        public static IndexQuery? From(SearchQuery query)
        {
            ArgumentNullException.ThrowIfNull(query);
            if (query.MatchesNothing || query.PositiveTerms.Concat(query.Excluded).Any(t => t.Prefix || t.Words.Count != 1))
            {
                return null;
            }
            var groups = query.Groups.Select(g => (IReadOnlyList<string>)g.Select(t => t.Words[0]).ToList()).ToList();
            var phrase = query.HeadlinePhrase is null ? null : query.PositiveTerms.Select(t => t.Words[0]).ToList();
            return new IndexQuery(groups, query.Excluded.Select(t => t.Words[0]).ToList(), phrase);
        }
    }
}
