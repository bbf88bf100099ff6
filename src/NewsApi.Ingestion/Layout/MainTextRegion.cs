using NewsApi.Ingestion.Layout.Bylines;
using NewsApi.Ingestion.Layout.Classifier;
using NewsApi.Ingestion.Layout.Chrome;
using NewsApi.Ingestion.Layout.Dates;

namespace NewsApi.Ingestion.Layout;

/// <summary>Finds the run of article text in a whole page's rendered text (menus, comment threads and link lists around it).</summary>
/// <remarks>
/// Each line scores by how much it reads like prose: a sentence of many words scores its word count, a short label or
/// headline costs a fixed amount. The best contiguous run (the maximum-sum segment, as boilerpipe and trafilatura do over
/// blocks), less a comment thread at its end, is the article; the learned headline model (<see cref="LineClassifier"/>)
/// then picks its headline among the lines around its start.
/// </remarks>
internal static class MainTextRegion
{
    // A page whose text is this short is a clean document, not a rendered page with chrome: it is read whole.
    private const int MinPageLines = 45;

    // A page gets cut only when the text left out is a real share of the lines, so clean documents are left alone.
    private const int MinDroppedLines = 20;

    // What a short line costs the run: a few such lines (subheadings, captions) inside an article do not break it; a menu does.
    // 8 was the best of 6, 8 and 10 on the Apache-2.0 readability set's rendered text.
    private const double ShortLinePenalty = 8;

    private const int MaxHeadlineWords = 30;

    /// <summary>The [start, end) lines to read, headline first; or the whole page when no cut is warranted.</summary>
    public static (int Start, int End) Find(List<string> lines)
    {
        if (lines.Count < MinPageLines)
        {
            return (0, lines.Count);
        }

        var probabilities = LineClassifier.BodyProbabilities(lines);
        var (first, last) = ArticleRun(lines, probabilities);
        if (first < 0)
        {
            return (0, lines.Count);
        }
        last = CommentThread.ArticleEnd(lines, first, last);
        var end = TableEnd(lines, last + 1);
        var start = Math.Min(FindHeadline(lines, first, probabilities), last);
        if (start + (lines.Count - end) < MinDroppedLines)
        {
            return (0, lines.Count);
        }
        return (start, end);
    }

    /// <summary>
    /// Where a table of results or standings right after the article's last sentence ends: it reads as no prose but is the
    /// story ("1. Jesper Ronnback (Sweden) 25.76"), with its block headings ("Men's 500 metres") a few lines above each block.
    /// </summary>
    private static int TableEnd(List<string> lines, int end)
    {
        const int MaxHeadingLines = 3;
        const int MaxHeadingWords = 8;
        var k = end;
        while (k < lines.Count)
        {
            if (LayoutText.IsDataLine(lines[k]))
            {
                end = ++k;
                continue;
            }
            var next = k;
            while (next < lines.Count && next - k < MaxHeadingLines && !LayoutText.IsDataLine(lines[next]) && LayoutText.CountWords(lines[next]) <= MaxHeadingWords)
            {
                next++;
            }
            if (next >= lines.Count || !LayoutText.IsDataLine(lines[next]))
            {
                break;
            }
            k = next;
        }
        return end;
    }

    /// <summary>The first and last line of the best run of article text: the maximum-sum segment of the lines' scores; (-1, -1) when no line scores.</summary>
    /// <remarks>
    /// The line classifier's probabilities in place of these scores did better on the data sets it was fitted to and worse on
    /// the news sets it was not (bench/extraction/README.md), so the run keeps the prose rule; given <paramref name="probabilities"/>,
    /// the classifier only weighs it (a prose line counts 0.5 to 1.5 times, a short line's cost likewise), which helped on the news sets.
    /// The training tool leaves them out: the headline model is fitted to the prose rule's run.
    /// </remarks>
    internal static (int First, int Last) ArticleRun(List<string> lines, double[]? probabilities = null)
    {
        double best = 0, run = 0;
        int bestFirst = -1, bestLast = -1, runFirst = 0;
        for (var i = 0; i < lines.Count; i++)
        {
            if (run <= 0)
            {
                (run, runFirst) = (0, i);
            }
            var score = Score(lines[i]);
            if (probabilities is not null)
            {
                score *= score > 0 ? 0.5 + probabilities[i] : 1.5 - probabilities[i];
            }
            run += score;
            if (run > best)
            {
                (best, bestFirst, bestLast) = (run, runFirst, i);
            }
        }
        return (bestFirst, bestLast);
    }

    private static double Score(string line)
    {
        var words = LayoutText.CountWords(line);
        if (IsReaction(line))
        {
            return -ShortLinePenalty;
        }
        if (words >= 10 && LayoutText.HasSentencePunctuation(line))
        {
            return LayoutText.EndsSentence(line) ? Math.Min(words, 80) : Math.Min(words, 80) * 0.5;
        }
        if (words > 30)
        {
            return words * 0.5;
        }
        return -ShortLinePenalty;
    }

    /// <summary>Comment and share furniture: "Jane says:", "Reply", vote counts, a bare number.</summary>
    private static bool IsReaction(string line)
    {
        var trimmed = line.AsSpan().Trim();
        if (trimmed.Length <= 60 && trimmed.EndsWith(':') && LayoutText.CountWords(trimmed) <= 6)
        {
            return true;
        }
        foreach (var c in trimmed)
        {
            if (!char.IsDigit(c) && !char.IsPunctuation(c) && !char.IsWhiteSpace(c))
            {
                return false;
            }
        }
        return true;
    }

    /// <summary>The most headline-like candidate around the article's first line; that line itself when there is none.</summary>
    private static int FindHeadline(List<string> lines, int first, double[] bodyProbability)
    {
        int best = first;
        var bestScore = double.NegativeInfinity;
        foreach (var candidate in HeadlineFeatures.Candidates(lines, first, bodyProbability))
        {
            var score = LineClassifier.HeadlineScore(candidate.Features);
            if (score > bestScore)
            {
                (best, bestScore) = (candidate.Index, score);
            }
        }
        return best;
    }

    /// <summary>Lower-cased words of four letters or more, and character pairs in scripts without spaces: the content terms of a line.</summary>
    internal static HashSet<string> Terms(string text)
    {
        var terms = new HashSet<string>(StringComparer.Ordinal);
        var word = new System.Text.StringBuilder();
        for (var i = 0; i <= text.Length; i++)
        {
            var c = i < text.Length ? text[i] : ' ';
            if (LayoutText.IsUnspacedScript(c) && i + 1 < text.Length && LayoutText.IsUnspacedScript(text[i + 1]))
            {
                terms.Add(text.Substring(i, 2));
            }
            if (char.IsLetterOrDigit(c) && !LayoutText.IsUnspacedScript(c))
            {
                word.Append(char.ToLowerInvariant(c));
                continue;
            }
            if (word.Length >= 4)
            {
                terms.Add(word.ToString());
            }
            word.Clear();
        }
        return terms;
    }

    private static bool IsLabelled(string line)
    {
        var colon = line.IndexOf(':', StringComparison.Ordinal);
        return colon > 0 && LayoutText.CountWords(line.AsSpan(0, colon)) <= 2 && !char.IsUpper(line[colon - 1]);
    }

    internal static bool IsTitleShaped(string line)
    {
        var words = LayoutText.CountWords(line);
        if (words < 4 || words > MaxHeadlineWords || LayoutText.EndsSentence(line) && !line.EndsWith('?') && !line.EndsWith('!'))
        {
            return false;
        }
        // "By ...", "Courtesy: ...", "Search: ...": a label and its value, not a title.
        if (line.StartsWith("By ", StringComparison.OrdinalIgnoreCase) || IsLabelled(line) || line[^1] is ',' or ':' or ';')
        {
            return false;
        }
        return !ChromeDetector.IsChrome(line) && !ChromeDetector.IsRelativeStamp(line)
            && !PublishedDateParser.TryParseDateLine(line, out _) && !BylineParser.TryParseByLine(line, out _)
            && !ChromeDetector.TryParseNavigation(line, out _) && !line.Contains(" | ", StringComparison.Ordinal);
    }
}
