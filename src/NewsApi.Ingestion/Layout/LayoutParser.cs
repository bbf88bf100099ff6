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
public static class LayoutParser
{
    // A head longer than this is not a head: the page has no prose, and its lines are treated as body.
    private const int MaxHeadLines = 25;
    private const int MinFallbackBodyWords = 3;
    private const int MinHeadlineWords = 4;
    private const int MinStandfirstWords = 5;
    private const int MaxRelatedHeadlineWords = 25;

    // Captions are a sentence or two; a longer line above a credit is article text.
    private const int MaxCaptionLength = 350;

    public static DocumentLayout Parse(string normalizedText)
    {
        ArgumentNullException.ThrowIfNull(normalizedText);
        var lines = SplitLines(normalizedText);
        // A whole rendered page is read from its headline to the end of its article text; menus and threads around it are not.
        var (regionStart, regionEnd) = MainTextRegion.Find(lines);
        var page = regionStart > 0 || regionEnd < lines.Count ? ReadZones(lines.GetRange(regionStart, regionEnd - regionStart)) : null;
        if (page is null || page.Body.Count == 0)
        {
            page = ReadZones(lines);
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
        }
        return page.Build();
    }

    private static PageBuilder ReadZones(List<string> lines)
    {
        var page = new PageBuilder();
        var headEnd = ReadHead(lines, page);
        var tailStart = FindTailStart(lines, headEnd);
        ReadBody(lines, headEnd, tailStart, page);
        ReadTail(lines, tailStart, page);
        return page;
    }

    private static List<string> SplitLines(string text)
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

    private static int ReadHead(List<string> lines, PageBuilder page)
    {
        var limit = Math.Min(lines.Count, MaxHeadLines);
        string? sectionCandidate = null;
        var sectionCandidateIndex = -1;
        var headlineIsTentative = false;
        var headListsRelated = false;
        var i = 0;
        for (; i < limit; i++)
        {
            var line = lines[i];
            if (PublishedDateParser.TryParseDateLine(line, out var date))
            {
                page.AddDate(date, inHead: true);
                continue;
            }
            if (ChromeDetector.TryParseNavigation(line, out var navigation))
            {
                // Above a menu or breadcrumb stands the site's name, not the article's headline.
                if (page.Standfirst is null && page.Byline.Count == 0 && !page.HasDate)
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

            if (page.Headline is null)
            {
                // A question can be a headline; prose below a headline cannot be part of the head.
                if (LayoutText.IsProse(line) && !IsQuestionHeadline(line, words))
                {
                    break;
                }
                if (words >= MinHeadlineWords || line.Length >= 25)
                {
                    page.Headline = line;
                    headlineIsTentative = ChromeDetector.IsMenuRow(line);
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
            if (LayoutText.IsProse(line))
            {
                // A punctuated standfirst is told from the lead by what follows it: the byline or the date.
                if (page.Standfirst is null && page.Byline.Count == 0 && words <= 40 && i + 1 < lines.Count && IsBylineOrDate(lines[i + 1]))
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
            else if (page.Byline.Count == 0 && page.Standfirst is null && words <= 8 && BylineParser.TryParseNameLine(line, out var author))
            {
                page.Byline.Add(author);
            }
            else if (page.Byline.Count == 0 && page.Standfirst is not null && words <= 8 && BylineParser.TryParseNameLine(line, out author))
            {
                page.Byline.Add(author);
            }
            else if (page.Standfirst is null && words >= MinStandfirstWords && page.Byline.Count == 0)
            {
                page.Standfirst = line;
            }
        }
        return i >= MaxHeadLines && lines.Count > MaxHeadLines && page.Headline is null ? 0 : i;
    }

    private static bool IsBylineOrDate(string line) =>
        BylineParser.TryParseByLine(line, out _) || PublishedDateParser.TryParseDateLine(line, out _)
        || BylineParser.TryParseNameListLine(line, out _) || (LayoutText.CountWords(line) <= 8 && BylineParser.TryParseNameLine(line, out _));

    /// <summary>"CHISINAU (Sputnik) -" on a line of its own: the body starts here.</summary>
    private static bool IsDatelineAlone(string line) =>
        line.Length <= 80 && line[^1] is '-' or '–' or '—'
        && DatelineParser.TryParse(line + " .", out var dateline) && dateline.Length >= line.Length;

    private static bool IsQuestionHeadline(string line, int words) => line.EndsWith('?') && words <= 20;

    /// <summary>Lines with one meaning wherever they stand: chrome, dates, bylines, credits lines, photo captions.</summary>
    private static bool TryTakeAnywhere(List<string> lines, ref int i, PageBuilder page, bool inHead)
    {
        var line = lines[i];
        if (TryTakeImage(lines, ref i, page))
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
            return true;
        }
        if (ChromeDetector.IsChrome(line))
        {
            return true;
        }
        if (BylineParser.TryParseByLine(line, out var authors))
        {
            page.AddAuthors(authors);
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
            return true;
        }
        return false;
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
            && !ImageCreditParser.TryParseCreditLine(line, out _) && !ChromeDetector.IsChrome(line))
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

    /// <summary>Back from the end over lines that are not prose, or are prose-shaped chrome and credits lines.</summary>
    private static int FindTailStart(List<string> lines, int headEnd)
    {
        var j = lines.Count;
        while (j > headEnd)
        {
            var line = lines[j - 1];
            var isTail = !LayoutText.IsProse(line)
                || ChromeDetector.IsChrome(line)
                || ContributorLineParser.TryParse(line, out _)
                || ImageCreditParser.TryParseCaptionWithCredit(line, out _, out _)
                || (j < lines.Count && ImageCreditParser.TryParseCreditLine(lines[j], out _) && !ChromeDetector.IsCopyrightLine(lines[j]))
                || (LayoutText.IsQuestionTitle(line) && j >= 2 && IsListNeighbour(lines[j - 2]));
            if (!isTail && !(j < lines.Count && IsBetweenChrome(lines, j - 1)))
            {
                break;
            }
            j--;
        }
        return j;
    }

    /// <summary>A line that can stand above a related headline: another headline, a question title or a list header.</summary>
    private static bool IsListNeighbour(string line) =>
        !LayoutText.IsProse(line) || LayoutText.IsQuestionTitle(line) || ChromeDetector.IsRelatedHeader(line);

    /// <summary>A short sentence to the reader with chrome on both sides, such as a newsletter pitch, belongs to the widget around it.</summary>
    private static bool IsBetweenChrome(List<string> lines, int i) =>
        i > 0 && i + 1 < lines.Count && LayoutText.CountWords(lines[i]) <= 20 && LayoutText.AddressesTheReader(lines[i])
        && ChromeDetector.IsChrome(lines[i - 1]) && ChromeDetector.IsChrome(lines[i + 1]);

    /// <summary>"1. Headline", "• Headline": list numbering and bullets are not part of a related headline.</summary>
    private static string StripListMarker(string line)
    {
        var i = 0;
        while (i < line.Length && i < 4 && char.IsAsciiDigit(line[i]))
        {
            i++;
        }
        if (i > 0 && i + 1 < line.Length && line[i] is '.' or ')' && line[i + 1] == ' ')
        {
            return line[(i + 2)..];
        }
        if (line.Length > 2 && line[0] is '•' or '-' or '–' or '*' or '·' && line[1] == ' ')
        {
            return line[2..];
        }
        return line;
    }

    private static void ReadBody(List<string> lines, int start, int end, PageBuilder page)
    {
        var listMode = ListMode.None;
        for (var i = start; i < end; i++)
        {
            var line = lines[i];
            if (TryTakeAnywhere(lines, ref i, page, inHead: false))
            {
                continue;
            }
            if (TryTakeHeaderOrList(line, ref listMode, page, requireHeader: true))
            {
                continue;
            }
            page.Body.Add(line);
        }
    }

    private static void ReadTail(List<string> lines, int start, PageBuilder page)
    {
        var listMode = ListMode.None;
        for (var i = start; i < lines.Count; i++)
        {
            var line = lines[i];
            if (listMode == ListMode.Tags && TagLineParser.TryParseUnderHeader(line, out var headedTags))
            {
                page.Tags.AddRange(headedTags);
                continue;
            }
            if (TryTakeImage(lines, ref i, page) || TryTakeHeaderOrList(line, ref listMode, page, requireHeader: false))
            {
                continue;
            }
            if (TryTakeAnywhere(lines, ref i, page, inHead: false))
            {
                continue;
            }
            if (LayoutText.IsQuestionTitle(line))
            {
                page.Related.Add(StripListMarker(line));
            }
            else if (LayoutText.IsProse(line))
            {
                if (!IsBetweenChrome(lines, i))
                {
                    page.Body.Add(line);
                }
            }
            else if (LayoutText.CountWords(line) is >= 3 and <= MaxRelatedHeadlineWords)
            {
                page.Related.Add(StripListMarker(line));
            }
        }
    }

    /// <summary>"Read more:" / "Topics" headers, the lists under them, and tag lines.</summary>
    private static bool TryTakeHeaderOrList(string line, ref ListMode mode, PageBuilder page, bool requireHeader)
    {
        if (ChromeDetector.IsRelatedHeader(line))
        {
            mode = ListMode.Related;
            return true;
        }
        if (ChromeDetector.IsTagHeader(line))
        {
            mode = ListMode.Tags;
            return true;
        }
        if (TagLineParser.TryParseLabelled(line, out var tags))
        {
            page.Tags.AddRange(tags);
            return true;
        }
        if (TryTakeInlineRelated(line, page))
        {
            return true;
        }
        if (mode == ListMode.Related && LayoutText.IsQuestionTitle(line))
        {
            page.Related.Add(StripListMarker(line));
            return true;
        }
        if (LayoutText.IsProse(line))
        {
            mode = ListMode.None;
            return false;
        }
        if (mode != ListMode.None && ChromeDetector.IsChrome(line))
        {
            mode = ListMode.None;
            return true;
        }
        if (mode == ListMode.Tags && TagLineParser.TryParseUnderHeader(line, out var headedTags))
        {
            page.Tags.AddRange(headedTags);
            return true;
        }
        if (mode == ListMode.Related && LayoutText.CountWords(line) is >= 2 and <= MaxRelatedHeadlineWords)
        {
            page.Related.Add(StripListMarker(line));
            return true;
        }
        if (!requireHeader && TagLineParser.TryParseCommaLine(line, out tags))
        {
            page.Tags.AddRange(tags);
            return true;
        }
        return false;
    }

    /// <summary>"Read more: Other article's headline" on one line.</summary>
    private static bool TryTakeInlineRelated(string line, PageBuilder page)
    {
        var colon = line.IndexOf(':');
        if (colon is <= 0 or > 30 || colon + 2 >= line.Length)
        {
            return false;
        }
        if (!ChromeDetector.IsRelatedHeader(line[..colon]))
        {
            return false;
        }
        var headline = line[(colon + 1)..].Trim();
        if (LayoutText.CountWords(headline) is < 2 or > MaxRelatedHeadlineWords)
        {
            return false;
        }
        page.Related.Add(headline);
        return true;
    }

    private enum ListMode
    {
        None,
        Related,
        Tags,
    }

    /// <summary>What the zones have found so far; <see cref="Build"/> settles headline, lead and dateline.</summary>
    private sealed class PageBuilder
    {
        private PageDate? headDate;
        private PageDate? headUpdate;
        private PageDate? bodyDate;

        public bool HasDate => headDate is not null || headUpdate is not null;

        public string? Headline { get; set; }
        public string? Section { get; set; }
        public string? Standfirst { get; set; }
        public List<BylineAuthor> Byline { get; } = [];
        public List<ContributorDraft> Contributors { get; } = [];
        public List<string> Body { get; } = [];
        public List<ImageDraft> Images { get; } = [];
        public List<string> Related { get; } = [];
        public List<string> Tags { get; } = [];

        public void AddDate(PageDate date, bool inHead)
        {
            if (!inHead)
            {
                bodyDate ??= date;
            }
            else if (date.IsUpdate)
            {
                headUpdate ??= date;
            }
            else
            {
                headDate ??= date;
            }
        }

        public void AddAuthors(IReadOnlyList<BylineAuthor> authors)
        {
            foreach (var author in authors)
            {
                if (!Byline.Exists(a => string.Equals(a.Name, author.Name, StringComparison.OrdinalIgnoreCase)))
                {
                    Byline.Add(author);
                }
            }
        }

        public DocumentLayout Build()
        {
            string? datelineCity = null;
            string? datelinePlace = null;
            string? source = null;
            if (Body.Count > 0 && DatelineParser.TryParse(Body[0], out var dateline))
            {
                datelineCity = dateline.City.Length > 0 ? dateline.City : null;
                datelinePlace = datelineCity is null ? null : dateline.Place;
                source = dateline.Agency;
                Body[0] = Body[0][dateline.Length..].TrimStart();
            }
            else if (Body.Count > 1 && Body[0].Length <= 80 && DatelineParser.TryParse(Body[0] + " " + Body[1], out dateline) && dateline.Length >= Body[0].Length)
            {
                // "CHISINAU (Sputnik) -" alone on the line above the lead.
                datelineCity = dateline.City.Length > 0 ? dateline.City : null;
                datelinePlace = datelineCity is null ? null : dateline.Place;
                source = dateline.Agency;
                Body.RemoveAt(0);
            }

            var headlineDerived = Headline is null;
            var headline = Headline
                ?? (Body.Count > 0 ? HeadlineDeriver.Derive(Body[0]) : Standfirst is not null ? HeadlineDeriver.Derive(Standfirst) : "");

            var date = headDate ?? headUpdate ?? bodyDate;
            return new DocumentLayout
            {
                Headline = headline,
                HeadlineDerived = headlineDerived,
                Standfirst = Standfirst,
                Section = Section,
                PublishedAt = date?.Instant,
                PublishedDateOnly = date?.DateOnly ?? false,
                Source = source,
                Dateline = datelineCity,
                DatelinePlace = datelinePlace,
                Byline = Byline,
                Contributors = DistinctContributors(),
                Body = Body,
                Images = Images,
                Related = Related.Distinct(StringComparer.Ordinal).ToArray(),
                Tags = Tags.Distinct(StringComparer.OrdinalIgnoreCase).ToArray(),
            };
        }

        /// <summary>Once each, and not those already credited as byline authors.</summary>
        private List<ContributorDraft> DistinctContributors()
        {
            var result = new List<ContributorDraft>(Contributors.Count);
            foreach (var contributor in Contributors)
            {
                var isAuthor = Byline.Exists(a => string.Equals(a.Name, contributor.Name, StringComparison.OrdinalIgnoreCase));
                var isRepeat = result.Exists(c => string.Equals(c.Name, contributor.Name, StringComparison.OrdinalIgnoreCase) && c.Role == contributor.Role);
                if (!isAuthor && !isRepeat)
                {
                    result.Add(contributor);
                }
            }
            return result;
        }
    }
}
