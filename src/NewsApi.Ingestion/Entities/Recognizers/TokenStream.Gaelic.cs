namespace NewsApi.Ingestion.Entities.Recognizers;

/// <summary>Irish and Scottish Gaelic family names, whose article and mutated first letter are written in lower case.</summary>
internal sealed partial class TokenStream
{
    /// <summary>
    /// "Ruairí Mac an t-Sealgair", "Gráinne Nic an tSaoir": after "Mac" (son of) or "Nic" (daughter of), the article "an" and a
    /// name whose first letter the article mutates ("t-Saoir", "tSionnaigh", "h-Aodha") are the family name's. Both are in lower
    /// case, so a name's run would otherwise end at "Mac" and keep only the particle.
    /// </summary>
    internal bool IsGaelicNamePart(int i)
    {
        if (Tokens[i].Text == "an")
        {
            return i > 0 && i + 1 < Tokens.Length && IsSonOrDaughterOf(Tokens[i - 1].Text) && IsMutatedGaelicName(Tokens[i + 1].Text);
        }
        return i > 1 && Tokens[i - 1].Text == "an" && IsSonOrDaughterOf(Tokens[i - 2].Text) && IsMutatedGaelicName(Tokens[i].Text);
    }

    private static bool IsSonOrDaughterOf(string word) => word is "Mac" or "Nic" or "Mhic";

    private static bool IsMutatedGaelicName(string word) =>
        word.Length >= 4
        && (word[0] is 't' or 'h' or 'n' && word[1] == '-' && char.IsUpper(word[2]) || word[0] == 't' && char.IsUpper(word[1]) && char.IsLower(word[2]));
}
