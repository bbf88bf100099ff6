using System.Text.RegularExpressions;
using NewsApi.Ingestion.Layout.Bylines;
using NewsApi.Ingestion.Layout.Chrome;
using NewsApi.Ingestion.Layout.Dates;
using NewsApi.Ingestion.Layout.Images;

namespace NewsApi.Ingestion.Layout;

/// <summary>Finds headline, dates, dateline, byline, body, images, related headlines and tags in normalized text.</summary>
/// <remarks>
/// A scraped page is read as three zones of lines: the head (labels, headline, standfirst, byline, dates) up to the
/// first line of prose; the tail (captions, credits, related headlines, tags, footers) back from the end to the last
/// line of prose; and the body between them. Each line is classified once, so the cost is linear in the text.
/// </remarks>
public static partial class LayoutParser
{
    // A head longer than this is not a head: the page has no prose, and its lines are treated as body.
    private const int MaxHeadLines = 25;
    private const int MinFallbackBodyWords = 3;
    private const int MinShortLineBodyWords = 2;
    private const int MinHeadlineWords = 4;
    private const int MinStandfirstWords = 5;

    // A standfirst is a sentence or two; a feature's runs to three, told from a page's one paragraph by the lead under its
    // byline. A longer paragraph over the byline is the story's own text.
    private const int MaxShortStandfirstWords = 40;
    private const int MaxStandfirstWords = 80;
    private const int MaxBylineBlockLines = 4;

    // A lead sentence is longer than a headline; past this a full stop says "prose" whatever follows it.
    private const int MaxPunctuatedHeadlineWords = 20;
    private const int MaxRelatedHeadlineWords = 25;
    private const int MaxDateLinesAboveRegion = 6;
    private const int MaxDateLinesBelowRegion = 3;
    private const int MaxListLinesAfterRegion = 40;

    // Captions are a sentence or two; a longer line above a credit is article text.
    private const int MaxCaptionLength = 350;

    public static DocumentLayout Parse(string normalizedText)
    {
        ArgumentNullException.ThrowIfNull(normalizedText);
        PublishedDateParser.ForgetAnswers();
        ImageCreditParser.ForgetAnswers();
        var lines = DrawnBoxes.Without(SplitLines(normalizedText));
        // A whole rendered page is read from its headline to the end of its article text; menus and threads around it are not.
        var (regionStart, regionEnd, headline) = MainTextRegion.Find(lines, out var declinedHeadline);
        var isCut = regionStart > 0 || regionEnd < lines.Count;
        var page = isCut ? ReadZones(lines.GetRange(regionStart, regionEnd - regionStart), headline) : null;
        if (page is null || page.Body.Count == 0)
        {
            page = ReadZones(lines, isCut ? -1 : headline);
        }
        else if (!page.HasDate)
        {
            // Blogs print the date above the title ("Tuesday, 30 October 2012" over the heading); the cut starts at the title.
            for (var i = regionStart - 1; i >= Math.Max(0, regionStart - MaxDateLinesAboveRegion); i--)
            {
                if (PublishedDateParser.TryParseDateLine(lines[i], out var date))
                {
                    page.AddDate(date, inHead: true);
                    break;
                }
            }
            // Or under the post ("Posted on July 31, 2012 at 9:39 pm", "This entry was posted on ..."), just past the cut's end.
            for (var i = regionEnd; !page.HasDate && !page.HasBodyDate && i < Math.Min(lines.Count, regionEnd + MaxDateLinesBelowRegion); i++)
            {
                if (PublishedDateParser.TryParseDateLine(lines[i], out var date) || PostFooter.IsFilingLine(lines[i]) && PublishedDateParser.TryParse(lines[i], out date))
                {
                    page.AddDate(date, inHead: false);
                }
            }
        }
        if (isCut && page.Body.Count > 0)
        {
            ReadListsAfterRegion(lines, regionEnd, page);
        }
        // A short page with a slogan or a notice in sentences above its title is read whole, and the head reader then takes that
        // sentence for the headline or finds none: the model's pick, when it is no sentence either, is the better title.
        if (declinedHeadline >= 0 && (page.Headline is null || IsNoTitle(page.Headline)) && !IsNoTitle(lines[declinedHeadline]))
        {
            page.Headline = lines[declinedHeadline];
        }
        if (page.Body.Count == 0 && lines.Count > 0)
        {
            // A page that has text has a body: with no prose at all, its longest line other than the headline is the best
            // guess. Labels are not text ("Share", "Tweet", "Cookies"): a page of nothing but chrome and single words has none.
            var longest = lines.Where(line => line != page.Headline && !ChromeDetector.IsChrome(line) && LayoutText.CountWords(line) >= MinFallbackBodyWords)
                .MaxBy(line => LayoutText.CountWords(line));
            if (longest is not null)
            {
                page.Body.Add(longest);
            }
            else
            {
                // Short lines are all there is ("Quay closed"), or one line the page also shows as its title ("Ferry crossings
                // have not changed much, ..."): they are still its text. Single words stay labels while such lines stand by them.
                page.Body.AddRange(lines.Where(line => line != page.Headline && IsText(line) && LayoutText.CountWords(line) >= MinShortLineBodyWords));
                if (page.Body.Count == 0 && page.Headline is { } only && IsText(only) && LayoutText.CountWords(only) >= MinFallbackBodyWords)
                {
                    page.Body.Add(only);
                }
                if (page.Body.Count == 0 && !lines.Exists(ChromeDetector.IsChrome))
                {
                    // Single words are all there is ("abc" over "def"): with no other line and no chrome around them they are
                    // no menu's labels but the page's text. Beside "Share" or "Tweet", "Cookies" is one more label.
                    page.Body.AddRange(lines.Where(IsText));
                }
            }
        }
        return page.Build();
    }

    private static bool IsText(string line) => line.Any(char.IsLetterOrDigit) && !ChromeDetector.IsChrome(line);

    /// <summary>
    /// The related list and tags under the article, which the cut leaves out with the comments and the footer after them: only
    /// under a header ("Read next", "Tags:"), so that the footer's rows of links stay out.
    /// </summary>
    private static void ReadListsAfterRegion(List<string> lines, int regionEnd, PageBuilder page)
    {
        var mode = ListMode.None;
        for (var i = regionEnd; i < lines.Count && i < regionEnd + MaxListLinesAfterRegion; i++)
        {
            if (mode == ListMode.Related && !IsListedHeadline(lines[i]))
            {
                // The comments, a newsletter box or the footer follow the list without a header of their own.
                mode = ListMode.None;
                continue;
            }
            TryTakeHeaderOrList(lines[i], ref mode, page, requireHeader: true);
        }
    }

    /// <summary>
    /// A line of a list of other stories: headline-shaped, and neither a comment count ("Comments (3)"), a commenter's
    /// stamp, a label, a row of links nor a call to sign up ("Get the Morning Brief", "Download the app").
    /// </summary>
    private static bool IsListedHeadline(string line) =>
        LayoutText.CountWords(line) is >= 3 and <= MaxRelatedHeadlineWords && !ChromeDetector.IsChrome(line) && !HeadlineLines.IsNeverHeadline(line)
        && !CommentCountMention().IsMatch(line) && !CallToAction().IsMatch(line) && !ChromeDetector.IsRelatedHeader(line);

    [GeneratedRegex(@"\bcomments?\s*\(\d+\)|\(\d+\s+comments?\)|^\d+\s+comments?\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex CommentCountMention();

    [GeneratedRegex(@"^(?:Get|Download|Join|Become|Sign|Subscribe|Follow|Support|Install|Send)\s+(?:the|our|a|an|up|us|now|in)\b|^Your email\b", RegexOptions.CultureInvariant)]
    private static partial Regex CallToAction();

    private static PageBuilder ReadZones(List<string> lines, int headline)
    {
        var page = new PageBuilder();
        var headEnd = ReadHead(lines, page, headline);
        var tailStart = FindTailStart(lines, headEnd);
        ReadBody(lines, headEnd, tailStart, page);
        ReadTail(lines, tailStart, page);
        return page;
    }

    internal static List<string> SplitLines(string text)
    {
        var lines = new List<string>(text.Length / 80 + 4);
        foreach (var range in text.AsSpan().Split('\n'))
        {
            var line = text.AsSpan(range).Trim();
            if (!line.IsEmpty)
            {
                lines.Add(line.Length == range.End.Value - range.Start.Value ? text[range] : line.ToString());
            }
        }
        return lines;
    }

    /// <param name="headline">The headline's line as the page model chose it among the chrome around it (taken as it is, and no
    /// line above it is a headline); -1 to choose here.</param>
    private static int ReadHead(List<string> lines, PageBuilder page, int headline)
    {
        var limit = Math.Min(lines.Count, MaxHeadLines);
        string? sectionCandidate = null;
        var sectionCandidateIndex = -1;
        var headlineIsTentative = false;
        var headListsRelated = false;
        var nameLineAt = -1;
        var bareNameAt = -1;
        var i = 0;
        for (; i < limit; i++)
        {
            var line = lines[i];
            if (i == headline && lines.Count > 1)
            {
                page.Headline = line;
                page.Section = sectionCandidate is not null && sectionCandidateIndex == i - 1 ? sectionCandidate : null;
                continue;
            }
            if (TrySplitWireDateline(line, out var wireDateline, out var stampOrCredit))
            {
                // "AMMAN/BEIRUT — 28 November 2026 — By Ana Roe": the dateline opens the row of the stamp and the credit.
                page.DateLinePrefix ??= wireDateline;
                lines[i] = line = stampOrCredit;
            }
            if (PublishedDateParser.TryParseDateLine(line, out var date))
            {
                page.AddDate(date, inHead: true);
                if (page.Byline.Count == 0 && page.Headline is not null && BylineParser.TryParseNameBeforeBar(line, out var stampedAuthor))
                {
                    page.Byline.Add(stampedAuthor);
                }
                else if (line.AsSpan().IndexOfAny(CreditRowBars) >= 0)
                {
                    // "Published: 25.11.2026 · Author: Ana Roe · Photos: Bo Kim": the stamp shares a row of labelled credits.
                    TryTakeCreditRow(line, page);
                }
                var prefix = CapitalizedPrefix(line);
                page.DateLinePrefix ??= prefix;
                if (page.Headline is not null && IsWireDatelinePlace(prefix))
                {
                    // A wire dateline on a line of its own ("MELBOURNE 1996-12-06") opens the story: what follows is body.
                    i++;
                    break;
                }
                continue;
            }
            if (page.Byline.Count == 0 && (page.Headline is not null || i > headline && headline >= 0)
                && (line.Contains(" | ", StringComparison.Ordinal) && !BylineParser.TryParseByLine(line, out _)
                    && (BylineParser.TryParseNameLine(line, out var barredAuthor) && barredAuthor.Title is not null || BylineParser.TryParseNameBeforeBar(line, out barredAuthor))
                    || BylineParser.TryParseNameBeforeSlash(line, out barredAuthor)))
            {
                // "Mara Quist | Reporter", "Mara Quist | Oslo", "Mara Quist / Delta Post" under the headline: a name and a job
                // title, a town or the outlet, which a breadcrumb's bar or slash would otherwise claim.
                page.Byline.Add(barredAuthor);
                continue;
            }
            if (ChromeDetector.TryParseNavigation(line, out var navigation))
            {
                // Above a menu or breadcrumb stands the site's name, not the article's headline.
                if (page.Standfirst is null && page.Byline.Count == 0 && !page.HasDate && headline < 0)
                {
                    (page.Headline, page.Section) = (null, null);
                }
                // A short breadcrumb ends in the article's section: "World | Europe".
                (sectionCandidate, sectionCandidateIndex) = navigation.Length <= 3 ? (navigation[^1], i) : (null, -1);
                continue;
            }
            if (ChromeDetector.IsRelatedHeader(line))
            {
                headListsRelated = true;
                continue;
            }
            if (TryTakeAnywhere(lines, ref i, page, inHead: true))
            {
                continue;
            }
            if (IsDatelineAlone(line))
            {
                break;
            }
            var words = LayoutText.CountWords(line);
            if (headListsRelated && !LayoutText.IsProse(line) && words is >= 2 and <= MaxRelatedHeadlineWords)
            {
                page.Related.Add(StripListMarker(line));
                continue;
            }

            if (i < headline)
            {
                // Chrome above the chosen headline: a section label next to it is kept, nothing here is the headline.
                if (ChromeDetector.IsMenuLabel(line))
                {
                    (sectionCandidate, sectionCandidateIndex) = (line, i);
                }
                continue;
            }
            if ((page.Headline is null || headlineIsTentative && page.Standfirst is null && page.Byline.Count == 0 && !page.HasDate)
                && HeadlineLines.IsListItem(line))
            {
                // "Film · TV · Music · Stage": a row of links, a stamp or a credit above the headline is chrome.
                continue;
            }
            if (page.Headline is null)
            {
                // A question can be a headline; prose below a headline cannot be part of the head.
                if (LayoutText.IsProse(line) && !IsQuestionHeadline(line, words) && !IsPunctuatedHeadline(lines, i, words))
                {
                    break;
                }
                if (words >= MinHeadlineWords || line.Length >= 25)
                {
                    page.Headline = WithoutFullStop(line);
                    // A masthead in capitals opens many pages; the headline under it replaces it.
                    headlineIsTentative = ChromeDetector.IsMenuRow(line) || HeadlineLines.IsMasthead(lines, i);
                    if (sectionCandidate is not null && sectionCandidateIndex == i - 1)
                    {
                        page.Section = sectionCandidate;
                    }
                }
                else if (ChromeDetector.IsMenuLabel(line))
                {
                    (sectionCandidate, sectionCandidateIndex) = (line, i);
                }
                else if (words >= 2 && char.IsUpper(line[0]))
                {
                    // A short headline in sentence case ("Markets rally again"), unless a fuller one follows it.
                    page.Headline = line;
                    headlineIsTentative = true;
                }
                continue;
            }

            // A menu row or a short label looks like a headline until the real headline follows it.
            if (headlineIsTentative && page.Standfirst is null && page.Byline.Count == 0 && !page.HasDate
                && (words >= MinHeadlineWords || line.Length >= 25) && (!LayoutText.IsProse(line) || IsQuestionHeadline(line, words)))
            {
                (page.Headline, page.Section, headlineIsTentative) = (line, null, false);
                continue;
            }
            if (page.Headline is not null && LayoutText.IsDataLine(line))
            {
                // A table of results or standings under the headline is the article, however few sentences stand above it.
                break;
            }
            if (LayoutText.IsProse(line) || LayoutText.IntroducesWhatFollows(line))
            {
                // A punctuated standfirst is told from the lead by what follows it: the byline or the date.
                if (page.Standfirst is null && page.Byline.Count == 0 && i + 1 < lines.Count && IsBylineOrDate(lines[i + 1])
                    && (words <= MaxShortStandfirstWords || words <= MaxStandfirstWords && LeadFollowsByline(lines, i + 1)))
                {
                    page.Standfirst = line;
                    continue;
                }
                break;
            }
            if (page.Byline.Count == 0 && BylineParser.TryParseNameListLine(line, out var authors))
            {
                page.AddAuthors(authors);
            }
            else if (page.Byline.Count == 0 && words <= 8 && BylineParser.TryParseNameLine(line, out var author))
            {
                page.Byline.Add(author);
                page.BylineIsBareName = author.Title is null;
                nameLineAt = author.Title is null ? -1 : i;
                bareNameAt = author.Title is null ? i : -1;
            }
            else if (bareNameAt == i - 1 && words <= 5 && BylineParser.TryParseNameLine(line, out author) && author.Title is null
                && (i + 1 < lines.Count && (BylineParser.IsWritersLabel(lines[i + 1]) || PublishedDateParser.TryParseDateLine(lines[i + 1], out _))
                    || line.Contains(", ", StringComparison.Ordinal) && lines[i - 1].Contains(", ", StringComparison.Ordinal)))
            {
                // "Jane Roe" over "John Doe" over "Journalists": writers stacked a name a line, the label or the stamp closing them, or
                // each with its outlet after a comma ("Ann Roe, LVRT.lt" over "Bo Kim, BNS").
                page.Byline.Add(author);
                bareNameAt = i;
            }
            else if (nameLineAt == i - 1 && words <= 8 && BylineParser.TryParseNameLine(line, out author) && author.Title is not null)
            {
                // "Jane Roe Senior reporter" over "John Doe Markets reporter": writers with their jobs, each on a line of their own.
                page.Byline.Add(author);
                nameLineAt = i;
            }
            else if (page.Standfirst is null && words >= MinStandfirstWords && page.Byline.Count == 0)
            {
                page.Standfirst = line;
            }
        }
        return i >= MaxHeadLines && lines.Count > MaxHeadLines && page.Headline is null ? 0 : i;
    }

    /// <summary>Lines with one meaning wherever they stand: chrome, dates, bylines, credits lines, photo captions.</summary>
    private static bool TryTakeAnywhere(List<string> lines, ref int i, PageBuilder page, bool inHead)
    {
        var line = lines[i];
        if (TryTakeCreditRow(line, page) || TryTakeImage(lines, ref i, page))
        {
            return true;
        }
        if (ChromeDetector.IsRelativeStamp(line))
        {
            return true;
        }
        if (PublishedDateParser.TryParseDateLine(line, out var date))
        {
            page.AddDate(date, inHead);
            page.DateLinePrefix ??= CapitalizedPrefix(line);
            return true;
        }
        if (ChromeDetector.IsChrome(line))
        {
            return true;
        }
        if (BylineParser.TryParseByLine(line, out var authors))
        {
            if (page.BylineIsBareName)
            {
                // "QNews Tropical North" over "By Jessamy Reid": the name line was the desk; the "By" line names the writers.
                page.Byline.Clear();
                page.BylineIsBareName = false;
            }
            page.AddAuthors(authors);
            page.CreditPlaces.AddRange(ContributorLineParser.PlacesFiledFrom(line));
            AddCreditsBesideByline(line, page);
            // "By Jane Roe | March 9, 2023": the stamp can share the byline's line.
            if (PublishedDateParser.TryParse(line, out var bylineDate))
            {
                page.AddDate(bylineDate, inHead);
            }
            return true;
        }
        if (ContributorLineParser.TryParse(line, out var contributors))
        {
            page.Contributors.AddRange(contributors);
            page.CreditPlaces.AddRange(ContributorLineParser.PlacesFiledFrom(line));
            return true;
        }
        return false;
    }

    /// <summary>"Text by Ana Roe · Photos by Luis Roe": a credit for the pictures can share the byline's line after a bar.</summary>
    private static void AddCreditsBesideByline(string line, PageBuilder page)
    {
        if (line.AsSpan().IndexOfAny(CreditRowBars) < 0)
        {
            return;
        }
        foreach (var segment in line.Split(CreditRowBarChars, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Skip(1))
        {
            if (ContributorLineParser.TryParse(segment, out var credited) || ContributorLineParser.TryParseLabelled(segment, out credited))
            {
                page.Contributors.AddRange(credited);
            }
        }
    }

    private static bool TryTakeImage(List<string> lines, ref int i, PageBuilder page)
    {
        var line = lines[i];
        if (ImageCreditParser.TryParseLabelledPair(lines, ref i, out var labelled))
        {
            page.Images.Add(labelled);
            return true;
        }
        if (i + 1 < lines.Count && line.Length <= MaxCaptionLength && !ChromeDetector.IsCopyrightLine(lines[i + 1])
            && ImageCreditParser.TryParseCreditLine(lines[i + 1], out var credit)
            && !ImageCreditParser.TryParseCreditLine(line, out _) && !ChromeDetector.IsChrome(line)
            // "By Ana Roe" over "Photo: Bo Kim": the writer's line and the pictures' credit, not a caption and its credit.
            && !BylineParser.TryParseByLine(line, out _) && !IsCreditRow(lines[i + 1]))
        {
            page.Images.Add(new ImageDraft(line, credit));
            i++;
            return true;
        }
        if (ImageCreditParser.TryParseCaptionWithCredit(line, out var caption, out credit))
        {
            page.Images.Add(new ImageDraft(caption, credit));
            return true;
        }
        // A credit with no caption above it still is not article text.
        return !ChromeDetector.IsCopyrightLine(line) && ImageCreditParser.TryParseCreditLine(line, out _);
    }

    /// <summary>A sentence of the text, or a line that says what it is (a stamp, a byline, a credit).</summary>
    private static bool IsNoTitle(string line) => MainTextRegion.IsProse(line) || HeadlineLines.IsNeverHeadline(line);
}
