using NewsApi.Ingestion.Entities.Text;

namespace NewsApi.Ingestion.Entities.Recognizers;

/// <summary>Bali's names, which open with words no other custom uses as names.</summary>
internal sealed partial class TokenStream
{
    /// <summary>
    /// "I Wayan Gede Suarjana", "Ni Luh Putu Ayu Wulandari", "Made Ayu Saraswati Putri": a Balinese name opens with "I" (for a
    /// man) or "Ni" (for a woman) and a name for the child's place in the birth order or a caste's ("Wayan", "Made",
    /// "Nyoman", "Ketut", "Gusti"), or with that name alone. "I" is the pronoun everywhere else, and "Made" a verb, so the
    /// name's words must follow: one more after a birth-order name, two after "Made".
    /// </summary>
    internal bool IsBalineseNameStart(int i)
    {
        if (Tokens[i].Text is "I" or "Ni" && i + 2 < Tokens.Length && IsBalineseOrderName(Tokens[i + 1].Text) && Tokens[i + 2].IsCapitalizedWord)
        {
            return true;
        }
        var needed = Tokens[i].Text == "Made" ? 2 : 1;
        if (!IsBalineseOrderName(Tokens[i].Text) || i + needed >= Tokens.Length)
        {
            return false;
        }
        for (var k = i + 1; k <= i + needed; k++)
        {
            if (!IsPlainNameWord(k) || Tokens[k].Is(TokenFlags.AllCaps))
            {
                return false;
            }
        }
        return true;
    }

    private static bool IsBalineseOrderName(string word) =>
        word is "Wayan" or "Made" or "Nyoman" or "Ketut" or "Putu" or "Kadek" or "Komang" or "Nengah" or "Gede" or "Gusti" or "Ngurah" or "Luh";
}
