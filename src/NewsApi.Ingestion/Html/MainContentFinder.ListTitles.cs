using NewsApi.Ingestion.Layout;

namespace NewsApi.Ingestion.Html;

/// <summary>Titles of lists the article leaves out.</summary>
internal static partial class MainContentFinder
{
    /// <summary>The kept blocks less a short title whose list of links, right under it, was left out ("Table of Contents" over its
    /// links to the sections, "Related" over links to other posts): the title says nothing without its list.</summary>
    private static List<TextBlock> WithoutTitlesOfDroppedLinkLists(IReadOnlyList<TextBlock> blocks, List<TextBlock> kept)
    {
        var keptSet = new HashSet<TextBlock>(kept, ReferenceEqualityComparer.Instance);
        return kept.FindAll(block =>
        {
            var next = block.Index + 1;
            // A sentence or a line ending in a colon is the writer's own, whatever follows it.
            return next >= blocks.Count || IsProseLike(block) || block.Chars > MaxListTitleChars || LayoutText.CountWords(block.Text) > MaxListTitleWords
                || HasSentencePunctuation(block.Text) || block.Text.TrimEnd().EndsWith(':') || !IsListItem(blocks[next])
                || blocks[next].LinkDensity < MaxInteriorItemLinkDensity || keptSet.Contains(blocks[next]) || EndsItsOwnList(block, blocks[next]);
        });
    }

    /// <summary>An item of one list over the first item of another: the last line of the article's list, not a title. A menu's
    /// unlinked item over its own sub-items, or over the next items of its list, titles them.</summary>
    private static bool EndsItsOwnList(TextBlock item, TextBlock next)
    {
        if (item.Container.Closest("li") is not { } itemEntry || next.Container.Closest("li") is not { } nextEntry)
        {
            return false;
        }
        return !itemEntry.Contains(nextEntry) && !ReferenceEquals(itemEntry.ParentElement, nextEntry.ParentElement);
    }

    private const int MaxListTitleChars = 60;
    private const int MaxListTitleWords = 6;
}
