using System.Globalization;
using System.Text.RegularExpressions;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using NewsApi.Ingestion.Layout;
using NewsApi.Ingestion.Layout.Bylines;
using NewsApi.Ingestion.Layout.Chrome;
using NewsApi.Ingestion.Layout.Dates;
using NewsApi.Ingestion.Layout.Images;
using NewsApi.Ingestion.Normalization;

namespace NewsApi.Ingestion.Html;

/// <summary>An HTML page read into the same layout the text path produces, plus what only HTML carries.</summary>
internal sealed record HtmlArticle(DocumentLayout Layout, string? CanonicalUrl);

/// <summary>Reads an article out of an HTML page: the page's own metadata first, then the main content of its DOM.</summary>
internal static partial class HtmlArticleReader
{
    // Below this the class-hint pass has probably cut the article itself (a "post-share" wrapper around everything).
    private const int MinHintedBodyChars = 250;
    private const int MinUnhintedFallbackChars = 40;
    private const int MinArticleBodyChars = 200;
    private const int MaxShortBodyChars = 1000;
    private const double WideFactor = 3;

    private static readonly HtmlParserOptions ParserOptions = new()
    {
        IsScripting = false,
        IsNotConsumingCharacterReferences = false,
        IsKeepingSourceReferences = false,
    };

    public static HtmlArticle Read(string html)
    {
        var (page, metadata, root) = OpenPage(html);
        using var document = page;

        var (blocks, images, content, titleHeading) = FindContent(root, metadata);

        var baseUrl = PageImageReader.BaseUrl(document, metadata.CanonicalUrl);
        var headline = ChooseHeadline(metadata, blocks, content, titleHeading);
        var paragraphs = new List<string>();
        var byline = new List<BylineAuthor>();
        PageDate? textDate = null;
        foreach (var block in BlockClassifier.Revise(blocks, content))
        {
            var text = TextNormalizer.Normalize(block.Text).Trim();
            if (text.Length == 0 || (headline is not null && string.Equals(text, headline, StringComparison.OrdinalIgnoreCase)))
            {
                continue;
            }
            if (ChromeDetector.IsAffiliateDisclosure(text))
            {
                continue;
            }
            if (block.Chars < 200)
            {
                if (BylineParser.TryParseByLine(text, out var authors))
                {
                    byline.AddRange(authors);
                    continue;
                }
                if (PublishedDateParser.TryParseDateLine(text, out var date))
                {
                    textDate ??= date;
                    continue;
                }
                if (ChromeDetector.IsRelativeStamp(text) || ChromeDetector.IsChrome(text))
                {
                    continue;
                }
            }
            paragraphs.Add(text);
        }
        paragraphs = DropRepeatedCopies(GuideByArticleBody(paragraphs, metadata.ArticleBody));

        string? datelineCity = null;
        string? datelinePlace = null;
        string? source = null;
        if (paragraphs.Count > 0 && DatelineParser.TryParse(paragraphs[0], out var dateline))
        {
            datelineCity = dateline.City.Length > 0 ? dateline.City : null;
            datelinePlace = datelineCity is null ? null : dateline.Place;
            source = dateline.Agency;
            paragraphs[0] = paragraphs[0][dateline.Length..].TrimStart();
            if (paragraphs[0].Length == 0)
            {
                paragraphs.RemoveAt(0);
            }
        }

        if (metadata.Authors.Count > 0)
        {
            byline = metadata.Authors.Select(name => new BylineAuthor(name, null)).ToList();
        }
        var published = ParseStamp(metadata.PublishedRaw) ?? DateNearArticleStart(blocks, content, titleHeading) ?? textDate
            ?? ParseStamp(metadata.ModifiedRaw);
        var standfirst = metadata.Description is { } description && !IsRepeatOfLead(description, paragraphs) ? description : null;

        // A headline made only of characters the normalizer drops (controls, invisible ones) is none: it gave drafts an
        // empty headline (found by AFL).
        if (headline is not null && TextNormalizer.Normalize(headline).Trim().Length == 0)
        {
            headline = null;
        }
        if (headline is null && paragraphs.Count == 0)
        {
            throw new NoArticleException();
        }
        var headlineDerived = headline is null;
        headline ??= DeriveHeadline(paragraphs);

        var layout = new DocumentLayout
        {
            Headline = TextNormalizer.Normalize(headline),
            HeadlineDerived = headlineDerived,
            Standfirst = standfirst is null ? null : TextNormalizer.Normalize(standfirst),
            Section = metadata.Section,
            PublishedAt = published?.Instant,
            PublishedDateOnly = published?.DateOnly ?? false,
            Source = source,
            Dateline = datelineCity,
            DatelinePlace = datelinePlace,
            Byline = byline.Select(author => author.WithoutHonorific()).DistinctBy(a => a.Name, StringComparer.OrdinalIgnoreCase).ToArray(),
            Body = paragraphs,
            Images = PageImageReader.Read(images, content, metadata, baseUrl),
            Related = ReadRelatedHeadlines(blocks),
            Tags = metadata.Keywords.Select(TextNormalizer.Normalize).ToArray(),
        };
        return new HtmlArticle(layout, PageImageReader.Resolve(baseUrl, metadata.CanonicalUrl));
    }

    /// <summary>A headline from the lead; where the lead has no words to make one of ("... ¿¿"), its first characters; else no article.</summary>
    private static string DeriveHeadline(List<string> paragraphs)
    {
        var derived = HeadlineDeriver.Derive(paragraphs[0]).Trim();
        if (derived.Length > 0)
        {
            return derived;
        }
        var lead = paragraphs[0].Trim(' ', '.', '…', '-', '—', '–', '*', '•');
        if (lead.Length == 0)
        {
            throw new NoArticleException();
        }
        return lead.Length <= MaxFallbackHeadlineChars ? lead : lead[..MaxFallbackHeadlineChars].TrimEnd() + "…";
    }

    private const int MaxFallbackHeadlineChars = 80;

    /// <summary>Headlines of other articles the page lists under a "Related" or "More from" header, or in a "Read more:" line.</summary>
    private static List<string> ReadRelatedHeadlines(IReadOnlyList<TextBlock> blocks)
    {
        var related = new List<string>();
        var listing = false;
        var misses = 0;
        foreach (var block in blocks)
        {
            var text = PageMetadataReader.Clean(block.Text);
            if (text is null)
            {
                continue;
            }
            var colon = text.IndexOf(':', StringComparison.Ordinal);
            if (colon is > 0 and <= 30 && block.LinkDensity >= 0.6 && ChromeDetector.IsRelatedHeader(text[..colon]) && IsHeadlineLength(text[(colon + 1)..]))
            {
                related.Add(text[(colon + 1)..].Trim());
                continue;
            }
            if (text.Length <= 60 && (ChromeDetector.IsRelatedHeader(text) || (text.StartsWith("More from ", StringComparison.OrdinalIgnoreCase) && LayoutText.CountWords(text) <= 6)))
            {
                (listing, misses) = (true, 0);
                continue;
            }
            if (!listing)
            {
                continue;
            }
            if (block.LinkDensity >= 0.8 && IsHeadlineLength(text))
            {
                related.Add(text);
                misses = 0;
            }
            else if (++misses > 2)
            {
                listing = false;
            }
        }
        return related.Distinct(StringComparer.Ordinal).Take(MaxRelatedHeadlines).ToList();
    }

    private const int MaxRelatedHeadlines = 30;

    private static bool IsHeadlineLength(string text) => LayoutText.CountWords(text) is >= 3 and <= 25;

    /// <summary>The article's blocks, read with class-name hints first; without them, or with hidden elements, only when that finds little.</summary>
    private static (List<TextBlock> Blocks, List<PageImage> Images, MainContent Content, int? TitleHeading) FindContent(IElement root, PageMetadata metadata)
    {
        // The headline heading is found once per segmentation and handed on: container choice, headline and date all use it.
        (List<TextBlock>, List<PageImage>, MainContent, int?)? best = null;
        var bestChars = -1;
        foreach (var includeHidden in new[] { false, true })
        {
            var (blocks, images) = PageSegmenter.Segment(root, includeHidden);
            var anchor = FindTitleHeading(blocks, metadata);
            // Without class hints comes late: it lets sidebars compete with a short post. Comment threads compete last, only
            // where nothing else holds text: a forum's posts are its content.
            foreach (var (useClassHints, relaxed, threadsAreContent) in new[] { (true, false, false), (true, true, false), (false, false, false), (false, false, true) })
            {
                if ((!useClassHints && bestChars >= MinUnhintedFallbackChars) || (threadsAreContent && bestChars > 0))
                {
                    continue;
                }
                PageSegmenter.MarkChrome(blocks, images, useClassHints, anchor, threadsAreContent);
                var content = MainContentFinder.Find(blocks, relaxed, anchor);
                var chars = content.Blocks.Sum(b => b.Chars);
                if (chars > bestChars)
                {
                    // The image list is copied because marking again replaces its entries; the kept blocks were chosen already.
                    best = (blocks, images.ToList(), content, anchor);
                    bestChars = chars;
                }
                if (best is { } found && bestChars >= MinHintedBodyChars)
                {
                    // One paragraph atop a page of lines (a profile over its list of works, a note over a schedule): where the
                    // lines around it, read as text, hold several times as much in an element that takes in the paragraph,
                    // they are the page's content. A short article's captions and bylines come nowhere near that.
                    if (!relaxed && useClassHints && bestChars < MaxShortBodyChars && found.Item3.Container is { } strictContainer)
                    {
                        var wide = MainContentFinder.Find(blocks, relaxed: true, anchor);
                        if (wide.Container is { } wideContainer && wideContainer.Contains(strictContainer) && wide.Blocks.Sum(b => b.Chars) >= bestChars * WideFactor)
                        {
                            return (blocks, images.ToList(), wide, anchor);
                        }
                    }
                    return found;
                }
            }
        }
        return best!.Value;
    }

    /// <summary>The page's DOM, built as a browser builds it, with the repairs the parser needs.</summary>
    /// <exception cref="NoArticleException">The parser cannot build the page at all.</exception>
    private static IHtmlDocument ParseDocument(string html)
    {
        try
        {
            return new HtmlParser(ParserOptions).ParseDocument(NestingLimiter.Limit(SelectRepair.Repair(RepairUnclosedTitle(html))));
        }
        catch (NullReferenceException)
        {
            // AngleSharp's tree builder throws on some selects nested in tables (found by the fuzzer); such a page is no
            // article we can read, and a caller must get a typed error, not a crash.
            throw new NoArticleException();
        }
    }

    /// <summary>A <c>&lt;title&gt;</c> never closed swallows the whole page as its text; it is closed at its first tag.</summary>
    /// <remarks>Browsers show such a page blank, but scrapers that cut or re-encode pages produce it, and the article is all there.</remarks>
    internal static string RepairUnclosedTitle(string html)
    {
        var open = html.IndexOf("<title", StringComparison.OrdinalIgnoreCase);
        if (open < 0)
        {
            return html;
        }
        var textStart = html.IndexOf('>', open);
        if (textStart < 0)
        {
            return html;
        }
        var close = TitleEndTag(html, textStart);
        var nextTag = html.IndexOf('<', textStart);
        if (nextTag < 0 || (close >= 0 && close <= nextTag) || close >= 0 && close - textStart < 2000)
        {
            return html;
        }
        return string.Concat(html.AsSpan(0, nextTag), "</title>", html.AsSpan(nextTag));
    }

    /// <summary>Where the title's end tag starts, or -1.</summary>
    /// <remarks>"&lt;/titlevalue=...&gt;" (a template's slip) ends no title in a browser: the name must end at a space, "/" or "&gt;".</remarks>
    private static int TitleEndTag(string html, int from)
    {
        for (var close = html.IndexOf("</title", from, StringComparison.OrdinalIgnoreCase); close >= 0;
             close = html.IndexOf("</title", close + 1, StringComparison.OrdinalIgnoreCase))
        {
            var after = close + "</title".Length;
            if (after == html.Length || html[after] is '>' or '/' or ' ' or '\t' or '\n' or '\r' or '\f')
            {
                return close;
            }
        }
        return -1;
    }

    /// <summary>A stamp printed under the headline or just above the article: "Friday, January 18, 2008", "Published 10:15 GMT 3 March 2024".</summary>
    /// <remarks>The nearest stamp wins: dates further away belong to other stories (sidebars, galleries, archives).</remarks>
    private static PageDate? DateNearArticleStart(IReadOnlyList<TextBlock> blocks, MainContent content, int? titleHeading)
    {
        static bool TryStamp(TextBlock block, out PageDate date)
        {
            date = default;
            return block.Chars <= MaxStampBlockChars && block.LinkDensity < 0.9 && PublishedDateParser.TryParse(block.Text, out date);
        }

        PageDate? update = null;
        if (titleHeading is { } heading)
        {
            for (var i = heading + 1; i < Math.Min(blocks.Count, heading + StampSearchBlocks); i++)
            {
                if (TryStamp(blocks[i], out var date))
                {
                    if (!date.IsUpdate)
                    {
                        return date;
                    }
                    update ??= date;
                }
            }
        }
        // A kept subheading may read as prose (a deck's sentence); a stamp under it still stands above the first paragraph.
        var firstProse = content.Blocks.FirstOrDefault(block => block.Kind != BlockKind.Heading && MainContentFinder.IsProseLike(block))?.Index ?? content.FirstBlock;
        for (var i = Math.Min(firstProse, blocks.Count - 1); i >= Math.Max(0, firstProse - StampSearchBlocks); i--)
        {
            if (TryStamp(blocks[i], out var date))
            {
                if (!date.IsUpdate)
                {
                    return date;
                }
                update ??= date;
            }
        }
        return update;
    }

    private const int MaxStampBlockChars = 120;
    private const int StampSearchBlocks = 20;

    /// <summary>Where the publisher's JSON-LD gives the article text, paragraphs it does not contain are dropped; where the DOM missed it, it is used.</summary>
    private static List<string> GuideByArticleBody(List<string> paragraphs, string? articleBody)
    {
        if (articleBody is null)
        {
            return paragraphs;
        }
        var bodyText = PageMetadataReader.Clean(articleBody.Contains('<', StringComparison.Ordinal) ? StripTags(articleBody) : articleBody);
        if (bodyText is null || bodyText.Length < MinArticleBodyChars)
        {
            return paragraphs;
        }
        var bodyShingles = Shingles.Of(bodyText);
        var domShingles = Shingles.Of(string.Join('\n', paragraphs));
        var covered = Shingles.Overlap(bodyShingles, domShingles);
        if (covered >= 0.6)
        {
            var domChars = paragraphs.Sum(p => p.Length);
            // A JSON-LD body cut short ("…", no closing full stop) and much shorter than the page's is a teaser: the page's text stands.
            if ((bodyText.Length < domChars * 0.6 && LooksTruncated(bodyText)) || bodyText.Length < domChars * 0.25)
            {
                return paragraphs;
            }
            return paragraphs.Where(p => Shingles.Of(p) is var shingles && (Shingles.Overlap(shingles, bodyShingles) >= 0.5
                || (shingles.Count == 0 && bodyText.Contains(p, StringComparison.OrdinalIgnoreCase)))).ToList();
        }
        if (paragraphs.Sum(p => p.Length) < bodyText.Length * 0.6)
        {
            return SplitArticleBody(articleBody);
        }
        return paragraphs;
    }

    /// <summary>Where two or more long paragraphs come twice, the later copies go.</summary>
    /// <remarks>
    /// Site builders print an article once per screen size and let style sheets show one ("hidden-tablet"), and some pages
    /// repeat their lead in a summary box: a reader sees each paragraph once. One repeated paragraph alone can be the
    /// writer's own (a refrain, a pull quote's source), so it takes two.
    /// </remarks>
    private static List<string> DropRepeatedCopies(List<string> paragraphs)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var repeated = new HashSet<string>(StringComparer.Ordinal);
        foreach (var paragraph in paragraphs)
        {
            if (paragraph.Length >= MinRepeatedParagraphChars && !seen.Add(paragraph))
            {
                repeated.Add(paragraph);
            }
        }
        if (repeated.Count < MinRepeatedParagraphs)
        {
            return paragraphs;
        }
        seen.Clear();
        return paragraphs.Where(p => p.Length < MinRepeatedParagraphChars || seen.Add(p)).ToList();
    }

    private const int MinRepeatedParagraphChars = 40;
    private const int MinRepeatedParagraphs = 2;

    private static bool LooksTruncated(string text)
    {
        var end = text.TrimEnd();
        return end.EndsWith("...", StringComparison.Ordinal) || end.EndsWith('…') || end[^1] is not ('.' or '!' or '?' or '"' or '”' or '’' or ')' or '。');
    }

    private static List<string> SplitArticleBody(string articleBody)
    {
        var text = articleBody.Contains('<', StringComparison.Ordinal) ? StripTags(articleBody) : articleBody;
        return text.Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
            .Select(p => TextNormalizer.Normalize(PageMetadataReader.Clean(p) ?? "").Trim())
            .Where(p => p.Length > 0)
            .ToList();
    }

    private static string StripTags(string html)
    {
        var parser = new HtmlParser(ParserOptions);
        using var fragment = parser.ParseDocument("<body>" + html.Replace("</p>", "</p>\n", StringComparison.OrdinalIgnoreCase) + "</body>");
        // TextContent takes in the text of scripts and style sheets too; an articleBody holding one (often unclosed, so
        // that it runs to the end) put code into the body (found by the HTML property tests).
        foreach (var hidden in fragment.QuerySelectorAll("script, style, noscript, template").ToArray())
        {
            hidden.Remove();
        }
        return fragment.Body?.TextContent ?? "";
    }

    private static bool IsRepeatOfLead(string description, List<string> paragraphs)
    {
        if (paragraphs.Count == 0)
        {
            return false;
        }
        var probe = description.TrimEnd('.', '…', ' ');
        if (probe.Length > 60)
        {
            probe = probe[..60];
        }
        return paragraphs.Take(2).Any(p => p.Contains(probe, StringComparison.OrdinalIgnoreCase));
    }

    internal static PageDate? ParseStamp(string? raw)
    {
        if (raw is null)
        {
            return null;
        }
        var text = raw.Trim();
        if (text.Length is >= 8 and <= 10 && DateOnly.TryParseExact(text, ["yyyy-MM-dd", "yyyyMMdd", "yyyy/MM/dd"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
        {
            return new PageDate(new DateTimeOffset(day.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero), DateOnly: true, IsUpdate: false);
        }
        if (text.Length <= 40 && char.IsAsciiDigit(text[0])
            && DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AllowWhiteSpaces, out var instant)
            && instant.Year is >= 1990 and <= 2100)
        {
            return new PageDate(instant.ToUniversalTime(), DateOnly: false, IsUpdate: false);
        }
        if (JavaDateString().Match(text) is { Success: true } java && TimeZoneAbbreviations.TryGetOffset(java.Groups["zone"].ValueSpan, out var offset)
            && DateTime.TryParseExact(java.Groups["stamp"].Value + " " + java.Groups["year"].Value, "MMM d HH:mm:ss yyyy", CultureInfo.InvariantCulture, DateTimeStyles.None, out var local))
        {
            return new PageDate(new DateTimeOffset(local, offset).ToUniversalTime(), DateOnly: false, IsUpdate: false);
        }
        return PublishedDateParser.TryParse(text, out var parsed) ? parsed : null;
    }

    // "Mon Sep 24 09:30:00 EDT 2018": Java's Date.toString, which CMSs written in Java print into their date metas.
    [GeneratedRegex(@"^(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun) (?<stamp>(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) \d{1,2} \d{2}:\d{2}:\d{2}) (?<zone>[A-Z]{2,5}) (?<year>\d{4})$", RegexOptions.CultureInvariant)]
    private static partial Regex JavaDateString();
}
