using System.Text.RegularExpressions;
using NewsApi.Ingestion.Layout.Chrome;
using NewsApi.Ingestion.Layout.Dates;

namespace NewsApi.Ingestion.Layout;

/// <summary>Finds where a comment thread starts inside a run of prose: comments read as prose, but each carries a stamp.</summary>
/// <remarks>
/// An article has its date and byline once, above its text; a thread repeats a short stamped line (a name with a date or
/// a time, "3 hours ago") every few lines with the comments between them. Three such lines close together mark the thread.
/// </remarks>
internal static partial class CommentThread
{
    private const int MinMarks = 3;
    private const int MinActionMarks = 2;
    private const int MaxGap = 12;
    private const int MaxMarkWords = 20;
    private const int MaxSignatureWords = 5;

    // The article's own stamps stand in its first lines, and a thread follows some article text.
    private const int MinArticleWords = 50;

    // A thread's header ("12 comments", the first commenter's name) stands a few lines above its first stamp.
    private const int MaxHeaderReach = 8;
    private const int MaxHeaderWords = 6;

    /// <summary>The last line of the article in [first, last]: the line before the thread, or <paramref name="last"/> when there is none.</summary>
    /// <remarks>With <paramref name="buttonRowsOnly"/>, only comments' rows of buttons ("Like · Reply · 2d") mark the thread.</remarks>
    public static int ArticleEnd(List<string> lines, int first, int last, bool buttonRowsOnly = false)
    {
        var stamps = new List<int>();
        var buttonRows = new List<int>();
        var words = 0;
        var previousMark = -1;
        for (var i = first; i <= last; i++)
        {
            var lineWords = LayoutText.CountWords(lines[i]);
            if (words >= MinArticleWords)
            {
                if (!buttonRowsOnly && IsMark(lines[i], lineWords))
                {
                    // A comment's stamp often takes two lines ("Jane Roe says:" over "October 8, 2012 at 8:24 am"): one stamp,
                    // else the pair, with no comment between its halves, reads as two marks and breaks the chain. Only a
                    // commenter's line heads such a pair: a blog's "posted by ... |" over the next post's date is two posts.
                    if (previousMark != i - 1 || !IsCommenterLine(lines[i - 1]))
                    {
                        stamps.Add(i);
                    }
                    previousMark = i;
                }
                else if (IsActionLine(lines[i]))
                {
                    buttonRows.Add(i);
                }
            }
            words += lineWords;
        }
        // A comment's row of buttons is no article's line, so two of them make a thread where stamps take three. The two kinds
        // are chained apart: a thread that prints both puts a stamp over each comment and the buttons under it.
        var byStamps = ThreadMark(lines, stamps, MinMarks);
        var byButtons = ThreadMark(lines, buttonRows, MinActionMarks);
        var mark = byStamps < 0 ? byButtons : byButtons < 0 ? byStamps : Math.Min(byStamps, byButtons);
        return mark < 0 ? last : ThreadStart(lines, first, mark) - 1;
    }

    // A live blog's label stands over its headline and standfirst, or beside its first entries.
    private const int MaxLiveLabelReach = 12;

    /// <summary>
    /// A live blog says so in its head ("● LIVE", "Live updates", a headline ending "as it happened"): its stamped entries are
    /// the article even when each is headed by its own title rather than signed.
    /// </summary>
    internal static bool HasLiveLabel(List<string> lines, int first, int last)
    {
        for (var i = Math.Max(0, first - MaxLiveLabelReach); i <= Math.Min(last, first + MaxLiveLabelReach); i++)
        {
            if (lines[i].Length <= MaxLiveLabelLength && LiveLabel().IsMatch(lines[i]) || lines[i].EndsWith("as it happened", StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }
        return false;
    }

    private const int MaxLiveLabelLength = 24;

    // "Live" alone in mixed case is a menu's link to the site's live pages; the label is written in capitals or behind a dot.
    [GeneratedRegex(@"^\s*(?:(?:[●•○◉]|🔴)\s*(?i:live)|LIVE|(?i:live updates|live blog|live coverage|en direct|en vivo|ao vivo|in diretta|live-?ticker|na żywo|canlı))\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex LiveLabel();

    /// <summary>The first of <paramref name="needed"/> marks in a row, close together with a comment between each; else -1.</summary>
    private static int ThreadMark(List<string> lines, List<int> marks, int needed)
    {
        for (var m = 0; m + needed - 1 < marks.Count; m++)
        {
            var close = true;
            for (var k = m + 1; k < m + needed && close; k++)
            {
                close = marks[k] - marks[k - 1] <= MaxGap && HasProseBetween(lines, marks[k - 1], marks[k]);
            }
            if (close && !IsLiveBlog(lines, marks, m))
            {
                return marks[m];
            }
        }
        return -1;
    }

    /// <summary>
    /// A live blog's entries look like comments, each a stamp and a name over prose, but one or two reporters write them
    /// all; a thread's comments come from many readers. Entries signed by two names at most (or by a third as many names as
    /// entries) are the article.
    /// </summary>
    private static bool IsLiveBlog(List<string> lines, List<int> marks, int from)
    {
        var signatures = new List<string>();
        for (var k = from; k < marks.Count; k++)
        {
            var mark = marks[k];
            var name = mark + 1 < lines.Count && IsSignature(lines[mark + 1]) ? lines[mark + 1]
                : mark > 0 && IsSignature(lines[mark - 1]) ? lines[mark - 1]
                : null;
            if (name is not null)
            {
                signatures.Add(name.Trim());
            }
        }
        var distinct = signatures.Distinct(StringComparer.OrdinalIgnoreCase).Count();
        return signatures.Count >= MinMarks && distinct <= Math.Max(2, signatures.Count / 3);
    }

    /// <summary>A line that is a person's name alone: two to four capitalized words, no digits, no sentence.</summary>
    private static bool IsSignature(string line)
    {
        var words = LayoutText.CountWords(line);
        // "Reply ↓" and "Share" stand beside every comment's stamp too; they are no one's name.
        return words is >= 2 and <= 4 && !LayoutText.EndsSentence(line) && line.AsSpan().IndexOfAnyInRange('0', '9') < 0
            && !ChromeDetector.IsChrome(line)
            && line.Split(' ', StringSplitOptions.RemoveEmptyEntries).All(word => word.All(c => char.IsLetter(c) || c is '-' or '\'' or '\u2019' or '.')
                && (char.IsUpper(word[0]) || word.Length <= 3));
    }

    /// <summary>A comment between two stamps; stamps in a row are a dated list (related headlines, a timeline), not a thread.</summary>
    private static bool HasProseBetween(List<string> lines, int from, int to)
    {
        for (var i = from + 1; i < to; i++)
        {
            if (LayoutText.IsProse(lines[i]))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>The nearest short line above the first stamp (the thread's header or the first commenter's name), else the stamp itself.</summary>
    private static int ThreadStart(List<string> lines, int first, int mark)
    {
        for (var i = mark - 1; i > first && i >= mark - MaxHeaderReach; i--)
        {
            if (!LayoutText.IsProse(lines[i]) && LayoutText.CountWords(lines[i]) <= MaxHeaderWords)
            {
                return AboveThreadBar(lines, first, i);
            }
        }
        return AboveThreadBar(lines, first, mark);
    }

    /// <summary>
    /// A social post's thread opens under its counters and buttons ("412 · 57 comments · 23 reposts", "Like Comment Share",
    /// "Most relevant"): they belong to the thread, not to the post's text above them.
    /// </summary>
    private static int AboveThreadBar(List<string> lines, int first, int start)
    {
        var i = start;
        while (i - 1 > first && start - (i - 1) <= MaxHeaderReach && !LayoutText.IsProse(lines[i - 1])
            && (IsActionLine(lines[i - 1]) || IsEngagementCount(lines[i - 1]) || IsReactionCount(lines[i - 1]) || IsSortControl(lines[i - 1])))
        {
            i--;
        }
        return i;
    }

    /// <summary>
    /// A row of a comment's or a post's buttons, with its age and counts: "Like · Reply · 2d", "2d  Like  Reply  12",
    /// "Reply · Like (14)", "Like   Comment   Repost   Send". Every word is a button, a count or an age.
    /// </summary>
    internal static bool IsActionLine(string line)
    {
        // Every row holds "Like" or "Reply"; asking first spares the split for the article's own lines, which all pass here.
        if (line.Length > 80 || !line.Contains("like", StringComparison.OrdinalIgnoreCase) && !line.Contains("reply", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }
        var words = line.Split([' ', '\t', '·', '•', '|', '▾', '▲', '▼'], StringSplitOptions.RemoveEmptyEntries);
        if (words.Length is 0 or > 8)
        {
            return false;
        }
        var buttons = 0;
        foreach (var word in words)
        {
            if (ActionButtons.Contains(word))
            {
                buttons++;
            }
            else if (!CountOrAge().IsMatch(word))
            {
                return false;
            }
        }
        return buttons > 0 && Array.Exists(words, word => word.Equals("Reply", StringComparison.OrdinalIgnoreCase) || word.Equals("Like", StringComparison.OrdinalIgnoreCase));
    }

    private static readonly HashSet<string> ActionButtons = new(StringComparer.OrdinalIgnoreCase)
    {
        "Like", "Likes", "Reply", "Replies", "Comment", "Share", "Repost", "Send", "Report", "Love", "Translate", "Edited", "Upvote", "Downvote",
    };

    // "412", "(14)", "1.2K", "2d", "3h", "1w", "5 min": the counts and ages beside a thread's buttons.
    [GeneratedRegex(@"^\(?\d{1,4}(?:[.,]\d)?[KkMm]?\)?$|^\d{1,2}(?:s|m|h|d|w|mo|y|yr|hr|hrs|min|mins)$", RegexOptions.CultureInvariant)]
    private static partial Regex CountOrAge();

    /// <summary>"👍❤️ 1.2K · 184 comments · 311 shares": the post's counters over its thread.</summary>
    internal static bool IsEngagementCount(string line) =>
        line.Length <= 100 && !LayoutText.EndsSentence(line) && EngagementCount().IsMatch(line);

    [GeneratedRegex(@"\d[\d.,]*[KkMm]?\s+(?:comments?|shares?|reposts?|retweets?|reactions?)\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex EngagementCount();

    /// <summary>"👍❤️😮 1.2K": reaction symbols and their count, no word.</summary>
    private static bool IsReactionCount(string line)
    {
        var words = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words.Length is >= 2 and <= 6 && Array.TrueForAll(words, word => CountOrAge().IsMatch(word) || !word.Any(char.IsLetterOrDigit))
            && Array.Exists(words, word => CountOrAge().IsMatch(word)) && Array.Exists(words, word => !word.Any(char.IsLetterOrDigit));
    }

    // "Most relevant", "Newest first", "Top comments": the thread's sort control.
    private static bool IsSortControl(string line) => SortControl().IsMatch(line);

    [GeneratedRegex(@"^\W*(?:most relevant|newest(?: first)?|oldest(?: first)?|top comments|all comments|most recent|sort by \w+)\W*$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex SortControl();

    /// <summary>
    /// The header of a page's comment section: "12 Comments", "No comments yet", "Post a comment", "Add Comment", "Leave a reply",
    /// "Comments are closed.", "Comments are now closed for this story", "Join the discussion", "Login or register to post comments".
    /// What follows it is the thread, its form, or the sidebar and footer.
    /// </summary>
    public static bool IsSectionHeader(string line) =>
        line.Length <= 60 && LayoutText.CountWords(line) <= 8 && SectionHeader().IsMatch(line);

    /// <summary>A header that counts the comments ("14 Comments", "Comments (3)").</summary>
    public static bool IsCount(string line) => line.AsSpan().IndexOfAnyInRange('0', '9') >= 0;

    [GeneratedRegex(
        @"^\W*(?:(?:\d+|no|one|two|three)\s+(?:comments?|responses?|replies)(?:\s+(?:yet|so far))?|comments|reader comments|post a comment|add (?:a |your )?comment|(?:log ?in|sign ?in|register)(?: or (?:register|sign ?up|log ?in))? to (?:post|leave|add|write) (?:a )?(?:comments?|reply|replies)|leave a (?:comment|reply)|write a comment|comments (?:are )?(?:now )?closed(?: for this (?:story|article|post|entry))?|(?:join|start) the (?:discussion|conversation)|trackbacks?)\W*(?:\(\d+\))?\W*$",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex SectionHeader();

    private static bool IsMark(string line, int words)
    {
        // A video's teaser ("Rosenstein exit could put Trump in a firestorm  18 Hours Ago | 01:44") carries a stamp and its
        // running time; an embedded post's signature ("A post shared by Jane (@jane) on Jun 19, 2018", "— Jane (@jane) May 11,
        // 2018") a stamp and the account's handle. Both stand inside articles; a comment's stamp names no handle.
        // A clock alone on its line ("4:09AM", "16.20 GMT") heads a live blog's entry; a comment's stamp names its day or its writer.
        if (words > MaxMarkWords || line.Length > 160 || LayoutText.EndsSentence(line) || RunningTime().IsMatch(line) || SocialHandle().IsMatch(line)
            || ChromeDetector.IsClockStamp(line))
        {
            return false;
        }
        return ChromeDetector.IsRelativeStamp(line) || ClockTime().IsMatch(line) || PublishedDateParser.TryParse(line, out _) && !IsBracketedDate(line)
            || IsCommenterLink(line, words) || words <= MaxSignatureWords && CommenterSignature().IsMatch(line);
    }

    /// <summary>
    /// "Ada Quill, chief executive of Harbourline (speaking to investors on March 4, 2025)", "Ferries and the Town (May 2, 2007)":
    /// a date inside brackets at the line's end cites when a quotation was said or a piece appeared. A thread prints its
    /// stamp in the open, where the brackets hold a score, a user number or a permalink ("(Score:4)", "(40121)", "(#5512)").
    /// </summary>
    private static bool IsBracketedDate(string line)
    {
        var trimmed = line.TrimEnd();
        var open = trimmed.LastIndexOf('(');
        return trimmed.EndsWith(')') && open > 0
            && PublishedDateParser.TryParse(trimmed[(open + 1)..^1], out _) && !PublishedDateParser.TryParse(trimmed[..open], out _);
    }

    /// <summary>
    /// "http://example.org Jane Roe": a commenter's name as a link to their site, which threads print in place of a stamp;
    /// an article quotes an address inside a sentence. A lone "@handle" is no such mark: embedded posts print them too.
    /// </summary>
    internal static bool IsCommenterLink(string line, int words)
    {
        var trimmed = line.AsSpan().Trim();
        return words <= 4 && (trimmed.StartsWith("http://", StringComparison.OrdinalIgnoreCase) || trimmed.StartsWith("https://", StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>"Jane Roe says:" or a commenter's link: the line that names a comment's writer over its date.</summary>
    private static bool IsCommenterLine(string line)
    {
        var words = LayoutText.CountWords(line);
        return words <= MaxSignatureWords && CommenterSignature().IsMatch(line) || IsCommenterLink(line, words);
    }

    // "Jane Roe said,", "financialYu says:", "Kalle wrote:": a thread's line over each comment; an article's sentences do not
    // break after their verb of saying.
    [GeneratedRegex(@"^[^.!?,:;]{1,40}\s(?:said|says|wrote|writes|commented|replied)\s?[,:]$", RegexOptions.CultureInvariant)]
    private static partial Regex CommenterSignature();

    // "@08:25PM": threads print the clock with its half of the day joined on, which a word boundary after the minutes misses.
    [GeneratedRegex(@"\b[0-2]?\d:[0-5]\d(?:[AaPp][Mm])?\b", RegexOptions.CultureInvariant)]
    private static partial Regex ClockTime();

    [GeneratedRegex(@"\|\s*(?:\d+:)?[0-5]?\d:[0-5]\d\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex RunningTime();

    [GeneratedRegex(@"\(@\w{1,30}\)", RegexOptions.CultureInvariant)]
    private static partial Regex SocialHandle();
}
