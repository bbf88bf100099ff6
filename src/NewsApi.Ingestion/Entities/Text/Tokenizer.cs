using System.Collections.Frozen;
using System.Globalization;
using NewsApi.Ingestion.Entities.Lexicon;

namespace NewsApi.Ingestion.Entities.Text;

/// <summary>Splits a text unit into tokens in one forward pass, keeping names such as "O'Neill", "al-Harthy" and "Soyuz-5" whole.</summary>
internal static class Tokenizer
{
    // Tokens are gathered in one reused buffer per thread and copied out at their exact count,
    // because a growing list and its final copy were a third of the parser's allocations.
    private const int MaxRetainedBuffer = 1 << 14;

    // The commonest words of news prose are shared instead of cut out of the text again for every occurrence.
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> FrequentWords = FrozenSet.ToFrozenSet(
        [
            "the", "of", "and", "to", "a", "in", "that", "for", "on", "is", "was", "with", "he", "she", "it", "by", "at", "as",
            "from", "his", "her", "has", "have", "be", "are", "were", "not", "but", "an", "which", "will", "would", "this",
            "they", "their", "been", "who", "had", "its", "after", "said", "says", "more", "than", "also", "about", "or",
            "up", "out", "into", "over", "we", "our", "I", "The", "In", "A", "He", "She", "It", "But", "year", "last",
        ],
        StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

    [ThreadStatic]
    private static Token[]? scratch;

    public static Token[] Tokenize(string text)
    {
        // Every token covers at least one character, so the text length bounds the count.
        var buffer = scratch is { } reused && reused.Length >= text.Length ? reused : new Token[Math.Max(text.Length, 256)];
        scratch = null;
        var count = 0;
        var i = 0;
        var n = text.Length;
        while (i < n)
        {
            var c = text[i];
            if (char.IsWhiteSpace(c))
            {
                i++;
                continue;
            }
            if (IsDoubleQuote(c))
            {
                buffer[count++] = new Token(QuoteText(c), i, i + 1, TokenKind.QuoteMark, TokenFlags.None);
                i++;
                continue;
            }
            if (IsDutchArticleAfterVan(text, i))
            {
                buffer[count++] = new Token(text.Substring(i, 2), i, i + 2, TokenKind.Word, TokenFlags.None);
                i += 2;
                continue;
            }
            if (!char.IsLetterOrDigit(c))
            {
                buffer[count++] = new Token(PunctuationText(c), i, i + 1, TokenKind.Punctuation, TokenFlags.None);
                i++;
                continue;
            }

            var start = i;
            var end = ReadWord(text, ref i, out var possessive);
            var word = FrequentWords.TryGetValue(text.AsSpan(start, end - start), out var shared) ? shared : text[start..end];
            var flags = WordFlags(word);
            if (possessive)
            {
                flags |= TokenFlags.Possessive;
            }
            else if (i < n && text[i] == '.' && (Honorifics.IsAbbreviation(AfterLastDash(word)) && !EndsSentenceAfterCompany(text, word, i + 1)
                || IsLegalFormBeforeAnother(text, word, i + 1)))
            {
                flags |= TokenFlags.AbbreviationDot;
                i++;
            }
            var kind = char.IsDigit(word[0]) ? TokenKind.Number : TokenKind.Word;
            buffer[count++] = new Token(word, start, end, kind, flags);
        }
        var tokens = buffer.AsSpan(0, count).ToArray();
        // Cleared so that the buffer does not keep this text's words alive.
        Array.Clear(buffer, 0, count);
        if (buffer.Length <= MaxRetainedBuffer)
        {
            scratch = buffer;
        }
        return tokens;
    }

    /// <summary>
    /// "Bart van 't Hek", "Joke van ’t Veld": Dutch "'t" (het, the) between "van" and a family name is one word, a particle of
    /// the name, not a quotation mark and a letter.
    /// </summary>
    private static bool IsDutchArticleAfterVan(string text, int i) =>
        text[i] is '\'' or '\u2019' && i + 2 < text.Length && text[i + 1] == 't' && text[i + 2] == ' '
        && i >= 4 && text[i - 1] == ' ' && text.AsSpan(i - 4, 3) is "van" or "Van" && (i == 4 || !char.IsLetter(text[i - 5]));

    /// <summary>"Shore—St" in "North Harrowmere—St. Ives": the abbreviation is the part after the dash that joins the names.</summary>
    private static string AfterLastDash(string word) =>
        word.AsSpan().LastIndexOfAny('\u2013', '\u2014') is var dash and >= 0 ? word[(dash + 1)..] : word;

    public static bool IsDoubleQuote(char c) => c is '"' or '\u201C' or '\u201D' or '\u201E' or '\u00AB' or '\u00BB';

    /// <summary>Reads one word from <paramref name="i"/>; returns its end, leaving <paramref name="i"/> after any possessive "'s".</summary>
    private static int ReadWord(string text, ref int i, out bool possessive)
    {
        possessive = false;
        var n = text.Length;
        var start = i;
        if (char.IsLower(text[start]) && LowerCaseLegalFormLength(text, start) is var formLength and > 0)
        {
            // "Morava Linky a.s.", "s.r.o.": a legal form in lower-case initials is one word, its full stop included.
            i = start + formLength;
            return i;
        }
        if (IsSlashedLegalForm(text, start) || IsSlashedParentLink(text, start))
        {
            // "Skovbo Logistik A/S", "Norðoyar Fisk P/F": the Danish, Norwegian and Faroese forms are one word with their slash,
            // as is "a/p" inside a Malaysian name.
            i = start + 3;
            return i;
        }
        i++;
        while (i < n)
        {
            var d = text[i];
            if (char.IsLetterOrDigit(d) || IsMark(d))
            {
                i++;
                continue;
            }
            var hasNext = i + 1 < n;
            if (d is '-' or '\u2010' or '\u2011' && hasNext && char.IsLetterOrDigit(text[i + 1]))
            {
                i += 2;
                continue;
            }
            // "Veldhoven–Brakel Cycling", "Varenne—Bathelot": a dash between two capitalized words, with no space, joins one
            // name as a hyphen does; between lower-case words it stands for a pause and splits them.
            if (d is '\u2013' or '\u2014' && hasNext && char.IsUpper(text[i + 1]) && char.IsUpper(text[start]) && char.IsLetter(text[i - 1]))
            {
                i += 2;
                continue;
            }
            if (d is '\'' or '\u2019')
            {
                if (hasNext && text[i + 1] is 's' or 'S' && (i + 2 >= n || !char.IsLetterOrDigit(text[i + 2])))
                {
                    // "People's Committee", "Women's Livelihood Network": a group's possessive before a head word is part of
                    // the name, as a plural possessive is below.
                    // So is a saint's: "St Brannoc's Hospital", "St. John's College".
                    // So is an office-holder's: "Public Prosecutor's Office", "Auditor General's Department".
                    if ((IsIrregularPlural(text.AsSpan(start, i - start)) || AfterSaint(text, start) || IsOfficeHolder(text.AsSpan(start, i - start)))
                        && NextWordIsCapitalized(text, i + 2) && HeadWordInNextNameWords(text, i + 2))
                    {
                        i += 2;
                        return i;
                    }
                    possessive = true;
                    var end = i;
                    i += 2;
                    return end;
                }
                if (hasNext && char.IsLetter(text[i + 1]))
                {
                    i += 2;
                    continue;
                }
                // "Kajwang'-Mboya", "Ng'ang'-Otieno": a name that ends in an apostrophe keeps it before the hyphen of a second name.
                if (i + 2 < n && text[i + 1] == '-' && char.IsUpper(text[i + 2]) && char.IsUpper(text[start]))
                {
                    i += 3;
                    continue;
                }
                // "Achieng' Odhiambo", "Susan Kajwang'": Luo names end in "ng'" (a velar nasal), the apostrophe a letter of the
                // name; an English word cut short drops its "g" ("nothin'") and keeps no such ending.
                if (i - start >= 3 && text[i - 2] == 'n' && text[i - 1] == 'g' && char.IsUpper(text[start]) && (!hasNext || !char.IsLetterOrDigit(text[i + 1])))
                {
                    i++;
                    return i;
                }
                // A plural possessive inside a name ("Transport Workers' Federation", "Tenants' Action Network") stays part of
                // the word; before capitalized words with no head word ("the Union of Teachers' Lagos branch") it ends the name
                // as "'s" does.
                if (text[i - 1] == 's' && NextWordIsCapitalized(text, i + 1))
                {
                    if (HeadWordInNextNameWords(text, i + 1))
                    {
                        i++;
                        return i;
                    }
                    possessive = true;
                    var end = i;
                    i++;
                    return end;
                }
                return i;
            }
            // Initials such as "U.S." and "S.A." are one word, and so are legal forms that mix cases ("S.p.A.").
            if (d == '.' && hasNext && char.IsLetter(text[i + 1]) && char.IsUpper(text[start])
                && (char.IsUpper(text[i - 1]) || i - start >= 3 && IsSingleLetterThenStop(text, i + 1))
                && (i - 1 == start || text[i - 2] == '.'))
            {
                i += 2;
                continue;
            }
            break;
        }
        // "U.S." and "S.A." keep their last full stop, which ends the initials rather than a sentence.
        if (i < n && text[i] == '.' && i - start >= 3 && text[i - 2] == '.' && char.IsUpper(text[i - 1]) && char.IsUpper(text[start]))
        {
            i++;
        }
        // "George W. Bush", "J. Adams": a lone capital with a full stop before a capitalized word is an initial of a name,
        // and the stop is its own; before a word that starts sentences ("in group A. The") it ends one.
        else if (i < n && text[i] == '.' && i - start == 1 && char.IsUpper(text[start]) && NextWordIsCapitalized(text, i + 1)
            && !WordClasses.IsSentenceStarter(NextWord(text, i + 1)))
        {
            i++;
        }
        return i;
    }

    // Quebec's "s.e.n.c.r.l." is the longest form written in lower-case initials.
    private const int MaxLowerCaseFormLength = 12;

    private static int LowerCaseLegalFormLength(string text, int start)
    {
        var k = start;
        while (k + 1 < text.Length && char.IsLetter(text[k]) && text[k + 1] == '.' && k - start < MaxLowerCaseFormLength)
        {
            k += 2;
        }
        if (k - start < 4 || k < text.Length && char.IsLetterOrDigit(text[k]))
        {
            return 0;
        }
        return Lexicon.OrganizationWords.IsLegalForm(text[start..(k - 1)]) ? k - start : 0;
    }

    private static bool IsSingleLetterThenStop(string text, int i) =>
        i + 1 < text.Length && char.IsLetter(text[i]) && text[i + 1] == '.';

    private static string NextWord(string text, int i)
    {
        while (i < text.Length && text[i] == ' ')
        {
            i++;
        }
        var start = i;
        while (i < text.Length && char.IsLetter(text[i]))
        {
            i++;
        }
        return text[start..i].ToLowerInvariant();
    }

    private static bool HeadWordInNextNameWords(string text, int i)
    {
        for (var words = 0; words < 4; words++)
        {
            while (i < text.Length && text[i] == ' ')
            {
                i++;
            }
            var start = i;
            while (i < text.Length && (char.IsLetter(text[i]) || text[i] == '-'))
            {
                i++;
            }
            if (i == start || !char.IsUpper(text[start]))
            {
                return false;
            }
            if (Lexicon.OrganizationWords.IsHeadWord(text[start..i]))
            {
                return true;
            }
        }
        return false;
    }

    private static bool NextWordIsCapitalized(string text, int i)
    {
        var n = text.Length;
        var sawSpace = false;
        while (i < n && text[i] == ' ')
        {
            i++;
            sawSpace = true;
        }
        return sawSpace && i < n && char.IsUpper(text[i]);
    }

    /// <summary>
    /// "... by Lunaro Pictures Inc. It is expected ...": a company's legal form keeps its full stop inside a sentence ("Acme
    /// Inc. said"), but ends the sentence when a pronoun or an article opens the next one. So does "Ma.", Maria in Philippine
    /// names ("Ma. Cristina X"), which is also a surname that ends sentences ("... said Jack Ma. He ...").
    /// </summary>
    private static bool EndsSentenceAfterCompany(string text, string word, int afterDot)
    {
        if (word is not ("Inc" or "Ltd" or "Corp" or "Co" or "Plc" or "Bhd" or "Pty" or "Pte" or "Ma") || afterDot >= text.Length || text[afterDot] != ' ')
        {
            return false;
        }
        var start = afterDot + 1;
        var end = start;
        while (end < text.Length && char.IsLetter(text[end]))
        {
            end++;
        }
        return text.AsSpan(start, end - start) is "It" or "The" or "He" or "She" or "They" or "We" or "I" or "This" or "That" or "These"
            or "Those" or "Its" or "His" or "Her" or "Their" or "A" or "An" or "In" or "But" or "Shares";
    }

    /// <summary>"Pvt. Ltd.", "Pte. Ltd.": a legal form's full stop ends no sentence where a second form follows it in the same name.</summary>
    private static bool IsLegalFormBeforeAnother(string text, string word, int afterDot)
    {
        if (afterDot >= text.Length || text[afterDot] != ' ' || !Lexicon.OrganizationWords.IsLegalForm(word))
        {
            return false;
        }
        var start = afterDot + 1;
        var end = start;
        while (end < text.Length && char.IsLetter(text[end]))
        {
            end++;
        }
        return end > start && char.IsUpper(text[start]) && Lexicon.OrganizationWords.IsLegalForm(text[start..end]);
    }

    /// <summary>Whether the word starting at <paramref name="start"/> follows "St", "St." or "Saint".</summary>
    private static bool AfterSaint(string text, int start)
    {
        var k = start - 1;
        if (k < 0 || text[k] != ' ')
        {
            return false;
        }
        while (k >= 0 && text[k] == ' ')
        {
            k--;
        }
        var end = k + 1;
        while (k >= 0 && (char.IsLetter(text[k]) || text[k] == '.'))
        {
            k--;
        }
        return text.AsSpan(k + 1, end - k - 1) is "St" or "St." or "Saint" or "Ste" or "Ste.";
    }

    private static bool IsSlashedLegalForm(string text, int start) =>
        start + 2 < text.Length && text[start + 1] == '/' && char.IsUpper(text[start]) && char.IsUpper(text[start + 2])
        && (start + 3 == text.Length || !char.IsLetterOrDigit(text[start + 3])) && (start == 0 || text[start - 1] == ' ')
        && Lexicon.OrganizationWords.IsLegalForm(text.Substring(start, 3));

    // Malaysia's "a/l" and "a/p" (son of, daughter of) and Singapore's "s/o" and "d/o" join a given name to the father's: split at
    // the slash, their letters would read as two stray words and cut the name in three.
    private static bool IsSlashedParentLink(string text, int start) =>
        start > 0 && text[start - 1] == ' ' && start + 4 < text.Length && text[start + 3] == ' ' && char.IsUpper(text[start + 4])
        && text.AsSpan(start, 3) is "a/l" or "a/p" or "s/o" or "d/o";

    private static bool IsOfficeHolder(ReadOnlySpan<char> word) =>
        word is "Prosecutor" or "General" or "Auditor" or "Ombudsman" or "President" or "Governor" or "Mayor" or "Chancellor"
            or "Registrar" or "Comptroller" or "Controller" or "Solicitor" or "Speaker" or "Commissioner" or "Minister"
            // "the County Sheriff's Office", "the Secretary of State's Office", "the District Attorney's Office".
            or "Sheriff" or "State" or "Attorney" or "Coroner" or "Treasurer" or "Assessor" or "Clerk" or "Recorder";

    // "Fishermen's Association", "Businesswomen's Network": a compound's "-men" is a plural too; "Yemen's" and "Carmen's"
    // are too short to be such compounds, so the few short ones are named ("Seamen's Union", "Airmen's Association").
    private static bool IsIrregularPlural(ReadOnlySpan<char> word) =>
        word is "People" or "Women" or "Men" or "Children" or "people" or "women" or "men" or "children"
            or "Seamen" or "Airmen" or "Laymen" or "Yeomen"
        || word.Length > 6 && word.EndsWith("men", StringComparison.Ordinal);

    private static TokenFlags WordFlags(string word)
    {
        var flags = TokenFlags.None;
        if (char.IsUpper(word[0]) || WordClasses.StartsWithJoinedParticle(word) || WordClasses.IsIrishMutatedName(word))
        {
            flags |= TokenFlags.Capitalized;
        }
        var letters = 0;
        var allUpper = true;
        foreach (var ch in word)
        {
            if (char.IsLetter(ch))
            {
                letters++;
                if (!char.IsUpper(ch))
                {
                    allUpper = false;
                    break;
                }
            }
        }
        if (allUpper && letters >= 2)
        {
            flags |= TokenFlags.AllCaps;
        }
        return flags;
    }

    private static bool IsMark(char c) =>
        CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark;

    private static string QuoteText(char c) => c switch
    {
        '"' => "\"",
        '\u201C' => "\u201C",
        '\u201D' => "\u201D",
        _ => c.ToString(),
    };

    private static readonly string[] AsciiPunctuation = Enumerable.Range(0, 128).Select(code => ((char)code).ToString()).ToArray();

    private static string PunctuationText(char c) => c < 128 ? AsciiPunctuation[c] : c.ToString();
}
