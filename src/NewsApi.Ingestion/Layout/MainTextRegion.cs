using System.Text.RegularExpressions;
using NewsApi.Ingestion.Layout.Bylines;
using NewsApi.Ingestion.Layout.Classifier;
using NewsApi.Ingestion.Layout.Chrome;
using NewsApi.Ingestion.Layout.Dates;
using NewsApi.Ingestion.Layout.Images;

namespace NewsApi.Ingestion.Layout;

/// <summary>Finds the run of article text in a whole page's rendered text (menus, comment threads and link lists around it).</summary>
/// <remarks>
/// Each line scores by how much it reads like prose: a sentence of many words scores its word count, a short label or
/// headline costs a fixed amount. The best contiguous run (the maximum-sum segment, as boilerpipe and trafilatura do over
/// blocks), less a comment thread at its end, is the article; the learned headline model (<see cref="LineClassifier"/>)
/// then picks its headline among the lines around its start.
/// </remarks>
internal static partial class MainTextRegion
{
    // A page whose text is this short is a clean document, not a rendered page with chrome: it is read whole (only chrome
    // above the model's headline is passed over).
    private const int MinPageLines = 45;

    // A page gets cut only when the text left out is a real share of the lines, so clean documents are left alone.
    private const int MinDroppedLines = 20;

    // What a short line costs the run: a few such lines (subheadings, captions) inside an article do not break it; a menu does.
    // 8 was the best of 6, 8 and 10 on the Apache-2.0 readability set's rendered text.
    private const double ShortLinePenalty = 8;

    private const int MaxHeadlineWords = 30;

    // Less prose than this above a comment section's header is a teaser or a menu's blurb, not the article.
    private const int MinArticleWordsAboveComments = 60;

    // The head reader's reach (LayoutParser.MaxHeadLines): a headline further down is read by cutting the page there.
    private const int MaxHeadLines = 25;

    // What trails and title bars join their parts with, standing alone between spaces.
    private static readonly System.Buffers.SearchValues<char> SeparatorCharacters = System.Buffers.SearchValues.Create("-–—|:;.*·•~=+#?»›<>/\\_");

    // How many lines of the article text a headline's words are looked for in.
    private const int ArticleReach = 30;

    /// <summary>
    /// The [start, end) lines to read and the headline's line among them (relative to <c>Start</c>; -1 to let the head
    /// reader choose); the whole page when no cut is warranted.
    /// </summary>
    public static (int Start, int End, int Headline) Find(List<string> lines)
    {
        if (lines.Count == 0)
        {
            return (0, 0, -1);
        }

        var probabilities = LineClassifier.BodyProbabilities(lines);
        var (first, last) = ArticleRun(lines, probabilities);
        if (first < 0)
        {
            return (0, lines.Count, -1);
        }
        (first, last) = BeforeCommentThread(lines, probabilities, first, last);
        (first, last) = BeforeCommentSection(lines, probabilities, first, last);
        var headline = FindHeadline(lines, first, probabilities);
        if (lines.Count < MinPageLines)
        {
            return WholePage(lines, headline, last);
        }
        last = CommentThread.ArticleEnd(lines, first, last);
        var end = TableEnd(lines, last + 1);
        var start = headline >= 0 ? Math.Min(headline, last) : first;
        if (start + (lines.Count - end) < MinDroppedLines)
        {
            return WholePage(lines, headline, last);
        }
        return (start, end, start == headline ? 0 : -1);
    }

    /// <summary>
    /// The run of text before the page's comment thread when the best run lies inside the thread: on a blog, a short post under
    /// a long discussion loses to it on length alone. The run stays when nothing before the thread reads as prose.
    /// </summary>
    private static (int First, int Last) BeforeCommentThread(List<string> lines, double[] probabilities, int first, int last)
    {
        var beforeThread = CommentThread.ArticleEnd(lines, 0, last);
        if (beforeThread >= first || beforeThread < 0)
        {
            return (first, last);
        }
        // The run itself must read as the thread: stamped comments from its first quarter on, not an article with a dated list above it.
        var runThreadEnd = CommentThread.ArticleEnd(lines, first, last);
        if (runThreadEnd == last || runThreadEnd - first > (last - first) / 4)
        {
            return (first, last);
        }
        var (earlierFirst, earlierLast) = ArticleRun(lines, probabilities, beforeThread + 1);
        return earlierFirst >= 0 ? (earlierFirst, earlierLast) : (first, last);
    }

    /// <summary>
    /// The run of text above the page's comment section when the best run reaches below its header ("No comments yet", "Post
    /// a comment"): below it stand the comment form's help text, the sidebar's blurbs and the footer's disclaimers, which can
    /// outweigh a short post or run on from it. The run stays when the text above the header is too short to be an article.
    /// </summary>
    private static (int First, int Last) BeforeCommentSection(List<string> lines, double[] probabilities, int first, int last)
    {
        // A count ("11 Comments") or a header right above the run is the comment button under a byline, above the article:
        // it ends a run, never moves it.
        const int MaxButtonGap = 3;
        var header = -1;
        for (var i = 0; i <= last; i++)
        {
            if (CommentThread.IsSectionHeader(lines[i]) && (i > first || i < first - MaxButtonGap && !CommentThread.IsCount(lines[i])))
            {
                header = i;
                break;
            }
        }
        if (header < 0)
        {
            return (first, last);
        }
        if (header > first)
        {
            return ProseWords(lines, first, header - 1) >= MinArticleWordsAboveComments ? (first, header - 1) : (first, last);
        }
        var (earlierFirst, earlierLast) = ArticleRun(lines, probabilities, header);
        return earlierFirst >= 0 && ProseWords(lines, earlierFirst, earlierLast) >= MinArticleWordsAboveComments
            ? (earlierFirst, earlierLast)
            : (first, last);
    }

    private static int ProseWords(List<string> lines, int first, int last)
    {
        var words = 0;
        for (var i = first; i <= last; i++)
        {
            words += Score(lines[i]) > 0 ? LayoutText.CountWords(lines[i]) : 0;
        }
        return words;
    }

    /// <summary>The whole page, with the model's headline where <see cref="ChromeAboveHeadline"/> trusts it; cut there when it stands below the head reader's reach.</summary>
    private static (int Start, int End, int Headline) WholePage(List<string> lines, int headline, int last)
    {
        if (!ChromeAboveHeadline(lines, headline, last))
        {
            return (0, lines.Count, -1);
        }
        return headline < MaxHeadLines ? (0, lines.Count, headline) : (headline, lines.Count, 0);
    }

    /// <summary>
    /// Whether a page read whole takes its headline from the model: only when no line above the pick reads as article prose
    /// (a site's name, a "Go to ..." link, a menu), the pick is no sentence of the text, and it is no deck under a headline.
    /// A clean document, whose first line is its headline, keeps the head reader's choice.
    /// </summary>
    private static bool ChromeAboveHeadline(List<string> lines, int headline, int last)
    {
        if (headline <= 0 || headline > last || LayoutText.CountWords(lines[headline]) < 3 || Score(lines[headline]) > 0
            || IsDeckUnderHeadline(lines, headline, headline + 1) || IsTableRow(lines[headline]))
        {
            return false;
        }
        for (var i = 0; i < headline; i++)
        {
            // Rows of a table above the pick ("S. Campbell c Healy b Gillespie 31") are a scoreboard's body, not chrome.
            if (Score(lines[i]) > 0 || IsTableRow(lines[i]))
            {
                return false;
            }
        }
        return true;
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
            if (IsTableRow(lines[k]))
            {
                end = ++k;
                continue;
            }
            var next = k;
            while (next < lines.Count && next - k < MaxHeadingLines && !IsTableRow(lines[next]) && LayoutText.CountWords(lines[next]) <= MaxHeadingWords)
            {
                next++;
            }
            if (next >= lines.Count || !IsTableRow(lines[next]))
            {
                break;
            }
            k = next;
        }
        return end;
    }

    /// <summary>A line of figures that is no date nor a commenter's link: "July 31, 2012 at 9:39 pm" and "http://site2.example Jane" are a comment's, not a row of results.</summary>
    private static bool IsTableRow(string line) =>
        LayoutText.IsDataLine(line) && !PublishedDateParser.TryParse(line, out _) && !CommentThread.IsCommenterLink(line, LayoutText.CountWords(line));

    /// <summary>The first and last line of the best run of article text: the maximum-sum segment of the lines' scores; (-1, -1) when no line scores.</summary>
    /// <remarks>
    /// The line classifier's probabilities in place of these scores did better on the data sets it was fitted to and worse on
    /// the news sets it was not (bench/extraction/README.md), so the run keeps the prose rule; given <paramref name="probabilities"/>,
    /// the classifier only weighs it (a prose line counts 0.5 to 1.5 times, a short line's cost likewise), which helped on the news sets.
    /// The training tool leaves them out: the headline model is fitted to the prose rule's run.
    /// </remarks>
    internal static (int First, int Last) ArticleRun(List<string> lines, double[]? probabilities = null, int end = int.MaxValue)
    {
        double best = 0, run = 0;
        int bestFirst = -1, bestLast = -1, runFirst = 0;
        for (var i = 0; i < Math.Min(end, lines.Count); i++)
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

    /// <summary>The most headline-like candidate around the article's first line; -1 when there is none.</summary>
    private static int FindHeadline(List<string> lines, int first, double[] bodyProbability)
    {
        var best = -1;
        var bestScore = double.NegativeInfinity;
        foreach (var candidate in HeadlineFeatures.Candidates(lines, first, bodyProbability))
        {
            if (IsNeverHeadline(lines[candidate.Index]))
            {
                continue;
            }
            var score = LineClassifier.HeadlineScore(candidate.Features);
            if (score > bestScore)
            {
                (best, bestScore) = (candidate.Index, score);
            }
        }
        return best > 0 && IsDeckUnderHeadline(lines, best, first) ? best - 1 : best;
    }

    /// <summary>
    /// Whether <paramref name="pick"/> is the deck under the real headline: the line above it is title-shaped, no longer, opens
    /// a run of such lines (a list of headlines above would make it one more item), and half its words, two at least, recur in the article.
    /// </summary>
    /// <remarks>The model sees the stamp or byline under the deck and prefers the line nearest to it.</remarks>
    internal static bool IsDeckUnderHeadline(List<string> lines, int pick, int first)
    {
        var above = lines[pick - 1];
        if (!IsTitleShaped(above) || IsNeverHeadline(above) || LayoutText.CountWords(above) > LayoutText.CountWords(lines[pick])
            || pick >= 2 && IsTitleShaped(lines[pick - 2]) && !LooksLikeChromeTitle(lines[pick - 2]) || LooksLikeChromeTitle(above))
        {
            return false;
        }
        var article = Terms(string.Join(' ', lines.Skip(Math.Max(first, pick + 1)).Take(ArticleReach)));
        var terms = Terms(above);
        var shared = terms.Count(article.Contains);
        return shared >= 2 && shared * 2 >= terms.Count;
    }

    /// <summary>
    /// Title-shaped chrome: a trail or section line with separators ("Site » Security »", "International - India &amp; World"),
    /// a call to the reader ("Please support local business!"), a row of menu labels, a tool bar ("E-mail article Print view Share: Digg").
    /// </summary>
    private static bool LooksLikeChromeTitle(string line)
    {
        var colon = line.IndexOf(':', StringComparison.Ordinal);
        return line.AsSpan().IndexOfAny("»›|/·>") >= 0 || HasSeparatorToken(line)
            || line.EndsWith('!') || ChromeDetector.IsMenuRow(line) || colon > 0 && LayoutText.CountWords(line.AsSpan(0, colon)) > 3;
    }

    /// <summary>A word of symbols alone between spaces ("News - World", "Home ::: Sport"): what trails and title bars join their parts with.</summary>
    private static bool HasSeparatorToken(string line)
    {
        foreach (var range in line.AsSpan().Split(' '))
        {
            var token = line.AsSpan(range);
            if (!token.IsEmpty && token is not "&" && !token.ContainsAnyExcept(SeparatorCharacters))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>
    /// Lines that say what they are: a date or a stamp, a byline, a photo credit, a label and its value ("Courtesy: Athletics
    /// Dept", "Director : Jane Roe"), a name with its outlet ("Jane Roe, The Province"). The model weighs such features but can
    /// still prefer one of them when it stands right above the text, as they do.
    /// </summary>
    internal static bool IsNeverHeadline(string line)
    {
        if (line.Length > 200)
        {
            return false;
        }
        return PublishedDateParser.TryParseDateLine(line, out _) || ChromeDetector.IsRelativeStamp(line) || IsStamp(line)
            || BylineParser.TryParseByLine(line, out _) || IsLabelledName(line) || ImageCreditParser.TryParseCreditLine(line, out _)
            || IsNameWithOutlet(line) || IsArrowLink(line) || IsCaption(line) || IsDeskByline(line);
    }

    /// <summary>"By Washington Post Editors", "By Staff Reporters": a byline that names a desk, which the byline reader leaves to people's names.</summary>
    private static bool IsDeskByline(string line)
    {
        const int MaxWords = 7;
        if (!line.StartsWith("By ", StringComparison.Ordinal) || line.AsSpan().IndexOfAny(":?!") >= 0 || LayoutText.CountWords(line) > MaxWords)
        {
            return false;
        }
        var desk = false;
        foreach (var range in line.AsSpan(3).Split(' '))
        {
            var word = line.AsSpan(3)[range].Trim(".,");
            if (word.IsEmpty || word is "and" or "the" or "of")
            {
                continue;
            }
            var lower = word.ToString().ToLowerInvariant();
            if (lower is "editors" or "editor" or "staff" or "reporters" or "reporter" or "writers" or "writer" or "correspondents" or "correspondent" or "desk")
            {
                desk = true;
            }
            else if (!char.IsUpper(word[0]))
            {
                return false;
            }
        }
        return desk;
    }

    /// <summary>
    /// "« Previous post title", "Back to the blog ›", "Site home page »": a link to another page, marked by an arrow on one
    /// side only (a quoted title in guillemets has both); or a trail of such links.
    /// </summary>
    private static bool IsArrowLink(string line)
    {
        var trimmed = line.AsSpan().Trim();
        if (trimmed.IsEmpty)
        {
            return false;
        }
        return trimmed[0] is '«' or '‹' && trimmed.IndexOfAny('»', '›') < 0
            || trimmed[^1] is '»' or '›' or '>' or '→' && trimmed.IndexOfAny('«', '‹') < 0
            || IsBreadcrumb(trimmed);
    }

    /// <summary>"How To's → Newsgathering → Visual Voice", "Home > Local News > Events": a trail of two steps or more.</summary>
    private static bool IsBreadcrumb(ReadOnlySpan<char> line)
    {
        var steps = 0;
        foreach (var range in line.Split(' '))
        {
            steps += line[range] is "→" or ">" or "»" or "›" ? 1 : 0;
        }
        return steps >= 2;
    }

    /// <summary>A photo caption: it says where its subject stands in the picture ("Smith (left) with ...", "(pictured)").</summary>
    private static bool IsCaption(string line) => CaptionPosition().IsMatch(line);

    [GeneratedRegex(@"\((?:left|right|centre|center|pictured|above|below|top|bottom|from left|second left|second right)\)", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex CaptionPosition();

    /// <summary>"Fri Dec 28, 7:05 AM ET", "Posted 10:58 am by Jane": a few words around a clock time.</summary>
    private static bool IsStamp(string line) => LayoutText.CountWords(line) <= 8 && ClockTime().IsMatch(line);

    [GeneratedRegex(@"\b[0-2]?\d:[0-5]\d\b", RegexOptions.CultureInvariant)]
    private static partial Regex ClockTime();

    /// <summary>"Courtesy: Athletics Dept", "Director : Jane Roe": a label of one or two words and a name; a headline's rest has lower-case words.</summary>
    private static bool IsLabelledName(string line)
    {
        var colon = line.IndexOf(':', StringComparison.Ordinal);
        var label = colon > 0 ? line.AsSpan(0, colon).TrimEnd() : [];
        // "OP-ED: John Esposito" is a headline: a label in capitals is the title's kicker.
        if (label.IsEmpty || LayoutText.CountWords(label) > 2 || !char.IsLower(label[^1]))
        {
            return false;
        }
        var words = 0;
        foreach (var range in line.AsSpan(colon + 1).Split(' '))
        {
            var word = line.AsSpan(colon + 1)[range];
            if (word.IsEmpty)
            {
                continue;
            }
            if (char.IsLower(word[0]) || ++words > 5)
            {
                return false;
            }
        }
        return words > 0;
    }

    /// <summary>"Jane Roe, The Province", "Kevork Djansezian, file": a person's name, a comma, then a short rest.</summary>
    private static bool IsNameWithOutlet(string line)
    {
        var comma = line.IndexOf(',', StringComparison.Ordinal);
        if (comma <= 0 || line.IndexOf(',', comma + 1) >= 0 || LayoutText.CountWords(line.AsSpan(comma + 1)) > 4 || LayoutText.EndsSentence(line))
        {
            return false;
        }
        return BylineParser.TryParseNameLine(line[..comma].Trim(), out var author) && author.Name.Length >= comma - 1;
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

    /// <summary>"Search: ...", "Courtesy: ...", "Director : Jane Roe"; not "OP-ED: John Esposito" nor "Gill: Glazers have been vindicated".</summary>
    private static bool IsLabelled(string line)
    {
        var colon = line.IndexOf(':', StringComparison.Ordinal);
        if (colon <= 0 || LayoutText.CountWords(line.AsSpan(0, colon)) > 2 || char.IsUpper(line[colon - 1]))
        {
            return false;
        }
        // "Tom Petty: US rock musician dies aged 66": a name of two capitalized words, then a clause, is a headline's kicker.
        var label = line.AsSpan(0, colon).Trim();
        var space = label.IndexOf(' ');
        var isName = space > 0 && char.IsUpper(label[0]) && char.IsUpper(label[space + 1]);
        return !(isName && LayoutText.CountWords(line.AsSpan(colon + 1)) >= MinKickedHeadlineWords);
    }

    // What follows a person's name and a colon in a headline: a clause, not a name or a value.
    private const int MinKickedHeadlineWords = 4;

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
