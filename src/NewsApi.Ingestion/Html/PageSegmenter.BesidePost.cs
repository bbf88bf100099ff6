using AngleSharp.Dom;

namespace NewsApi.Ingestion.Html;

internal static partial class PageSegmenter
{
    /// <summary>The elements that begin after the article's first paragraph and stand outside the post's box that holds it and
    /// the headline: the sidebar or the footer beside the post, whatever their share of the page's prose.</summary>
    /// <remarks>
    /// Furniture that holds two thirds of a page's prose is not taken for furniture, since a post is sometimes set in a box
    /// with such a name. Beside a post of one or two paragraphs, though, a sidebar's disclaimer or the blog's profile holds
    /// that much, and was chosen as the article. Where a paragraph of prose stands under the headline, the post has begun,
    /// and a box that starts after it outside the post's own box is beside the post, not the post.
    /// </remarks>
    private static HashSet<IElement> BesidePost(List<TextBlock> blocks, int? titleHeading)
    {
        var beside = new HashSet<IElement>(ReferenceEqualityComparer.Instance);
        if (titleHeading is not { } heading)
        {
            return beside;
        }
        var firstProse = -1;
        for (var i = heading + 1; i < blocks.Count && i <= heading + MaxBlocksToFirstProse; i++)
        {
            // A deck or the writer's line in the page's header, or a box named as furniture, does not begin the post.
            if (blocks[i].Kind is not (BlockKind.Heading or BlockKind.Caption) && MainContentFinder.IsProseLike(blocks[i])
                && blocks[i].Container.Closest("header") is null && !HasFurnitureName(blocks[i].Container, blocks[heading].Container))
            {
                firstProse = i;
                break;
            }
        }
        // Only a box named as the post's (an <article>, "post-content", "entry"): a hero band's headline and deck are
        // no post, and the page's text then follows in a wrapper named for the column and the sidebar it holds.
        var post = firstProse < 0 ? null : CommonAncestor(blocks[heading].Container, blocks[firstProse].Container);
        while (post is not null && post.LocalName is not ("body" or "html") && (post.LocalName == "header" || (post.LocalName != "article" && !HasContentHint(post))))
        {
            post = post.ParentElement;
        }
        if (post is null || post.LocalName is "body" or "html")
        {
            return beside;
        }
        for (var i = firstProse + 1; i < blocks.Count; i++)
        {
            for (var element = blocks[i].Container; element is not null && !element.Contains(post) && !post.Contains(element); element = element.ParentElement)
            {
                if (!beside.Add(element))
                {
                    break;
                }
            }
        }
        return beside;
    }

    private const int MaxBlocksToFirstProse = 25;

    /// <summary>Whether a box between the block and the one it shares with the headline is named as furniture.</summary>
    /// <remarks>Above that, blog software names every column a "widget", the post's own.</remarks>
    private static bool HasFurnitureName(IElement start, IElement headline)
    {
        var shared = CommonAncestor(start, headline);
        for (var element = start; element is not null && element != shared; element = element.ParentElement)
        {
            if (IsChrome(element, element.LocalName, useClassHints: true, holdsProse: true))
            {
                return true;
            }
        }
        return false;
    }

    private static IElement? CommonAncestor(IElement a, IElement b)
    {
        for (var element = a; element is not null; element = element.ParentElement)
        {
            if (element.Contains(b))
            {
                return element;
            }
        }
        return null;
    }
}
