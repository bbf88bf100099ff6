using System.Globalization;
using AngleSharp.Dom;
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
internal static class HtmlArticleReader
{
    // Below this the class-hint pass has probably cut the article itself (a "post-share" wrapper around everything).
    private const int MinHintedBodyChars = 250;
    private const int MaxCaptionChars = 600;
    private const int MinArticleBodyChars = 200;

    private static readonly HtmlParserOptions ParserOptions = new()
    {
        IsScripting = false,
        IsNotConsumingCharacterReferences = false,
        IsKeepingSourceReferences = false,
    };

    public static HtmlArticle Read(string html)
    {
        var parser = new HtmlParser(ParserOptions);
        using var document = parser.ParseDocument(html);
        var metadata = PageMetadataReader.Read(document);
        var root = (IElement?)document.Body ?? document.DocumentElement;

        var (blocks, images) = PageSegmenter.Segment(root, useClassHints: true);
        var content = MainContentFinder.Find(blocks);
        if (content.Blocks.Sum(b => b.Chars) < MinHintedBodyChars)
        {
            var (plainBlocks, plainImages) = PageSegmenter.Segment(root, useClassHints: false);
            var plain = MainContentFinder.Find(plainBlocks);
            if (plain.Blocks.Sum(b => b.Chars) > content.Blocks.Sum(b => b.Chars))
            {
                (blocks, images, content) = (plainBlocks, plainImages, plain);
            }
        }

        var baseUrl = BaseUrl(document, metadata.CanonicalUrl);
        var headline = ChooseHeadline(metadata, blocks, content);
        var paragraphs = new List<string>();
        var byline = new List<BylineAuthor>();
        PageDate? textDate = null;
        foreach (var block in content.Blocks)
        {
            var text = TextNormalizer.Normalize(block.Text).Trim();
            if (text.Length == 0 || (headline is not null && string.Equals(text, headline, StringComparison.OrdinalIgnoreCase)))
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
        paragraphs = GuideByArticleBody(paragraphs, metadata.ArticleBody);

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
        var published = ParseStamp(metadata.PublishedRaw) ?? textDate ?? ParseStamp(metadata.ModifiedRaw);
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
        headline ??= HeadlineDeriver.Derive(paragraphs[0]);

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
            Byline = byline.DistinctBy(a => a.Name, StringComparer.OrdinalIgnoreCase).ToArray(),
            Body = paragraphs,
            Images = ReadImages(images, content, metadata, baseUrl),
            Tags = metadata.Keywords.Select(TextNormalizer.Normalize).ToArray(),
        };
        return new HtmlArticle(layout, Resolve(baseUrl, metadata.CanonicalUrl));
    }

    /// <summary>The page's headline: the <c>&lt;h1&gt;</c> when the title confirms it, else the publisher's metadata.</summary>
    private static string? ChooseHeadline(PageMetadata metadata, IReadOnlyList<TextBlock> blocks, MainContent content)
    {
        var titles = new[] { metadata.OpenGraphTitle, metadata.DocumentTitle, metadata.Headline }.OfType<string>().ToArray();
        string? firstHeading = null;
        foreach (var block in blocks)
        {
            if (block.Kind == BlockKind.Heading && block.HeadingLevel == 1 && block.Chars >= 10)
            {
                var heading = PageMetadataReader.Clean(block.Text)!;
                firstHeading ??= heading;
                if (titles.Any(t => t.Contains(heading, StringComparison.OrdinalIgnoreCase)))
                {
                    return heading;
                }
            }
        }
        if (metadata.Headline is { Length: >= 5 } headline)
        {
            return headline;
        }
        if (metadata.OpenGraphTitle is { Length: >= 5 } ogTitle)
        {
            return StripSiteName(ogTitle, metadata.SiteName);
        }
        if (metadata.DocumentTitle is { Length: >= 5 } title)
        {
            return StripSiteName(title, metadata.SiteName);
        }
        // A heading just above the article's text reads as its title when the page names none.
        if (content.FirstBlock > 0)
        {
            for (var i = content.FirstBlock; i >= Math.Max(0, content.FirstBlock - 8); i--)
            {
                if (blocks[i].Kind == BlockKind.Heading && blocks[i].HeadingLevel <= 3 && blocks[i].Chars >= 10 && !blocks[i].InChrome)
                {
                    return PageMetadataReader.Clean(blocks[i].Text);
                }
            }
        }
        return firstHeading;
    }

    /// <summary>"Headline | Site", "Headline - Site", "Site: Headline": the site's part removed where it can be told.</summary>
    internal static string StripSiteName(string title, string? siteName)
    {
        string[] separators = [" | ", " - ", " – ", " — ", " :: ", " · ", " » ", " « "];
        foreach (var separator in separators)
        {
            var parts = title.Split(separator);
            if (parts.Length < 2)
            {
                continue;
            }
            if (siteName is not null)
            {
                var kept = parts.Where(p => !p.Contains(siteName, StringComparison.OrdinalIgnoreCase) && !siteName.Contains(p.Trim(), StringComparison.OrdinalIgnoreCase)).ToArray();
                if (kept.Length > 0 && kept.Length < parts.Length)
                {
                    return string.Join(separator, kept).Trim();
                }
            }
            // Without a site name, the longest part is the headline: site names and section labels are short.
            var longest = parts.MaxBy(p => p.Length)!.Trim();
            if (longest.Length >= 15 && longest.Length >= title.Length / 2)
            {
                return longest;
            }
        }
        return title;
    }

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
        if (covered >= 0.8)
        {
            var domChars = paragraphs.Sum(p => p.Length);
            // A JSON-LD body much shorter than the page's is a teaser or a paywall cut: the page's text stands.
            if (bodyText.Length < domChars * 0.5)
            {
                return paragraphs;
            }
            return paragraphs.Where(p => Shingles.Overlap(Shingles.Of(p), bodyShingles) >= 0.5 || Shingles.Of(p).Count == 0 && bodyText.Contains(p, StringComparison.OrdinalIgnoreCase)).ToList();
        }
        if (paragraphs.Sum(p => p.Length) < bodyText.Length * 0.6)
        {
            return SplitArticleBody(articleBody);
        }
        return paragraphs;
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
        return PublishedDateParser.TryParse(text, out var parsed) ? parsed : null;
    }

    private static List<ImageDraft> ReadImages(List<PageImage> images, MainContent content, PageMetadata metadata, Uri? baseUrl)
    {
        var result = new List<ImageDraft>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var image in images)
        {
            if (image.InChrome || image.BlockIndex < content.FirstBlock || image.BlockIndex > content.LastBlock + 1 || IsDecorative(image.Image))
            {
                continue;
            }
            var url = Resolve(baseUrl, ImageSource(image.Image));
            if (url is null || !seen.Add(url))
            {
                continue;
            }
            var captionElement = image.Figure?.QuerySelector("figcaption");
            var caption = PageMetadataReader.Clean(captionElement?.TextContent) ?? PageMetadataReader.Clean(image.Image.GetAttribute("alt")) ?? "";
            if (caption.Length > MaxCaptionChars)
            {
                caption = caption[..MaxCaptionChars];
            }
            string? credit = null;
            var creditElement = captionElement?.QuerySelector("[class*='credit' i], [class*='copyright' i], [class*='source' i], small, cite");
            if (creditElement is not null && PageMetadataReader.Clean(creditElement.TextContent) is { } creditText && creditText.Length < caption.Length)
            {
                credit = creditText;
                caption = caption.Replace(creditText, "", StringComparison.Ordinal).Trim();
            }
            else if (ImageCreditParser.TryParseCaptionWithCredit(caption, out var withoutCredit, out var parsedCredit))
            {
                (caption, credit) = (withoutCredit, parsedCredit);
            }
            result.Add(new ImageDraft(TextNormalizer.Normalize(caption), credit is null ? null : TextNormalizer.Normalize(credit), url));
        }
        if (result.Count == 0 && Resolve(baseUrl, metadata.ImageUrl) is { } leadUrl)
        {
            result.Add(new ImageDraft(metadata.ImageCaption ?? "", null, leadUrl));
        }
        return result;
    }

    private static bool IsDecorative(IElement image)
    {
        static bool Tiny(string? value) => int.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var pixels) && pixels < 100;
        return Tiny(image.GetAttribute("width")) || Tiny(image.GetAttribute("height"))
            || string.Equals(image.GetAttribute("role"), "presentation", StringComparison.OrdinalIgnoreCase);
    }

    private static string? ImageSource(IElement image)
    {
        foreach (var attribute in new[] { "data-src", "data-lazy-src", "data-original", "src" })
        {
            var value = image.GetAttribute(attribute);
            if (!string.IsNullOrWhiteSpace(value) && !value.StartsWith("data:", StringComparison.OrdinalIgnoreCase))
            {
                return value.Trim();
            }
        }
        var srcset = image.GetAttribute("srcset") ?? image.GetAttribute("data-srcset");
        var first = srcset?.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).FirstOrDefault();
        return first?.Split(' ', StringSplitOptions.RemoveEmptyEntries).FirstOrDefault();
    }

    private static Uri? BaseUrl(IDocument document, string? canonical)
    {
        var baseHref = document.QuerySelector("base[href]")?.GetAttribute("href");
        foreach (var candidate in new[] { baseHref, canonical })
        {
            if (candidate is not null && Uri.TryCreate(candidate.Trim(), UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https")
            {
                return uri;
            }
        }
        return null;
    }

    /// <summary>An absolute http(s) address, or null: a relative one without a base cannot be followed by a client.</summary>
    internal static string? Resolve(Uri? baseUrl, string? reference)
    {
        if (string.IsNullOrWhiteSpace(reference) || reference.Length > 2000)
        {
            return null;
        }
        reference = reference.Trim();
        if (reference.StartsWith("//", StringComparison.Ordinal))
        {
            reference = "https:" + reference;
        }
        if (Uri.TryCreate(reference, UriKind.Absolute, out var absolute) && absolute.Scheme is "http" or "https")
        {
            return absolute.AbsoluteUri;
        }
        if (baseUrl is not null && Uri.TryCreate(baseUrl, reference, out var resolved) && resolved.Scheme is "http" or "https")
        {
            return resolved.AbsoluteUri;
        }
        return null;
    }
}
