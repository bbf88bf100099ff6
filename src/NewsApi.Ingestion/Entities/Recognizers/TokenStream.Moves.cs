using NewsApi.Ingestion.Entities.Lexicon;
using NewsApi.Ingestion.Entities.Text;

namespace NewsApi.Ingestion.Entities.Recognizers;

internal sealed partial class TokenStream
{
    /// <summary>"Lola Ising's Bakeshop", "Marco's Pizzeria": a shop named for its owner, the owner's possessive and the kind of shop, capitalized.</summary>
    internal bool IsShopAfterOwnersName(int possessive) =>
        possessive + 1 < Tokens.Length && Tokens[possessive + 1].IsCapitalizedWord && WordClasses.IsShopWord(Tokens[possessive + 1].Text)
        && Tokens[possessive + 1].Is(TokenFlags.InQuote) == Tokens[possessive].Is(TokenFlags.InQuote)
        && (possessive + 2 >= Tokens.Length || !Tokens[possessive + 2].IsCapitalizedWord);

    /// <summary>
    /// "beaten by a Gideon Marbeck goal", "two strikes by Ruan Okwueze", "Ryusei Tanigawa's late strike": a goal, a strike
    /// or a cross is a player's, whatever "by" or a possessive before a move tells the tagger of companies and places.
    /// </summary>
    internal bool IsPlayerOfAMove(int s, int e)
    {
        if (e < Tokens.Length && s > 0 && Tokens[s - 1].Text is "a" or "an" && WordClasses.IsMoveInPlay(Tokens[e].Text))
        {
            return true;
        }
        if (s >= 2 && Tokens[s - 1].Text is "by" or "from" && WordClasses.IsMoveInPlay(Tokens[s - 2].Text))
        {
            return true;
        }
        if (e <= s || e >= Tokens.Length || !Tokens[e - 1].Is(TokenFlags.Possessive))
        {
            return false;
        }
        // One word may describe the move: "X's late header", "X's 25-yard strike".
        var move = Tokens[e].IsLowerWord && e + 1 < Tokens.Length && !WordClasses.IsMoveInPlay(Tokens[e].Text) ? e + 1 : e;
        return Tokens[move].IsLowerWord && WordClasses.IsMoveInPlay(Tokens[move].Text);
    }
}
