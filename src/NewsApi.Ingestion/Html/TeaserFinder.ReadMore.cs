using System.Text.RegularExpressions;
using AngleSharp.Dom;

namespace NewsApi.Ingestion.Html;

internal static partial class TeaserFinder
{
    /// <summary>Blurbs that end in a link onward to their own story ("... Read more...") or that follow a linked title and end cut short ("[...]"), two or more in one list.</summary>
    /// <remarks>
    /// Such a list may title its items with unlinked headings, which the linked-headline test of <see cref="Find"/> does not
    /// take; the link at the blurb's end says as much that the story is told elsewhere. An article's own paragraph that ends in such a
    /// link is a single one (a cut-short story), and a pair is asked to stand in one list, item beside item.
    /// </remarks>
    /// <returns>The teasers found before, with these blurbs added.</returns>
    public static bool[] WithReadMoreBlurbs(IReadOnlyList<TextBlock> blocks, bool[] found)
    {
        var teasers = (bool[])found.Clone();
        var endsInReadMore = new bool[blocks.Count];
        for (var i = 0; i < blocks.Count; i++)
        {
            endsInReadMore[i] = blocks[i].Kind is BlockKind.Text or BlockKind.ListItem && blocks[i].LinkDensity < 0.5
                && blocks[i].Chars is >= MinTeaserChars and <= MaxLongBlurbChars && (EndsInReadMoreLink(blocks[i]) || IsLinkedTitleOverCutExcerpt(blocks[i]));
        }
        for (var i = 0; i < blocks.Count; i++)
        {
            if (!endsInReadMore[i] || teasers[i])
            {
                continue;
            }
            foreach (var j in (ReadOnlySpan<int>)[i - 4, i - 3, i - 2, i - 1, i + 1, i + 2, i + 3, i + 4])
            {
                if (j >= 0 && j < blocks.Count && endsInReadMore[j] && !ReferenceEquals(blocks[i].Container, blocks[j].Container)
                    && InSameList(blocks[i], blocks[j]))
                {
                    teasers[i] = true;
                    break;
                }
            }
        }
        return teasers;
    }

    private static bool EndsInReadMoreLink(TextBlock block)
    {
        if (block.Container.QuerySelectorAll("a").LastOrDefault() is not { } link)
        {
            return false;
        }
        var linkText = link.TextContent.Trim();
        return LeadsToAnotherPage(link) && ReadMoreLink().IsMatch(linkText) && block.Text.TrimEnd().EndsWith(linkText, StringComparison.Ordinal);
    }

    /// <summary>A linked title, then its story's opening cut short with a bracketed ellipsis, as blog software prints an excerpt: "Title Opening words [...]".</summary>
    private static bool IsLinkedTitleOverCutExcerpt(TextBlock block)
    {
        var text = block.Text.Trim();
        if (!CutExcerptEnd().IsMatch(text) || block.Container.QuerySelector("a") is not { } link || !LeadsToAnotherPage(link))
        {
            return false;
        }
        var title = link.TextContent.Trim();
        return title.Length >= MinExcerptTitleChars && text.StartsWith(title, StringComparison.Ordinal);
    }

    private const int MinExcerptTitleChars = 15;

    [GeneratedRegex(@"\[\s*(\.{3}|…)\s*\]$")]
    private static partial Regex CutExcerptEnd();

    /// <summary>An address to go to: a "Read more" button that unfolds the rest in place (a script, a fragment, aria-expanded) leaves the text on this page.</summary>
    private static bool LeadsToAnotherPage(IElement link)
    {
        var address = link.GetAttribute("href")?.Trim() ?? "";
        return address.Length > 0 && !address.StartsWith('#') && !address.StartsWith("javascript:", StringComparison.OrdinalIgnoreCase)
            && !link.HasAttribute("aria-expanded") && link.GetAttribute("role") != "button";
    }

    // Generic "go on to the story" links, in several languages, with their trailing dots or arrows.
    [GeneratedRegex(@"^\[?\s*((read|see|view) (the )?(more|full (story|article|post))|continue reading|full story|more|lire la suite|weiterlesen|mehr|leer m[aá]s|leggi (tutto|di più)|ler mais|lees meer|läs mer|les mer|czytaj dalej)\s*(\.{2,3}|…|»|›|→|>>?)?\s*\]?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ReadMoreLink();
}
