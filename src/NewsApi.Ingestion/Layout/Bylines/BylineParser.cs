using NewsApi.Ingestion.Entities.Gazetteer;
using NewsApi.Ingestion.Layout.Dates;

namespace NewsApi.Ingestion.Layout.Bylines;

/// <summary>Reads author names (and their job titles) from byline lines, dropping "By", outlets and titles.</summary>
internal static partial class BylineParser
{
    private const int MaxBylineLength = 200;

    private static readonly System.Buffers.SearchValues<char> BylineBars = System.Buffers.SearchValues.Create("|—–·•");

    private static readonly HashSet<string> TitleModifiers = new(StringComparer.OrdinalIgnoreCase)
    {
        "senior", "chief", "deputy", "associate", "managing", "executive", "contributing", "special", "staff", "political",
        "science", "health", "business", "economics", "economic", "foreign", "diplomatic", "defence", "defense", "security",
        "technology", "tech", "environment", "climate", "education", "sport", "sports", "culture", "arts", "legal", "home",
        "world", "international", "investigations", "investigative", "data", "global", "energy", "markets", "finance",
        "financial", "media", "transport", "medical", "bureau", "news", "digital", "social", "affairs", "correspondent",
        "crime", "courts", "court", "politics", "property", "motoring", "travel", "music", "film", "fashion", "entertainment",
        "weather", "agriculture", "rural", "local", "city", "features", "breaking", "general", "night", "weekend",
    };

    /// <summary>"By Jane Roe", "By JANE ROE and John Doe, Reuters", "By Jane Roe | The Times", "By Oskar Brandvik, Science correspondent".</summary>
    public static bool TryParseByLine(string line, out IReadOnlyList<BylineAuthor> authors)
    {
        authors = [];
        // "/ By Jane Roe": a separator left from the outlet's name on the line above (asked of every line: tested before trimming).
        if (line.Length > 0 && line[0] is '/' or '|' or '·' or '•' or '—' or '–')
        {
            line = line.AsSpan().TrimStart("/|·•—– ").ToString();
        }
        var prefixLength = BylinePrefixLength(line);
        if (line.Length > MaxBylineLength || prefixLength == 0)
        {
            return false;
        }
        var rest = WithoutTrailingAside(WithoutTrailingSymbols(WithoutHandles(BeforeStamp(line.AsSpan(prefixLength).TrimStart(": ")))));
        // "By Sofia Ricci · Europe tech editor": a middle dot or a bullet separates as a bar does.
        var bar = rest.IndexOfAny(BylineBars);
        if (bar < 0 && rest.IndexOf(" / ", StringComparison.Ordinal) is var slash and > 0)
        {
            // "By Aoki Haruka / Nippon Daily Staff Writer": a slash set off by spaces separates as a bar does.
            bar = slash + 1;
        }
        var afterBar = ReadOnlySpan<char>.Empty;
        if (bar >= 0)
        {
            afterBar = rest[(bar + 1)..];
            var nextBar = afterBar.IndexOfAny(BylineBars);
            afterBar = (nextBar >= 0 ? afterBar[..nextBar] : afterBar).Trim(" .");
            rest = rest[..bar];
        }
        var found = new List<BylineAuthor>();
        foreach (var piece in SplitNameList(rest.TrimEnd(" .").ToString()))
        {
            AddPiece(found, piece);
            // "By signing up you agree...": a byline names someone first, or it is not a byline.
            if (found.Count == 0)
            {
                return false;
            }
        }
        // "Story by Jane Roe | Staff writer": what follows the bar is the job title when it reads like one, else the outlet.
        if (found.Count > 0 && found[^1].Title is null && afterBar.Length is > 0 and <= 60 && ContainsTitleHead(afterBar.ToString()))
        {
            found[^1] = found[^1] with { Title = afterBar.ToString() };
        }
        authors = found;
        return found.Count > 0;
    }

    /// <summary>
    /// "Bethonie Butler on February 27, 2013 at 11:31 am" → "Bethonie Butler": the stamp a blog writes after the name
    /// (the layout reads its date from the whole line). A month counts only before a figure, so "By Theresa May" stays whole.
    /// </summary>
    private static ReadOnlySpan<char> BeforeStamp(ReadOnlySpan<char> rest)
    {
        var start = 0;
        while (start < rest.Length)
        {
            var end = rest[start..].IndexOf(' ') is var space and >= 0 ? start + space : rest.Length;
            var word = rest[start..end].Trim(",.");
            var next = end < rest.Length ? rest[(end + 1)..].TrimStart() : [];
            if (start > 0 && word.Length > 0 && (char.IsAsciiDigit(word[0]) || PublishedDateParser.IsMonthName(word) && next.Length > 0 && char.IsAsciiDigit(next[0])))
            {
                var before = rest[..start].TrimEnd();
                foreach (var connector in (ReadOnlySpan<string>)[" on", " at", " -", " |", ",", " •", " ·"])
                {
                    if (before.EndsWith(connector, StringComparison.OrdinalIgnoreCase))
                    {
                        before = before[..^connector.Length].TrimEnd();
                    }
                }
                return before;
            }
            start = end + 1;
        }
        return rest;
    }

    /// <summary>"Jane Roe 💬 4 Comments" cut before its count: the comment bubble or icon left after the name.</summary>
    private static ReadOnlySpan<char> WithoutTrailingSymbols(ReadOnlySpan<char> rest)
    {
        var end = rest.Length;
        while (end > 0 && (char.IsWhiteSpace(rest[end - 1]) || char.IsSurrogate(rest[end - 1])
            || char.GetUnicodeCategory(rest[end - 1]) is System.Globalization.UnicodeCategory.OtherSymbol))
        {
            end--;
        }
        return rest[..end];
    }

    /// <summary>
    /// "By Ann Lee and Bo Kim (Tech desk)", "By Ann Lee (Reuters)": a desk or an outlet in brackets after the last name, which
    /// would otherwise keep that name from reading as one.
    /// </summary>
    private static ReadOnlySpan<char> WithoutTrailingAside(ReadOnlySpan<char> rest)
    {
        var open = rest.LastIndexOf(" (", StringComparison.Ordinal);
        return open > 0 && rest[^1] == ')' && rest.Length - open <= 40 && rest[(open + 2)..^1].IndexOfAny("()") < 0 ? rest[..open].TrimEnd() : rest;
    }

    /// <summary>"Jane Roe @janeroe": the writer's social handle after the name, which is no part of it.</summary>
    private static ReadOnlySpan<char> WithoutHandles(ReadOnlySpan<char> rest)
    {
        var at = rest.IndexOf(" @", StringComparison.Ordinal);
        if (at <= 0)
        {
            return rest;
        }
        var handleEnd = rest[(at + 2)..].IndexOfAny(' ', ',', '|') is var end and >= 0 ? at + 2 + end : rest.Length;
        var withoutHandle = string.Concat(rest[..at].TrimEnd(), rest[handleEnd..]);
        return WithoutHandles(withoutHandle.AsSpan());
    }

    private static int BylinePrefixLength(string line)
    {
        if (StampThenByLength(line) is var stampLength and > 0)
        {
            return stampLength;
        }
        foreach (var prefix in (ReadOnlySpan<string>)["by", "from", "posted by", "blog by", "written by", "words by", "words:", "story by", "story:", "text by", "text:", "text", "author:", "authors:", "author", "reporter:", "reporters:", "reported by", "interview by", "interviewed by", "live coverage by", "coverage by", "live updates by", "updates by", "live blog by", "liveblog by", "live reporting by", "writer:", "writers:"])
        {
            // Asked of every line: the first letter (the prefixes are ASCII, lower case) turns most away before a comparison.
            if (line.Length > prefix.Length + 3 && (line[0] | 0x20) == prefix[0] && line.StartsWith(prefix, StringComparison.OrdinalIgnoreCase)
                && (prefix[^1] == ':' || line[prefix.Length] is ' ' or ':'))
            {
                return prefix.Length;
            }
        }
        return ForeignByLength(line);
    }

    /// <summary>
    /// "Por Elda Roe" (Spanish, Portuguese), "Par Jean Roe" (French), "di Anna Roe" (Italian), "Von Max Roe" (German), "Door
    /// Jan Roe" (Dutch), "Oleh Budi Roe" (Indonesian, Malay): "by" in the languages whose pages the parser reads most. These
    /// words open sentences too ("Par for the course", "Von der Leyen said"), so a capital must follow, and the line must be
    /// short enough to hold names and a title, not a sentence.
    /// </summary>
    private static int ForeignByLength(string line)
    {
        var space = line.IndexOf(' ');
        if (space is < 2 or > 4 || line.Length > 100 || space + 1 >= line.Length || !char.IsUpper(line[space + 1]) || line.AsSpan().IndexOfAny(".!?;\"“”") >= 0)
        {
            return 0;
        }
        return line.AsSpan(0, space) is "Por" or "por" or "Par" or "par" or "di" or "Von" or "von" or "Door" or "door" or "Oleh" or "oleh" ? space : 0;
    }

    /// <summary>
    /// "Posted on 8 November 2026 at 02:15 CET by Jane Roe", "January 8, 2025 4:15 PM by Jane Roe": a blog's stamp, then its
    /// author (the layout reads the date from the whole line).
    /// </summary>
    private static int StampThenByLength(string line)
    {
        if (line.StartsWith("posted ", StringComparison.OrdinalIgnoreCase) || line.StartsWith("published ", StringComparison.OrdinalIgnoreCase))
        {
            var by = line.LastIndexOf(" by ", StringComparison.OrdinalIgnoreCase);
            return by > 0 && line.AsSpan(0, by).IndexOfAnyInRange('0', '9') >= 0 ? by + " by".Length : 0;
        }
        // "ECONOMY | 6 Oct 2026, 09:05 | by Ivana Roe": a section's label and a stamp, set off by bars, before the writer.
        var barBy = line.IndexOf("| by ", StringComparison.OrdinalIgnoreCase);
        if (barBy > 0 && barBy <= MaxStampBeforeBy + 24 && IsLabelsAndStamp(line[..barBy]))
        {
            return barBy + "| by".Length;
        }
        // A bare stamp opening the line: a date's first word is a figure or a month, and all before "by" reads as that date.
        var firstBy = line.IndexOf(" by ", StringComparison.OrdinalIgnoreCase);
        var firstWord = line.AsSpan(0, Math.Max(line.IndexOf(' '), 0));
        return firstBy > 0 && firstBy <= MaxStampBeforeBy && (char.IsAsciiDigit(line[0]) || PublishedDateParser.IsMonthName(firstWord.TrimEnd(',')))
            && PublishedDateParser.TryParse(line[..firstBy], out _)
            ? firstBy + " by".Length
            : 0;
    }

    /// <summary>Bar-separated pieces each a date or a label of three words at most, one of them a date.</summary>
    private static bool IsLabelsAndStamp(string beforeBar)
    {
        var dated = false;
        foreach (var piece in beforeBar.Split('|', StringSplitOptions.TrimEntries))
        {
            if (piece.Length == 0)
            {
                return false;
            }
            if (PublishedDateParser.TryParse(piece, out _))
            {
                dated = true;
            }
            else if (piece.AsSpan().IndexOfAnyInRange('0', '9') >= 0 || piece.AsSpan().Count(' ') > 2)
            {
                return false;
            }
        }
        return dated;
    }

    // "Wednesday, January 8, 2025 4:15 PM WAT" is about forty characters; a longer run before "by" is a sentence.
    private const int MaxStampBeforeBy = 48;

    /// <summary>"Journalists", "Reporters:": a label under writers' names, saying what they are.</summary>
    public static bool IsWritersLabel(string line) =>
        line.TrimEnd(':', ' ') is "Journalists" or "Reporters" or "Writers" or "Authors" or "Correspondents" or "Editors" or "Journalist"
            or "Reporter" or "Writer" or "Author" or "Correspondent" or "Editor";

    /// <summary>A head line of names alone: "Tove Ellingsen and Kofi Annor-Mensah", "Ann Lee, Bo Kim".</summary>
    public static bool TryParseNameListLine(string line, out IReadOnlyList<BylineAuthor> authors)
    {
        authors = [];
        if (line.Length > 120 || line.AsSpan().IndexOfAny(".!?;:\"“”") >= 0
            || !(line.Contains(" and ", StringComparison.OrdinalIgnoreCase) || line.Contains(',') || line.Contains('&')))
        {
            return false;
        }
        var found = new List<BylineAuthor>();
        foreach (var listed in SplitNameList(line))
        {
            // "Ann Roe (now) and Bo Kim (earlier)": a live page says in brackets which writer had which hours.
            var piece = listed.EndsWith(')') && listed.LastIndexOf(" (", StringComparison.Ordinal) is var aside and > 0 ? listed[..aside] : listed;
            if (!PersonNameText.LooksLikeName(piece))
            {
                return false;
            }
            found.Add(new BylineAuthor(PersonNameText.FixCapitals(piece), null));
        }
        authors = found;
        return found.Count > 1;
    }

    /// <summary>A head line of a name alone or a name and a job title: "Oskar Brandvik Science correspondent".</summary>
    public static bool TryParseNameLine(string line, out BylineAuthor author)
    {
        author = default!;
        if (line.Length > 80 || HasSentencePunctuation(line))
        {
            return false;
        }
        // "Mara Quist, Court Reporter", "Mara Quist | Reporter": the comma or the bar is where the title starts, even when it
        // opens with a capitalized topic.
        var (comma, separatorLength) = (line.IndexOf(',', StringComparison.Ordinal), 1);
        if (comma < 0)
        {
            (comma, separatorLength) = (line.IndexOf(" | ", StringComparison.Ordinal), 3);
        }
        if (comma < 0 && line.IndexOf(" · ", StringComparison.Ordinal) is var dot and > 0 && line.IndexOf('·', dot + 3) is var closing
            && (closing < 0 || closing == line.TrimEnd().Length - 1))
        {
            // "Ann Roe · Harbour News ·": a broadcaster's writer and outlet set apart by middle dots, one closing the line.
            line = line.TrimEnd(' ', '·');
            (comma, separatorLength) = (dot, 3);
        }
        if (comma < 0 && line.IndexOf(" - ", StringComparison.Ordinal) is var dash and > 0 && IsTownInCapitals(line.AsSpan(dash + 3)))
        {
            // "Elif Karaosmanoğlu - ISTANBUL": the town the writer files from, in capitals after a dash.
            (comma, separatorLength) = (dash, 3);
        }
        if (comma > 0 && line.IndexOf(',', comma + separatorLength) < 0 && line.IndexOf('|', comma + separatorLength) < 0)
        {
            var left = line[..comma].Trim();
            var right = line[(comma + separatorLength)..].Trim();
            var rightWords = right.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            var leftIsName = left.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length is >= 2 and <= 4 && PersonNameText.LooksLikeName(left);
            if (rightWords.Length is >= 1 and <= 5 && Array.Exists(rightWords, PersonNameText.TitleHeadWords.Contains) && leftIsName)
            {
                author = new BylineAuthor(PersonNameText.FixCapitals(left), right);
                return true;
            }
            // "Julia Roe, Munich": a town or an outlet after the comma says where the writer files from, and is no part of the name.
            if (rightWords.Length is >= 1 and <= 3 && Array.TrueForAll(rightWords, word => char.IsUpper(word[0])) && leftIsName)
            {
                author = new BylineAuthor(PersonNameText.FixCapitals(left), null);
                return true;
            }
        }
        var cleaned = StripPlace(line).Replace(",", " ", StringComparison.Ordinal);
        if (TrySplitNameAndTitle(cleaned, out var name, out var title))
        {
            author = new BylineAuthor(PersonNameText.FixCapitals(name), title);
            return true;
        }
        return false;
    }

    /// <summary>
    /// Whether the line holds a sentence's punctuation or quotation marks; a full stop inside a word ("Ann Roe, LVRT.lt": an
    /// outlet's web address) is none.
    /// </summary>
    private static bool HasSentencePunctuation(string line)
    {
        for (var at = line.AsSpan().IndexOfAny(".!?;:\"“”"); at >= 0; at = line.AsSpan(at + 1).IndexOfAny(".!?;:\"“”") is var next and >= 0 ? at + 1 + next : -1)
        {
            if (!(line[at] == '.' && at > 0 && char.IsLetter(line[at - 1]) && at + 1 < line.Length && char.IsLetter(line[at + 1])))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>Splits "A, B and C" and "A & B" into pieces; "in Oslo" / "at Oslo" endings are dropped.</summary>
    internal static IEnumerable<string> SplitNameList(string text)
    {
        var afterTown = false;
        foreach (var commaPiece in text.Split([',', ';', '&'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            // "Tom Roe in Dubai, United Arab Emirates, contributed": the country or state after a writer's town is the town's.
            if (afterTown && PlaceGazetteer.TryFind(commaPiece, out var place) && place.Kind is PlaceKind.Country or PlaceKind.AdministrativeArea)
            {
                afterTown = false;
                continue;
            }
            afterTown = commaPiece.Contains(" in ", StringComparison.Ordinal);
            foreach (var andPiece in commaPiece.Split([" and ", " And ", " AND "], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            {
                // "by Ann Roe, with Bo Kim in Comrat": a second writer after "with" is a writer too.
                var piece = andPiece.StartsWith("and ", StringComparison.OrdinalIgnoreCase) ? andPiece[4..]
                    : andPiece.StartsWith("with ", StringComparison.Ordinal) ? andPiece[5..] : andPiece;
                yield return StripPlace(piece);
            }
        }
    }

    private static string StripPlace(string piece)
    {
        // "ADDITIONAL REPORTING BY ANN ROE IN PERTH": a credit in capitals says where in capitals too.
        var markers = piece.AsSpan().ContainsAnyInRange('a', 'z') ? (ReadOnlySpan<string>)[" in ", " from ", " at "] : [" IN ", " FROM ", " AT "];
        foreach (var marker in markers)
        {
            var at = piece.IndexOf(marker, StringComparison.Ordinal);
            if (at > 0)
            {
                return piece[..at].Trim();
            }
        }
        return piece.Trim();
    }

    private static bool IsTownInCapitals(ReadOnlySpan<char> text)
    {
        text = text.Trim();
        if (text.Length is < 3 or > 30)
        {
            return false;
        }
        foreach (var c in text)
        {
            if (!(char.IsUpper(c) || c is ' ' or '-' or '.' or '\''))
            {
                return false;
            }
        }
        return true;
    }

    private static void AddPiece(List<BylineAuthor> found, string piece)
    {
        if (piece.Length == 0)
        {
            return;
        }
        if (PersonNameText.LooksLikeName(piece))
        {
            found.Add(new BylineAuthor(PersonNameText.FixCapitals(piece), null));
            return;
        }
        // "By Nguyen Thu Ha, Southeast Asia Editor": after a writer, words ending in a job title are that writer's title.
        if (found.Count > 0 && found[^1].Title is null && EndsInTitleHead(piece))
        {
            found[^1] = found[^1] with { Title = piece };
            return;
        }
        if (TrySplitNameAndTitle(piece, out var name, out var title))
        {
            found.Add(new BylineAuthor(PersonNameText.FixCapitals(name), title));
            return;
        }
        if (found.Count > 0 && found[^1].Title is null && ContainsTitleHead(piece))
        {
            found[^1] = found[^1] with { Title = piece };
        }
    }

    private static bool EndsInTitleHead(string text) =>
        text.LastIndexOf(' ') is var space and > 0 && PersonNameText.TitleHeadWords.Contains(text[(space + 1)..]);

    private static bool ContainsTitleHead(string text)
    {
        foreach (var word in text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (PersonNameText.TitleHeadWords.Contains(word))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>Name first, then a title that ends in a title head word; the name keeps at least two words.</summary>
    private static bool TrySplitNameAndTitle(string text, out string name, out string? title)
    {
        name = "";
        title = null;
        var words = text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length is < 2 or > 10)
        {
            return false;
        }
        var head = Array.FindIndex(words, w => PersonNameText.TitleHeadWords.Contains(w));
        if (head < 0)
        {
            var whole = string.Join(' ', words);
            if (words.Length <= 4 && PersonNameText.LooksLikeName(whole))
            {
                name = whole;
                return true;
            }
            return false;
        }
        if (head < 2)
        {
            return false;
        }
        var start = head;
        while (start - 1 >= 2 && (TitleModifiers.Contains(words[start - 1]) || char.IsLower(words[start - 1][0])))
        {
            start--;
        }
        // "Science correspondent": a capitalized topic before a lower-case title head belongs to the title.
        if (start == head && start - 1 >= 2 && char.IsLower(words[head][0]) && char.IsUpper(words[start - 1][0]))
        {
            start--;
        }
        var candidate = string.Join(' ', words[..start]);
        // "Legal Affairs Correspondent": a title of capitalized words alone, no name before it.
        if (!PersonNameText.LooksLikeName(candidate) || Array.TrueForAll(words[..start], TitleModifiers.Contains))
        {
            return false;
        }
        name = candidate;
        title = string.Join(' ', words[start..]);
        return true;
    }
}
