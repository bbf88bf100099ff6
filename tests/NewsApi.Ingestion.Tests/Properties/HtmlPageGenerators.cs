using System.Globalization;
using System.Text;
using CsCheck;

namespace NewsApi.Ingestion.Tests.Properties;

/// <summary>
/// Generators of hostile HTML: tag soup made of the pieces a news page is made of, and small pages of our own with
/// token- and character-level mutations; plus the pathological pages (deep, huge, binary) the property tests build outright.
/// </summary>
internal static class HtmlPageGenerators
{
    /// <summary>Put only inside script and style elements: finding it in a body paragraph means their text leaked.</summary>
    public const string ScriptMarker = "Zq9ScriptLeak";
    public const string StyleMarker = "Zq9StyleLeak";

    // No xmp, noembed, noframes or plaintext: their content is shown as written, so a script inside one is rightly text.
    private static readonly string[] Tags =
    [
        "div", "span", "p", "a", "b", "i", "em", "strong", "article", "main", "section", "header", "footer", "nav", "aside",
        "h1", "h2", "h3", "ul", "ol", "li", "figure", "figcaption", "img", "br", "table", "tr", "td", "blockquote", "pre",
        "time", "form", "button", "select", "option", "template", "svg", "math", "iframe", "textarea", "title", "noscript",
        "html", "body", "head", "meta", "link", "base", "picture", "source", "font", "center", "dl", "dd", "frameset", "hr",
    ];

    private static readonly string[] Attributes =
    [
        "class=\"article-body\"", "class=\"comments\"", "class=\"share-bar\"", "class='nav menu'", "id=main", "id=\"related\"",
        "role=navigation", "role=\"main\"", "itemprop=articleBody", "hidden", "aria-hidden=true", "style=\"display:none\"",
        "href=\"/x/y\"", "href=\"https://example.org/a\"", "href=javascript:alert(1)", "src=\"/img/a.jpg\"",
        "src=\"https://cdn.example.org/b.png\"", "src=\"data:image/png;base64,AAAA\"", "src=\"//cdn.example.org/c.jpg\"",
        "data-src=\"img/d.jpg\"", "srcset=\"e.jpg 1x, f.jpg 2x\"", "srcset=\", ,\"", "width=50", "height=\"2000\"",
        "datetime=\"2024-03-09T14:05:00+01:00\"", "datetime=\"9999-99-99\"", "pubdate", "rel=canonical", "href=\"ftp://x\"",
        "href=\"http://[::1\"", "href=\"https://ex ample.org/\u00A0\"", "property=\"og:title\" content=\"A headline from OpenGraph\"",
        "name=\"author\" content=\"Ana Lima, Bo Chen\"", "property=\"article:published_time\" content=\"2023-11-05T08:00:00Z\"",
        "name=keywords content=\"politics; economy,, tag:x\"", "property=og:url content=\"/relative/only\"",
        "property=og:image content=\"http://\"", "charset=\"utf-16\"", "http-equiv=\"Content-Type\" content=\"text/html; charset=shift_jis\"",
        "x=\"", "y='unterminated", "=\"\"", "a b c", "class=\"\u00A0caption\u00A0credit\"",
    ];

    private static readonly string[] Texts =
    [
        "The council approved the budget on Tuesday after a long debate, officials said.",
        "Photo: Jane Roe / Reuters", "By Ana Lima", "Updated 3 hours ago", "Share on Facebook", "Read more:",
        "PARIS, March 9 (Reuters) - Ministers met again.", "March 9, 2023 11:05 AM UTC", "\u00A0", "&nbsp;", "&amp;", "&lt;p&gt;",
        "&#0;", "&#xD800;", "&#x1F600;", "&#1114112;", "&notanentity;", "&", "<", ">", "\"", "\u0000", "\uD800", "\uDFFF",
        "\uDE00\uD83D", "\uFEFF", "\u200B", "\u2028", "\r\n", "\r", "\t", "\u4E2D\u6587\u65B0\u95FB\u62A5\u9053\u3002",
        "\u0627\u0644\u062E\u0628\u0631", "\u202E", "e\u0301", "<!--", "-->", "<!-- a comment -->", "<![CDATA[ x ]]>",
        "<!DOCTYPE html>", "<?xml version=\"1.0\"?>", "</", "</>", "<>", "<a", "<p", "=", "'",
    ];

    private static readonly string[] JsonLd =
    [
        "{\"@context\":\"https://schema.org\",\"@type\":\"NewsArticle\",\"headline\":\"A headline from JSON-LD\",\"datePublished\":\"2024-03-09T14:05:00+01:00\",\"author\":{\"name\":\"Ana Lima\"},\"image\":\"/lead.jpg\",\"url\":\"https://news.example.org/a/1\"}",
        "{\"@graph\":[{\"@type\":\"WebPage\"},{\"@type\":[\"NewsArticle\"],\"headline\":\"Graph headline\",\"articleBody\":\"First paragraph of the body.\\nSecond one.\"}]}",
        "{\"@type\":\"NewsArticle\",\"articleBody\":\"<p>Body as markup</p><script>alert(1)</script><style>p{}</style>\",\"datePublished\":\"0001-01-01T00:00:00+14:00\"}",
        // articleBody as markup with a script in it, the script's end tag escaped (<\/script>) as JSON allows.
        "{\"@type\":\"NewsArticle\",\"articleBody\":\"<p>The ministers met in the capital on Monday and agreed a plan for the railway, which will run from the coast to the mountains.</p><script>var leak = 'Zq9ScriptLeak';<\\/script><p>Work is to begin next year, and the line is to open in ten years, officials said on Monday.</p><style>p::after{content:'Zq9StyleLeak'}<\\/style>\"}",
        "{\"@type\":\"Article\",\"headline\":{\"@id\":\"x\"},\"author\":[[[\"deep\"]]],\"keywords\":[1,null,\"a,b\"],\"image\":[{\"url\":\"data:x\"}]}",
        "{\"@type\":\"NewsArticle\",\"datePublished\":\"2024-13-45T25:61:00+99:00\",\"dateModified\":\"yesterday\"",
        "{ not json at all ;;; }", "[]", "null", "\"just a string\"", "{\"@type\":\"NewsArticle\",}",
        "{\"@type\":\"NewsArticle\",\"headline\":\"\\uD800 lone \\u0000 nul \\u00a0 nbsp\",\"url\":\"javascript:alert(1)\"}",
        "{\"mainEntity\":{\"mainEntity\":{\"mainEntity\":{\"@type\":\"NewsArticle\",\"headline\":\"Nested main entity\"}}}}",
    ];

    private static readonly Gen<string> Attribute = Gen.OneOf(Attributes);

    private static readonly Gen<string> OpenTag =
        Gen.Select(Gen.OneOf(Tags), Attribute.Array[0, 3], Gen.Bool)
            .Select((tag, attributes, selfClosing) =>
                "<" + tag + string.Concat(attributes.Select(a => " " + a)) + (selfClosing ? "/>" : ">"));

    private static readonly Gen<string> Word = Gen.String[Gen.Char["abcdefghijklmnopqrstuvwxyz"], 1, 10];

    private static readonly Gen<string> Sentence =
        Word.Array[3, 40].Select(words => char.ToUpperInvariant(words[0][0]) + string.Join(' ', words)[1..] + ".");

    /// <summary>
    /// A script or style element holding a marker, as one piece: nothing in the soup can open it up to the text. The
    /// leading '&gt;' ends a tag the soup left open ("&lt;UKKH&lt;script&gt;" is one element, named "ukkh&lt;script").
    /// </summary>
    private static readonly Gen<string> Hidden =
        Gen.Frequency(
            (3, Word.Select(w => $"<script>var {w} = \"{ScriptMarker}\"; document.write('<p>' + {w} + '</p>');</script>")),
            (2, Word.Select(w => $"<style>.{w}::after {{ content: \"{StyleMarker}\"; }} p {{ color: red }}</style>")),
            (1, Gen.Const($"<script type=\"text/javascript\"><!-- if (a < b) {{ x = '{ScriptMarker}</scr' + 'ipt>'; }} --></script>")),
            (1, Gen.Const($"<SCRIPT>/*<![CDATA[*/ '{ScriptMarker}' /*]]>*/</SCRIPT>")));

    private static readonly Gen<string> SoupPiece =
        Gen.Frequency(
            (8, OpenTag),
            (5, Gen.OneOf(Tags).Select(tag => "</" + tag + ">")),
            (8, Sentence),
            (4, Gen.OneOf(Texts)),
            (2, Hidden.Select(hidden => ">" + hidden)),
            (1, Gen.OneOf(JsonLd).Select(json => "<script type=\"application/ld+json\">" + json + "</script>")),
            (1, Gen.String[Gen.Char, 1, 12]),
            (1, Word.SelectMany(w => Gen.Int[50, 2000].Select(n => string.Concat(Enumerable.Repeat("<p>" + w + " is a word. ", n / 20))))));

    /// <summary>Random tag soup of 1 to 300 pieces, sometimes with whitespace between them.</summary>
    public static readonly Gen<string> TagSoup =
        Gen.Select(SoupPiece, Gen.OneOf("", "", " ", "\n")).Array[1, 300]
            .Select(pieces =>
            {
                var html = new StringBuilder();
                foreach (var (piece, separator) in pieces)
                {
                    html.Append(piece).Append(separator);
                }
                return html.ToString();
            });

    /// <summary>Small pages of our own, in the shapes news sites use: metadata in the head, chrome around an article.</summary>
    public static readonly string[] Pages =
    [
        Page(withJsonLd: true, withFigure: true, paragraphs: 6),
        Page(withJsonLd: false, withFigure: true, paragraphs: 3),
        Page(withJsonLd: true, withFigure: false, paragraphs: 12),
        """
        <!doctype html><html lang="ja"><head><meta charset="shift_jis"><title>地震で新幹線が運転見合わせ | ニュース</title></head>
        <body><nav><a href="/">トップ</a><a href="/p">政治</a></nav><h1>地震で新幹線が運転見合わせ</h1>
        <p>気象庁によると、午前九時ごろ東北地方で震度五弱の地震があった。新幹線は安全確認のため運転を見合わせている。</p>
        <p>けが人の情報は入っていない。政府は情報収集にあたっている。</p><script>var k = "Zq9ScriptLeak";</script></body></html>
        """,
        """
        <html><body><div class="post"><h2>Minutes of the harbour board</h2><div>The harbour board met on Monday<br>and agreed
        to dredge the channel before the winter storms.<br><br>Members voted seven to two.</div><table><tr><td>Vote</td><td>7-2</td>
        </tr></table><div class="comments"><p>Jo says: great news!</p></div><style>div{}/*Zq9StyleLeak*/</style></div></body></html>
        """,
    ];

    private static string Page(bool withJsonLd, bool withFigure, int paragraphs)
    {
        var html = new StringBuilder();
        html.Append("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Harbour town votes to rebuild its sea wall | The Coast Gazette</title>")
            .Append("<link rel=\"canonical\" href=\"https://gazette.example.org/news/sea-wall\">")
            .Append("<meta property=\"og:title\" content=\"Harbour town votes to rebuild its sea wall\">")
            .Append("<meta property=\"article:published_time\" content=\"2024-03-09T14:05:00+01:00\">")
            .Append("<meta name=\"description\" content=\"The council approved the plan by nine votes to two.\">")
            .Append("<style>body { font: 16px serif } .lead::before { content: \"").Append(StyleMarker).Append("\" }</style>");
        if (withJsonLd)
        {
            html.Append("<script type=\"application/ld+json\">{\"@context\":\"https://schema.org\",\"@type\":\"NewsArticle\",")
                .Append("\"headline\":\"Harbour town votes to rebuild its sea wall\",\"datePublished\":\"2024-03-09T14:05:00+01:00\",")
                .Append("\"author\":[{\"@type\":\"Person\",\"name\":\"Ana Lima\"}],\"keywords\":\"coast, councils\",\"image\":{\"url\":\"/img/wall.jpg\"}}</script>");
        }
        html.Append("</head><body><header><a href=\"/\">The Coast Gazette</a><nav><ul><li><a href=\"/news\">News</a></li><li><a href=\"/sport\">Sport</a></li>")
            .Append("<li><a href=\"/weather\">Weather</a></li></ul></nav></header><main><article><h1>Harbour town votes to rebuild its sea wall</h1>")
            .Append("<p class=\"byline\">By Ana Lima</p><time datetime=\"2024-03-09T14:05:00+01:00\">9 March 2024</time>");
        if (withFigure)
        {
            html.Append("<figure><img src=\"/img/wall.jpg\" alt=\"The old wall\" width=\"800\"><figcaption>The old wall after the storm.")
                .Append(" <span class=\"credit\">Photo: Jo Roe</span></figcaption></figure>");
        }
        for (var i = 0; i < paragraphs; i++)
        {
            html.Append(CultureInfo.InvariantCulture, $"<p>Paragraph {i + 1}: the council said the new wall would be two metres higher than the old one, ")
                .Append("and that work would begin in the spring once the contracts were signed, the mayor told reporters.</p>");
            if (i == 1)
            {
                html.Append("<script>window.ads = [\"").Append(ScriptMarker).Append("\"];</script><div class=\"share\"><a href=\"#\">Share</a></div>");
            }
        }
        html.Append("</article><aside class=\"related\"><h2>Related</h2><ul><li><a href=\"/a\">Storm closes ferry</a></li></ul></aside>")
            .Append("<section class=\"comments\"><p>Sam says: about time.</p></section></main><footer>&copy; 2024 The Coast Gazette</footer></body></html>");
        return html.ToString();
    }

    /// <summary>One edit of a page; the numbers are reduced modulo whatever they index, so any values are valid.</summary>
    public readonly record struct Mutation(MutationKind Kind, int A, int B, int C)
    {
        public override string ToString() => $"{Kind}({A},{B},{C})";
    }

    public enum MutationKind
    {
        DeleteToken,
        DuplicateToken,
        SwapTokens,
        InsertSoup,
        DeleteChars,
        FlipChar,
        Truncate,
        UnclosedTag,
        NestDeep,
    }

    private static readonly Gen<Mutation> OneMutation =
        Gen.Select(Gen.Enum<MutationKind>(), Gen.Int[0, int.MaxValue], Gen.Int[0, int.MaxValue], Gen.Int[0, int.MaxValue])
            .Select((kind, a, b, c) => new Mutation(kind, a, b, c));

    /// <summary>One of <see cref="Pages"/> (by index) with 1 to 10 mutations.</summary>
    public static readonly Gen<(int Page, Mutation[] Mutations)> MutatedPage = Gen.Select(Gen.Int[0, Pages.Length - 1], OneMutation.Array[1, 10]);

    public static string Apply(string html, IEnumerable<Mutation> mutations)
    {
        foreach (var mutation in mutations)
        {
            html = Apply(html, mutation);
        }
        return html;
    }

    private static readonly string[] SoupSamples =
        [.. Tags.Select(t => "<" + t + ">"), .. Tags.Select(t => "</" + t + ">"), .. Texts, .. Attributes.Select(a => "<div " + a + ">")];

    private static string Apply(string html, Mutation m)
    {
        // Tokens: the page cut before each '<', so that whole tags move together.
        var tokens = Tokens(html);
        switch (m.Kind)
        {
            case MutationKind.DeleteToken:
                tokens.RemoveAt(m.A % tokens.Count);
                return string.Concat(tokens);
            case MutationKind.DuplicateToken:
                tokens.Insert(m.B % tokens.Count, tokens[m.A % tokens.Count]);
                return string.Concat(tokens);
            case MutationKind.SwapTokens:
            {
                var (i, j) = (m.A % tokens.Count, m.B % tokens.Count);
                (tokens[i], tokens[j]) = (tokens[j], tokens[i]);
                return string.Concat(tokens);
            }
            case MutationKind.InsertSoup:
                tokens.Insert(m.A % (tokens.Count + 1), SoupSamples[m.C % SoupSamples.Length]);
                return string.Concat(tokens);
            case MutationKind.UnclosedTag:
            {
                // A tag cut short: "<div class="a" ...rest of the page".
                var i = m.A % tokens.Count;
                var token = tokens[i];
                tokens[i] = token.Length > 1 ? token[..(1 + m.B % (token.Length - 1))] : token;
                return string.Concat(tokens);
            }
            case MutationKind.NestDeep:
            {
                var tag = Tags[m.B % Tags.Length];
                var depth = 1 + m.C % 3000;
                var at = m.A % (tokens.Count + 1);
                tokens.Insert(at, string.Concat(Enumerable.Repeat("<" + tag + ">", depth)));
                return string.Concat(tokens);
            }
            case MutationKind.DeleteChars:
            {
                if (html.Length == 0)
                {
                    return html;
                }
                var at = m.A % html.Length;
                return html.Remove(at, Math.Min(html.Length - at, 1 + m.B % 40));
            }
            case MutationKind.FlipChar:
            {
                if (html.Length == 0)
                {
                    return html;
                }
                var chars = html.ToCharArray();
                var at = m.A % chars.Length;
                chars[at] = (char)(chars[at] ^ (1 << (m.B % 16)));
                return new string(chars);
            }
            case MutationKind.Truncate:
                return html[..(m.A % (html.Length + 1))];
            default:
                throw new ArgumentOutOfRangeException(nameof(m), m.Kind, "unknown mutation");
        }
    }

    private static List<string> Tokens(string html)
    {
        var tokens = new List<string>();
        var start = 0;
        for (var i = 1; i < html.Length; i++)
        {
            if (html[i] == '<')
            {
                tokens.Add(html[start..i]);
                start = i;
            }
        }
        tokens.Add(html[start..]);
        return tokens;
    }
}
