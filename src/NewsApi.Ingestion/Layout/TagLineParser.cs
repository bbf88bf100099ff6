using System.Collections.Frozen;
using System.Text.RegularExpressions;
using NewsApi.Ingestion.Layout.Chrome;

namespace NewsApi.Ingestion.Layout;

/// <summary>The page's own tag line: "Tags: a | b", "Topics: a, b", or a bare "a, b, c" line closing the article.</summary>
internal static partial class TagLineParser
{
    private const int MaxTagLineLength = 400;
    private const int MaxTagWords = 5;

    /// <summary>"Tags: a | b", "Topics: a, b".</summary>
    public static bool TryParseLabelled(string line, out IReadOnlyList<string> tags)
    {
        tags = [];
        var colon = line.IndexOf(':');
        if (line.Length > MaxTagLineLength || colon is < 4 or > 40)
        {
            return false;
        }
        var match = LabelledTags().Match(line);
        if (!match.Success)
        {
            return false;
        }
        // "Topics: Climate / Vietnam / Rivers": a slash between spaces separates tags; one inside a word ("AC/DC") does not.
        var value = match.Groups["tags"].Value.Replace(" / ", " | ", StringComparison.Ordinal);
        if (!TryParseHashtags(value, out tags))
        {
            tags = SplitTags(value, minimum: 1);
        }
        return tags.Count > 0;
    }

    /// <summary>"military, terrorism, talks, Syria, China": several short unpunctuated items.</summary>
    public static bool TryParseCommaLine(string line, out IReadOnlyList<string> tags)
    {
        tags = [];
        if (line.Length > MaxTagLineLength || line.Length == 0 || LayoutText.EndsSentence(line) || line.AsSpan().IndexOfAny("\"“”") >= 0)
        {
            return false;
        }
        tags = SplitTags(line, minimum: 3, separators: CommaLineSeparators);
        return tags.Count > 0;
    }

    /// <summary>"#Elections #Nairobi #Health": a line of hashtags alone, the tags without their marks.</summary>
    public static bool TryParseHashtags(string line, out IReadOnlyList<string> tags)
    {
        tags = [];
        // Every body line is asked: one that does not open with a hashtag is answered before it is split into words.
        if (line.Length > MaxTagLineLength || !line.AsSpan().TrimStart(' ').StartsWith('#'))
        {
            return false;
        }
        var items = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (items.Length < 2 || items.Any(item => item.Length < 2 || item[0] != '#' || item.AsSpan(1).IndexOfAny("#.,;:!?") >= 0))
        {
            return false;
        }
        tags = items.Select(item => item[1..]).Distinct(StringComparer.OrdinalIgnoreCase).ToArray();
        return true;
    }

    /// <summary>Under a "Topics" header: one tag, or several separated by commas or bars.</summary>
    public static bool TryParseUnderHeader(string line, out IReadOnlyList<string> tags)
    {
        tags = [];
        if (line.Length > MaxTagLineLength || LayoutText.EndsSentence(line))
        {
            return false;
        }
        if (line.AsSpan().IndexOfAny(",|•·") >= 0)
        {
            tags = SplitTags(line, minimum: 1);
            return tags.Count > 0;
        }
        if (IsSingleTag(line))
        {
            tags = [line];
            return true;
        }
        return false;
    }

    /// <summary>One tag alone on a line, under a "Topics" header.</summary>
    public static bool IsSingleTag(string line) =>
        line.Length is > 0 and <= 40 && LayoutText.CountWords(line) <= MaxTagWords && !LayoutText.EndsSentence(line)
        && !ChromeDetector.IsChrome(line);

    // The links a site's footer lists in every language it is read in; no story is tagged with them.
    private static readonly FrozenSet<string> SiteLinks = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "about", "advertise", "privacy", "cookies", "contact", "imprint", "impressum", "sitemap", "careers", "team", "ethics",
        "accessibility", "mentions légales", "confidentialité", "aviso legal", "privacidad", "datenschutz", "kontakt");

    // Static: an array literal at the call would be built again for every line asked about.
    private static readonly char[] CommaLineSeparators = [',', '|', '•', '·'];
    private static readonly char[] TagSeparators = [',', '|', ';', '•', '·'];

    private static IReadOnlyList<string> SplitTags(string text, int minimum, char[]? separators = null)
    {
        var items = text.Split(separators ?? TagSeparators, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (items.Length < minimum)
        {
            return [];
        }
        var scored = 0;
        var chrome = 0;
        foreach (var item in items)
        {
            // "© 2025 The Daily Ledger · Ledger Media Ltd · Terms": the page's footer, whatever else its row holds.
            if (item.Length > 40 || LayoutText.CountWords(item) > MaxTagWords || item.StartsWith('©'))
            {
                return [];
            }
            scored += EndsInScore(item) ? 1 : 0;
            chrome += ChromeDetector.IsChrome(item) || SiteLinks.Contains(item) ? 1 : 0;
        }
        // "Share: Facebook | X | Email", "About us, Contact us, Terms of use": a share bar or a footer's links, not topics.
        if (chrome * 2 >= items.Length)
        {
            return [];
        }
        // "Eric Cleymans 18, Ron Ellis 18, Jacques Stas 14": a list of scorers, part of the report, not its topics.
        if (scored * 2 >= items.Length)
        {
            return [];
        }
        return items.Distinct(StringComparer.OrdinalIgnoreCase).ToArray();
    }

    /// <summary>A figure as the item's last word ("Ellis 18"), which a topic ("COVID-19", "G20") does not stand apart.</summary>
    private static bool EndsInScore(string item)
    {
        var space = item.LastIndexOf(' ');
        return space > 0 && space < item.Length - 1 && item.AsSpan(space + 1).IndexOfAnyExceptInRange('0', '9') < 0;
    }

    [GeneratedRegex(@"^(?:tags|topics|tagged|tagged with|keywords|filed under|related topics|subjects|labels|categories|suggested topics)\s*:\s*(?<tags>.+)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex LabelledTags();
}
