using AngleSharp.Dom;
using NewsApi.Ingestion.Layout;
using NewsApi.Ingestion.Layout.Dates;

namespace NewsApi.Ingestion.Html;

/// <summary>The article's part of a page: the element chosen as its container and the blocks kept from it.</summary>
/// <param name="Refused">Blocks read as text and then taken out as a writer's box or a dropped list's title: decided, not overlooked.</param>
internal sealed record MainContent(IElement? Container, int FirstBlock, int LastBlock, IReadOnlyList<TextBlock> Blocks, IReadOnlyList<TextBlock>? Refused = null);

/// <summary>Finds the element that holds the article by scoring every element over the text blocks beneath it.</summary>
/// <remarks>
/// Each block votes: prose (long, punctuated, few links) for the elements above it, in proportion to its unlinked
/// text; menus, link lists, short labels and page furniture against them. The element with the highest total is the
/// smallest one that takes in the article's paragraphs without taking in the page around them (a maximum-sum
/// subtree, as in Readability's ancestor scoring and boilerpipe's block classes). Inside it, blocks are kept by
/// their own shape, so that a share bar or a caption between two paragraphs does not come along.
/// </remarks>
internal static partial class MainContentFinder
{
    private const int MinProseChars = 50;
    private const int LongBlockChars = 140;
    private const double MaxProseLinkDensity = 0.4;

    // An element carrying an article hint (itemprop=articleBody, "article-body") wins over its parent unless the parent holds clearly more.
    private const double ContentHintBonus = 1.15;
    private const double SoleContentHintBonus = 1.3;
    private const double MinHintedPartShare = 0.2;
    private const double ArticleTagBonus = 1.05;
    private const double NearHeadlineBonus = 1.8;
    private const int NearHeadlineBlocks = 25;
    private const double BeforeHeadlineFactor = 0.25;
    private const int ShortPostBlocks = 6;

    /// <param name="relaxed">Count short unlinked lines as text too: for pages made of lists and one-line paragraphs, which have no prose to find.</param>
    /// <param name="titleHeading">The block of the page's headline heading, if known: the article starts next to it.</param>
    public static MainContent Find(IReadOnlyList<TextBlock> blocks, bool relaxed = false, int? titleHeading = null)
    {
        // Each element's total is the sum over the blocks beneath it. Walking every block's ancestors took time in blocks
        // times depth: a page nested 20,000 deep with text at every level hung the parser (found by the HTML property
        // tests). Instead each element is registered once, each block credits its own container, and the sums are
        // carried up level by level, deepest first: time in elements. Dictionary order (first block, then bottom-up) is
        // the order of the old walk, so ties are broken as before.
        var teasers = TeaserFinder.Find(blocks);
        var totals = new Dictionary<IElement, ElementTotal>(ReferenceEqualityComparer.Instance);
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
            // A post of one short line under its headline has no prose to find, yet its line is the article.
            var underHeadline = titleHeading is { } h && i > h && i <= h + ShortPostBlocks;
            own.Score += teasers[i] ? -0.3 * Math.Min(block.Chars, 200) : Weight(block, relaxed || underHeadline);
            own.Chars += block.Chars;
            own.LinkChars += block.LinkChars;
            own.ChromeChars += block.InChrome ? block.Chars : 0;
            own.Last = i;
        }
        foreach (var total in totals.Values.OrderByDescending(t => t.Depth))
        {
            if (total.Parent is { } up)
            {
                up.Score += total.Score;
                up.Chars += total.Chars;
                up.LinkChars += total.LinkChars;
                up.ChromeChars += total.ChromeChars;
                up.Last = Math.Max(up.Last, total.Last);
            }
        }

        // Where one element alone is named for the article's text, what its wrapper adds (a newsletter box, lists of other
        // posts) is less likely the article's than where the text comes in named parts. A part too small to hold a share of
        // the text (a deck in a hero band named "article-hero") does not count. Parents come before children by depth.
        var hintedParts = new List<double>();
        foreach (var (element, total) in totals.OrderBy(pair => pair.Value.Depth))
        {
            total.Hinted = total.Score > 0 && PageSegmenter.HasContentHint(element);
            total.UnderHint = total.Parent is { } up && (up.Hinted || up.UnderHint);
            if (total.Hinted && !total.UnderHint)
            {
                hintedParts.Add(total.Score);
            }
        }
        var largestPart = hintedParts.Count > 0 ? hintedParts.Max() : 0;
        var hintBonus = hintedParts.Count(score => score >= largestPart * MinHintedPartShare) == 1 ? SoleContentHintBonus : ContentHintBonus;
        IElement? best = null;
        ElementTotal? bestTotal = null;
        var bestScore = 0.0;
        foreach (var (element, total) in totals)
        {
            var score = total.Score;
            if (score > 0)
            {
                if (total.Hinted)
                {
                    score *= hintBonus;
                }
                else if (element.LocalName is "article" or "main")
                {
                    score *= ArticleTagBonus;
                }
                // Comment threads and sidebars that outweigh a short article stand far from its headline.
                if (titleHeading is { } heading && total.First <= heading + NearHeadlineBlocks && total.Last >= heading)
                {
                    score *= NearHeadlineBonus;
                }
                // An article does not end before its own headline: what does is a profile blurb or a sidebar above it.
                else if (titleHeading is { } above && total.Last < above)
                {
                    score *= BeforeHeadlineFactor;
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
        var (first, lastOfRange, admitted) = MergeSiblings(best, bestTotal, totals);
        var last = Math.Min(lastOfRange, ArticleEndDetector.FindEnd(blocks, first, lastOfRange) - 1);
        // Blurbs ending in a link onward are left out of the text but not scored as teasers: a product page's review snippets
        // (each linking to its review) sit in the element that holds the description, and weighing them against it handed
        // the page to one long review.
        var leftOut = TeaserFinder.WithReadMoreBlurbs(blocks, teasers);
        var selected = Select(blocks, first, last, relaxed, leftOut, admitted);
        var kept = WithoutWriterBoxes(blocks, WithoutTitlesOfDroppedLinkLists(blocks, selected));
        return new MainContent(best, first, last, kept, selected.Count == kept.Count ? null : selected.Except(kept).ToList());
    }

    /// <summary>Siblings of the chosen element that carry article text of their own, as Readability appends them.</summary>
    /// <remarks>
    /// Where a comment thread or a gallery shares the article's parent, the parent's total goes negative and a single
    /// paragraph wins; its sibling paragraphs are the rest of the article. Likewise a lead set apart from the body in its
    /// own wrapper. A sibling comes along when its own total is a fifth of the chosen element's; the siblings left out
    /// (the thread, a related box) stay out even where they stand between two that come along.
    /// </remarks>
    private static (int First, int Last, Func<TextBlock, bool>? Admitted) MergeSiblings(IElement best, ElementTotal bestTotal, Dictionary<IElement, ElementTotal> totals)
    {
        if (best.ParentElement is not { } parent || !totals.ContainsKey(parent))
        {
            return (bestTotal.First, bestTotal.Last, null);
        }
        var threshold = Math.Max(MinSiblingScore, bestTotal.Score * SiblingScoreShare);
        var admitted = new HashSet<IElement>(ReferenceEqualityComparer.Instance) { best };
        var (first, last) = (bestTotal.First, bestTotal.Last);
        foreach (var sibling in parent.Children)
        {
            if (!ReferenceEquals(sibling, best) && totals.TryGetValue(sibling, out var total) && total.Score >= threshold)
            {
                admitted.Add(sibling);
                first = Math.Min(first, total.First);
                last = Math.Max(last, total.Last);
            }
        }
        // A lead or a closing paragraph in its own wrapper right beside the chosen element, too small for the share above.
        var siblings = parent.Children.Where(totals.ContainsKey).ToList();
        var at = siblings.IndexOf(best);
        foreach (var step in (ReadOnlySpan<int>)[-1, 1])
        {
            for (var j = at + step; j >= 0 && j < siblings.Count; j += step)
            {
                var total = totals[siblings[j]];
                if (total.Score > 0 && total.ChromeChars == 0 && total.LinkChars < total.Chars * MaxInteriorLinkDensity)
                {
                    admitted.Add(siblings[j]);
                    first = Math.Min(first, total.First);
                    last = Math.Max(last, total.Last);
                }
                else if (total.Chars >= MaxSkippedSiblingChars)
                {
                    break;
                }
            }
        }
        if (admitted.Count == 1)
        {
            return (first, last, null);
        }
        // Between two parts of the article, a list of short unlinked items or a lone subheading is the article's too, though
        // short lines weigh against an element on their own.
        foreach (var sibling in parent.Children)
        {
            if (totals.TryGetValue(sibling, out var total) && total.First > first && total.Last < last && total.ChromeChars == 0
                && total.LinkChars < total.Chars * MaxInteriorLinkDensity)
            {
                admitted.Add(sibling);
            }
        }
        // Text standing directly in the parent (a closing line outside any <p>) belongs with the paragraphs around it.
        return (first, last, block =>
        {
            for (var element = block.Container; element is not null; element = element.ParentElement)
            {
                if (ReferenceEquals(element, parent))
                {
                    return true;
                }
                if (ReferenceEquals(element.ParentElement, parent))
                {
                    return admitted.Contains(element);
                }
            }
            return false;
        });
    }

    private const double MinSiblingScore = 10;
    private const double SiblingScoreShare = 0.2;
    private const double MaxInteriorLinkDensity = 0.25;
    private const int MaxSkippedSiblingChars = 40;

    internal static bool IsProseLike(TextBlock block) =>
        block.Chars >= MinProseChars && block.LinkDensity < MaxProseLinkDensity
        && (block.Chars >= LongBlockChars || HasSentencePunctuation(block.Text) || (block.Chars >= 80 && HasClauseComma(block.Text)));

    /// <summary>A comma followed by a space: menus and labels do not have clauses.</summary>
    private static bool HasClauseComma(string text)
    {
        var comma = text.IndexOf(", ", StringComparison.Ordinal);
        return comma > 0 && comma < text.Length - 2;
    }

    // A table's row often links a name or a title in one of its cells; a menu's line is a link whole.
    private static bool IsShortText(TextBlock block) =>
        block.Chars >= 10 && (block.LinkDensity < 0.2 || (block.Container.LocalName == "tr" && block.LinkDensity < 0.5));

    private static double Weight(TextBlock block, bool relaxed)
    {
        if (block.Kind is BlockKind.Heading or BlockKind.Caption)
        {
            return 0;
        }
        if (block.InChrome)
        {
            return -0.3 * Math.Min(block.Chars, 200) - 3;
        }
        if (IsProseLike(block) || (relaxed && IsShortText(block)))
        {
            return block.Chars * (1 - 1.5 * block.LinkDensity);
        }
        // Links are what menus and link lists are made of; short unlinked labels (player controls, counters) weigh little.
        return -Math.Min(block.Chars, 120) * (0.1 + block.LinkDensity) - 1;
    }

    private static List<TextBlock> Select(IReadOnlyList<TextBlock> blocks, int first, int last, bool relaxed, bool[] teasers, Func<TextBlock, bool>? admitted)
    {
        var prose = new bool[last - first + 1];
        var firstProse = -1;
        var lastProse = -1;
        for (var i = first; i <= last; i++)
        {
            var block = blocks[i];
            if (!block.InChrome && !teasers[i] && (admitted is null || admitted(block)) && block.Kind is not (BlockKind.Heading or BlockKind.Caption) && (IsProseLike(block) || (relaxed && IsShortText(block))))
            {
                prose[i - first] = true;
                firstProse = firstProse < 0 ? i : firstProse;
                lastProse = i;
            }
        }

        if (firstProse < 0 && !relaxed)
        {
            // Nothing in the chosen element reads as prose: a short post, whose lines are its text.
            return Select(blocks, first, last, relaxed: true, teasers, admitted);
        }
        var listEnd = Math.Max(IntroducedListEnd(blocks, lastProse, last, admitted), TableEnd(blocks, lastProse, last, admitted));
        var introduced = IntroducedItems(blocks, first, last);
        var kept = new List<TextBlock>();
        for (var i = first; i <= last; i++)
        {
            var block = blocks[i];
            if (block.InChrome || block.Kind == BlockKind.Caption || teasers[i] || (admitted is not null && !admitted(block)))
            {
                continue;
            }
            if (prose[i - first])
            {
                kept.Add(block);
                continue;
            }
            // A stamp printed under the last paragraph dates the article (the reader takes it as the date, not as text).
            var interior = (i > firstProse && i < lastProse) || (i > lastProse && i <= listEnd) || IsSentenceNextToProse(blocks, i, firstProse, lastProse)
                || (i == lastProse + 1 && lastProse >= 0 && block.Chars <= MaxFootStampChars && PublishedDateParser.TryParseDateLine(block.Text.Trim(), out _));
            if (block.Kind == BlockKind.Heading)
            {
                // A linked subheading over a long section is a listicle's entry ("3. <a>Park Lodge</a>"); over a short blurb it
                // is a teaser's headline, which the article leaves out.
                var linkedEntry = i > firstProse && i < lastProse && prose[i + 1 - first] && blocks[i + 1].Chars > TeaserFinder.MaxTeaserChars;
                if (block.HeadingLevel >= 2 && block.Chars <= 200
                    && ((block.LinkDensity < 0.5 && (interior || (NextIsProse(prose, i - first) && (i > firstProse || OpensArticle(blocks, i, firstProse))))) || linkedEntry))
                {
                    kept.Add(block);
                }
                continue;
            }
            // Short lines inside the article (a list item, a one-line paragraph) are text; at its edges they are chrome. A line
            // may link the name it gives ("Where to watch: <a>Name</a>"); a line that is a link whole is a link list's.
            if (interior && (block.LinkDensity < MaxInteriorItemLinkDensity || introduced[i - first]))
            {
                kept.Add(block);
            }
        }
        return kept;
    }

    /// <summary>The last block of a list that the article's last paragraph, or a label under it, introduces with a colon ("Key features:").</summary>
    /// <remarks>Short list items weigh as chrome at an article's edge; a colon before them says they are its own.</remarks>
    private static int IntroducedListEnd(IReadOnlyList<TextBlock> blocks, int lastProse, int last, Func<TextBlock, bool>? admitted)
    {
        if (lastProse < 0)
        {
            return -1;
        }
        static bool IsIntro(TextBlock block) => block.LinkDensity < MaxInteriorLinkDensity && block.Text.TrimEnd().EndsWith(':');
        var j = lastProse + 1;
        if (!IsIntro(blocks[lastProse]))
        {
            if (j > last || blocks[j].Chars > MaxIntroChars || blocks[j].InChrome || !IsIntro(blocks[j]))
            {
                return -1;
            }
            j++;
        }
        var box = blocks[j - 1].Container.ParentElement;
        var end = -1;
        var lines = 0;
        var start = j;
        for (; j <= last; j++)
        {
            var block = blocks[j];
            if (!(block.Kind is BlockKind.ListItem or BlockKind.TableCell || IsLineBesideIntro(block, box)) || block.InChrome || block.LinkDensity >= MaxInteriorLinkDensity
                || (admitted is not null && !admitted(block)))
            {
                break;
            }
            lines += block.Kind == BlockKind.Text ? 1 : 0;
            end = j;
        }
        // One line under a label ("Reader reaction:" over "Post your comment.") is a form's, not a list.
        return end >= 0 && lines == end - start + 1 && lines < MinTypedListLines ? -1 : end;
    }

    private const int MinTypedListLines = 2;

    /// <summary>A short line in the box of the line that introduces it: a list typed as one line per paragraph or <c>&lt;div&gt;</c> (a
    /// recipe's ingredients under "Ingredients:"), which has no list markup to say so.</summary>
    private static bool IsLineBesideIntro(TextBlock block, IElement? box) =>
        block.Kind == BlockKind.Text && box is not null && ReferenceEquals(block.Container.ParentElement, box) && block.Chars <= MaxIntroChars;

    /// <summary>The list items that follow a line of the article ending in a colon ("Many patches were sent for review:"), item after item.</summary>
    /// <remarks>Such items may each be a link whole (the patches, the tools named) and still be the text the line announces; a
    /// menu or a link list inside a story has no such line over it.</remarks>
    private static bool[] IntroducedItems(IReadOnlyList<TextBlock> blocks, int first, int last)
    {
        var introduced = new bool[last - first + 1];
        var open = false;
        IElement? introducingItem = null;
        for (var i = first; i <= last; i++)
        {
            var block = blocks[i];
            if (!block.InChrome && IsListItem(block) && (open || (introducingItem is not null && introducingItem.Contains(block.Container))))
            {
                introduced[i - first] = true;
                continue;
            }
            var introduces = !block.InChrome && block.LinkDensity < MaxInteriorLinkDensity && block.Text.TrimEnd().EndsWith(':');
            open = introduces && block.Kind is BlockKind.Text && !IsListItem(block);
            // An item ending in a colon ("Where to buy:") introduces the list nested in it, not the items beside it.
            introducingItem = introduces && IsListItem(block) ? ItemOf(block) : null;
        }
        return introduced;
    }

    private static IElement ItemOf(TextBlock block) =>
        block.Container.LocalName == "li" ? block.Container : block.Container.Closest("li") ?? block.Container;

    // An item's text may stand in a paragraph of its own inside the <li>.
    private static bool IsListItem(TextBlock block) => block.Kind == BlockKind.ListItem || block.Container.ParentElement is { LocalName: "li" };

    private const int MaxIntroChars = 200;
    private const int MaxFootStampChars = 60;
    private const double MaxInteriorItemLinkDensity = 0.8;

    /// <summary>The last row of the table whose row is the article's last prose block (a long header row), or -1.</summary>
    /// <remarks>A table is read whole: its short rows after a long one are the same table's data, not page furniture.</remarks>
    private static int TableEnd(IReadOnlyList<TextBlock> blocks, int lastProse, int last, Func<TextBlock, bool>? admitted)
    {
        // Rows read as one line each (data rows); a layout table's cells hold the page's columns, the sidebar among them.
        if (lastProse < 0 || blocks[lastProse].Container.LocalName != "tr" || blocks[lastProse].Container.Closest("table") is not { } table)
        {
            return -1;
        }
        var end = -1;
        for (var j = lastProse + 1; j <= last; j++)
        {
            var block = blocks[j];
            if (block.Container.LocalName != "tr" || block.InChrome || block.LinkDensity >= MaxInteriorLinkDensity
                || (admitted is not null && !admitted(block)) || !ReferenceEquals(block.Container.Closest("table"), table))
            {
                break;
            }
            end = j;
        }
        return end;
    }

    /// <summary>A one-sentence paragraph just before the first or after the last long one ("She died later in hospital.").</summary>
    private static bool IsSentenceNextToProse(IReadOnlyList<TextBlock> blocks, int i, int firstProse, int lastProse)
    {
        var block = blocks[i];
        if (firstProse < 0 || block.Chars < MinNextSentenceChars || block.LinkChars > 0
            || block.Text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length < MinNextSentenceWords)
        {
            return false;
        }
        // A sentence that introduces what follows ("Seneca says the following about tides:") opens the article too.
        var text = block.Text.TrimEnd();
        return (i == lastProse + 1 && LayoutText.EndsSentence(text))
            || (i == firstProse - 1 && (LayoutText.EndsSentence(text) || (text.EndsWith(':') && block.Chars >= MinIntroducingChars)));
    }

    // "It is HBO to go." opens an article; "Advertisement." and "Photo: AP." are not sentences of it.
    private const int MinNextSentenceChars = 12;
    private const int MinNextSentenceWords = 4;
    private const int MinIntroducingChars = 40;

    /// <summary>A subheading right over the article's first paragraph, in a box that holds that paragraph too: the opening section's
    /// title ("Key takeaways", "TL;DR", "Introduction"). A section label or a date over the story stands in a box of its own.</summary>
    private static bool OpensArticle(IReadOnlyList<TextBlock> blocks, int heading, int firstProse) =>
        firstProse >= 0 && heading >= firstProse - MaxBlocksAboveFirstProse
        && blocks[heading].Container.ParentElement is { } box && box.Contains(blocks[firstProse].Container)
        && !PublishedDateParser.TryParse(blocks[heading].Text, out _);

    private const int MaxBlocksAboveFirstProse = 2;

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

    /// <summary>Any stop, anywhere: looser than <see cref="LayoutText.HasSentencePunctuation"/>, because a DOM block is already cut from its neighbours and needs no ". " to tell a sentence from a label.</summary>
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
        public int Chars { get; set; }
        public int LinkChars { get; set; }
        public int ChromeChars { get; set; }
        public int First { get; init; }
        public int Last { get; set; }
        public int Depth { get; init; }
        public ElementTotal? Parent { get; set; }
        public bool Hinted { get; set; }
        public bool UnderHint { get; set; }
    }
}
