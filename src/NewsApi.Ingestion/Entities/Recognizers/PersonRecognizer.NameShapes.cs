using NewsApi.Ingestion.Entities.Lexicon;
using NewsApi.Ingestion.Entities.Text;

namespace NewsApi.Ingestion.Entities.Recognizers;

/// <summary>People told by the shape of their names where no word around them says so.</summary>
internal sealed partial class PersonRecognizer
{
    /// <summary>
    /// "his wife, Nato (nee Kharchilava)", "Ama (née Owusu)": a relative named by a given name with her maiden name in brackets.
    /// The maiden name is a family's, no one of the story and never a body; the given name alone names no one in full.
    /// </summary>
    internal bool IsMaidenNameOrItsBearer(NameRun run)
    {
        var (s, e) = (run.Start, run.End);
        var tokens = stream.Tokens;
        if (e - s > 2)
        {
            return false;
        }
        var maidenName = s >= 2 && tokens[s - 2].IsPunctuation('(') && IsNee(tokens[s - 1].Text) && e < tokens.Length && tokens[e].IsPunctuation(')');
        var bearer = e + 1 < tokens.Length && tokens[e].IsPunctuation('(') && IsNee(tokens[e + 1].Text) && e - s == 1;
        return maidenName || bearer;
    }

    private static bool IsNee(string word) => word is "nee" or "née" or "Nee" or "Née";

    /// <summary>
    /// "1. Ortuño MJ, Ødegaard H, et al.", "Reference: Fuentealba Riquelme C., Quilodrán Pincheira M., ...": an author in a list of
    /// references, surname and initials, followed by the next author or "et al.", is a source the story cites, named again in
    /// a form no one is named in, not a person of the story.
    /// </summary>
    internal bool IsReferenceListAuthor(NameRun run)
    {
        var (s, e) = (run.Start, run.End);
        var tokens = stream.Tokens;
        // "J. Harrison Whitlow III, managing partner": a generation's numeral closes a name as initials would, before a comma.
        if (e - s < 2 || !IsInitials(tokens[e - 1].Text) || tokens[e - 1].Text is "II" or "III" or "IV" or "VI")
        {
            return false;
        }
        for (var i = s; i < e - 1; i++)
        {
            if (tokens[i].Is(TokenFlags.AllCaps) || !tokens[i].IsCapitalizedWord || OrganizationWords.IsFirmWord(tokens[i].Text))
            {
                return false;
            }
        }
        var k = e < tokens.Length && tokens[e].IsPunctuation('.') ? e + 1 : e;
        if (k + 1 >= tokens.Length)
        {
            return false;
        }
        if (tokens[k].Text == "et" && tokens[k + 1].Text.StartsWith("al", StringComparison.Ordinal))
        {
            return true;
        }
        return (tokens[k].IsPunctuation(',') || tokens[k].IsPunctuation(';'))
            && (tokens[k + 1].IsCapitalizedWord || tokens[k + 1].Text == "et" && k + 2 < tokens.Length && tokens[k + 2].Text.StartsWith("al", StringComparison.Ordinal));
    }

    // "MJ", "H", "Ø": one to three capitals, none a legal form, club's letters or post-nominal ("FC", "AG", "KC").
    private static bool IsInitials(string word) =>
        word.Length <= 3 && word.All(char.IsUpper) && !OrganizationWords.IsFirmWord(word) && !OrganizationWords.IsClubSuffix(word)
        && !Honorifics.IsPostNominal(word);

    /// <summary>
    /// "Aoife Ní Bhriain", "Máire Uí Dhonnabháin", "Seán Mac Cárthaigh": a name whose family name follows Irish "daughter of",
    /// "wife of" or "son of" is a woman's or a man's name in Irish, which no body is named like.
    /// </summary>
    internal bool TryIrishPatronymic(NameRun run)
    {
        var (s, e) = (run.Start, run.End);
        if (e - s is < 3 or > 5 || run.InQuote || !stream.AllNameLike(s, e))
        {
            return false;
        }
        // "Eimhear Mac Giolla Chatháin" (son of the servant of), "Ruairí Mac an t-Sealgair" (son of the): two words after the particle.
        var particleAt = e - 2;
        if (e - s >= 4 && stream.Tokens[e - 2].Text is "Giolla" or "Ghiolla" or "an" && stream.Tokens[e - 3].Text is "Mac" or "Nic" or "Mhic")
        {
            particleAt = e - 3;
        }
        var particle = stream.Tokens[particleAt].Text;
        if (particleAt - s > 2)
        {
            return false;
        }
        // A woman's particles name no one else; "Mac" and "Ó" open brands and places too ("Big Mac"), so they need a given name
        // or the Gaelic article's mutated name after them.
        var womans = particle is "Ní" or "Nic" or "Uí" or "Mhic";
        if (!womans && !(particle is "Mac" or "Ó" && (knowledge.IsGivenName(stream.Tokens[s].Text) || stream.IsGaelicNamePart(e - 1))))
        {
            return false;
        }
        var person = registry.PersonByName.TryGetValue(run.Text, out var known) ? known : registry.RegisterPerson(s, e);
        registry.MentionPerson(person, s, e, alias: null);
        return true;
    }

    /// <summary>
    /// "Baek Jun-hwan", "Jun-hwan Baek": a romanized Korean (or Wade-Giles Chinese) given name, two syllables joined by a
    /// hyphen with the second in lower case, beside a short family name. Place names of that shape end in an administrative
    /// suffix ("Gyeongsang-do", "Jeju-si") and stand beside a compass word, not a family name.
    /// </summary>
    internal bool TryHyphenatedGivenName(NameRun run)
    {
        if (run.Length != 2 || run.InQuote)
        {
            return false;
        }
        var (s, e) = (run.Start, run.End);
        var first = stream.Tokens[s].Text;
        var second = stream.Tokens[s + 1].Text;
        var familyFirst = IsHyphenatedGivenName(second) && IsShortFamilyName(first);
        // "Léa-Maude Trottier", "Jean-Baptiste Okoro": two given names joined, then a surname of any length.
        var givenFirst = IsHyphenatedGivenName(first) && IsShortFamilyName(second) || IsCompoundOfGivenNames(first) && IsPlainCapitalizedWord(second);
        // "In-form Napoli", "Top-seeded Eyles": an English compound of two words before a name describes it.
        if (givenFirst && IsEnglishCompound(first) || knowledge.ContainsPlace(familyFirst ? first : second))
        {
            return false;
        }
        if (!familyFirst && !givenFirst)
        {
            return false;
        }
        var person = registry.PersonByName.TryGetValue(run.Text, out var known) ? known : registry.RegisterPerson(s, e);
        registry.MentionPerson(person, s, e, alias: null);
        return true;
    }

    private bool IsEnglishCompound(string word)
    {
        var hyphen = word.IndexOf('-', StringComparison.Ordinal);
        return knowledge.IsCommonWord(word[..hyphen].ToLowerInvariant()) && knowledge.IsCommonWord(word[(hyphen + 1)..]);
    }

    private static bool IsHyphenatedGivenName(string word)
    {
        var hyphen = word.IndexOf('-', StringComparison.Ordinal);
        // "Seol-a", "Ha-neul": a romanized syllable after the hyphen may be one letter.
        if (hyphen < 2 || hyphen > word.Length - 2 || !char.IsUpper(word[0]) || word.IndexOf('-', hyphen + 1) >= 0)
        {
            return false;
        }
        var syllable = word[(hyphen + 1)..];
        return syllable.All(char.IsLower) && word[1..hyphen].All(char.IsLower)
            && syllable is not ("do" or "si" or "gun" or "gu" or "dong" or "ri" or "myeon" or "eup" or "ro" or "gil");
    }

    private bool IsCompoundOfGivenNames(string word)
    {
        var hyphen = word.IndexOf('-', StringComparison.Ordinal);
        return hyphen >= 2 && word.IndexOf('-', hyphen + 1) < 0 && knowledge.IsGivenName(word[..hyphen]) && knowledge.IsGivenName(word[(hyphen + 1)..]);
    }

    private static bool IsPlainCapitalizedWord(string word) =>
        word.Length >= 2 && char.IsUpper(word[0]) && word[1..].All(char.IsLower)
        && !OrganizationWords.IsFirmWord(word) && !OrganizationWords.IsClubSuffix(word);

    private static bool IsShortFamilyName(string word) =>
        word.Length is >= 2 and <= 6 && char.IsUpper(word[0]) && word[1..].All(char.IsLower)
        && word is not ("North" or "South" or "East" or "West" or "Upper" or "Lower" or "New" or "Old" or "Great") && !WordClasses.IsRegionWord(word);

    /// <summary>
    /// "Sutarjo, a 52-year-old farmer", "Anjali, 34, said": a person known by one name, whose age the story gives after it as
    /// it does for no place or body.
    /// </summary>
    private bool TryMononymWithAge(int s)
    {
        if (!stream.IsAgeAfter(s + 1))
        {
            return false;
        }
        var person = registry.RegisterPerson(s, s + 1);
        registry.MentionPerson(person, s, s + 1, alias: null);
        affiliations.ReadPersonContext(person, s, s + 1);
        return true;
    }

    /// <summary>
    /// "Paris St Germain 1 (Bruno N'Gotty 2)", "St Louis 4 COLORADO 3": a saint's name opening a name or inside it makes it a
    /// club's or a place's, whatever a given name beside it suggests; asked by the rules and of the tagger's people alike.
    /// </summary>
    internal static bool HasSaintWord(TokenStream stream, int s, int e)
    {
        for (var i = s; i < e - 1; i++)
        {
            // "Saint Nicholas" spelled out before a given name is the saint himself.
            if (stream.Tokens[i].Text is "St" or "Ste" || i > s && stream.Tokens[i].Text == "Saint")
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>"El Mundo said", "O Globo reported": a Spanish, Portuguese, French or Italian article and one word name a paper or a body.</summary>
    private bool IsArticleAndOneWord(int s, int e) =>
        stream.IsRomanceArticleAndWord(s, e) && !registry.PersonByName.ContainsKey(stream.Unit.Join(s, e));

    /// <summary>"Chief Operating Officer": every word a title's or an ordinary word's, none a name's.</summary>
    private bool AllTitleOrCommonWords(int s, int e)
    {
        for (var i = s; i < e; i++)
        {
            if (!stream.IsTitleToken(i) && !knowledge.IsCommonWord(stream.Tokens[i].Text.ToLowerInvariant()))
            {
                return false;
            }
        }
        return true;
    }

    /// <summary>Where the name starts after "Title of Area": at a given name if there is one, else in its last two words.</summary>
    private int OfTitleNameStart(int from, int e)
    {
        // "Commissioner of Police Harpreet Kaur Sandhu": a portfolio of ordinary words ends where the words no dictionary holds begin.
        // "Minister of Justice and Public Security Marie-Ange X": two portfolios joined by "and" are one office.
        var portfolioEnd = from;
        while (portfolioEnd < e && (IsPortfolioWord(portfolioEnd)
            || stream.Tokens[portfolioEnd].Text == "and" && portfolioEnd > from && portfolioEnd + 1 < e && IsPortfolioWord(portfolioEnd + 1)))
        {
            portfolioEnd++;
        }
        for (var p = from + 1; p <= e - 2; p++)
        {
            // "Secretary of State for Health Rita Sofia Campos Neves": the first given name opens the name, of up to four words.
            if (knowledge.IsGivenName(stream.Tokens[p].Text) && stream.AllNameLike(p, e) && e - p <= 4)
            {
                // "Superintendent of Police Dhruba Raj Pokharel": a word no dictionary holds between the portfolio and a listed
                // given name is the name's first, the listed one a middle name.
                return portfolioEnd > from && portfolioEnd < p && e - portfolioEnd <= 4 && IsUnlistedNameRun(portfolioEnd, p) ? portfolioEnd : p;
            }
        }
        if (portfolioEnd > from && e - portfolioEnd is >= 2 and <= 4 && stream.AllNameLike(portfolioEnd, e) && !OrganizationWords.IsFirmWord(stream.Tokens[e - 1].Text)
            && !knowledge.IsCommonWord(stream.Tokens[e - 1].Text.ToLowerInvariant()))
        {
            return portfolioEnd;
        }
        // "Managing Director of Volta Grid Services Limited": two last words that close a firm's name are no person's.
        return e - from >= 3 && stream.AllNameLike(e - 2, e) && !OrganizationWords.IsFirmWord(stream.Tokens[e - 1].Text) ? e - 2 : -1;
    }

    private bool IsUnlistedNameRun(int s, int e)
    {
        for (var i = s; i < e; i++)
        {
            if (!stream.Tokens[i].IsCapitalizedWord || knowledge.IsCommonWord(stream.Tokens[i].Text.ToLowerInvariant()) || TokenStream.IsReservedWord(stream.Tokens[i].Text))
            {
                return false;
            }
        }
        return true;
    }

    private bool IsPortfolioWord(int i) =>
        stream.Tokens[i].IsCapitalizedWord && knowledge.IsCommonWord(stream.Tokens[i].Text.ToLowerInvariant());

    /// <summary>"Glenys Penhallow JP told him": a magistrate's, a member's or an honour's letters follow only a person's name.</summary>
    private bool IsPostNominalAfter(int e) =>
        e < stream.Tokens.Length && Honorifics.IsPostNominal(stream.Tokens[e].Text) && stream.Tokens[e].Text is not ("SC" or "AO");

    /// <summary>
    /// "Major General Shaukat Sultan", "Minister Ahmed Pasha": after a title, a name whose last word is also a title is a
    /// surname; a title never ends a name that a title has just opened.
    /// </summary>
    private bool EndsInTitleWordSurname(int nameStart, int e)
    {
        var last = stream.Tokens[e - 1];
        return e - nameStart >= 2 && stream.AllNameLike(nameStart, e - 1) && last.IsCapitalizedWord && !last.Is(TokenFlags.AllCaps)
            && TitleWords.IsCapitalizedTitle(last.Text) && !Honorifics.IsHonorific(last.Text) && !OrganizationWords.IsHeadWord(last.Text);
    }

    /// <summary>"Chukwudera "KJ" Anozulu": a name whose quoted nickname was cut from between its words is a person's.</summary>
    private bool HasNicknameCut(int s, int e)
    {
        for (var i = s; i < e - 1; i++)
        {
            if (stream.Tokens[i].Is(TokenFlags.NicknameAfter))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>
    /// "Jasvinder Pal Singh Dhillon", "Baljit Kaur", "Ravi Kumar Paswan", "Mohd. Tabrez Siddiqui": the Sikh "Singh" and "Kaur"
    /// after a given name, a Hindu middle name ("Kumar", "Prasad", "Nath", "Bahadur") between two more, or a short form of
    /// Muhammad opening the run are words only personal names hold.
    /// </summary>
    private bool HasSouthAsianNameWord(int s, int e)
    {
        if (e - s >= 2 && Honorifics.IsShortGivenName(stream.Tokens[s].Text) && stream.Tokens[s].Is(TokenFlags.AbbreviationDot))
        {
            return true;
        }
        for (var i = s + 1; i < e; i++)
        {
            var word = stream.Tokens[i].Text;
            if (word is "Singh" or "Kaur" || i < e - 1 && word is "Kumar" or "Kumari" or "Prasad" or "Nath" or "Bahadur")
            {
                return true;
            }
        }
        return false;
    }
}
