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
            || IsArticleOfPilgrimTitle(i) || IsSecondWordOfMalayTitle(i)
            || ((Tokens[i].Is(TokenFlags.SentenceStart) || IsFirstInQuote(i)) && TitleWords.IsNoun(Tokens[i].Text.ToLowerInvariant())));

    /// <summary>"Datuk Seri Rajan Pillai", "Tan Sri X": the second word of a Malaysian title is the title's, not the name's.</summary>
    private bool IsSecondWordOfMalayTitle(int i) =>
        Tokens[i].Text is "Seri" or "Sri" && i > 0 && Tokens[i - 1].Text is "Datuk" or "Dato" or "Tan" or "Puan" or "Tun" or "Toh";

    /// <summary>"El Hadj Moussa Diarra", "Al Haji X": the article of a pilgrim's title is part of the title, not of the name.</summary>
    private bool IsArticleOfPilgrimTitle(int i) =>
        Tokens[i].Text is "El" or "Al" && i + 1 < Tokens.Length && Honorifics.IsPilgrimTitle(Tokens[i + 1].Text);
}
