using NewsApi.Ingestion.Layout.Chrome;
using NewsApi.Ingestion.Layout.Classifier;
using NewsApi.Ingestion.Layout.Dates;

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

    // Less prose than this above a comment section's header is a teaser or a menu's blurb, not the article.
    private const int MinArticleWordsAboveComments = 60;

    // A blog's post can be one paragraph, and its filing line under it still ends it; fewer words over a filing line are a
    // teaser of another post.
    private const int MinPostWordsAboveFooter = 20;

    // The head reader's reach (LayoutParser.MaxHeadLines): a headline further down is read by cutting the page there.
    private const int MaxHeadLines = 25;

    /// <summary>
    /// The [start, end) lines to read and the headline's line among them (relative to <c>Start</c>; -1 to let the head
    /// reader choose); the whole page when no cut is warranted.
    /// </summary>
    public static (int Start, int End, int Headline) Find(List<string> lines) => Find(lines, out _);

    /// <summary>
    /// As <see cref="Find(List{string})"/>; <paramref name="declinedHeadline"/> is the model's headline when the page is read whole
    /// and the head reader chooses instead (prose above the pick), else -1: a fallback for when the head reader finds no title.
    /// </summary>
    public static (int Start, int End, int Headline) Find(List<string> lines, out int declinedHeadline)
    {
        declinedHeadline = -1;
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
        last = BeforePostFooter(lines, first, last);
        last = BeforeShareRow(lines, first, last);
        last = BeforeNeighbourPostLink(lines, first, last);
        last = BeforeResponsesHeader(lines, first, last);
        last = ThroughCopyrightNotice(lines, first, last);
        last = BeforeTeaserList(lines, first, last);
        var runLast = last;
        last = ThroughLiveEntries(lines, first, last);
        var headline = HeadlineLines.Find(lines, first, probabilities);
        if (lines.Count < MinPageLines)
        {
            return WholePage(lines, headline, last, out declinedHeadline);
        }
        if (last == runLast && !CommentThread.HasLiveLabel(lines, first, last))
        {
            // A live blog's entries, each a clock stamp over a paragraph, read as a thread of stamped comments; once the run
            // has been carried through them as entries, they are not cut as one.
            last = CommentThread.ArticleEnd(lines, first, last);
        }
        last = ThroughIntroducedList(lines, first, last);
        var end = TableEnd(lines, last + 1);
        var start = headline >= 0 ? Math.Min(headline, last) : first;
        if (start + (lines.Count - end) < MinDroppedLines)
        {
            return WholePage(lines, headline, last, out declinedHeadline);
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

    /// <summary>The line before a post's filing line or its writer's box (<see cref="PostFooter"/>) once the run holds an article's words.</summary>
    private static int BeforePostFooter(List<string> lines, int first, int last)
    {
        var words = 0;
        for (var i = first; i <= last; i++)
        {
            if (words >= MinPostWordsAboveFooter && PostFooter.StartsAt(lines, i) || words >= MinArticleWordsAboveComments && IsTagLine(lines[i]))
            {
                return i - 1;
            }
            words += Score(lines[i]) > 0 ? LayoutText.CountWords(lines[i]) : 0;
        }
        return last;
    }

    /// <summary>
    /// The post's tags ("Tags: ferries, harbour", "Related topics: Transport") under an article's worth of text: under them come
    /// the related posts, the sign-up box and the comments, never the post's text. The tags themselves are read past the cut.
    /// A bare header ("Tags") heads a menu's section as often, and a paper's index terms ("Keywords: ...", "Subjects: ...")
    /// close its abstract with the paper under them.
    /// </summary>
    private static bool IsTagLine(string line) =>
        TagLineParser.TryParseLabelled(line, out _) && !line.StartsWith("Keywords", StringComparison.OrdinalIgnoreCase)
        && !line.StartsWith("Subjects", StringComparison.OrdinalIgnoreCase);

    // Between two entries of a live blog: a share button, an "Updated at" line, the next stamp and its reporter's name.
    private const int MaxEntryGap = 6;

    /// <summary>
    /// The end of a live blog's last entry when the run stops at one of them: each entry is a stamp ("16.20 GMT") and a
    /// reporter's name over a paragraph or two, and the short lines between entries outweigh a short entry. The run must
    /// itself hold an entry's stamp or stand under one, so an article is not run on into a list of stamped links.
    /// </summary>
    private static int ThroughLiveEntries(List<string> lines, int first, int last)
    {
        var stamped = false;
        for (var i = Math.Max(0, first - MaxEntryGap); i <= last && !stamped; i++)
        {
            stamped = ChromeDetector.IsClockStamp(lines[i]);
        }
        while (stamped)
        {
            var k = last + 1;
            var stamp = false;
            while (k < lines.Count && k - last <= MaxEntryGap && Score(lines[k]) <= 0)
            {
                stamp |= ChromeDetector.IsClockStamp(lines[k]);
                k++;
            }
            if (!stamp || k >= lines.Count || k - last > MaxEntryGap)
            {
                break;
            }
            last = k;
            while (last + 1 < lines.Count && Score(lines[last + 1]) > 0)
            {
                last++;
            }
        }
        return last;
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
    private static (int Start, int End, int Headline) WholePage(List<string> lines, int headline, int last, out int declinedHeadline)
    {
        // A short page read whole still ends where a thread of comments under their buttons starts: a social post's comments.
        // Stamps alone do not cut it: a short live report's entries carry them too.
        var end = Math.Min(CommentSectionAfter(lines, last), CommentThread.ArticleEnd(lines, 0, lines.Count - 1, buttonRowsOnly: true) + 1);
        declinedHeadline = -1;
        if (!ChromeAboveHeadline(lines, headline, last))
        {
            declinedHeadline = headline;
            return (0, end, -1);
        }
        return headline < MaxHeadLines ? (0, end, headline) : (headline, end, 0);
    }

    /// <summary>
    /// Where a short page's comment section starts ("3 comments", "Leave a reply") when only short lines (share buttons, a
    /// list of related headlines) stand between the article and its header; else the page's end.
    /// </summary>
    private static int CommentSectionAfter(List<string> lines, int last)
    {
        for (var i = Math.Max(last + 1, 1); i < lines.Count; i++)
        {
            if (CommentThread.IsSectionHeader(lines[i]) || PostFooter.StartsAt(lines, i))
            {
                return i;
            }
            // A share bar ("Share to X Email This BlogThis!") ends in a mark but stands between a post and its comments, and so
            // can a short closing line ("The trial continues."): only a sentence that would count as article text stops the search.
            if (Score(lines[i]) > 0 && !ChromeDetector.IsChrome(lines[i]))
            {
                break;
            }
        }
        return lines.Count;
    }

    /// <summary>
    /// Whether a page read whole takes its headline from the model: only when no line above the pick reads as article prose
    /// (a site's name, a "Go to ..." link, a menu), the pick is no sentence of the text, and it is no deck under a headline.
    /// A clean document, whose first line is its headline, keeps the head reader's choice.
    /// </summary>
    private static bool ChromeAboveHeadline(List<string> lines, int headline, int last)
    {
        // A byline or a stamp under the pick makes it a headline, even a long one with a comma ("Storm closes port, strands
        // ferries" over "By Mara Quist - 3 days ago").
        var stampBelow = headline + 1 < lines.Count && headline > 0 && HeadlineFeatures.IsStamp(lines[headline + 1]);
        if (headline <= 0 || headline > last || LayoutText.CountWords(lines[headline]) < 3 || Score(lines[headline]) > 0 && !stampBelow && !IsTitleCased(lines[headline])
            || HeadlineLines.IsDeckUnderHeadline(lines, headline, headline + 1) || IsInTable(lines, headline))
        {
            return false;
        }
        // A photo's caption stands right above such a headline ("Jane Roe, left, ..." over "Storm closes port"): a sentence,
        // but not the article's.
        var captionAbove = stampBelow ? headline - 1 : -1;
        for (var i = 0; i < headline; i++)
        {
            // Rows of a table above the pick ("S. Campbell c Healy b Gillespie 31") are a scoreboard's body, not chrome; a
            // cookie banner or a copyright line is written in sentences but is the page's, not the article's.
            if (Score(lines[i]) > 0 && !ChromeDetector.IsChrome(lines[i]) && i != captionAbove && !IsAmongShortLines(lines, i)
                || IsInTable(lines, i) && !ChromeDetector.IsChrome(lines[i]))
            {
                return false;
            }
        }
        return true;
    }

    // A title capitalizes nearly every word of four letters or more; a sentence only its first and its names.
    private const double MinTitleCaseShare = 0.8;

    /// <summary>
    /// "Why Ferries Still Matter? (And Why the Harbour Needs Them)": a question or an aside makes such a line read as prose,
    /// but its capitals make it a title.
    /// </summary>
    private static bool IsTitleCased(string line)
    {
        int words = 0, capitalized = 0;
        foreach (var range in line.AsSpan().Split(' '))
        {
            var word = line.AsSpan(range).Trim("\"'“”‘’(");
            if (word.Length >= 4 && char.IsLetter(word[0]))
            {
                words++;
                capitalized += char.IsUpper(word[0]) ? 1 : 0;
            }
        }
        return words >= 4 && capitalized >= words * MinTitleCaseShare && !line.TrimEnd().EndsWith('.');
    }

    /// <summary>
    /// A sentence alone between short lines, well above the article: one more teaser of a list of links ("Read Article: NOTES:
    /// Rakim, Eagles and more..."), not the article's own prose.
    /// </summary>
    private static bool IsAmongShortLines(List<string> lines, int i) =>
        i > 0 && i + 1 < lines.Count && Score(lines[i - 1]) <= 0 && Score(lines[i + 1]) <= 0 && LayoutText.CountWords(lines[i]) <= MaxTeaserWords;

    // A teaser in a list of links is a line or two; a longer paragraph between two short lines is the article's.
    private const int MaxTeaserWords = 25;

    /// <summary>
    /// Where a table of results or standings right after the article's last sentence ends: it reads as no prose but is the
    /// story ("1. Jesper Ronnback (Sweden) 25.76"), with its block headings ("Men's 500 metres") a few lines above each block.
    /// </summary>
    private static int TableEnd(List<string> lines, int end)
    {
        const int MaxHeadingLines = 3;
        var k = end;
        while (k < lines.Count)
        {
            if (IsTableRow(lines[k]))
            {
                end = ++k;
                continue;
            }
            var next = k;
            while (next < lines.Count && next - k < MaxHeadingLines && !IsTableRow(lines[next]) && IsTableHeading(lines[next]))
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

    /// <summary>
    /// A table's heading ("Men's 800m"), or a sentence that introduces it ("Leading results from the meeting, with MR marking a
    /// meeting record:"): the story's own words about the figures under them.
    /// </summary>
    private static bool IsTableHeading(string line)
    {
        const int MaxHeadingWords = 8;
        const int MaxIntroductionWords = 30;
        var words = LayoutText.CountWords(line);
        return words <= MaxHeadingWords || line.EndsWith(':') && words <= MaxIntroductionWords;
    }

    /// <summary>
    /// A row of a table: a line of figures next to another. One such line alone is a headline or a menu that names versions
    /// ("DirectX 11.1 Exclusive To Windows 8", "Playstation 2 Playstation 3 PSP Xbox 360").
    /// </summary>
    private static bool IsInTable(List<string> lines, int i) =>
        IsTableRow(lines[i]) && (i > 0 && IsTableRow(lines[i - 1]) || i + 1 < lines.Count && IsTableRow(lines[i + 1]) || CountFigures(lines[i]) >= MinFiguresOfALoneRow);

    // "Arsenal 2 (Adams 45, Vieira 90) Derby 2": four figures make a row of results even where the next row is cut off; a
    // headline or a menu naming versions has fewer.
    private const int MinFiguresOfALoneRow = 4;

    private static int CountFigures(string line)
    {
        var count = 0;
        for (var k = 0; k < line.Length; k++)
        {
            if (char.IsAsciiDigit(line[k]) && (k == 0 || !char.IsAsciiDigit(line[k - 1]) && line[k - 1] != '.'))
            {
                count++;
            }
        }
        return count;
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
        var teasers = CutTeaserListItems(lines, Math.Min(end, lines.Count));
        for (var i = 0; i < Math.Min(end, lines.Count); i++)
        {
            if (run <= 0)
            {
                (run, runFirst) = (0, i);
            }
            var score = teasers[i] ? -ShortLinePenalty : RunScore(lines[i]);
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

    /// <summary>
    /// <see cref="Score"/>, but a clause of an unspaced script set off by pauses counts as a sentence that does not end: a
    /// blog written in Chinese or Thai may mark its pauses with spaces and commas and never close a line with a stop, and then
    /// no line of it read as prose and the run fell on the page's menus.
    /// </summary>
    private static double RunScore(string line)
    {
        var score = Score(line);
        return score < 0 && UnspacedClauses.IsPausedClause(line) ? Math.Min(LayoutText.CountWords(line), 80) * 0.5 : score;
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

    /// <summary>
    /// The lines that are items of a list of cut-off teasers: a cut teaser with another one at most three lines away. One
    /// alone is a writer's suspense ("If I had to pin it down to one thing, it would be…"), not a list.
    /// </summary>
    private static bool[] CutTeaserListItems(List<string> lines, int count)
    {
        const int Reach = 3;
        var teaser = new bool[count];
        for (var i = 0; i < count; i++)
        {
            teaser[i] = IsCutTeaser(lines[i]);
        }
        var items = new bool[count];
        for (var i = 0; i < count; i++)
        {
            for (var j = Math.Max(0, i - Reach); teaser[i] && j <= Math.Min(count - 1, i + Reach); j++)
            {
                items[i] |= j != i && teaser[j];
            }
        }
        return items;
    }

    /// <summary>
    /// A headline or blurb a list cut off mid-sentence ("... approved after residents complained about the..."): the ellipsis
    /// follows a word, where a writer's own trailing-off ends a finished clause. Such lines make up related and most-read lists.
    /// </summary>
    private static bool IsCutTeaser(string line)
    {
        // A paragraph that trails off is longer: a writer's list of what went unsaid runs past a teaser's two lines.
        const int MaxTeaserWords = 25;
        var trimmed = line.AsSpan().TrimEnd();
        var body = trimmed.EndsWith("...", StringComparison.Ordinal) ? trimmed[..^3] : trimmed.EndsWith('…') ? trimmed[..^1] : [];
        return body.Length > 0 && char.IsLetter(body[^1]) && LayoutText.CountWords(body) <= MaxTeaserWords;
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

    /// <summary>A line the run counts as article text: a sentence, not a title.</summary>
    internal static bool IsProse(string line) => Score(line) > 0;
}
