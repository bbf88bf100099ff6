using System.Text.RegularExpressions;
using NewsApi.Ingestion.Layout.Bylines;
using NewsApi.Ingestion.Layout.Classifier;
using NewsApi.Ingestion.Layout.Chrome;
using NewsApi.Ingestion.Layout.Dates;
using NewsApi.Ingestion.Layout.Images;

namespace NewsApi.Ingestion.Layout;

/// <summary>What makes a line of rendered text the article's headline, and what rules one out (stamps, bylines, trails, captions, labels).</summary>
internal static partial class HeadlineLines
{
    private const int MaxHeadlineWords = 30;

    // What trails and title bars join their parts with, standing alone between spaces.
    private static readonly System.Buffers.SearchValues<char> SeparatorCharacters = System.Buffers.SearchValues.Create("-–—|:;.*·•~=+#?»›<>/\\_");

    // How many lines of the article text a headline's words are looked for in.
    private const int ArticleReach = 30;

    /// <summary>The most headline-like candidate around the article's first line; -1 when there is none.</summary>
    internal static int Find(List<string> lines, int first, double[] bodyProbability)
    {
        var pick = Pick(lines, first, bodyProbability);
        return TitleUnderTrail(lines, pick, first) is var trailed and >= 0 ? trailed
            : pick >= 0 && TitlePrintedTwice(lines, pick, first) is var twice and >= 0 ? twice : pick;
    }

    private static int Pick(List<string> lines, int first, double[] bodyProbability)
    {
        int best = -1, unlisted = -1;
        double bestScore = double.NegativeInfinity, unlistedScore = double.NegativeInfinity;
        var scored = new List<(int Index, double Score)>();
        foreach (var candidate in HeadlineFeatures.Candidates(lines, first, bodyProbability))
        {
            // A numbered item is no headline, but it may be a related list's headline: left out here, not in IsNeverHeadline.
            // Under "By" alone stands the writer's name, which the model can take for a short headline.
            if (IsNeverHeadline(lines[candidate.Index]) || NumberedItem().IsMatch(lines[candidate.Index])
                || candidate.Index > 0 && IsBylineLabel(lines[candidate.Index - 1]))
            {
                continue;
            }
            var score = LineClassifier.HeadlineScore(candidate.Features);
            scored.Add((candidate.Index, score));
            if (score > bestScore)
            {
                (best, bestScore) = (candidate.Index, score);
            }
            if (score > unlistedScore && !IsMenuItem(lines, candidate.Index))
            {
                (unlisted, unlistedScore) = (candidate.Index, score);
            }
        }
        // A menu's item gives way to the best line above the text; one inside it is the text's own first line, not its title.
        best = best >= 0 && unlisted >= 0 && unlisted < first && IsMenuItem(lines, best) ? unlisted : best;
        best = best > 0 && IsFilingRow(lines[best]) ? TitleAboveFilingRow(lines, scored, best) : best;
        best = best > 1 && ContinuesByline(lines, best) ? TitleAboveByline(scored, best) : best;
        best = best >= 0 && ContentsStart(lines, best) is var contents and >= 0 ? BestAbove(scored, contents, best) : best;
        best = best > 0 && HighlightsHeaderAbove(lines, best) is var highlights and >= 0 ? TitleAboveBox(lines, scored, highlights, best) : best;
        best = best > 0 && ContentsHeaderAbove(lines, best) is var contentsHeader and >= 0 ? TitleAboveBox(lines, scored, contentsHeader, best) : best;
        best = best > 0 ? TitleAboveRelatedItem(lines, scored, best) : best;
        if (TitleOverCaptionCredit(lines, best) is var captioned and >= 0)
        {
            return captioned;
        }
        if (best > 1 && IsDeckUnderDatedTitle(lines, best, first))
        {
            return best - 1;
        }
        var pick = best > 0 && IsDeckUnderHeadline(lines, best, first) ? best - 1 : best;
        if (pick > 0 && SignedTitleOverStamp(lines, pick, first) is var signed and >= 0)
        {
            return signed;
        }
        if (pick > 0 && TitleOverToolBar(lines, pick) is var tooled and >= 0)
        {
            return tooled;
        }
        if (pick == best && PostTitleUnderTagline(lines, pick, first) is var posted and >= 0)
        {
            return posted;
        }
        if (pick == best && SignedTitleBelow(lines, pick, first) is var signedBelow and >= 0)
        {
            return signedBelow;
        }
        if (pick == best && PostTitleUnderDate(lines, pick, first) is var dated and >= 0)
        {
            return dated;
        }
        if (pick == best && TitleUnderBlurb(lines, pick, first) is var blurbed and >= 0)
        {
            return blurbed;
        }
        if (pick == best && PostTitleUnderSiteName(lines, scored, pick, first) is var underName and >= 0)
        {
            return underName;
        }
        if (pick != best)
        {
            return pick;
        }
        return best > 0 && !HasStampBeside(lines, best) && StampedTitleAbove(lines, best, first) is var stamped and >= 0 ? stamped : best;
    }

    /// <summary>
    /// Whether <paramref name="pick"/> is the deck under the real headline: the line above it is title-shaped (or a title after a
    /// short kicker), no longer, opens a run of such lines (a list of headlines above would make it one more item; a deck in
    /// sentence case under it says it is no list), and a third of its words, two at least, recur in the article (a headline plays
    /// on words the story does not repeat; over a deck in sentence case, one is enough).
    /// </summary>
    /// <remarks>
    /// The model sees the stamp or byline under the deck and prefers the line nearest to it. A post's stamp line or a blog's list of
    /// subjects above a title is no headline over it.
    /// </remarks>
    internal static bool IsDeckUnderHeadline(List<string> lines, int pick, int first)
    {
        var above = lines[pick - 1];
        // "Theme: Free harbour map for ferry riders" over its stamp: a title behind its kicker, which a deck never opens with.
        if (IsKickedTitle(lines[pick]) || !(IsTitleShaped(above) || IsKickedTitle(above)) || IsNeverHeadline(above) || LayoutText.CountWords(above) > LayoutText.CountWords(lines[pick])
            || pick >= 2 && IsTitleShaped(lines[pick - 2]) && !LooksLikeChromeTitle(lines[pick - 2]) && !IsSentenceDeck(lines[pick])
            || HasChromeMarks(above, menuRow: !IsSentenceDeck(lines[pick])) || OpensWithDate(above) || IsListOfTopics(above)
            || HasLongLabel(above) && !HasClauseAfterColon(above) && !IsSentenceDeck(lines[pick]))
        {
            return false;
        }
        var article = StoryTerms(lines, Math.Max(first, pick + 1));
        var terms = Terms(above);
        var shared = terms.Count(article.Contains);
        // Over a deck in sentence case, one shared term is enough: such a deck is no list's next item, and the headline over it
        // plays on words that only the deck explains. A menu row ("Home News Business Sports") shares a section's name by chance.
        return shared >= 2 && shared * 3 >= terms.Count || shared >= 1 && IsSentenceDeck(lines[pick]) && !ChromeDetector.IsMenuRow(above);
    }

    /// <summary>
    /// "Update: harbour board to close the old pier in spring", "Bay skipper: ferry captain held after crash": a label of one or two
    /// words, then a title-shaped clause. Alone it reads as a field and its value; above a deck, as a headline with its kicker.
    /// </summary>
    private static bool IsKickedTitle(string line)
    {
        var colon = line.IndexOf(':', StringComparison.Ordinal);
        return colon > 0 && LayoutText.CountWords(line.AsSpan(0, colon)) <= 2 && LayoutText.CountWords(line.AsSpan(colon + 1)) >= MinKickedHeadlineWords
            && IsTitleShaped(line[(colon + 1)..].Trim());
    }

    /// <summary>
    /// Title-shaped chrome: a trail or section line with separators ("Site » Security »", "International - India &amp; World"),
    /// a call to the reader ("Please support local business!"), a row of menu labels, a tool bar ("E-mail article Print view Share: Digg").
    /// </summary>
    private static bool LooksLikeChromeTitle(string line) => HasChromeMarks(line) || HasLongLabel(line);

    /// <summary>
    /// "How nine harbour problems shaped the town's new ferry pier, from the first survey to the opening": a deck of ten words
    /// or more in sentence case. Over it, a title in capitalized words without function words ("Making Bayport Pier") is the
    /// headline, not a row of menu labels, and a long kicker before its colon no tool bar's label; over a pick in title case, such
    /// a row stays a menu (a section over a list headline).
    /// </summary>
    private static bool IsSentenceDeck(string line)
    {
        int words = 0, capitalized = 0;
        foreach (var range in line.AsSpan().Split(' '))
        {
            var word = line.AsSpan(range).Trim("\"'“”‘’(");
            if (!word.IsEmpty && char.IsLetter(word[0]))
            {
                words++;
                capitalized += char.IsUpper(word[0]) ? 1 : 0;
            }
        }
        return words >= 10 && capitalized * 3 < words;
    }

    /// <summary>Separators, arrows, an exclamation, or (unless <paramref name="menuRow"/> is false) capitalized labels alone.</summary>
    private static bool HasChromeMarks(string line, bool menuRow = true) =>
        line.AsSpan().IndexOfAny("»›|/·>") >= 0 || HasSeparatorToken(line) || line.EndsWith('!') || menuRow && ChromeDetector.IsMenuRow(line);

    /// <summary>"E-mail article Print view Share: Digg": more than three words before a colon make a label, not a kicker.</summary>
    private static bool HasLongLabel(string line)
    {
        var colon = line.IndexOf(':', StringComparison.Ordinal);
        return colon > 0 && LayoutText.CountWords(line.AsSpan(0, colon)) > 3 && !IsQuotedKicker(line, colon);
    }

    /// <summary>
    /// "Harbour board vote, takeaways: ferries move to the north quay": after the colon a clause of four words or more, some
    /// in lower case, as a headline's second half is; a tool bar's labels and a stamp's clock ("4:36 pm") are not.
    /// </summary>
    private static bool HasClauseAfterColon(string line)
    {
        var colon = line.IndexOf(": ", StringComparison.Ordinal);
        if (colon <= 0 || ClockTime().IsMatch(line))
        {
            return false;
        }
        var rest = line.AsSpan(colon + 2);
        var lower = false;
        foreach (var range in rest.Split(' '))
        {
            lower |= rest[range].Length > 0 && char.IsLower(rest[range][0]);
        }
        return lower && LayoutText.CountWords(rest) >= MinKickedHeadlineWords;
    }

    /// <summary>"'Better the sea takes it than the bank': jury hears ...": a headline that opens with the words it reports.</summary>
    private static bool IsQuotedKicker(string line, int colon) =>
        line[0] is '\'' or '‘' or '"' or '“' && line[colon - 1] is '\'' or '’' or '"' or '”';

    /// <summary>"THE HARBOUR LEDGER REVIEW": a newspaper's name in capitals as the page's first line, its masthead.</summary>
    internal static bool IsMasthead(List<string> lines, int i)
    {
        const int MaxMastheadWords = 5;
        var line = lines[i];
        return i == 0 && lines.Count > 1 && LayoutText.CountWords(line) <= MaxMastheadWords && line.StartsWith("THE ", StringComparison.Ordinal)
            && !line.AsSpan().ContainsAnyInRange('a', 'z') && !line.AsSpan().ContainsAnyInRange('0', '9') && !line.Contains('-', StringComparison.Ordinal);
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
        return PublishedDateParser.TryParseDateLine(line, out _) || ChromeDetector.IsRelativeStamp(line) || IsStamp(line) || ChromeDetector.IsReadingTimeLabel(line)
            || BylineParser.TryParseByLine(line, out _) || IsLabelledName(line) || ImageCreditParser.TryParseCreditLine(line, out _)
            || IsNameWithOutlet(line) || IsArrowLink(line) || IsCaption(line) || IsDeskByline(line) || IsListItem(line) || IsGoToLink(line) || IsNeighbourPostLink(line)
            || ImageCreditParser.TryParseCaptionWithCredit(line, out _, out _) || IsStampedTeaser(line) || IsNameWithCredentials(line) || IsSearchPrompt(line);
    }

    /// <summary>"1. Check the tide tables", "2.1 1. Pick a crossing": an item of a numbered list or a table of contents; a
    /// listicle's headline puts its number in the sentence ("10 Best Ferry Rides"), without the full stop.</summary>
    [GeneratedRegex(@"^\s*(?:\d{1,2}\.\d{1,2}\s+)?\d{1,2}[.)]\s+\p{L}", RegexOptions.CultureInvariant)]
    private static partial Regex NumberedItem();

    /// <summary>"The Classy Way To Get Press For Your Startup (8 hours ago)": an item of a list of posts, stamped in brackets.</summary>
    private static bool IsStampedTeaser(string line)
    {
        var trimmed = line.AsSpan().Trim();
        var open = trimmed.LastIndexOf('(');
        return trimmed.Length > 2 && trimmed[^1] == ')' && open > 0 && ChromeDetector.IsRelativeStamp(trimmed[(open + 1)..^1].ToString());
    }

    /// <summary>
    /// "Go to Bay Wire News", "Back to Harbour Blog", "Return to Sport": a link to another page by its name (capitalized words
    /// only, five at most); "Back to school for harbour pupils" has words in lower case, as a headline's rest does.
    /// </summary>
    private static bool IsGoToLink(string line)
    {
        const int MaxNameWords = 5;
        var trimmed = line.AsSpan().Trim();
        var rest = trimmed.StartsWith("Go to ", StringComparison.Ordinal) ? trimmed[6..]
            : trimmed.StartsWith("Back to ", StringComparison.Ordinal) ? trimmed[8..]
            : trimmed.StartsWith("Return to ", StringComparison.Ordinal) ? trimmed[10..] : [];
        if (rest.IsEmpty || LayoutText.CountWords(rest) > MaxNameWords)
        {
            return false;
        }
        foreach (var range in rest.Split(' '))
        {
            var word = rest[range];
            if (!word.IsEmpty && !char.IsUpper(word[0]) && !char.IsDigit(word[0]))
            {
                return false;
            }
        }
        return true;
    }

    /// <summary>
    /// "| Join the mailing list", "- Wireless sync ...", "• More video": a bar or a list marker opens an item of a menu or a list;
    /// "Posted in: Sport | comments |", "Scores | Fixtures | Tables", "Riga · until 21 March · 3hrs": two bars or two spaced dots
    /// make a row of links or facts. A headline has one at most ("Ask Jane | Rates to rule markets this week").
    /// </summary>
    internal static bool IsListItem(string line)
    {
        var trimmed = line.AsSpan().Trim();
        return trimmed.Length > 2 && (trimmed[0] is '|' or '•' or '·' or '▪' || trimmed[0] is '-' or '–' or '—' && trimmed[1] == ' '
            || trimmed[^1] == '|' || trimmed.Count('|') >= 2 || trimmed.Count(" · ") >= 2 || trimmed.Count(" • ") >= 2);
    }

    /// <summary>
    /// "By Washington Post Editors", "By Staff Reporters": a byline that names a desk, which the byline reader leaves to people's names;
    /// or a name in capitals with a link after it ("By Jane Roe (Contact)").
    /// </summary>
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
            if (word[0] == '(' && word[^1] == ')')
            {
                // "By Jane Roe (Contact)": a link next to the name.
                desk |= range.End.Value + 3 >= line.Length;
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

    /// <summary>
    /// "How To's → Newsgathering → Visual Voice", "Home > Local News > Events": a trail of two steps or more; "Latest News →
    /// Harbour Desk": one step, when its arrow is a link's (a headline says "to" or puts "»" in a quote, not "→").
    /// </summary>
    private static bool IsBreadcrumb(ReadOnlySpan<char> line)
    {
        var steps = 0;
        var arrows = 0;
        foreach (var range in line.Split(' '))
        {
            steps += line[range] is "→" or ">" or "»" or "›" ? 1 : 0;
            arrows += line[range] is "→" ? 1 : 0;
        }
        return steps >= 2 || arrows >= 1;
    }

    /// <summary>A photo caption: it says where its subject stands in the picture ("Smith (left) with ...", "(pictured)", "ABOVE: Smith ...").</summary>
    private static bool IsCaption(string line) => CaptionPosition().IsMatch(line) || CaptionLabel().IsMatch(line);

    [GeneratedRegex(@"^\W*(?:above|below|left|right|pictured|inset|main picture)\s*:", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex CaptionLabel();

    [GeneratedRegex(@"\((?:left|right|centre|center|pictured|above|below|top|bottom|from left|second left|second right)\)", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex CaptionPosition();

    /// <summary>"Fri Dec 28, 7:05 AM ET", "Posted 10:58 am by Jane": a few words around a clock time.</summary>
    private static bool IsStamp(string line) => LayoutText.CountWords(line) <= 8 && ClockTime().IsMatch(line);

    [GeneratedRegex(@"\b[0-2]?\d:[0-5]\d\b", RegexOptions.CultureInvariant)]
    private static partial Regex ClockTime();

    /// <summary>
    /// "Jane Roe, The Province", "Mara Quist, file": a person's name (opening with a given name), a comma, then a short rest;
    /// not "Harbour Walks Explained, Part Two".
    /// </summary>
    private static bool IsNameWithOutlet(string line)
    {
        var comma = line.IndexOf(',', StringComparison.Ordinal);
        // "John Roe, 86: harbour's first pilot": a colon after the name's comma opens a headline's clause, not an outlet.
        if (comma <= 0 || line.IndexOf(',', comma + 1) >= 0 || LayoutText.CountWords(line.AsSpan(comma + 1)) > 4 || LayoutText.EndsSentence(line)
            || OpensWithPreposition(line) || line.IndexOf(':', comma) >= 0)
        {
            return false;
        }
        return BylineParser.TryParseNameLine(line[..comma].Trim(), out var author) && author.Name.Length >= comma - 1 && IsPersonName(line[..comma].Trim());
    }

    /// <summary>"For Harbour Pilots, a Long Wait": a headline's opening phrase, which no name starts with.</summary>
    private static bool OpensWithPreposition(string line)
    {
        var space = line.IndexOf(' ', StringComparison.Ordinal);
        return space > 0 && line.AsSpan(0, space) is "For" or "With" or "After" or "From" or "Into" or "About" or "Against" or "Without" or "In" or "On" or "At";
    }

    /// <summary>
    /// Whether <paramref name="minShared"/> of <paramref name="title"/>'s terms or more, and half of them, recur in
    /// <paramref name="story"/>: a page's own title is about what its article says, a sidebar's item or a label is not.
    /// </summary>
    private static bool HalfOfTermsRecur(string title, HashSet<string> story, int minShared)
    {
        var terms = Terms(title);
        var shared = terms.Count(story.Contains);
        return shared >= minShared && shared * 2 >= terms.Count;
    }

    /// <summary>The terms of the article's first lines from line <paramref name="from"/> on.</summary>
    private static HashSet<string> StoryTerms(List<string> lines, int from) => Terms(lines.Skip(from).Take(ArticleReach));

    /// <summary>Lower-cased words of four letters or more, and character pairs in scripts without spaces: the content terms of a line.</summary>
    internal static HashSet<string> Terms(string text) => Terms([text]);

    /// <summary>The content terms of several lines, as of the lines joined by spaces.</summary>
    /// <remarks>
    /// Runs on the article's first thirty lines for every parse: a word's string is made only the first time it is seen, through
    /// the set's span lookup, so a story that repeats its words does not allocate for each repetition.
    /// </remarks>
    internal static HashSet<string> Terms(IEnumerable<string> lines)
    {
        var terms = new HashSet<string>(StringComparer.Ordinal);
        var lookup = terms.GetAlternateLookup<ReadOnlySpan<char>>();
        var buffer = new char[256];
        foreach (var text in lines)
        {
            if (buffer.Length < text.Length)
            {
                buffer = new char[text.Length];
            }
            var start = -1;
            for (var i = 0; i <= text.Length; i++)
            {
                var c = i < text.Length ? text[i] : ' ';
                if (char.IsAsciiLetterOrDigit(c))
                {
                    // The common case, without the Unicode lookups below.
                    buffer[i] = char.IsAsciiLetterUpper(c) ? (char)(c + ('a' - 'A')) : c;
                    start = start < 0 ? i : start;
                    continue;
                }
                if (LayoutText.IsUnspacedScript(c) && i + 1 < text.Length && LayoutText.IsUnspacedScript(text[i + 1]))
                {
                    lookup.Add(text.AsSpan(i, 2));
                }
                if (char.IsLetterOrDigit(c) && !LayoutText.IsUnspacedScript(c))
                {
                    // Lower-cased a letter at a time: the span form goes through ICU for the whole line once it holds any
                    // character outside ASCII, a curly quote included.
                    buffer[i] = char.ToLowerInvariant(c);
                    start = start < 0 ? i : start;
                    continue;
                }
                if (start >= 0 && i - start >= 4)
                {
                    lookup.Add(buffer.AsSpan(start, i - start));
                }
                start = -1;
            }
        }
        return terms;
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
