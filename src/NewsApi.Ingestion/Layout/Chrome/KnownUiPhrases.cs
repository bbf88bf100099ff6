namespace NewsApi.Ingestion.Layout.Chrome;

/// <summary>Labels of buttons, banners and widgets that news sites print around an article.</summary>
/// <remarks>
/// Why a list: most chrome is caught by shape (short unpunctuated lines in the head or tail), but inside the
/// body a button label looks like a one-word paragraph, and glued labels ("Community standardsDiscussion")
/// can only be split by knowing the words. These are generic site labels, not text of any one document.
/// </remarks>
internal static class KnownUiPhrases
{
    /// <summary>A line made only of these (case-insensitive, optionally glued or separated by · | • /) is chrome.</summary>
    public static readonly string[] Exact =
    [
        "listen live", "listen", "listen to this article", "get short url", "short url", "copy link", "copy url",
        "advertisement", "advertising", "sponsored", "sponsored content", "scroll to continue", "continue reading",
        "share", "share this", "share this article", "share this story", "share on facebook", "share on twitter",
        "tweet", "email", "e-mail", "print", "whatsapp", "facebook", "twitter", "linkedin", "telegram", "reddit",
        "we use cookies", "accept", "accept all", "accept cookies", "reject all", "decline", "manage preferences",
        "manage cookies", "cookie settings", "cookie policy", "privacy policy", "terms of use", "terms of service",
        "sign up", "sign in", "log in", "login", "register", "subscribe", "subscribe now", "newsletter", "newsletters",
        "sign up for our newsletter", "read more", "read next", "click here", "more", "see more", "load more",
        "community standards", "discussion", "comments", "show comments", "view comments", "hide comments",
        "skip to main content", "skip to content", "skip to navigation", "menu", "search", "home", "close",
        "back to top", "most read", "most popular", "most viewed", "trending", "recommended", "you may also like",
        "follow us", "related", "related stories", "related articles", "related content", "more on this story",
        "see also", "topics", "tags", "watch", "watch live", "live", "video", "play", "play video", "audio",
        "save", "save article", "bookmark", "gift this article", "gift article", "contact us", "about us",
        "all rights reserved", "our standards", "the thomson reuters trust principles", "report an error",
        "report this ad", "updated", "gallery", "sign up here", "purchase licensing rights", "licensing rights",
        "reuse this content", "leave a comment", "leave a reply", "post a comment", "add a comment", "you might also like",
        "copied", "link copied", "enter your email", "enter your email address", "we value your privacy", "your privacy",
        "privacy settings", "privacy options", "do not sell my personal information", "terms", "more from this section",
        "view all", "see all", "open in app", "listen to article", "read in app", "go to homepage",
        "advertise with us", "pin it", "share this page", "share this post", "email this", "email this article",
        "print this", "print this article", "share with friends", "share this with friends",
        "blogthis!", "share to twitter", "share to facebook", "share to pinterest", "like us on facebook", "facebook page",
        "rss feed", "email us", "follow us on twitter", "follow us on facebook",
        "donate", "donate now", "support us", "support independent journalism", "make a donation", "become a member",
        "feedback to editors", "explore further", "share to x", "share on x", "post to x",
        // Share bars and a blog's thread buttons: "Copy link Email Facebook X WhatsApp", "Like this: Loading...", "Reply".
        "x", "mastodon", "bluesky", "pinterest", "flipboard", "share full article", "gift", "like", "like this", "loading", "reply",
        // A site's language switcher: each language named in itself.
        "english", "in english", "suomeksi", "på svenska", "svenska", "deutsch", "auf deutsch", "français", "en français",
        "español", "en español", "italiano", "português", "nederlands", "polski", "norsk", "dansk", "eesti", "türkçe",
        "čeština", "magyar", "română", "tiếng việt", "русский", "українська", "ελληνικά", "中文", "日本語", "한국어", "العربية",
    ];

    /// <summary>A line starting with one of these is chrome: banners and footers whose tail varies by site.</summary>
    public static readonly string[] Prefixes =
    [
        "we use cookies", "this site uses cookies", "this website uses cookies", "by continuing to use",
        "sign up for", "subscribe to", "follow us on", "follow us:", "our standards:", "click here",
        "copyright ©", "copyright (c)", "copyright 19", "copyright 20", "all rights reserved", "read more at",
        "advertisement", "skip to", "get the latest", "download our app", "download the app", "join the conversation",
        "log in to comment", "sign in to comment", "comments are closed", "this article was amended",
        "you have reached your limit", "already a subscriber", "support our journalism", "share on ", "share via ",
        "share to ", "by signing up", "by subscribing", "text size", "font size", "story continues below", "article continues below",
        "continue reading below", "story continues after", "source: ", "watch: ", "listen: ", "watch live: ", "by clicking", "enter your email", "get our newsletter",
        "you need to have javascript", "you need javascript", "please enable javascript", "javascript is disabled", "javascript is required",
        "enable javascript", "tell us what you think",
        // The notices under a science or press-release story: the reference, the source institution, how to cite it (a label
        // with its colon and space, so that the one-word rule for short lines does not apply).
        "more information:", "provided by ", "citation: ", "this document is subject to copyright", "journal information:",
        "disclaimer: ", "join the community of", "support independent journalism", "support our work",
    ];

    /// <summary>Headers that introduce a list of other articles' headlines.</summary>
    public static readonly string[] RelatedHeaders =
    [
        "read more", "related", "related stories", "related articles", "related content", "related coverage",
        "more on this story", "more on this topic", "see also", "you may also like", "recommended",
        "read next", "more from", "most read", "most popular", "most viewed", "also read", "read also",
        "more stories", "latest news", "more news", "further reading", "you might also like", "you may like",
        "read this next", "more like this", "related reading", "don't miss", "top stories",
        "related posts", "similar posts", "recent posts", "popular posts", "more posts", "related links",
        // "Read also" in the languages of other news sites: Indonesian and Malay, French, German, Portuguese, Spanish, Italian,
        // Swedish, Norwegian, Danish, Dutch, Polish, Romanian.
        "baca juga", "lihat juga", "lire aussi", "à lire aussi", "lesen sie auch", "leia também", "lee también", "leggi anche",
        "läs också", "les også", "læs også", "lees ook", "czytaj także", "czytaj też", "citește și",
    ];

    /// <summary>Headers that introduce the page's own tags, one per line or on the same line.</summary>
    public static readonly string[] TagHeaders =
    [
        "topics", "tags", "tagged", "keywords", "filed under", "more on these topics", "explore more on these topics",
        "related topics", "subjects", "labels", "categories", "suggested topics",
    ];
}
