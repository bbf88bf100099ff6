using System.Text.RegularExpressions;

namespace NewsApi.Ingestion.Layout;

/// <summary>Makes a headline from the lead sentence when the page prints none.</summary>
internal static partial class HeadlineDeriver
{
    public const int MaxLength = 110;

    // Only the start of the lead can hold the first sentence of a derived headline.
    private const int MaxLeadScan = 400;

    public static string Derive(string lead)
    {
        var text = lead.Length > MaxLeadScan ? lead[..MaxLeadScan] : lead;
        text = FirstSentence(text);
        // Every time phrase ends in a comma; the anchored match and a cut cost a fraction of Replace, which readies a
        // replacement for every call.
        if (text.Contains(',', StringComparison.Ordinal) && LeadingTimePhrase().Match(text) is { Success: true } timePhrase)
        {
            text = text.Remove(timePhrase.Index, timePhrase.Length);
        }
        text = text.Trim().TrimEnd('.', ',', ';', ':', ' ');

        if (text.Length > MaxLength)
        {
            var cut = text.LastIndexOf(' ', MaxLength);
            text = cut > 0 ? text[..cut] : text[..MaxLength];
            text = text.TrimEnd(',', ';', ':', ' ', '-', '–', '—');
        }
        if (text.Length > 0 && char.IsLower(text[0]))
        {
            text = string.Concat(char.ToUpperInvariant(text[0]).ToString(), text.AsSpan(1));
        }
        return text;
    }

    /// <summary>Up to the first full stop that ends a sentence: followed by a space and a capital, not an initial ("U.S.").</summary>
    private static string FirstSentence(string text)
    {
        for (var i = 1; i < text.Length - 2; i++)
        {
            if (text[i] is '.' or '!' or '?' && text[i + 1] == ' ' && char.IsUpper(text[i + 2]) && !IsAbbreviationEnd(text, i))
            {
                return text[..(i + 1)];
            }
        }
        return text;
    }

    private static bool IsAbbreviationEnd(string text, int dot)
    {
        var start = dot;
        while (start > 0 && char.IsLetter(text[start - 1]))
        {
            start--;
        }
        var word = text.AsSpan(start, dot - start);
        return word.Length == 1 || word is "Mr" or "Mrs" or "Ms" or "Dr" or "Prof" or "St" or "Gen" or "Col" or "Lt" or "Sgt" or "Rep" or "Sen" or "Gov" or "Jr" or "Sr" or "No" or "Inc" or "Corp" or "Ltd" or "Co";
    }

    [GeneratedRegex(@"^(?:(?:earlier|later|late|early)\s+(?:on\s+)?(?:this|last|next|that)?\s*(?:week|month|year|morning|afternoon|evening|night|day|weekend|monday|tuesday|wednesday|thursday|friday|saturday|sunday)|(?:on|last|this|next|by|from|since|until|early|late)\s+(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|week|month|year|night|weekend|morning|evening|afternoon|january|february|march|april|may|june|july|august|september|october|november|december)(?:\s+\d{1,2}(?:st|nd|rd|th)?)?(?:\s+\d{4})?|(?:in|since|by)\s+(?:\d{4}|january|february|march|april|may|june|july|august|september|october|november|december)(?:\s+\d{4})?|(?:yesterday|today|tonight|recently|meanwhile|earlier|previously|last\s+\w+|this\s+\w+|(?:\w+\s+){1,2}ago|on\s+\w+\s+\d{1,2})(?:\s+(?:morning|afternoon|evening|night))?)\s*,\s*", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex LeadingTimePhrase();
}
