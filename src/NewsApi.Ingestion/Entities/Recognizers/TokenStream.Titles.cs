using NewsApi.Ingestion.Entities.Lexicon;
using NewsApi.Ingestion.Entities.Text;

namespace NewsApi.Ingestion.Entities.Recognizers;

/// <summary>Which words are a title before a name: job titles, honorifics, the pilgrim's and Malaysian titles of two words.</summary>
internal sealed partial class TokenStream
{
    /// <summary>The kinds of local government named "X of" a town: "City of Fremantle", "Shire of Broome".</summary>
    internal static bool IsCouncilKind(string word) => word is "City" or "Town" or "Shire" or "Borough" or "Municipality";

    internal bool IsTitleToken(int i) =>
        Tokens[i].IsCapitalizedWord && (TitleWords.IsCapitalizedTitle(Tokens[i].Text) || Honorifics.IsHonorific(Tokens[i].Text)
            || Honorifics.IsPilgrimTitle(Tokens[i].Text) && !IsPilgrimNameInside(i)
            || IsPluralTitleBeforeGivenName(i)
            || IsHyphenatedTitle(Tokens[i].Text) || TitleWords.IsNationalityNoun(Tokens[i].Text)
            || IsArticleOfPilgrimTitle(i) || IsSecondWordOfMalayTitle(i) || IsSeatBeforeItsHolder(i) || IsLeaderOfTheOpposition(i) || IsBurmeseMansTitle(i) || IsFrenchAdvocatesTitle(i)
            || ((Tokens[i].Is(TokenFlags.SentenceStart) || IsFirstInQuote(i)) && TitleWords.IsNoun(Tokens[i].Text.ToLowerInvariant())));

    /// <summary>
    /// "Council Member Kenji X", "Board Member Ana Y": a seat on the body named just before is a title before its holder's name;
    /// "Member States" and "Member of Parliament" are no such seat.
    /// </summary>
    private bool IsSeatBeforeItsHolder(int i) =>
        Tokens[i].Text == "Member" && i > 0 && i + 1 < Tokens.Length && Tokens[i + 1].IsCapitalizedWord && !Tokens[i + 1].Is(TokenFlags.AllCaps)
        && Tokens[i - 1].IsCapitalizedWord && OrganizationWords.IsHeadWord(Tokens[i - 1].Text);

    /// <summary>"Leader of the Opposition T. R. X": the office of parliaments on the Westminster model ends in its capitalized word.</summary>
    private bool IsLeaderOfTheOpposition(int i) =>
        Tokens[i].Text == "Opposition" && i >= 3 && Tokens[i - 1].Text == "the" && Tokens[i - 2].Text == "of" && Tokens[i - 3].Text is "Leader" or "leader";

    /// <summary>
    /// "U Hla Myint Aung": Myanmar's "U" before a man's name (Mr, or an elder; the names have no surname). Alone the capital is
    /// a letter ("U Street", "Generation U", "U Mobile"), so two words of a name must follow, neither a common word nor one
    /// that names a body or a place.
    /// </summary>
    private bool IsBurmeseMansTitle(int i) =>
        Tokens[i].Text == "U" && !Tokens[i].Is(TokenFlags.AbbreviationDot) && i + 2 < Tokens.Length
        && IsPlainCapitalizedName(i + 1) && IsPlainCapitalizedName(i + 2);

    private bool IsPlainCapitalizedName(int i) =>
        IsPlainNameWord(i) && !Tokens[i].Is(TokenFlags.AllCaps) && !knowledge.IsCommonWord(Tokens[i].Text.ToLowerInvariant());

    /// <summary>"Datuk Seri Rajan Pillai", "Tan Sri X": the second word of a Malaysian title is the title's, not the name's.</summary>
    private bool IsSecondWordOfMalayTitle(int i) =>
        Tokens[i].Text is "Seri" or "Sri" && i > 0 && Tokens[i - 1].Text is "Datuk" or "Dato" or "Tan" or "Puan" or "Tun" or "Toh";

    /// <summary>"El Hadj Moussa Diarra", "Al Haji X": the article of a pilgrim's title is part of the title, not of the name.</summary>
    private bool IsArticleOfPilgrimTitle(int i) =>
        Tokens[i].Text is "El" or "Al" && i + 1 < Tokens.Length && Honorifics.IsPilgrimTitle(Tokens[i + 1].Text);

    /// <summary>
    /// "Councilors Daniel O'Rourke and Beatriz Quintana": a title in the plural before the given name of the first person it
    /// applies to ("Queens Park Rangers" is a club).
    /// </summary>
    private bool IsPluralTitleBeforeGivenName(int i)
    {
        var word = Tokens[i].Text;
        if (word.Length <= 4 || !word.EndsWith('s') || !(TitleWords.IsCapitalizedTitle(word[..^1]) || Honorifics.IsHonorific(word[..^1]))
            || i + 1 >= Tokens.Length || !Tokens[i + 1].IsCapitalizedWord)
        {
            return false;
        }
        // "Doctors Without Borders", "Sisters of Mercy": an honorific in the plural names a body, unless names joined by "and"
        // follow it ("Advocates Vikrant Saxena and Shabnam Parveen").
        return Honorifics.IsHonorific(word[..^1]) ? IsFirstOfListedNames(i + 1) : IsUnlistedOrGivenName(Tokens[i + 1].Text) || IsFirstOfListedNames(i + 1);
    }

    // "Deputy Public Prosecutors Tan Wei Ling and S. Ramachandran": names joined by "and" after the plural title, whatever
    // their first word.
    private bool IsFirstOfListedNames(int i)
    {
        var end = i;
        while (end < Tokens.Length && end - i < MaxPersonTokens && Tokens[end].IsCapitalizedWord && !OrganizationWords.IsHeadWord(Tokens[end].Text))
        {
            end++;
        }
        return end - i >= 2 && end + 1 < Tokens.Length && Tokens[end].Text == "and" && Tokens[end + 1].IsCapitalizedWord;
    }

    /// <summary>
    /// "Samoa's High Commissioner to Fiji, Lefau Sio, watched": a name set off by commas after the place of an office ("to
    /// Fiji", "for Galway West") names the office's holder, whatever verb follows, and is no next place of a list.
    /// </summary>
    internal bool IsHolderAfterOfficesPlace(int s, int e)
    {
        if (s < 3 || Tokens[s - 1].Text != "," || e >= Tokens.Length || !Tokens[e].IsPunctuation(','))
        {
            return false;
        }
        var k = s - 2;
        while (k >= 0 && Tokens[k].IsCapitalizedWord)
        {
            k--;
        }
        return k >= 1 && k < s - 2 && Tokens[k].IsLowerWord && Tokens[k].Text is "to" or "for" && IsTitleToken(k - 1);
    }

    /// <summary>
    /// "Me Anne-Claire Roe": French "Maître" shortened, a lawyer's or a notary's title before the full name. "Me" is the English
    /// pronoun everywhere else ("Me Too", "Me Before You"), so a given name the lists hold, or two joined by a hyphen, and a
    /// family name must follow.
    /// </summary>
    private bool IsFrenchAdvocatesTitle(int i)
    {
        if (Tokens[i].Text != "Me" || i + 2 >= Tokens.Length || !Tokens[i + 2].IsCapitalizedWord)
        {
            return false;
        }
        var given = Tokens[i + 1].Text;
        var hyphen = given.IndexOf('-');
        return Tokens[i + 1].IsCapitalizedWord
            && (knowledge.IsGivenName(given) || hyphen > 0 && hyphen + 1 < given.Length && char.IsUpper(given[hyphen + 1]) && knowledge.IsGivenName(given[..hyphen]));
    }
}
