using System.Text;
using System.Text.RegularExpressions;
using AngleSharp.Dom;

namespace NewsApi.Ingestion.Html;

/// <summary>Cuts a DOM into the text blocks a reader sees, in document order, with what each block's position says about it.</summary>
/// <remarks>The walk is iterative: a page nested ten thousand elements deep must not exhaust the stack.</remarks>
internal static partial class PageSegmenter
{
    // An <object> is not skipped: browsers without its plugin, which is all of them now, show what it holds.
    private static readonly HashSet<string> SkippedTags = new(StringComparer.Ordinal)
    {
        "script", "style", "noscript", "template", "svg", "math", "iframe", "embed", "canvas", "select", "option",
        "button", "input", "textarea", "head", "title", "meta", "link", "audio", "video", "map", "dialog",
    };

    private static readonly HashSet<string> BlockTags = new(StringComparer.Ordinal)
    {
        "p", "div", "section", "article", "main", "header", "footer", "nav", "aside", "h1", "h2", "h3", "h4", "h5", "h6",
        "ul", "ol", "li", "dl", "dt", "dd", "table", "thead", "tbody", "tfoot", "tr", "td", "th", "caption", "blockquote",
        "pre", "figure", "figcaption", "form", "fieldset", "legend", "address", "hr", "center", "details", "summary", "body",
        "html", "menu", "hgroup", "picture",
    };

    private static readonly HashSet<string> ChromeTags = new(StringComparer.Ordinal) { "nav", "aside", "footer", "header", "form", "menu" };

    private static readonly HashSet<string> ChromeRoles = new(StringComparer.OrdinalIgnoreCase)
    {
        "navigation", "banner", "contentinfo", "complementary", "menu", "menubar", "search", "dialog", "alertdialog", "toolbar", "tablist",
    };

    /// <param name="includeHidden">Read elements marked hidden too: streaming renderers park the whole article in a hidden element until script moves it.</param>
    public static (List<TextBlock> Blocks, List<PageImage> Images) Segment(IElement root, bool includeHidden = false)
    {
        var blocks = new List<TextBlock>();
        var images = new List<PageImage>();
        var builder = new BlockBuilder(blocks);

        // Frames: the node, and whether we are leaving it (its children are done).
        var stack = new Stack<(INode Node, bool Leaving)>();
        stack.Push((root, false));
        var blockElements = new Stack<IElement>();
        var linkDepth = 0;
        var figureStack = new Stack<IElement>();
        var dataRows = new Stack<IElement>();
        var kindStack = new Stack<(BlockKind Kind, int Level)>();
        kindStack.Push((BlockKind.Text, 0));

        while (stack.Count > 0)
        {
            var (node, leaving) = stack.Pop();
            if (node is IText textNode)
            {
                builder.Append(textNode.Data, linkDepth > 0);
                continue;
            }
            if (node is not IElement element)
            {
                continue;
            }
            var tag = element.LocalName;
            var isBlock = BlockTags.Contains(tag) && !(dataRows.Count > 0 && tag is "td" or "th");
            if (leaving)
            {
                if (isBlock)
                {
                    builder.Flush(blockElements.Peek(), kindStack.Peek());
                    blockElements.Pop();
                    if (DefinesKind(tag) || (dataRows.Count > 0 && ReferenceEquals(dataRows.Peek(), element)))
                    {
                        kindStack.Pop();
                    }
                    if (dataRows.Count > 0 && ReferenceEquals(dataRows.Peek(), element))
                    {
                        dataRows.Pop();
                    }
                }
                else if (IsLink(element))
                {
                    linkDepth--;
                }
                if (tag == "figure")
                {
                    figureStack.Pop();
                }
                continue;
            }

            if (SkippedTags.Contains(tag) || (!includeHidden && IsHidden(element)))
            {
                continue;
            }
            if (tag == "br")
            {
                builder.LineBreak();
                continue;
            }
            if (tag == "img")
            {
                images.Add(new PageImage(element, figureStack.Count > 0 ? figureStack.Peek() : null, blocks.Count + builder.PendingLines));
                continue;
            }

            if (isBlock)
            {
                if (blockElements.Count > 0)
                {
                    builder.Flush(blockElements.Peek(), kindStack.Peek());
                }
                blockElements.Push(element);
                if (DefinesKind(tag))
                {
                    kindStack.Push(KindOf(tag));
                }
                else if (tag == "tr" && dataRows.Count == 0 && IsDataRow(element))
                {
                    // A row of short cells reads as one line, as a browser lays it out: cell by cell, a table of figures or
                    // names was a column of labels, and weighed as menu lines do.
                    dataRows.Push(element);
                    kindStack.Push((BlockKind.TableCell, 0));
                }
            }
            else if (IsLink(element))
            {
                linkDepth++;
            }
            else if (tag is "td" or "th")
            {
                builder.Append(" ", false);
            }
            if (tag == "figure")
            {
                figureStack.Push(element);
            }
            stack.Push((element, true));
            var children = element.ChildNodes;
            for (var i = children.Length - 1; i >= 0; i--)
            {
                stack.Push((children[i], false));
            }
        }
        if (blockElements.Count > 0)
        {
            builder.Flush(blockElements.Peek(), kindStack.Peek());
        }
        else
        {
            builder.Flush(root, (BlockKind.Text, 0));
        }
        return (blocks, images);
    }

    /// <summary>Marks blocks and images that stand inside page furniture: navigation, asides, footers, and elements named for it.</summary>
    /// <remarks>
    /// An element that holds much of the page's prose is never furniture, whatever its name: ASP.NET wraps whole pages in
    /// a form, some themes put the article in a "post-share" or "has-sidebar" wrapper, and old pages lay out in tables.
    /// </remarks>
    private const int MinProseForWeakHints = 150;
    private const int MinHeaderProse = 1500;
    private const int MinArticleTagProse = 1000;
    private const int MinProseBoxesOfAClass = 3;

    /// <param name="titleHeading">The block of the page's headline, if known: the elements around it are the article's, whatever their names.</param>
    /// <param name="threadsAreContent">Comment threads are the page's content: on a forum, where no post stands apart from them.</param>
    public static void MarkChrome(List<TextBlock> blocks, List<PageImage> images, bool useClassHints, int? titleHeading = null, bool threadsAreContent = false)
    {
        var aroundHeadline = new HashSet<IElement>(ReferenceEqualityComparer.Instance);
        for (var element = titleHeading is { } h ? blocks[h].Container : null; element is not null; element = element.ParentElement)
        {
            aroundHeadline.Add(element);
        }
        var prose = new Dictionary<IElement, int>(ReferenceEqualityComparer.Instance);
        var text = new Dictionary<IElement, int>(ReferenceEqualityComparer.Instance);
        var pageProse = 0;
        foreach (var block in blocks)
        {
            for (var element = block.Container; element is not null; element = element.ParentElement)
            {
                text[element] = text.GetValueOrDefault(element) + block.Chars;
            }
            if (block.Kind is BlockKind.Heading or BlockKind.Caption || !MainContentFinder.IsProseLike(block))
            {
                continue;
            }
            pageProse += block.Chars;
            for (var element = block.Container; element is not null; element = element.ParentElement)
            {
                prose[element] = prose.GetValueOrDefault(element) + block.Chars;
            }
        }
        // Two thirds, not less: a sidebar's biography or a site blurb in an <aside> often outweighs a short post, and was
        // kept as the article when two fifths of the page's prose protected it.
        var limit = Math.Max(1, pageProse * 2 / 3);
        // Wrappers of an <article> that holds a story's worth of prose: a class name ("newsletter-wrapper") does not make them furniture.
        var aroundArticle = new HashSet<IElement>(ReferenceEqualityComparer.Instance);
        foreach (var (element, chars) in prose)
        {
            if (element.LocalName == "article" && chars >= MinArticleTagProse)
            {
                for (var up = element.ParentElement; up is not null && aroundArticle.Add(up); up = up.ParentElement)
                {
                }
            }
        }
        // Page builders wrap each paragraph in a "widget" box, all of one first class ("block block-17 block-widget-text"):
        // where several such boxes hold paragraphs of prose, the class names a wrapper of the page's text, and the word "widget"
        // does not make its boxes with a short line furniture. Names such as "promo" or "subscribe" still do.
        var proseBoxes = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var (element, chars) in prose)
        {
            if (chars >= MinProseForWeakHints && FirstClass(element) is { } box)
            {
                proseBoxes[box] = proseBoxes.GetValueOrDefault(box) + 1;
            }
        }
        var formBoxes = FormHolders(blocks);
        var articleHolders = ArticleHolders(blocks, text.Keys);
        var closingNotices = useClassHints ? ClosingCopyrightBoxes(blocks) : [];
        var besidePost = BesidePost(blocks, titleHeading);
        var chrome = new Dictionary<IElement, bool>(ReferenceEqualityComparer.Instance);
        bool InChrome(IElement start)
        {
            for (var element = start; element is not null; element = element.ParentElement)
            {
                if (!chrome.TryGetValue(element, out var isChrome))
                {
                    var elementProse = prose.GetValueOrDefault(element);
                    isChrome = IsChrome(element, element.LocalName, useClassHints, holdsProse: elementProse >= MinProseForWeakHints,
                        textBox: FirstClass(element) is { } box && proseBoxes.GetValueOrDefault(box) >= MinProseBoxesOfAClass, holdsArticle: articleHolders.Contains(element))
                        // The page's own footer (its addresses, disclaimers, a form's call) outweighs a short article's prose,
                        // and still is no article unless the headline stands in it.
                        && (elementProse < limit || IsPageFooter(element) && !aroundHeadline.Contains(element) || besidePost.Contains(element))
                        // Site builders name every band of the page a <header> ("section_post-content"), the article's too;
                        // a page's header holds a headline, a deck and a byline, not pages of prose.
                        && !(element.LocalName == "header" && elementProse >= MinHeaderProse)
                        // An <aside> between two of the article's paragraphs, with more prose than a teaser, is the writer's digression.
                        && !(element.LocalName == "aside" && elementProse > TeaserFinder.MaxTeaserChars && !IsChrome(element, "div", useClassHints) && StandsBetweenProse(element, prose))
                        && !(aroundArticle.Contains(element) && !IsChrome(element, element.LocalName, useClassHints: false))
                        // A wrapper of the headline and paragraphs is the article's, whatever its name ("share_wrapper").
                        && !(aroundHeadline.Contains(element) && elementProse >= MinProseForWeakHints && !IsChrome(element, element.LocalName, useClassHints: false))
                        // A long comment thread under a short post holds most of the page's prose, and is still no article.
                        || !threadsAreContent && IsCommentThread(element) && !aroundHeadline.Contains(element)
                        // A call to sign up, book or ask: a few lines of pitch around a form, inside the article or after it.
                        // A short post's wrapper may hold a form too, so a box that holds the article's marked body is no such call.
                        || (formBoxes.Contains(element) || useClassHints && IsSignUpBox(element)) && text.GetValueOrDefault(element) < MaxFormBoxText && !aroundHeadline.Contains(element)
                            && !articleHolders.Contains(element)
                        || closingNotices.Contains(element) && !aroundHeadline.Contains(element) && !articleHolders.Contains(element);
                    chrome[element] = isChrome;
                }
                if (isChrome)
                {
                    return true;
                }
            }
            return false;
        }
        foreach (var block in blocks)
        {
            block.InChrome = InChrome(block.Container) || IsStrayScript(block);
        }
        for (var i = 0; i < images.Count; i++)
        {
            images[i] = images[i] with { InChrome = InChrome(images[i].Image) };
        }
    }

    private const int MaxFormBoxText = 600;

    /// <summary>The elements that hold a field for an e-mail address or a phone number, or a scripted form's placeholder.</summary>
    private static HashSet<IElement> FormHolders(List<TextBlock> blocks)
    {
        var holders = new HashSet<IElement>(ReferenceEqualityComparer.Instance);
        if (blocks.Count == 0 || blocks[0].Container.Owner is not { } document)
        {
            return holders;
        }
        foreach (var field in document.QuerySelectorAll("[role=form], input[type=email], input[type=tel]"))
        {
            for (var up = field.ParentElement; up is not null && holders.Add(up); up = up.ParentElement)
            {
            }
        }
        return holders;
    }

    /// <summary>The elements that are or hold an <c>&lt;article&gt;</c>, a <c>&lt;main&gt;</c> or an element named for the article's text.</summary>
    private static HashSet<IElement> ArticleHolders(List<TextBlock> blocks, IEnumerable<IElement> textHolders)
    {
        var holders = new HashSet<IElement>(ReferenceEqualityComparer.Instance);
        if (blocks.Count == 0)
        {
            return holders;
        }
        var marked = blocks[0].Container.Owner!.QuerySelectorAll("article, main, body, [itemprop=articleBody]").Concat(textHolders.Where(HasContentHint)).ToList();
        foreach (var element in marked)
        {
            for (var up = element; up is not null && holders.Add(up); up = up.ParentElement)
            {
            }
        }
        return holders;
    }

    private static bool IsPageFooter(IElement element) =>
        element.LocalName == "footer" && element.Closest("article, main") is null
        || string.Equals(element.GetAttribute("role")?.Trim(), "contentinfo", StringComparison.OrdinalIgnoreCase);

    /// <summary>Script source shown as text: a page saved from the middle of a script, or a script tag broken by a stray quote.</summary>
    /// <remarks>Code in <c>&lt;pre&gt;</c> or <c>&lt;code&gt;</c>, or a paragraph quoting it inline, is a programming article's own, and stays.</remarks>
    private static bool IsStrayScript(TextBlock block)
    {
        if (block.Chars < MinScriptChars || block.Kind == BlockKind.Preformatted)
        {
            return false;
        }
        var text = block.Text;
        var symbols = 0;
        foreach (var c in text)
        {
            if (c is '{' or '}' or ';' or '=' or '(' or ')' or '[' or ']' or '|' or '&' or '<' or '>' or '+')
            {
                symbols++;
            }
        }
        return symbols * 100 >= block.Chars * 5 && text.Contains('{', StringComparison.Ordinal) && ScriptWords().IsMatch(text)
            && block.Container.Closest("pre, code") is null && !block.Container.Children.Any(child => child.LocalName == "code");
    }

    private const int MinScriptChars = 40;

    [GeneratedRegex(@"\b(?:function\s*\(|document\.|window\.|var\s+\w+\s*=|if\s*\()", RegexOptions.CultureInvariant)]
    private static partial Regex ScriptWords();

    /// <summary>A row of two or more cells that hold only inline text: data, not a layout table's column of paragraphs.</summary>
    private static bool IsDataRow(IElement row)
    {
        var cells = 0;
        foreach (var cell in row.Children)
        {
            if (cell.LocalName is not ("td" or "th"))
            {
                return false;
            }
            cells++;
            foreach (var inner in cell.Descendants<IElement>())
            {
                if (BlockTags.Contains(inner.LocalName))
                {
                    return false;
                }
            }
        }
        return cells >= 2;
    }

    /// <summary>Any anchor but a named target: <c>&lt;a name="top"&gt;</c> goes nowhere, shows as plain text, and old pages leave it
    /// open around the whole article. Anchors without an address that scripts make clickable stay links.</summary>
    private static bool IsLink(IElement element) =>
        element.LocalName == "a" && (element.HasAttribute("href") || element.HasAttribute("onclick") || !(element.HasAttribute("name") || element.HasAttribute("id")));

    private static bool DefinesKind(string tag) =>
        tag is "h1" or "h2" or "h3" or "h4" or "h5" or "h6" or "li" or "dd" or "dt" or "figcaption" or "caption" or "blockquote" or "pre" or "td" or "th" or "p";

    private static (BlockKind, int) KindOf(string tag) => tag switch
    {
        "h1" => (BlockKind.Heading, 1),
        "h2" => (BlockKind.Heading, 2),
        "h3" => (BlockKind.Heading, 3),
        "h4" => (BlockKind.Heading, 4),
        "h5" => (BlockKind.Heading, 5),
        "h6" => (BlockKind.Heading, 6),
        "li" or "dd" or "dt" => (BlockKind.ListItem, 0),
        "figcaption" or "caption" => (BlockKind.Caption, 0),
        "blockquote" => (BlockKind.Quote, 0),
        "pre" => (BlockKind.Preformatted, 0),
        "td" or "th" => (BlockKind.TableCell, 0),
        _ => (BlockKind.Text, 0),
    };

    private static bool IsHidden(IElement element)
    {
        if (element.HasAttribute("hidden"))
        {
            return true;
        }
        if (string.Equals(element.GetAttribute("aria-hidden"), "true", StringComparison.OrdinalIgnoreCase) && element.LocalName != "body")
        {
            return true;
        }
        // A tooltip shows only while the pointer rests on its term; left in, its definition runs into the sentence.
        if (string.Equals(element.GetAttribute("role")?.Trim(), "tooltip", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }
        var style = element.GetAttribute("style");
        return style is not null && HiddenStyle().IsMatch(style);
    }

    [GeneratedRegex(@"display\s*:\s*none|visibility\s*:\s*hidden", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex HiddenStyle();

    /// <summary>Collects the text of the current block, line by line (<c>&lt;br&gt;</c> ends a line), counting linked characters.</summary>
    private sealed class BlockBuilder(List<TextBlock> blocks)
    {
        private readonly StringBuilder line = new();
        private readonly List<(string Text, int Chars, int LinkChars, int Links)> lines = [];
        private int lineChars;
        private int lineLinkChars;
        private int lineLinks;
        private bool lastLinked;
        private bool pendingSpace;

        /// <summary>A Han, kana or Hangul character carries about a word's worth of text, where a Latin letter carries a fifth of one.</summary>
        private static int CharWeight(char c) =>
            c is (>= '\u3040' and <= '\u30FF') or (>= '\u3400' and <= '\u9FFF') or (>= '\uAC00' and <= '\uD7AF') or (>= '\uF900' and <= '\uFAFF') ? 3 : 1;

        public int PendingLines => lines.Count + (lineChars > 0 ? 1 : 0);

        public void Append(string text, bool inLink)
        {
            foreach (var c in text)
            {
                if (char.IsWhiteSpace(c) || c == '\u200B' || c == '\uFEFF')
                {
                    pendingSpace = line.Length > 0;
                    continue;
                }
                if (pendingSpace)
                {
                    line.Append(' ');
                    pendingSpace = false;
                }
                line.Append(c);
                var weight = CharWeight(c);
                lineChars += weight;
                if (inLink)
                {
                    lineLinkChars += weight;
                    lineLinks += lastLinked ? 0 : 1;
                }
                lastLinked = inLink;
            }
        }

        private int charsAtLastBreak = -1;

        /// <summary>One <c>&lt;br&gt;</c> wraps a line inside a paragraph; two in a row end the paragraph, as old pages write them.</summary>
        public void LineBreak()
        {
            if (lineChars == charsAtLastBreak)
            {
                BreakLine();
                return;
            }
            pendingSpace = line.Length > 0;
            charsAtLastBreak = lineChars;
        }

        public void BreakLine()
        {
            charsAtLastBreak = -1;
            if (lineChars > 0)
            {
                lines.Add((line.ToString(), lineChars, lineLinkChars, lineLinks));
            }
            line.Clear();
            lineChars = 0;
            lineLinkChars = 0;
            lineLinks = 0;
            lastLinked = false;
            pendingSpace = false;
        }

        public void Flush(IElement container, (BlockKind Kind, int Level) kind)
        {
            BreakLine();
            foreach (var (text, chars, linkChars, links) in lines)
            {
                blocks.Add(new TextBlock
                {
                    Text = text,
                    Chars = chars,
                    LinkChars = linkChars,
                    Links = links,
                    Container = container,
                    Kind = kind.Kind,
                    HeadingLevel = kind.Level,
                    Index = blocks.Count,
                });
            }
            lines.Clear();
        }
    }
}
