using System.Text.RegularExpressions;
using NewsApi.Ingestion.Entities.Gazetteer;
using NewsApi.Ingestion.Layout.Dates;

namespace NewsApi.Ingestion.Layout;

/// <summary>
/// Lines shaped like titles that label something else: a field and its value ("Director : Jane Roe", not a kicker as in "Film
/// review: ..."), a link to the next post, a post's stamp line, a blog's list of subjects.
/// </summary>
internal static partial class HeadlineLines
{
    /// <summary>
    /// "Courtesy: Athletics Dept", "Director : Jane Roe": a credit's label and a source, or a label and a person's name; a headline's
    /// rest has lower-case words. "Film review: Harbour Lights Returns", "Pier works: Now Open Again": a kicker over a title in
    /// capitalized words, which names no person.
    /// </summary>
    private static bool IsLabelledName(string line)
    {
        var colon = line.IndexOf(':', StringComparison.Ordinal);
        var label = colon > 0 ? line.AsSpan(0, colon).TrimEnd() : [];
        // "OP-ED: John Esposito" is a headline: a label in capitals is the title's kicker.
        if (label.IsEmpty || LayoutText.CountWords(label) > 2 || !char.IsLower(label[^1]))
        {
            return false;
        }
        var words = 0;
        foreach (var range in line.AsSpan(colon + 1).Split(' '))
        {
            var word = line.AsSpan(colon + 1)[range];
            if (word.IsEmpty)
            {
                continue;
            }
            if (char.IsLower(word[0]) || ++words > 5)
            {
                return false;
            }
        }
        var value = line[(colon + 1)..].Trim();
        return words > 0 && (label is "Courtesy" or "Courtesy of" or "Source" or "Sources" || IsPersonName(value));
    }

    /// <summary>
    /// "Jane Roe", "Mara J. Quist": two or three words opening with a given name. The byline reader's name test takes any
    /// capitalized words ("Harbour Lights Returns"); a title in capitalized words seldom opens with a given name.
    /// </summary>
    private static bool IsPersonName(string value)
    {
        var words = value.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words.Length is 2 or 3 && GivenNames.ContainsWithOrWithoutAccents(words[0]) && !value.AsSpan().ContainsAnyInRange('0', '9');
    }

    /// <summary>
    /// "Search: ...", "Courtesy: ...", "Director : Jane Roe": a label ends in a word in lower case. Not "OP-ED: John Esposito", nor
    /// "Gill: Glazers have been vindicated", nor "Ferries 101: Understanding the pier" (a series' number ends its kicker).
    /// </summary>
    private static bool IsLabelled(string line)
    {
        var colon = line.IndexOf(':', StringComparison.Ordinal);
        if (colon <= 0 || LayoutText.CountWords(line.AsSpan(0, colon)) > 2 || !char.IsLower(line[colon - 1]))
        {
            return false;
        }
        // "Tom Petty: US rock musician dies aged 66": a name of two capitalized words, then a clause, is a headline's kicker.
        var label = line.AsSpan(0, colon).Trim();
        var space = label.IndexOf(' ');
        var isName = space > 0 && char.IsUpper(label[0]) && char.IsUpper(label[space + 1]);
        return !(isName && LayoutText.CountWords(line.AsSpan(colon + 1)) >= MinKickedHeadlineWords);
    }

    // What follows a person's name and a colon in a headline: a clause, not a name or a value.
    private const int MinKickedHeadlineWords = 4;

    /// <summary>
    /// "Previous Post: How I Plan the Week", "Next story Ferry fares rise", "Older entry": a link to the post before or after
    /// this one, by its title; the page's own title never opens with where it stands in the list of posts.
    /// </summary>
    private static bool IsNeighbourPostLink(string line) => NeighbourPostLink().IsMatch(line);

    [GeneratedRegex(@"^\W*(?:previous|next|older|newer)\s+(?:post|article|story|entry)\b(?:\s*:|\s+\p{Lu}|\s*$)", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex NeighbourPostLink();

    /// <summary>
    /// "March 3, 2024 in Harbour Board with 12 Comments": a date first, then where the post is filed; a post's stamp line, which reads as
    /// a title over the real one. A headline puts its date last ("Ferry notes: 4 March 2024").
    /// </summary>
    private static bool OpensWithDate(string line)
    {
        const int MaxDateWords = 4;
        var words = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        for (var n = Math.Min(MaxDateWords, words.Length - 1); n >= 2; n--)
        {
            if (PublishedDateParser.TryParseDateLine(string.Join(' ', words.Take(n)), out _))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>
    /// "Walks, Ferries, and Tides with Mara", "Harbour Notes: ferries, tides, and more": a blog's line of what it writes about,
    /// short items after commas and "and" before the last; a headline says what happened, not a list of subjects.
    /// </summary>
    private static bool IsListOfTopics(string line)
    {
        const int MaxItemWords = 3;
        var items = line.Split(',', StringSplitOptions.TrimEntries);
        return items.Length >= 3 && items[^1].StartsWith("and ", StringComparison.Ordinal)
            && items.Skip(1).All(item => LayoutText.CountWords(item) <= MaxItemWords + 1);
    }
}
