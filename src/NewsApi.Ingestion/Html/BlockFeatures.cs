using AngleSharp.Dom;
using NewsApi.Ingestion.Layout;

namespace NewsApi.Ingestion.Html;

/// <summary>What the block classifier sees of each text block: its own shape, its names, and where the rules put it.</summary>
/// <remarks>
/// The rules' choice is among the features, so the model learns where that choice goes wrong rather than the whole page
/// again. Every measure is general (lengths, densities, tags, furniture and content names, neighbours); none is a site's.
/// </remarks>
internal static class BlockFeatures
{
    public const int Count = 30;

    public static double[][] Compute(IReadOnlyList<TextBlock> blocks, MainContent content) =>
        Compute(blocks, content, TeaserFinder.WithReadMoreBlurbs(blocks, TeaserFinder.Find(blocks)));

    /// <param name="teasers">Blocks read as other stories' teasers or blurbs, as <see cref="TeaserFinder"/> marks them.</param>
    public static double[][] Compute(IReadOnlyList<TextBlock> blocks, MainContent content, bool[] teasers)
    {
        var kept = new bool[blocks.Count];
        foreach (var block in content.Blocks)
        {
            kept[block.Index] = true;
        }
        var keptParents = new HashSet<IElement>(ReferenceEqualityComparer.Instance);
        foreach (var block in content.Blocks)
        {
            if (block.Container.ParentElement is { } parent)
            {
                keptParents.Add(parent);
            }
        }
        // Distance to the nearest kept block, in blocks, both ways.
        var distance = new int[blocks.Count];
        var last = -1_000_000;
        for (var i = 0; i < blocks.Count; i++)
        {
            last = kept[i] ? i : last;
            distance[i] = i - last;
        }
        last = 1_000_000;
        for (var i = blocks.Count - 1; i >= 0; i--)
        {
            last = kept[i] ? i : last;
            distance[i] = Math.Min(distance[i], last - i);
        }
        var firstKept = content.Blocks.Count > 0 ? content.Blocks[0].Index : -1;
        var lastKept = content.Blocks.Count > 0 ? content.Blocks[^1].Index : -1;
        var names = new Dictionary<IElement, (bool Content, bool Furniture)>(ReferenceEqualityComparer.Instance);
        var prose = blocks.Select(b => !b.InChrome && b.Kind is not (BlockKind.Heading or BlockKind.Caption) && MainContentFinder.IsProseLike(b)).ToArray();
        var rows = new double[blocks.Count][];
        for (var i = 0; i < blocks.Count; i++)
        {
            var block = blocks[i];
            var text = block.Text.Trim();
            var words = Math.Max(1, LayoutText.CountWords(text));
            var (contentName, furnitureName) = Names(block.Container, names);
            var end = text.Length > 0 ? text[^1] : ' ';
            rows[i] =
            [
                Math.Log(1 + block.Chars),
                block.LinkDensity,
                Math.Log(1 + block.Links),
                block.Kind == BlockKind.Heading ? 1 : 0,
                block.Kind == BlockKind.ListItem ? 1 : 0,
                block.Kind == BlockKind.Caption ? 1 : 0,
                block.Kind == BlockKind.Quote ? 1 : 0,
                block.Kind == BlockKind.TableCell ? 1 : 0,
                block.InChrome ? 1 : 0,
                prose[i] ? 1 : 0,
                MainContentFinder.HasSentencePunctuation(text) ? 1 : 0,
                end is '.' or '!' or '?' or '"' or '”' or '’' or ':' ? 1 : 0,
                Math.Min(1, Occurrences(text, ',') / (double)words * 5),
                blocks.Count > 1 ? i / (double)(blocks.Count - 1) : 0,
                i >= content.FirstBlock && i <= content.LastBlock ? 1 : 0,
                kept[i] ? 1 : 0,
                Math.Log(1 + Math.Min(distance[i], 1000)),
                content.Container is { } container && container.Contains(block.Container) ? 1 : 0,
                contentName ? 1 : 0,
                furnitureName ? 1 : 0,
                i > 0 && prose[i - 1] ? 1 : 0,
                i + 1 < blocks.Count && prose[i + 1] ? 1 : 0,
                i > 0 && kept[i - 1] ? 1 : 0,
                i + 1 < blocks.Count && kept[i + 1] ? 1 : 0,
                block.Container.LocalName == "p" ? 1 : 0,
                block.Container.ParentElement is { } parent && keptParents.Contains(parent) ? 1 : 0,
                Math.Log(words),
                UpperShare(text),
                i > firstKept && i < lastKept ? 1 : 0,
                teasers[i] ? 1 : 0,
            ];
        }
        return rows;
    }

    /// <summary>Whether an ancestor is named for the article's text, and whether one is named as page furniture.</summary>
    private static (bool Content, bool Furniture) Names(IElement start, Dictionary<IElement, (bool, bool)> cache)
    {
        // Iterative, as the segmenter's walk is: pages nest thousands deep.
        var chain = new List<IElement>();
        var element = (IElement?)start;
        var known = (false, false);
        while (element is not null)
        {
            if (cache.TryGetValue(element, out known))
            {
                break;
            }
            chain.Add(element);
            element = element.ParentElement;
        }
        var (content, furniture) = known;
        for (var k = chain.Count - 1; k >= 0; k--)
        {
            content |= PageSegmenter.HasContentHint(chain[k]);
            furniture |= PageSegmenter.HasFurnitureHint(chain[k]);
            cache[chain[k]] = (content, furniture);
        }
        return (content, furniture);
    }

    private static int Occurrences(string text, char c)
    {
        var n = 0;
        foreach (var x in text)
        {
            n += x == c ? 1 : 0;
        }
        return n;
    }

    private static double UpperShare(string text)
    {
        int letters = 0, upper = 0;
        foreach (var c in text)
        {
            if (char.IsLetter(c))
            {
                letters++;
                upper += char.IsUpper(c) ? 1 : 0;
            }
        }
        return letters == 0 ? 0 : upper / (double)letters;
    }
}
