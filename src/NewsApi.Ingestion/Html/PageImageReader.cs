using System.Globalization;
using System.Text.RegularExpressions;
using AngleSharp.Dom;
using NewsApi.Ingestion.Layout.Images;
using NewsApi.Ingestion.Normalization;

namespace NewsApi.Ingestion.Html;

/// <summary>The article's pictures: figures and large images inside it, with absolute URLs, captions and credits.</summary>
internal static partial class PageImageReader
{
    private const int MaxCaptionChars = 600;

    public static List<ImageDraft> Read(List<PageImage> images, MainContent content, PageMetadata metadata, Uri? baseUrl)
    {
        var result = new List<ImageDraft>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var image in images)
        {
            if (image.InChrome || image.BlockIndex < content.FirstBlock || image.BlockIndex > content.LastBlock + 1 || IsDecorative(image.Image)
                || (image.Figure is null && !IsLarge(image.Image)))
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
                credit = WithoutCreditLabel(creditText);
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

    /// <summary>Outside a figure only an image the page sizes as large is a photo; logos, avatars and buttons are small or unsized.</summary>
    /// <summary>"Photo: Jane Roe/Agency" is credited to "Jane Roe/Agency", as the text path credits it.</summary>
    private static string WithoutCreditLabel(string credit)
    {
        foreach (var label in (ReadOnlySpan<string>)["Photograph:", "Photo:", "Photos:", "Picture:", "Image:", "Credit:", "Source:", "Foto:", "©"])
        {
            if (credit.StartsWith(label, StringComparison.OrdinalIgnoreCase) && credit.Length > label.Length + 1)
            {
                return credit[label.Length..].Trim();
            }
        }
        return credit;
    }

    private static bool IsLarge(IElement image)
    {
        static int Pixels(string? value) => int.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var pixels) ? pixels : 0;
        return Pixels(image.GetAttribute("width")) >= 300 && Pixels(image.GetAttribute("height")) is 0 or >= 150;
    }

    private static bool IsDecorative(IElement image)
    {
        var source = (image.GetAttribute("src") ?? "") + " " + (image.GetAttribute("class") ?? "");
        if (DecorativeImageHint().IsMatch(source))
        {
            return true;
        }
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

    internal static Uri? BaseUrl(IDocument document, string? canonical)
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

    [GeneratedRegex(@"logo|icon|avatar|sprite|pixel|spacer|blank\.|badge|emoji|placeholder|loading|button", RegexOptions.IgnoreCase)]
    private static partial Regex DecorativeImageHint();
}
