using System.Globalization;
using System.Text;

namespace NewsApi.Ingestion.Layout.Bylines;

/// <summary>Shape tests and casing for personal names as they appear in bylines and credits.</summary>
internal static class PersonNameText
{
    private static readonly HashSet<string> Particles = new(StringComparer.OrdinalIgnoreCase)
    {
        "de", "del", "della", "der", "den", "van", "von", "da", "das", "dos", "di", "du", "la", "le", "bin", "bint", "ibn", "al", "el", "ter", "y", "e",
        "dalla", "dello", "dei", "degli", "delle", "vom", "zum", "zur", "do", "los", "las", "des", "af", "zu",
        // Kalenjin "arap", Maasai "ole", Kikuyu "wa", Malay "binti" and "bte", Welsh "ap" and "ab", Irish "Ó", "Ní", "Nic", "Uí" and "Mac".
        "arap", "ole", "wa", "binti", "bte", "ap", "ab", "ó", "ní", "nic", "uí", "mac",
        // Kyrgyz "uulu"/"kyzy", Kazakh "uly"/"qyzy", Azerbaijani and Turkmen "oğlu"/"qızı"/"ogly"/"gyzy" (son, daughter of), which
        // close the name after the father's name.
        "uulu", "kyzy", "uly", "qyzy", "oglu", "oğlu", "ogly", "qızı", "qizi", "kızı", "gyzy",
    };

    /// <summary>Words that make a byline piece an outlet or a job rather than a person ("Reuters", "The Times", "Staff").</summary>
    private static readonly HashSet<string> NonNameWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "the", "press", "news", "times", "post", "agency", "agencies", "media", "journal", "herald", "tribune", "telegraph",
        "network", "reuters", "ap", "afp", "bloomberg", "sputnik", "xinhua", "tass", "ria", "upi", "dpa", "ansa", "efe",
        "bbc", "cnn", "guardian", "independent", "observer", "daily", "weekly", "online", "staff", "wire", "wires", "service",
        "desk", "team", "reporter", "reporters", "correspondent", "correspondents", "editor", "editors", "writer", "writers",
        "associated", "international", "global", "group", "magazine", "radio", "tv", "television", "channel", "broadcasting",
        "company", "corporation", "inc", "ltd", "llc", "gazette", "chronicle", "express", "mirror", "mail", "star", "sun",
        "review", "insider", "digital", "com", "report", "reporting", "contributed", "via", "most", "read", "more", "latest",
        "share", "sharing", "social", "follow", "subscribe", "sign", "comments", "related", "live", "video", "watch", "advertisement", "newsletter",
        "topics", "tags", "home", "menu", "search", "popular", "top", "stories", "opinion", "sport", "sports", "business",
        // An institution's head word: "By Laura Roe, Pohjanmaa University" names where she works, not a second writer.
        "university", "universität", "université", "universidad", "institute", "institut", "college", "ministry", "department",
        "council", "foundation", "hospital", "museum", "centre", "center", "association", "society", "commission", "committee",
        "authority", "academy", "laboratory", "initiative", "organisation", "organization", "federation", "government",
        // A newsroom's desk after the writer: "By Ann Roe, Capitol Bureau", "Metro Desk", "Investor Relations" in a contact block.
        "bureau", "desk", "newsroom", "relations", "communications",
        // A paywall's or a format's label above the headline ("SUBSCRIBER ONLY", "Premium Exclusive", "Sponsored"), in two
        // capitalized words as a byline is.
        "subscriber", "subscribers", "only", "exclusive", "premium", "sponsored", "explainer", "analysis",
        // A picture library or a handout under a photographers' label ("Photos: Getty Images", "Pictures: Courtesy Archive").
        "images", "photo", "photos", "pictures", "handout", "courtesy", "archive", "archives",
    };

    /// <summary>Head words of job titles printed after a name ("Science correspondent", "Political Editor").</summary>
    public static readonly HashSet<string> TitleHeadWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "correspondent", "editor", "reporter", "writer", "journalist", "columnist", "analyst", "producer", "chief",
        "contributor", "photographer", "critic", "intern", "commentator", "presenter", "host", "anchor", "director",
        "economist", "researcher", "fellow", "professor", "lecturer", "author", "blogger", "videographer", "illustrator",
    };

    /// <summary>2 to 5 capitalized words, particles allowed: "Tove Ellingsen", "JOANA RIBEIRO", "Ana de la Cruz".</summary>
    public static bool LooksLikeName(ReadOnlySpan<char> text)
    {
        if (text.Length is < 3 or > 60)
        {
            return false;
        }
        var words = 0;
        var capitalized = 0;
        foreach (var range in text.Split(' '))
        {
            var word = text[range];
            if (word.IsEmpty)
            {
                continue;
            }
            words++;
            var core = word.TrimEnd(".,");
            if (core.IsEmpty || NonNameWords.Contains(core.ToString()))
            {
                return false;
            }
            if (char.IsUpper(core[0]) || (core.Length > 2 && core[0] == '\'' && char.IsUpper(core[1])))
            {
                capitalized++;
                foreach (var c in core)
                {
                    if (!(char.IsLetter(c) || IsCombiningMark(c) || c is '\'' or '’' or '-' or '.'))
                    {
                        return false;
                    }
                }
            }
            else if ((core.StartsWith("al-", StringComparison.Ordinal) || core.StartsWith("el-", StringComparison.Ordinal)) && core.Length > 3 && char.IsUpper(core[3]))
            {
                // "Nadia al-Qaisi": the family name after its article is the capitalized word of the name.
                capitalized++;
            }
            else if (!Particles.Contains(core.ToString()) && !core.StartsWith("al-", StringComparison.Ordinal) && !core.StartsWith("el-", StringComparison.Ordinal))
            {
                return false;
            }
        }
        return words is >= 2 and <= 5 && capitalized >= 2;
    }

    /// <summary>Title-cases a name printed in capitals: "JOANA RIBEIRO" → "Joana Ribeiro", "MCDONALD" → "McDonald", "O'NEILL" → "O'Neill".</summary>
    public static string FixCapitals(string name)
    {
        var hasLower = false;
        var hasUpper = false;
        foreach (var c in name)
        {
            hasLower |= char.IsLower(c);
            hasUpper |= char.IsUpper(c);
        }
        if (hasLower || !hasUpper)
        {
            return name;
        }

        var result = new StringBuilder(name.Length);
        var startOfPart = true;
        for (var i = 0; i < name.Length; i++)
        {
            var c = name[i];
            if (IsCombiningMark(c))
            {
                // The tone over Yoruba's dotted vowels ("ADÉBÁYỌ̀") has no precomposed letter: the mark stays on the letter before it.
                result.Append(c);
                continue;
            }
            if (!char.IsLetter(c))
            {
                result.Append(c);
                startOfPart = true;
                continue;
            }
            result.Append(startOfPart ? c : char.ToLowerInvariant(c));
            startOfPart = false;

            // Mc is followed by a capital in nearly every surname that has it.
            var partLength = CurrentPartLength(result);
            if (partLength == 2 && result[^2] == 'M' && result[^1] == 'c' && i + 2 < name.Length && char.IsLetter(name[i + 1]) && char.IsLetter(name[i + 2]))
            {
                startOfPart = true;
            }
        }

        // Particles stay lower case inside a name: "Ana DE LA CRUZ" → "Ana de la Cruz".
        var words = result.ToString().Split(' ');
        for (var w = 1; w < words.Length - 1; w++)
        {
            if (words[w].Length >= 2 && Particles.Contains(words[w]))
            {
                words[w] = words[w].ToLowerInvariant();
            }
        }
        return string.Join(' ', words);
    }

    private static int CurrentPartLength(StringBuilder text)
    {
        var length = 0;
        for (var i = text.Length - 1; i >= 0 && char.IsLetter(text[i]); i--)
        {
            length++;
        }
        return length;
    }

    private static bool IsCombiningMark(char c) =>
        CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark;
}
