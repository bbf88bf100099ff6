using System.Text.RegularExpressions;

namespace NewsApi.Ingestion.Layout;

/// <summary>
/// The lines a blog prints under a post, which end it: the post's filing line ("This entry was posted in Travel and tagged
/// ferries. Bookmark the permalink.", "Posted in Travel | 3 Comments") and the writer's box ("About Jane Roe" over "Jane Roe
/// writes about ..."). Both read as sentences, so the run of prose went on through them into the box and the trackbacks.
/// </summary>
internal static partial class PostFooter
{
    // A box's header is the writer's name: a word or three.
    private const int MaxBoxHeaderWords = 4;

    /// <summary>Whether line <paramref name="i"/> opens the furniture under a post.</summary>
    public static bool StartsAt(List<string> lines, int i) => IsFilingLine(lines[i]) || IsWritersBox(lines, i);

    /// <summary>
    /// "This entry was posted in X", "Posted in X | No Comments", "Bookmark the permalink.", "Published on <date> - Leave a Comment",
    /// a blog engine's stamp with its permalink ("Posted by Jane Roe on May 2, 2012 | Permalink", "Posted at 04:17 PM in Travel | Permalink");
    /// a newspaper's print-edition note ("A version of this article appeared in print on ..."), under which come only the
    /// contact, copyright and reprint lines.
    /// </summary>
    internal static bool IsFilingLine(string line)
    {
        if (FilingSentence().IsMatch(line))
        {
            return true;
        }
        // "Posted in Travel, Ferries" is a list of the blog's categories; "Posted in 1998, the letter ..." is a sentence.
        return CategoryList().IsMatch(line) && (line.Contains(" | ", StringComparison.Ordinal) || !LayoutText.EndsSentence(line));
    }

    /// <summary>"About the author", or "About Jane Roe" where the page's byline names her ("By Jane Roe", "Posted by Jane Roe | View all posts").</summary>
    /// <remarks>
    /// A press release's "About Northwind" and a profile's "About Jane Roe" over her life are the story's own sections: the name
    /// must be the post's writer's.
    /// </remarks>
    private static bool IsWritersBox(List<string> lines, int i)
    {
        var line = lines[i];
        if (AboutTheAuthor().IsMatch(line))
        {
            return true;
        }
        var match = AboutName().Match(line);
        if (!match.Success || LayoutText.CountWords(line) > MaxBoxHeaderWords)
        {
            return false;
        }
        var name = match.Groups["name"].Value;
        for (var k = 0; k < i; k++)
        {
            if (LayoutText.CountWords(lines[k]) <= MaxBylineWords && IsBylineOf(lines[k], name))
            {
                return true;
            }
        }
        return false;
    }

    // A byline with its stamp and a link or two ("Posted by Jane Roe | View all posts by Jane Roe").
    private const int MaxBylineWords = 14;

    private static bool IsBylineOf(string line, string name)
    {
        // A bare name on a line of its own is as often a menu's or a credit's as a byline.
        // A box in capitals ("ABOUT JANE ROE") names the writer the byline prints in mixed case.
        var at = line.IndexOf(name, StringComparison.OrdinalIgnoreCase);
        return at >= 3 && line.AsSpan(0, at).TrimEnd().EndsWith("by", StringComparison.OrdinalIgnoreCase)
            && (at + name.Length == line.Length || !char.IsLetter(line[at + name.Length]));
    }

    [GeneratedRegex(@"^(?:This (?:entry|post|article) was (?:posted|written|filed) (?:in|on|by|under)\b|Published on .{4,40}\s[-–|]\s*(?:\d+|No|One|Leave a)\s*(?:Comments?|Responses?)\b)|\bBookmark the permalink\b|^You can follow any responses to this entry\b|^Posted (?:by|at|on) .{3,120}\|\s*Permalink\b|^A version of this (?:article|story|review|column|essay|report|op-ed) (?:appeared|was published|ran)\b", RegexOptions.CultureInvariant)]
    private static partial Regex FilingSentence();

    [GeneratedRegex(@"^(?:Posted|Filed) (?:in|under):? \S", RegexOptions.CultureInvariant)]
    private static partial Regex CategoryList();

    [GeneratedRegex(@"^About the (?:author|writer)s?\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex AboutTheAuthor();

    [GeneratedRegex(@"^(?:About (?<name>\p{Lu}\p{Ll}+(?: \p{Lu}[\p{L}'-]+){0,2})|ABOUT (?<name>\p{Lu}{2,}(?: \p{Lu}[\p{Lu}'-]+){0,2})):?$", RegexOptions.CultureInvariant)]
    private static partial Regex AboutName();
}
