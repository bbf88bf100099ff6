using System.Text.RegularExpressions;

namespace NewsApi.Ingestion.Layout.Chrome;

/// <summary>Tells site chrome (buttons, banners, footers, counters, relative stamps) from article text.</summary>
internal static partial class ChromeDetector
{
    // Chrome labels are short; longer lines are never tested against the phrase list, which keeps the check linear.
    private const int MaxUiLineLength = 160;
    private const int MaxPrefixLineLength = 400;

    /// <summary>Chrome wherever it appears: known labels (also glued together), banners, counters, copyright lines, pitches to the reader.</summary>
    public static bool IsChrome(string line) =>
        Remembered(line, ChromeAnswer, static line => IsChromeAsTrained(line) || IsPitchToTheReader(line) || IsFundingNote(line) || IsReadingTimeLabel(line)
            || IsPressReleaseLabel(line) || IsCaptionTranscript(line) || IsReadingControl(line));

    /// <summary>"4 minute read", "Reading time: 2 minutes": how long the story takes.</summary>
    public static bool IsReadingTime(string line) =>
        IsReadingTimeLabel(line) || line.Length <= 24 && line.Length > 0 && char.IsAsciiDigit(line[0]) && ReadingTime().IsMatch(line);

    /// <summary>"Reading time: 2 minutes", "Estimated reading time: 4 min": how long the story takes, labelled.</summary>
    public static bool IsReadingTimeLabel(string line) => line.Length <= 48 && LabelledReadingTime().IsMatch(line);

    /// <summary>
    /// "This story was produced with support from the X Fund.", "Reporting for this article was funded by Y": who paid for
    /// the story, said under it, is the publisher's note, not the story.
    /// </summary>
    private static bool IsFundingNote(string line) => line.Length <= MaxPrefixLineLength && FundingNote().IsMatch(line);

    /// <summary>
    /// Chrome as the line and headline models saw it when their weights were fitted (tools/NewsApi.LineClassifierTraining):
    /// their features keep this definition until they are trained again, or a rule added for the body would move their choices.
    /// </summary>
    public static bool IsChromeAsTrained(string line) => Remembered(line, TrainedAnswer, static line => line.Length > 0 && (IsMadeOfKnownPhrases(line)
        || HasChromePrefix(line)
        || IsCookieBanner(line)
        || TryParseNavigation(line, out _)
        || IsCopyrightLine(line)
        || IsCommentCount(line)
        || IsRelativeStamp(line)
        || IsClockStamp(line)
        || IsCurrencyNote(line)
        || IsFooterRow(line)
        || HasBracketedButton(line)
        || IsMarketTicker(line)
        || IsRule(line)
        || IsWeatherWidget(line)));

    /// <summary>
    /// The site speaking to its readers between or under the story: a newsletter ("Get the Morning Briefing in your inbox",
    /// "Sign up to Heart Matters"), a call for tips ("Got a story? WhatsApp the newsroom on ..."), a membership drive ("X is
    /// reader-supported. Become a member from €4 a month."). A sentence of the story that mentions a newsletter is longer,
    /// or does not speak to the reader.
    /// </summary>
    private static bool IsPitchToTheReader(string line)
    {
        const int MaxPitchWords = 30;
        const int MaxMembershipPitchWords = 20;
        if (line.Length > MaxPrefixLineLength || LayoutText.CountWords(line) > MaxPitchWords || line.AsSpan().IndexOfAny("\"“”") >= 0)
        {
            return false;
        }
        if (SignUpToName().IsMatch(line) || TipCall().IsMatch(line) && line.AsSpan().IndexOfAny("@0123456789") >= 0)
        {
            return true;
        }
        var newsletter = line.AsSpan().ContainsAny(NewsletterWords);
        var membership = line.AsSpan().ContainsAny(MembershipWords);
        return newsletter && (LayoutText.AddressesTheReader(line) || InvitesTheReader().IsMatch(line) || line.Contains("inbox", StringComparison.OrdinalIgnoreCase))
            || membership && LayoutText.CountWords(line) <= MaxMembershipPitchWords;
    }

    // One vectorized search each, where a case-insensitive Contains per phrase walks a line with any character outside ASCII
    // through the slow path again and again.
    private static readonly System.Buffers.SearchValues<string> NewsletterWords =
        System.Buffers.SearchValues.Create(["newsletter", "in your inbox"], StringComparison.OrdinalIgnoreCase);

    private static readonly System.Buffers.SearchValues<string> MembershipWords = System.Buffers.SearchValues.Create(
        ["reader-supported", "supported by readers", "become a member", "become a supporter"], StringComparison.OrdinalIgnoreCase);

    /// <summary>"Varnholm -18°C Light snow", "Kia ora, Varnholm ☁ 17°": the weather a site shows in its head.</summary>
    private static bool IsWeatherWidget(string line)
    {
        const int MaxWeatherWords = 10;
        var degree = line.IndexOf('°', StringComparison.Ordinal);
        return degree > 0 && char.IsAsciiDigit(line[degree - 1]) && !LayoutText.IsProse(line) && LayoutText.CountWords(line) is >= 2 and <= MaxWeatherWords;
    }

    /// <summary>"___", "* * *": a rule drawn between the story and its notes.</summary>
    private static bool IsRule(string line) => line.Length >= 3 && !line.AsSpan().ContainsAnyExcept("_-*=~ ");

    /// <summary>
    /// "DAX 21,412 ▲0.4% FTSE 100 8,390 ▼0.1%": a strip of market prices with their changes, shown by arrows or signs; a
    /// sentence with figures in per cent ("E.ON owns 30% and Masdar 20%") is prose.
    /// </summary>
    private static bool IsMarketTicker(string line)
    {
        const int MinArrows = 2;
        const int MinSignedChanges = 3;
        const int MaxQuoteWords = 14;
        if (line.AsSpan().IndexOfAny("▲▼%") < 0 || LayoutText.IsProse(line))
        {
            return false;
        }
        var (arrows, signed, signedNumbers) = (0, 0, 0);
        foreach (var range in line.AsSpan().Split(' '))
        {
            var token = line.AsSpan(range).Trim("()");
            if (token.Contains('▲') || token.Contains('▼'))
            {
                arrows++;
            }
            else if (token.Length > 2 && token[^1] == '%' && token[0] is '+' or '-' or '−')
            {
                signed++;
            }
            else if (token.Length > 1 && token[0] is '+' or '−' && char.IsAsciiDigit(token[1]))
            {
                signedNumbers++;
            }
        }
        // "VRMB B SEK 96.35 −12.40 (−11.4%)": one share's quote, a change and its percentage.
        return arrows >= MinArrows || arrows + signed >= MinSignedChanges || signed >= 1 && signedNumbers >= 1 && LayoutText.CountWords(line) <= MaxQuoteWords;
    }

    /// <summary>
    /// "The Fjord Courier · 12 Harbour Street · Contact us · Terms of use": a footer's row of items, one of them a site's
    /// link label; a headline has at most one separator.
    /// </summary>
    private static bool IsFooterRow(string line)
    {
        const int MinItems = 3;
        // Most lines hold no separator at all: counted before anything is split.
        if (line.AsSpan().IndexOfAny("·|•") < 0)
        {
            return false;
        }
        foreach (var separator in (ReadOnlySpan<string>)[" · ", " | ", " • "])
        {
            if (line.AsSpan().Count(separator) < MinItems - 1)
            {
                continue;
            }
            var items = line.Split(separator, StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
            if (items.Length >= MinItems && Array.Exists(items, IsMadeOfKnownPhrases))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>"Our team's verdict on the day. [ Sign up ]": a line that ends in a button's label in brackets is a widget.</summary>
    private static bool HasBracketedButton(string line)
    {
        var close = line.LastIndexOf(']');
        var open = close > 0 ? line.LastIndexOf('[', close) : -1;
        return open >= 0 && line.AsSpan(close + 1).Trim().IsEmpty && IsMadeOfKnownPhrases(line[(open + 1)..close].Trim());
    }

    /// <summary>"($1 = 1,495.0000 naira)": the exchange rate a wire story's figures were converted at.</summary>
    public static bool IsCurrencyNote(string line) => line.Length <= 60 && CurrencyNote().IsMatch(line);

    /// <summary>
    /// "15.05 WAT", "9:42 am", "14:10": a live blog's entry stamp on a line of its own. A figure with a full stop alone
    /// ("10.45") is a results table's cell, so that form needs its "am" or its time zone.
    /// </summary>
    public static bool IsClockStamp(string line) => line.Length <= 32 && ClockStamp().IsMatch(line);

    /// <summary>"Updated 2 hours ago", "5 mins ago", "Just now": a stamp relative to when the page was scraped, not a date.</summary>
    public static bool IsRelativeStamp(string line) => line.Length <= MaxRelativeStampLength && RelativeStamp().IsMatch(line);

    private static bool IsCommentCount(string line) =>
        line.Length <= 24 && char.IsAsciiDigit(line[0]) && (CommentCount().IsMatch(line) || ReadingTime().IsMatch(line))
        || line.Length <= MaxUiLineLength && ThreadTitle().IsMatch(line);

    private const int MaxRelativeStampLength = 40;

    public static bool IsMadeOfKnownPhrases(string line) => IsCoveredBy(line, PhrasesByFirstLetter);

    // Indexed by lower-case first letter so that the coverage check tries a handful of phrases per position, not all.
    private static readonly Dictionary<char, string[]> PhrasesByFirstLetter = KnownUiPhrases.Exact
        .GroupBy(phrase => char.ToLowerInvariant(phrase[0]))
        .ToDictionary(group => group.Key, group => group.OrderByDescending(phrase => phrase.Length).ToArray());

    // Asked of every line: the prefixes that can open it, found by its first letter rather than by trying them all.
    private static readonly Dictionary<char, string[]> PrefixesByFirstLetter = KnownUiPhrases.Prefixes
        .GroupBy(prefix => prefix[0])
        .ToDictionary(group => group.Key, group => group.ToArray());

    /// <summary>"Read more:", "Related stories", and the same with the outlet named: "Most Read from Bloomberg".</summary>
    public static bool IsRelatedHeader(string line)
    {
        if (IsHeader(line, KnownUiPhrases.RelatedHeaders))
        {
            return true;
        }
        var from = line.IndexOf(" from ", StringComparison.OrdinalIgnoreCase);
        // "More from Venture", "More from Jane Roe": the section's or the author's other stories.
        if (from > 0 && line.Length - from <= 40
            && (IsHeader(line[..from], KnownUiPhrases.RelatedHeaders) || from == 4 && line.StartsWith("More", StringComparison.OrdinalIgnoreCase) && !line.Contains('.')))
        {
            return true;
        }
        // "More in Local Government", "MORE ON CLIMATE": the section's other stories, named in a few capitalized words
        // ("More in sorrow than in anger" is a headline's idiom, in lower case).
        if ((line.StartsWith("More in ", StringComparison.OrdinalIgnoreCase) || line.StartsWith("More on ", StringComparison.OrdinalIgnoreCase))
            && line.Length <= 48 && LayoutText.CountWords(line) <= 6 && line.AsSpan().IndexOfAny(".?!:,\"") < 0 && IsCapitalizedName(line.AsSpan(8)))
        {
            return true;
        }
        // "Canada Headlines", "B.C. Headlines »": a region's or a section's list of stories, named in capitalized words.
        var beforeArrow = line.AsSpan().TrimEnd(" »›>");
        if (beforeArrow.EndsWith(" Headlines", StringComparison.OrdinalIgnoreCase) && beforeArrow.Length <= 40
            && LayoutText.CountWords(beforeArrow) <= 4 && beforeArrow.IndexOfAny("?!:,\"") < 0 && IsCapitalizedName(beforeArrow))
        {
            return true;
        }
        // "MORE MANITOBA HEADLINES »", "More Business News": a section's or a region's other stories.
        var trimmed = line.AsSpan().TrimEnd(" »›>");
        return line.StartsWith("More ", StringComparison.OrdinalIgnoreCase) && line.Length <= 48 && LayoutText.CountWords(trimmed) is >= 3 and <= 6
            && trimmed.IndexOfAny(".?!:,\"") < 0 && IsCapitalizedName(trimmed[5..])
            && (trimmed.EndsWith(" headlines", StringComparison.OrdinalIgnoreCase) || trimmed.EndsWith(" stories", StringComparison.OrdinalIgnoreCase)
                || trimmed.EndsWith(" news", StringComparison.OrdinalIgnoreCase));
    }

    private static bool IsCapitalizedName(ReadOnlySpan<char> words)
    {
        foreach (var range in words.Split(' '))
        {
            var word = words[range];
            if (!word.IsEmpty && !char.IsUpper(word[0]) && word is not ("and" or "of" or "the" or "&"))
            {
                return false;
            }
        }
        return !words.Trim().IsEmpty;
    }

    public static bool IsTagHeader(string line) => IsHeader(line, KnownUiPhrases.TagHeaders);

    /// <summary>"© 2024 Example Media", "Copyright 2023 ...": a site's copyright, unlike "© AGENCY / Name", a photo credit.</summary>
    public static bool IsCopyrightLine(string line)
    {
        if (line.Length > MaxPrefixLineLength)
        {
            return false;
        }
        var startsAsCopyright = line.StartsWith('©') || line.StartsWith("(c)", StringComparison.OrdinalIgnoreCase)
            || line.StartsWith("copyright", StringComparison.OrdinalIgnoreCase);
        return startsAsCopyright && (YearNumber().IsMatch(line) || line.Contains("rights reserved", StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>Consent banners word their sentence differently on every site, but always around cookies and consent.</summary>
    private static bool IsCookieBanner(string line)
    {
        if (line.Length > MaxPrefixLineLength * 2 || !line.Contains("cookie", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }
        foreach (var cue in (ReadOnlySpan<string>)["consent", "accept", "partners", "we use", "privacy", "personalise", "personalize"])
        {
            if (line.Contains(cue, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>A menu or breadcrumb: "Home › Blog › Trips", "World | Europe", "NEWS | SPORT | OPINION".</summary>
    public static bool TryParseNavigation(string line, out string[] items)
    {
        items = [];
        if (line.Length > MaxUiLineLength)
        {
            return false;
        }
        string[] parts;
        if (line.AsSpan().IndexOfAny("›»|>") >= 0)
        {
            parts = line.Split(['›', '»', '|', '>'], StringSplitOptions.TrimEntries);
        }
        else if (line.Contains(" / ", StringComparison.Ordinal) && !line.Contains('©') && !line.AsSpan().ContainsAnyInRange('0', '9'))
        {
            // A slash also separates photo credits ("Name/Agency"), so only spaced slashes between menu items count.
            parts = line.Split(" / ", StringSplitOptions.TrimEntries);
        }
        else
        {
            return false;
        }
        // "By Karwan Roe | ERBIL", "By Aoki Ren / Staff Writer": a writer's line with a town or a desk after the bar; a menu's
        // "By topic" has fewer words than a writer's names.
        if (parts.Length < 2 || parts[0].StartsWith("By ", StringComparison.Ordinal) && LayoutText.CountWords(parts[0]) >= 3)
        {
            return false;
        }
        foreach (var part in parts)
        {
            if (part.Length == 0 || part.Length > 40 || LayoutText.CountWords(part) > 4 || !IsMenuItem(part))
            {
                return false;
            }
        }
        items = parts;
        return true;
    }

    /// <summary>Menu items are capitalized words without sentence punctuation: "Middle East", "News & Politics".</summary>
    private static bool IsMenuItem(string item)
    {
        foreach (var range in item.AsSpan().Split(' '))
        {
            var word = item.AsSpan(range);
            if (word.IsEmpty)
            {
                continue;
            }
            if (!(char.IsUpper(word[0]) || word is "&" or "and") || word.IndexOfAny(".!?,;:") >= 0)
            {
                return false;
            }
        }
        return true;
    }

    /// <summary>A section label: up to three capitalized words, such as "Science", "Travel & Heritage", "AFRICA".</summary>
    public static bool IsMenuLabel(string line) =>
        line.Length <= 40 && LayoutText.CountWords(line) <= 3 && char.IsUpper(line[0]) && IsMenuItem(line);

    /// <summary>A row of menu labels without separators: "Business Technology Local Opinion Sports".</summary>
    public static bool IsMenuRow(string line)
    {
        if (line.Length > MaxUiLineLength || LayoutText.CountWords(line) < 4 || !IsMenuItem(line))
        {
            return false;
        }
        foreach (var range in line.AsSpan().Split(' '))
        {
            var word = line.AsSpan(range);
            foreach (var c in word)
            {
                if (!char.IsLetter(c) && c != '&')
                {
                    return false;
                }
            }
            foreach (var functionWord in (ReadOnlySpan<string>)["a", "an", "the", "of", "in", "on", "for", "to", "with", "as", "at", "by", "from", "after", "over", "amid", "into", "is", "are", "says", "and", "or", "but", "not", "new"])
            {
                if (word.Equals(functionWord, StringComparison.OrdinalIgnoreCase))
                {
                    return false;
                }
            }
        }
        return true;
    }

    private static bool HasChromePrefix(string line)
    {
        if (line.Length > MaxPrefixLineLength)
        {
            return false;
        }
        var first = char.IsLetter(line[0]) ? char.ToLowerInvariant(line[0]) : line[0];
        if (!PrefixesByFirstLetter.TryGetValue(first, out var prefixes))
        {
            return false;
        }
        foreach (var prefix in prefixes)
        {
            // A one-word prefix ("Advertisement") also opens sentences ("Advertisement revenue fell..."): only short lines count.
            if (!prefix.Contains(' ') && line.Length > 60)
            {
                continue;
            }
            if (line.StartsWith(prefix, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }
        return false;
    }

    private static bool IsHeader(string line, string[] headers)
    {
        if (line.Length > 60)
        {
            return false;
        }
        var trimmed = TrimHeaderPunctuation(line.AsSpan());
        foreach (var header in headers)
        {
            if (trimmed.Equals(header, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }
        return false;
    }

    private static ReadOnlySpan<char> TrimHeaderPunctuation(ReadOnlySpan<char> line) =>
        line.Trim().TrimEnd(":›»>…|-–—. ").TrimStart("›»>|-–— ");

    /// <summary>Whether the whole line is a sequence of phrases, glued or separated by punctuation.</summary>
    private static bool IsCoveredBy(string line, Dictionary<char, string[]> phrasesByFirstLetter)
    {
        if (line.Length == 0 || line.Length > MaxUiLineLength)
        {
            return false;
        }
        var text = TrimHeaderPunctuation(line.AsSpan());
        if (text.IsEmpty)
        {
            return false;
        }

        Span<bool> reachable = stackalloc bool[text.Length + 1];
        reachable[0] = true;
        for (var i = 0; i < text.Length; i++)
        {
            if (!reachable[i])
            {
                continue;
            }
            if (IsPhraseSeparator(text[i]))
            {
                reachable[i + 1] = true;
                continue;
            }
            // Only letters change case; asking for the lower case of a quote or a dash outside ASCII goes through ICU.
            if (!phrasesByFirstLetter.TryGetValue(char.IsLetter(text[i]) ? char.ToLowerInvariant(text[i]) : text[i], out var phrases))
            {
                continue;
            }
            var rest = text[i..];
            foreach (var phrase in phrases)
            {
                if (rest.StartsWith(phrase, StringComparison.OrdinalIgnoreCase))
                {
                    reachable[i + phrase.Length] = true;
                }
            }
        }
        return reachable[text.Length];
    }

    private static bool IsPhraseSeparator(char c) => c is ' ' or '·' or '|' or '•' or '/' or '-' or '–' or '—' or ':' or ',';

    [GeneratedRegex(@"^(?:This|The) (?:story|article|report|reporting|series|project|coverage|investigation|piece)(?: was| is| has been) (?:produced|supported|funded|made possible|published|paid for)(?: in partnership)? (?:with (?:the )?(?:support|funding|a grant)|by|through|thanks to)\b|^(?:Reporting|Travel|Research) for this (?:story|article|report|series|piece) was (?:supported|funded|paid for)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex FundingNote();

    // "Sign up to Heart Matters", "Sign up for The Dispatch": a newsletter named on its own.
    [GeneratedRegex(@"^Sign up (?:to|for) (?:the |our )?\p{Lu}[\p{L}'’&-]*(?: \p{Lu}[\p{L}'’&-]*){0,4}[.!]?$", RegexOptions.CultureInvariant)]
    private static partial Regex SignUpToName();

    // "Got a story?", "Got a news tip?", "Have a tip?", "Tips?": a newsroom asking for stories, with an address or a number after it.
    [GeneratedRegex(@"^(?:(?:Got|Have) an? (?:news |story )?(?:story|tip|tips)\b|Tips\?|News tips?\b)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex TipCall();

    // "Get the Morning Briefing ...", "Sign up to ...", "Subscribe to ...": an invitation, not a report of one.
    [GeneratedRegex(@"^(?:Get|Sign up|Subscribe|Join|Receive)\b", RegexOptions.CultureInvariant)]
    private static partial Regex InvitesTheReader();

    // "0 Responses to “Firmware update v30”", "3 thoughts on “Review: ...”", "No Comments": a blog's title over its thread.
    [GeneratedRegex(@"^(?:\d[\d,.]*|No|One)\s+(?:comments?|responses?|replies|thoughts)(?:\s+(?:to|on)\s+[“""].*[”""])?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ThreadTitle();

    [GeneratedRegex(@"^\d[\d,.]*[kK]?\s+comments?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex CommentCount();

    [GeneratedRegex(@"^\d{1,3}[ -]?(?:min|mins|minute|minutes)(?:\s+read)?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ReadingTime();

    [GeneratedRegex(@"^(?:estimated\s+)?(?:reading|read)\s+time\s*[:\-–]?\s*(?:about\s+|approx\.?\s+|~\s*)?\d{1,3}\s*(?:min|mins|minutes?)\.?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex LabelledReadingTime();

    [GeneratedRegex(@"^(?:(?:updated|published|posted|last updated|modified)\s*:?\s*)?(?:(?:\d{1,3}|an?|one)\s+(?:sec(?:ond)?s?|mins?|minutes?|hrs?|hours?|days?|weeks?|months?|years?)\s+ago|just now|yesterday|today|moments ago)\.?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex RelativeStamp();

    // An entry's later edit is stamped the same way: "Updated at 17.52 GMT".
    [GeneratedRegex(@"^(?:(?:Updated|Edited|Amended)(?: at)?:?\s+)?(?:[01]?\d|2[0-3])(?::[0-5]\d(?:\s*[aApP]\.?[mM]\.?)?(?:\s+[A-Z]{2,5})?|\.[0-5]\d(?:\s*[aApP]\.?[mM]\.?(?:\s+[A-Z]{2,5})?|\s+[A-Z]{2,5}))$", RegexOptions.CultureInvariant)]
    private static partial Regex ClockStamp();

    [GeneratedRegex(@"^\(\s*(?:\$|€|£|¥|[A-Z]{3}\s?)?1\s*=\s*(?:\$|€|£|¥)?[\d.,]+\s*[\p{L} .$]{0,25}\)$", RegexOptions.CultureInvariant)]
    private static partial Regex CurrencyNote();

    [GeneratedRegex(@"(?<!\d)(?:19|20)\d\d(?!\d)", RegexOptions.CultureInvariant)]
    private static partial Regex YearNumber();
}
