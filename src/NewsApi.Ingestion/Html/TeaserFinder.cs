using AngleSharp.Dom;
using NewsApi.Ingestion.Layout.Bylines;
using NewsApi.Ingestion.Layout.Dates;

namespace NewsApi.Ingestion.Html;

/// <summary>Finds the blurbs of other stories that a page lists under their linked headlines, which weigh against the element that holds them.</summary>
internal static partial class TeaserFinder
{
    /// <summary>Blurbs of other articles: short prose between linked headlines, in a run of at least two.</summary>
    /// <remarks>An article's own "Read more: ..." line is followed by its next paragraph, not by another headline, so it does not make its neighbours teasers.</remarks>
    public static bool[] Find(IReadOnlyList<TextBlock> blocks)
    {
        var candidate = new bool[blocks.Count];
        var longCandidate = new bool[blocks.Count];
        for (var i = 1; i < blocks.Count; i++)
        {
            var block = blocks[i];
            // Under the headline may stand its byline or stamp ("By Ann Roe") before the blurb, over it its section.
            if (block.Kind == BlockKind.Heading || block.Chars is < MinTeaserChars or > MaxLongBlurbChars || block.LinkDensity >= 0.5
                || !HeadlineAcrossLabels(blocks, i, -1))
            {
                continue;
            }
            var between = i + 1 == blocks.Count || HeadlineAcrossLabels(blocks, i, 1);
            candidate[i] = between && block.Chars <= MaxTeaserChars;
            longCandidate[i] = between && block.Chars > MaxTeaserChars;
        }
        var teasers = new bool[blocks.Count];
        for (var i = 0; i < blocks.Count; i++)
        {
            if (!candidate[i])
            {
                continue;
            }
            // A run: the next or the previous blurb stands just past one linked headline (and the short labels around it).
            teasers[i] = HasListedNeighbour(blocks, i, candidate);
        }
        // A longer blurb is a teaser only beside a short one of the same list: alone it may be a roundup's entry.
        for (var i = 0; i < blocks.Count; i++)
        {
            if (!longCandidate[i])
            {
                continue;
            }
            teasers[i] = HasListedNeighbour(blocks, i, teasers);
        }
        SpareArticleEntries(blocks, candidate, teasers);
        return teasers;
    }

    /// <summary>A block marked in <paramref name="marked"/> a few blocks away, past a linked headline, in the same list as block <paramref name="i"/>.</summary>
    private static bool HasListedNeighbour(IReadOnlyList<TextBlock> blocks, int i, bool[] marked)
    {
        foreach (var j in (ReadOnlySpan<int>)[i - 5, i - 4, i - 3, i - 2, i + 2, i + 3, i + 4, i + 5])
        {
            if (j >= 0 && j < blocks.Count && marked[j] && IsHeadlineBetween(blocks, i, j) && InSameList(blocks[i], blocks[j]))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>Blurbs that stand among the article's own paragraphs, in one parent, are its entries, not another story's teasers.</summary>
    /// <remarks>A roundup links each item's name in a line of its own above a paragraph, as a teaser list does; a list of teasers has a parent of its own.</remarks>
    private static void SpareArticleEntries(IReadOnlyList<TextBlock> blocks, bool[] candidate, bool[] teasers)
    {
        Dictionary<IElement, int>? ownProse = null;
        for (var i = 0; i < blocks.Count; i++)
        {
            if (teasers[i] && blocks[i].Container.ParentElement is { } parent)
            {
                (ownProse ??= new Dictionary<IElement, int>(ReferenceEqualityComparer.Instance))[parent] = 0;
            }
        }
        if (ownProse is null)
        {
            return;
        }
        for (var i = 0; i < blocks.Count; i++)
        {
            // The article's own paragraphs follow one another; a list's items each stand by a link ("View in context"). A
            // paragraph longer than any blurb is the article's wherever it stands (a roundup's entry under its linked name).
            if (!candidate[i] && blocks[i].Kind == BlockKind.Text && blocks[i].Container.ParentElement is { } parent
                && ownProse.TryGetValue(parent, out var count) && MainContentFinder.IsProseLike(blocks[i])
                && (blocks[i].Chars > MaxTeaserChars
                    || ((i == 0 || blocks[i - 1].LinkDensity < 0.5) && (i + 1 == blocks.Count || blocks[i + 1].LinkDensity < 0.5))))
            {
                ownProse[parent] = count + 1;
            }
        }
        for (var i = 0; i < blocks.Count; i++)
        {
            if (teasers[i] && ownProse[blocks[i].Container.ParentElement!] >= MinOwnProseAmongEntries)
            {
                teasers[i] = false;
            }
        }
    }

    private const int MinOwnProseAmongEntries = 3;

    /// <summary>A linked headline next to the blurb, past at most two short labels (a section, a writer's name, a date, "Read more").</summary>
    /// <remarks>Cards in a grid of other posts put their labels on both sides of the headline, in any order.</remarks>
    private static bool HeadlineAcrossLabels(IReadOnlyList<TextBlock> blocks, int i, int step)
    {
        for (int k = i + step, labels = 0; k >= 0 && k < blocks.Count; k += step)
        {
            // Across labels, a line of several links ("Labels: a, b", "Permalink | Share") is the post's own footer, not a headline.
            if (IsLinkedHeadline(blocks[k]))
            {
                return labels == 0 || blocks[k].Links == 1;
            }
            // An unlinked heading above the blurb is its own item's title, unless it is the byline or stamp under a linked
            // one: the link above such a title closes the item before ("Learn more about X").
            if (blocks[k].Chars >= MaxLabelChars || ++labels > MaxLabelsBesideHeadline
                || (step < 0 && blocks[k].Kind == BlockKind.Heading && blocks[k].LinkDensity < 0.5 && !IsBylineOrStamp(blocks[k])))
            {
                return false;
            }
        }
        return false;
    }

    private const int MaxLabelChars = 40;
    private const int MaxLabelsBesideHeadline = 2;

    private static bool IsBylineOrStamp(TextBlock block) =>
        BylineParser.TryParseByLine(block.Text.Trim(), out _) || PublishedDateParser.TryParse(block.Text, out _);

    internal const int MaxTeaserChars = 400;
    private const int MaxLongBlurbChars = 600;
    private const int MinTeaserChars = 30;

    /// <summary>Blurbs of one list sit at the same depth under one list element; an article's last paragraph does not share its parent with the list below it.</summary>
    private static bool InSameList(TextBlock a, TextBlock b)
    {
        if (ReferenceEquals(a.Container.ParentElement, b.Container.ParentElement))
        {
            return true;
        }
        // Or each item in a wrapper of its own ("<div class=entry>" per story, a card's nested boxes), the wrappers alike
        // level by level and side by side under one list.
        var (x, y) = (a.Container.ParentElement, b.Container.ParentElement);
        for (var level = 0; level < MaxItemWrapperDepth && x is not null && y is not null && AreAlike(x, y); level++)
        {
            if (ReferenceEquals(x.ParentElement, y.ParentElement))
            {
                return x.ParentElement is not null;
            }
            (x, y) = (x.ParentElement, y.ParentElement);
        }
        return false;
    }

    private const int MaxItemWrapperDepth = 4;

    /// <summary>Same tag, and the same class or the same first class name: cards are often numbered ("card card-3").</summary>
    private static bool AreAlike(IElement x, IElement y)
    {
        if (x.LocalName != y.LocalName)
        {
            return false;
        }
        var (classX, classY) = (x.ClassName ?? "", y.ClassName ?? "");
        if (classX == classY)
        {
            return true;
        }
        var firstX = FirstClass(classX);
        return firstX.Length > 0 && firstX.SequenceEqual(FirstClass(classY));
    }

    private static ReadOnlySpan<char> FirstClass(string className)
    {
        var trimmed = className.AsSpan().TrimStart();
        var end = trimmed.IndexOfAny(' ', '\t', '\n');
        return end < 0 ? trimmed : trimmed[..end];
    }

    /// <summary>Between two blurbs of a list stands the second one's headline, and short lines only.</summary>
    private static bool IsHeadlineBetween(IReadOnlyList<TextBlock> blocks, int i, int j)
    {
        var (from, to) = i < j ? (i, j) : (j, i);
        var headlines = 0;
        for (var k = from + 1; k < to; k++)
        {
            if (IsLinkedHeadline(blocks[k]))
            {
                headlines++;
            }
            else if (blocks[k].Chars > 40)
            {
                return false;
            }
        }
        return headlines == 1;
    }

    // A listed headline is a link nearly whole; a listing article's line with a linked address and a price is not one.
    private static bool IsLinkedHeadline(TextBlock block) => block.LinkDensity >= 0.7 && block.Chars is >= 15 and <= 200;
}
