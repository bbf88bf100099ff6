using AngleSharp.Dom;

namespace NewsApi.Ingestion.Html;

/// <summary>The article's part of a page: the element chosen as its container and the blocks kept from it.</summary>
internal sealed record MainContent(IElement? Container, int FirstBlock, int LastBlock, IReadOnlyList<TextBlock> Blocks);

/// <summary>Finds the element that holds the article by scoring every element over the text blocks beneath it.</summary>
/// <remarks>
/// Each block votes: prose (long, punctuated, few links) for the elements above it, in proportion to its unlinked
/// text; menus, link lists, short labels and page furniture against them. The element with the highest total is the
/// smallest one that takes in the article's paragraphs without taking in the page around them (a maximum-sum
/// subtree, as in Readability's ancestor scoring and boilerpipe's block classes). Inside it, blocks are kept by
/// their own shape, so that a share bar or a caption between two paragraphs does not come along.
/// </remarks>
internal static class MainContentFinder
{
    private const int MinProseChars = 50;
    private const int LongBlockChars = 140;
    private const double MaxProseLinkDensity = 0.4;

    // An element carrying an article hint (itemprop=articleBody, "article-body") wins over its parent unless the parent holds clearly more.
    private const double ContentHintBonus = 1.15;
    private const double ArticleTagBonus = 1.05;

    public static MainContent Find(IReadOnlyList<TextBlock> blocks)
    {
        // Each element's total is the sum over the blocks beneath it. Walking every block's ancestors took time in blocks
        // times depth: a page nested 20,000 deep with text at every level hung the parser (found by the HTML property
        // tests). Instead each element is registered once, each block credits its own container, and the sums are
        // carried up level by level, deepest first: time in elements. Dictionary order (first block, then bottom-up) is
        // the order of the old walk, so ties are broken as before.
        var totals = new Dictionary<IElement, ElementTotal>();
        var chain = new List<IElement>();
        for (var i = 0; i < blocks.Count; i++)
        {
            var block = blocks[i];
            chain.Clear();
            var known = block.Container;
            while (known is not null && !totals.ContainsKey(known))
            {
                chain.Add(known);
                known = known.ParentElement;
            }
            var parent = known is null ? null : totals[known];
            var depth = (parent?.Depth ?? 0) + chain.Count;
            foreach (var element in chain)
            {
                totals[element] = new ElementTotal { First = i, Last = i, Depth = depth-- };
            }
            for (var k = chain.Count - 1; k >= 0; k--)
            {
                totals[chain[k]].Parent = parent;
                parent = totals[chain[k]];
            }
            var own = totals[block.Container];
            own.Score += Weight(block);
            own.Last = i;
        }
        foreach (var total in totals.Values.OrderByDescending(t => t.Depth))
        {
            if (total.Parent is { } up)
            {
                up.Score += total.Score;
                up.Last = Math.Max(up.Last, total.Last);
            }
        }

        IElement? best = null;
        ElementTotal? bestTotal = null;
        var bestScore = 0.0;
        foreach (var (element, total) in totals)
        {
            var score = total.Score;
            if (score > 0)
            {
                if (PageSegmenter.HasContentHint(element))
                {
                    score *= ContentHintBonus;
                }
                else if (element.LocalName is "article" or "main")
                {
                    score *= ArticleTagBonus;
                }
            }
            // On a near tie the deeper element wins: it is the same text with less around it.
            if (best is null || score > bestScore * 1.001 || (score >= bestScore * 0.999 && total.Depth > bestTotal!.Depth))
            {
                (best, bestTotal, bestScore) = (element, total, score);
            }
        }
        if (best is null || bestTotal is null || bestScore <= 0)
        {
            return new MainContent(null, 0, -1, []);
        }
        return new MainContent(best, bestTotal.First, bestTotal.Last, Select(blocks, bestTotal.First, bestTotal.Last));
    }

    internal static bool IsProseLike(TextBlock block) =>
        block.Chars >= MinProseChars && block.LinkDensity < MaxProseLinkDensity
        && (block.Chars >= LongBlockChars || HasSentencePunctuation(block.Text));

    private static double Weight(TextBlock block)
    {
        if (block.Kind is BlockKind.Heading or BlockKind.Caption)
        {
            return 0;
        }
        if (block.InChrome)
        {
            return -0.5 * block.Chars - 10;
        }
        if (IsProseLike(block))
        {
            return block.Chars * (1 - 1.5 * block.LinkDensity);
        }
        return -(Math.Min(block.Chars, 120) * (0.3 + block.LinkDensity)) - 5;
    }

    private static List<TextBlock> Select(IReadOnlyList<TextBlock> blocks, int first, int last)
    {
        var prose = new bool[last - first + 1];
        var firstProse = -1;
        var lastProse = -1;
        for (var i = first; i <= last; i++)
        {
            var block = blocks[i];
            if (!block.InChrome && block.Kind is not (BlockKind.Heading or BlockKind.Caption) && IsProseLike(block))
            {
                prose[i - first] = true;
                firstProse = firstProse < 0 ? i : firstProse;
                lastProse = i;
            }
        }

        var kept = new List<TextBlock>();
        for (var i = first; i <= last; i++)
        {
            var block = blocks[i];
            if (block.InChrome || block.Kind == BlockKind.Caption)
            {
                continue;
            }
            if (prose[i - first])
            {
                kept.Add(block);
                continue;
            }
            var interior = i > firstProse && i < lastProse;
            if (block.Kind == BlockKind.Heading)
            {
                if (block.HeadingLevel >= 2 && block.Chars <= 150 && block.LinkDensity < 0.5 && i >= firstProse && NextIsProse(prose, i - first))
                {
                    kept.Add(block);
                }
                continue;
            }
            // Short lines inside the article (a list item, a one-line paragraph) are text; at its edges they are chrome.
            if (interior && block.LinkDensity < 0.25 && block.Chars >= 12)
            {
                kept.Add(block);
            }
        }
        return kept;
    }

    private static bool NextIsProse(bool[] prose, int offset)
    {
        for (var j = offset + 1; j < prose.Length && j <= offset + 2; j++)
        {
            if (prose[j])
            {
                return true;
            }
        }
        return false;
    }

    internal static bool HasSentencePunctuation(string text)
    {
        foreach (var c in text)
        {
            if (c is '.' or '!' or '?' or '。' or '！' or '？' or '؟' or '।' or '။' or '።' or ';' or '…')
            {
                return true;
            }
        }
        return false;
    }

    private sealed class ElementTotal
    {
        public double Score { get; set; }
        public int First { get; init; }
        public int Last { get; set; }
        public int Depth { get; init; }
        public ElementTotal? Parent { get; set; }
    }
}
