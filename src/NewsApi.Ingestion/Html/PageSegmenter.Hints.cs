using System.Text.RegularExpressions;
using AngleSharp.Dom;

namespace NewsApi.Ingestion.Html;

/// <summary>What an element's tag, role, class and id say it is: page furniture, a comment thread, the article's text.</summary>
internal static partial class PageSegmenter
{
    /// <param name="holdsProse">Whether the element holds paragraphs of its own: names such as "widget" or "meta" mark furniture only when it does not.</param>
    /// <param name="textBox">Whether the element's class is one a page builder gives the boxes of the page's paragraphs: "widget" marks no furniture then.</param>
    /// <param name="holdsArticle">Whether the element holds an element marked as the article's: a widget area that does is the blog's column of posts.</param>
    internal static bool IsChrome(IElement element, string tag, bool useClassHints, bool holdsProse = false, bool textBox = false, bool holdsArticle = false)
    {
        if (ChromeTags.Contains(tag))
        {
            return true;
        }
        var role = element.GetAttribute("role");
        if (role is not null && ChromeRoles.Contains(role.Trim()))
        {
            return true;
        }
        if (!useClassHints || tag is "body" or "html" or "article" or "main" || element.GetAttribute("itemprop") is "articleBody")
        {
            return false;
        }
        // Publishers mark what search engines must not quote as part of the page's text: teasers, author blurbs, widgets.
        if (element.HasAttribute("data-nosnippet"))
        {
            return true;
        }
        // schema.org's Person for the writer, given paragraphs: the biography box under the post, whatever its class.
        if (holdsProse && element.HasAttribute("itemscope") && string.Equals(element.GetAttribute("itemprop")?.Trim(), "author", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }
        var hints = ClassAndId(element);
        // A carousel of customers' reviews is prose beside the article, never of it. Only the class counts: an id
        // "testimonials" is often an in-page anchor on a section that holds more than the reviews.
        if (element.GetAttribute("class") is { } className && TestimonialsHint().IsMatch(className) && !ContentHint().IsMatch(hints))
        {
            return true;
        }
        // An author's biography is prose, and its box is often named inside the post's own scheme ("post-author-bio"), which
        // the content hint would otherwise shield.
        return hints.Length > 0 && (AuthorBoxHint().IsMatch(hints)
            || ((ChromeHint().IsMatch(hints) || (!holdsProse && (WeakChromeHint().IsMatch(hints) || (!textBox && BuilderBoxHint().IsMatch(hints))))
                // A blog theme's widget ("widget widget_block"), a box it adds beside or under posts, is furniture even with prose in it.
                || (!textBox && !holdsArticle && element.ClassList.Any(name => name.Equals("widget", StringComparison.OrdinalIgnoreCase))))
                && !ContentHint().IsMatch(hints)));
    }

    /// <summary>A note set aside inside the article ("A note on other devices"): prose paragraphs of the same parent stand right before and after it.</summary>
    /// <remarks>A sidebar stands beside the article's column, not between two of its paragraphs.</remarks>
    private static bool StandsBetweenProse(IElement element, Dictionary<IElement, int> prose) =>
        element.PreviousElementSibling is { } before && prose.GetValueOrDefault(before) > 0
        && element.NextElementSibling is { } after && prose.GetValueOrDefault(after) > 0;

    private static bool IsCommentThread(IElement element)
    {
        var hints = ClassAndId(element);
        return hints.Length > 0 && CommentHint().IsMatch(hints) && !ContentHint().IsMatch(hints) && element.LocalName is not ("body" or "html" or "article" or "main" or "a");
    }

    internal static bool HasContentHint(IElement element)
    {
        if (element.GetAttribute("itemprop") is "articleBody" or "text")
        {
            return true;
        }
        var hints = ClassAndId(element);
        return hints.Length > 0 && ContentHint().IsMatch(hints) && !ChromeHint().IsMatch(hints) && !AuthorBoxHint().IsMatch(hints);
    }

    /// <summary>A class or id that names page furniture (a sidebar, a share bar, related stories) and not the article's text.</summary>
    internal static bool HasFurnitureHint(IElement element)
    {
        var hints = ClassAndId(element);
        return hints.Length > 0 && (ChromeHint().IsMatch(hints) || AuthorBoxHint().IsMatch(hints)) && !ContentHint().IsMatch(hints);
    }

    /// <summary>A box named for signing up, promotion, a pop-up or a disclaimer: a few lines of it are no article text, however much of them is prose.</summary>
    private static bool IsSignUpBox(IElement element) => ClassAndId(element) is { Length: > 0 } hints && SignUpHint().IsMatch(hints) && !ContentHint().IsMatch(hints);

    [GeneratedRegex(@"subscri|sign[-_]?up|opt[-_]?in|promo|lead[-_]?magnet|popup|modal|disclaimer|disclosure", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex SignUpHint();

    /// <summary>The first name in the class attribute: builders number their boxes after it ("block block-17").</summary>
    private static string? FirstClass(IElement element) => element.ClassList.Length > 0 ? element.ClassList[0] : null;

    private static string ClassAndId(IElement element)
    {
        var className = element.GetAttribute("class");
        var id = element.Id is { } name && !IsTextSlug(name) ? name : null;
        return (className, id) switch
        {
            (null, null) => "",
            (_, null) => className!,
            (null, _) => id!,
            _ => className + " " + id,
        };
    }

    /// <summary>An id made from a heading's words, for links to the section ("menu-ideas-for-a-summer-party"): it names
    /// what the section is about, not what the box is. Class names and ids chosen for a box run to three or four words.</summary>
    private static bool IsTextSlug(string id)
    {
        var words = 1;
        foreach (var c in id)
        {
            words += c is '-' or '_' ? 1 : 0;
        }
        return words >= MinSlugWords;
    }

    private const int MinSlugWords = 5;

    // Page furniture as publishers name it in class and id attributes; the words are generic, not any site's.
    [GeneratedRegex(@"comment|disqus|respond|repl(y|ies)|share|sharing|social|related|recommend|more[-_]?(stories|news|articles)|(recent|latest|popular|similar|other)[-_]?(posts?|articles|stories|news|blogs?)([\s_-]|$)|newsletter|cookie|consent|gdpr|sidebar|side[-_]bar|footer|breadcrumb|(^|[\s_-])menu|navbar|(^|[\s_-])nav([\s_-]|$)|skip[-_]?link|advert|(^|[\s_-])ads?([\s_-]|$)|sponsor|outbrain|taboola|trending|most[-_]?(read|popular|viewed)|read[-_]?more|also[-_]?read|next[-_]?(article|post)|prev[-_]?next|donat(e|ion)|(^|[\s_-])contributions([\s_-]|$)|(^|[\s_-])cta([\s_-]|$)|call[-_]?to[-_]?action|contact[-_]?(us|form)|slideshow", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ChromeHint();

    // The plural names the collection; one "testimonial" is as often a pull quote inside the article.
    [GeneratedRegex(@"testimonials", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex TestimonialsHint();

    // Comment software's names for a thread and its entries ("comment-body", "commentlist", "disqus_thread").
    [GeneratedRegex(@"(^|\s)(comments?|comment-?(list|body|content|text|thread|area|section|wrapper|container|block|item|entry)|commentlist|disqus(_thread)?)([\s_-]|$)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex CommentHint();

    // Names that mark furniture when the element holds no paragraphs, and are also found on wrappers of real text.
    [GeneratedRegex(@"subscri|sign[-_]?up|promo|banner|popup|modal|overlay|masthead|pagination|pager|toolbar|tag[-_]?list|(^|[\s_-])tags([\s_-]|$)|login|paywall|(^|[\s_-])jump|caption|credit|byline|dateline|timestamp|(^|[\s_-])meta([\s_-]|$)|(^|[\s_-])print([\s_-]|$)|rss|hidden|(^|[\s_-])hide|teaser|carousel|slider|ticker|rating|vote|poll", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex WeakChromeHint();

    // A page builder's name for any box of the page, the article's paragraphs among them.
    [GeneratedRegex(@"widget", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex BuilderBoxHint();

    // The box about the writer under (or beside) the article: their biography, photo and other posts. Magazines say contributor.
    // A card that drops down or pops over the byline holds the same biography. Blog themes name the box "post-author" (not
    // "post-author-name", the byline's own). BEM names part a box from its element with two marks ("author__bio", "writer--info").
    [GeneratedRegex(@"(author|contributor|writer)[-_]{0,2}(bio|box|info|card|profile|details?|description|about|dropdown|hovercard|popover|tooltip)|about[-_]{0,2}(the[-_]{0,2})?(author|contributor|writer)|(^|[\s_-])post[-_]author([\s_]|$)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex AuthorBoxHint();

    [GeneratedRegex(@"article-?body|articlebody|story-?body|storybody|entry-?content|post-?(content|body|text)|article-?(content|text)|content-?body|body-?(text|copy)|main-?content|(^|[\s_-])(article|story|post)([\s_-]|$)|text-?content|rich-?text|(^|[\s_-])prose([\s_-]|$)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ContentHint();
}
