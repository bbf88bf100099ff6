namespace NewsApi.Search;

// The postings side of the index (a word's postings in impact order, their streams, one query's scoring state), apart from
// the query side so that each half reads in one sitting.
public sealed partial class ImpactIndex
{
    private sealed class Scoring(ImpactIndex index, Term[][] groups, Term[] excluded, Dictionary<Term, double> weights, double averageLength)
    {
        public Term[][] Groups { get; } = groups;
        public Term[] Excluded { get; } = excluded;
        public Dictionary<Term, double> Weights { get; } = weights;
        public double AverageLength { get; } = averageLength;

        public bool Matches(int id)
        {
            foreach (var group in Groups)
            {
                var any = false;
                foreach (var term in group)
                {
                    if (term.IndexOf(id) >= 0)
                    {
                        any = true;
                        break;
                    }
                }
                if (!any)
                {
                    return false;
                }
            }
            foreach (var term in Excluded)
            {
                if (term.IndexOf(id) >= 0)
                {
                    return false;
                }
            }
            return true;
        }

        public double Score(int id)
        {
            var score = 0.0;
            foreach (var (term, idf) in Weights)
            {
                var position = term.IndexOf(id);
                if (position >= 0)
                {
                    score += idf * index.Saturation(term.Frequencies[position] & ~HeadlineBit, id, AverageLength);
                }
            }
            return score;
        }
    }

    /// <summary>A word's postings in descending order of its bm25 part, merged on the fly from its frequency groups.</summary>
    private sealed class ImpactStream
    {
        private readonly Term term;
        private readonly double idf;
        private readonly ImpactIndex index;
        private readonly ImpactOrder order;
        private readonly int[] cursors;
        private readonly PriorityQueue<int, (double Score, int Id)> heads = new(WorstFirst.Reversed);

        private readonly int end;

        public ImpactStream(Term term, double idf, ImpactIndex index, bool headlineOnly)
        {
            this.term = term;
            this.idf = idf;
            this.index = index;
            order = term.BuildOrder(index.lengths);
            end = headlineOnly ? order.HeadlineCount : term.Count;
            cursors = [.. order.GroupStarts];
            for (var group = 0; group < cursors.Length; group++)
            {
                Push(group);
            }
        }

        public bool Exhausted => heads.Count == 0;

        /// <summary>The most the next posting can add to a score; 0 when exhausted.</summary>
        public double Bound => heads.TryPeek(out _, out var head) ? idf * head.Score : 0;

        public int Pop()
        {
            var group = heads.Dequeue();
            var id = term.Docs[order.Positions[cursors[group]]];
            cursors[group]++;
            Push(group);
            return id;
        }

        private void Push(int group)
        {
            var groupEnd = Math.Min(end, group + 1 < order.GroupStarts.Length ? order.GroupStarts[group + 1] : term.Count);
            if (cursors[group] >= groupEnd)
            {
                return;
            }
            var position = order.Positions[cursors[group]];
            var id = term.Docs[position];
            var average = (double)index.tokenCount / index.DocumentCount;
            heads.Enqueue(group, (index.Saturation(term.Frequencies[position] & ~HeadlineBit, id, average), id));
        }
    }

    /// <summary>Orders (score, id) keys worst first: a lower score, or at an equal score the lower (older) id.</summary>
    private sealed class WorstFirst : IComparer<(double Score, int Id)>
    {
        public static readonly WorstFirst Instance = new();
        public static readonly IComparer<(double Score, int Id)> Reversed = Comparer<(double Score, int Id)>.Create((a, b) => Instance.Compare(b, a));

        public int Compare((double Score, int Id) x, (double Score, int Id) y) =>
            x.Score != y.Score ? x.Score.CompareTo(y.Score) : x.Id.CompareTo(y.Id);
    }

    /// <summary>Positions of a word's postings, headline postings first, each (headline, frequency) group by length then newest id.</summary>
    private sealed record ImpactOrder(int[] Positions, int[] GroupStarts, int HeadlineCount);

    private sealed class Term(string word)
    {
        private ImpactOrder? order;

        public string Word { get; } = word;
        public int[] Docs { get; private set; } = new int[4];
        public ushort[] Frequencies { get; private set; } = new ushort[4];
        public int Count { get; private set; }

        public int IndexOf(int id) => Array.BinarySearch(Docs, 0, Count, id);

        public void Insert(int id, ushort frequency)
        {
            if (Count == Docs.Length)
            {
                var docs = Docs;
                var frequencies = Frequencies;
                Array.Resize(ref docs, Count * 2);
                Array.Resize(ref frequencies, Count * 2);
                Docs = docs;
                Frequencies = frequencies;
            }
            var at = Count == 0 || Docs[Count - 1] < id ? Count : ~IndexOf(id);
            if (at < Count)
            {
                Array.Copy(Docs, at, Docs, at + 1, Count - at);
                Array.Copy(Frequencies, at, Frequencies, at + 1, Count - at);
            }
            Docs[at] = id;
            Frequencies[at] = frequency;
            Count++;
            order = null;
        }

        /// <summary>Drops the postings of these ids; true when any was dropped.</summary>
        public bool RemoveAll(HashSet<int> ids)
        {
            var kept = 0;
            for (var i = 0; i < Count; i++)
            {
                if (ids.Contains(Docs[i]))
                {
                    continue;
                }
                Docs[kept] = Docs[i];
                Frequencies[kept] = Frequencies[i];
                kept++;
            }
            if (kept == Count)
            {
                return false;
            }
            Count = kept;
            order = null;
            return true;
        }

        /// <summary>
        /// The impact order, built on first use after a change (under the index's read lock, so this lock keeps two readers
        /// from building it twice); the frequencies and lengths it sorts by do not depend on collection statistics.
        /// </summary>
        public ImpactOrder BuildOrder(int[] lengths)
        {
            if (order is { } built)
            {
                return built;
            }
            lock (this)
            {
                if (order is not null)
                {
                    return order;
                }
                var positions = new int[Count];
                for (var i = 0; i < positions.Length; i++)
                {
                    positions[i] = i;
                }
                var docs = Docs;
                var frequencies = Frequencies;
                Array.Sort(positions, (a, b) =>
                {
                    var byFrequency = frequencies[b].CompareTo(frequencies[a]);
                    if (byFrequency != 0)
                    {
                        return byFrequency;
                    }
                    var byLength = lengths[docs[a]].CompareTo(lengths[docs[b]]);
                    return byLength != 0 ? byLength : docs[b].CompareTo(docs[a]);
                });
                var starts = new List<int>();
                var headlineCount = 0;
                for (var i = 0; i < positions.Length; i++)
                {
                    var frequency = frequencies[positions[i]];
                    if (i == 0 || frequency != frequencies[positions[i - 1]])
                    {
                        starts.Add(i);
                    }
                    if ((frequency & HeadlineBit) != 0)
                    {
                        headlineCount++;
                    }
                }
                order = new ImpactOrder(positions, [.. starts], headlineCount);
                return order;
            }
        }
    }
}
