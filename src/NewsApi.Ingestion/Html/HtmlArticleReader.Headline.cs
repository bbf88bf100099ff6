using System.Text;

namespace NewsApi.Ingestion.Html;

/// <summary>The headline: the page's own heading where its titles repeat it, else its social or document title, site name cut.</summary>
internal static partial class HtmlArticleReader
{
    /// <summary>The page's own headline heading: an <c>&lt;h1&gt;</c> or <c>&lt;h2&gt;</c> that the title repeats, site name aside.</summary>
    private static int? FindTitleHeading(IReadOnlyList<TextBlock> blocks, PageMetadata metadata)
    {
        // Titles with the site's name cut off: a logo's <h1> ("The Daily Courier") is inside the title but is not its headline.
        var titles = new[] { metadata.OpenGraphTitle, metadata.DocumentTitle }
            .OfType<string>().Select(t => FoldForComparison(StripSiteName(t, metadata.SiteName))).ToArray();
        var fullTitles = new[] { metadata.OpenGraphTitle, metadata.DocumentTitle }.OfType<string>().Select(FoldForComparison).ToArray();
        // The social title is written out by the publisher; a document title's site name is often cut off by guesswork.
        var socialTitle = metadata.OpenGraphTitle is { } og ? FoldForComparison(StripSiteName(og, metadata.SiteName)) : null;
        var siteName = metadata.SiteName is { } site ? FoldForComparison(site) : null;
        if (fullTitles.Length == 0)
        {
            return null;
        }
        // A blog's name in an <h1> above the post can sit inside the title too ("Post - Blog's Name"): a heading that is the
        // social title, or the title's first part, outranks one that is merely inside the title.
        (int Index, int Rank)? best = null;
        for (var i = 0; i < blocks.Count; i++)
        {
            var block = blocks[i];
            if (block.Kind != BlockKind.Heading || block.HeadingLevel > 3 || block.Chars < 10 || PageMetadataReader.Clean(block.Text) is not { } text)
            {
                continue;
            }
            var heading = FoldForComparison(text);
            var rank = heading == socialTitle ? 4
                : fullTitles.Any(t => StartsWithPart(t, heading)) && (siteName is null || !siteName.Contains(heading, StringComparison.Ordinal)) ? 3
                : titles.Contains(heading) ? 2
                : titles.Any(t => t.Contains(heading, StringComparison.Ordinal) && heading.Length * 2 >= t.Length) ? 1
                : 0;
            if (rank > (best?.Rank ?? 0))
            {
                best = (i, rank);
            }
        }
        return best?.Index;
    }

    private static readonly string[] TitleSeparators = [" | ", " - ", " – ", " — ", " :: ", " · ", " • ", " » ", " « "];

    /// <summary>"Headline | Section | Site": the title opens with the heading and a separator follows it.</summary>
    private static bool StartsWithPart(string title, string heading) =>
        title.Length > heading.Length && title.StartsWith(heading, StringComparison.Ordinal)
        && TitleSeparators.Any(separator => title.AsSpan(heading.Length).StartsWith(separator, StringComparison.Ordinal));

    /// <summary>Case, runs of spaces and typographic quotes aside: a page's title and its heading often differ only there.</summary>
    internal static string FoldForComparison(string text)
    {
        var folded = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            folded.Append(c switch
            {
                '\u2018' or '\u2019' or '\u201A' or '\u2032' => '\'',
                '\u201C' or '\u201D' or '\u201E' or '\u2033' => '"',
                _ when char.IsWhiteSpace(c) => ' ',
                _ => char.ToLowerInvariant(c),
            });
        }
        return string.Join(' ', folded.ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries));
    }

    private static string? ChooseHeadline(PageMetadata metadata, IReadOnlyList<TextBlock> blocks, MainContent content, int? titleHeading)
    {
        if (titleHeading is { } index)
        {
            return PageMetadataReader.Clean(blocks[index].Text);
        }
        // The social title is the one a publisher writes for readers; the document title is often written for search engines.
        if (metadata.OpenGraphTitle is { Length: >= 5 } ogTitle)
        {
            return StripSiteName(ogTitle, metadata.SiteName);
        }
        if (metadata.Headline is { Length: >= 5 } headline && metadata.DocumentTitle is { } documentTitle
            && documentTitle.Contains(headline, StringComparison.OrdinalIgnoreCase))
        {
            return headline;
        }
        if (metadata.DocumentTitle is { Length: >= 5 } title)
        {
            return StripSiteName(title, metadata.SiteName);
        }
        if (metadata.Headline is { Length: >= 5 } jsonLdHeadline)
        {
            return jsonLdHeadline;
        }
        // A heading just above the article's text reads as its title when the page names none.
        for (var i = Math.Min(content.FirstBlock, blocks.Count - 1); i >= Math.Max(0, content.FirstBlock - 8); i--)
        {
            if (blocks[i].Kind == BlockKind.Heading && blocks[i].HeadingLevel <= 3 && blocks[i].Chars >= 10 && !blocks[i].InChrome)
            {
                return PageMetadataReader.Clean(blocks[i].Text);
            }
        }
        return null;
    }

    /// <summary>"Headline | Site", "Headline - Site", "Site: Headline": the site's part removed where it can be told.</summary>
    internal static string StripSiteName(string title, string? siteName)
    {
        // A site name that holds a separator itself ("Gym | Open 24/7") is cut whole from the end before the parts are weighed.
        if (siteName is { Length: > 0 } && title.Length > siteName.Length + 3 && title.EndsWith(siteName, StringComparison.OrdinalIgnoreCase))
        {
            var head = title[..^siteName.Length];
            if (TitleSeparators.FirstOrDefault(s => head.EndsWith(s, StringComparison.Ordinal)) is { } trailing)
            {
                title = head[..^trailing.Length].Trim();
            }
        }
        foreach (var separator in TitleSeparators)
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
}
