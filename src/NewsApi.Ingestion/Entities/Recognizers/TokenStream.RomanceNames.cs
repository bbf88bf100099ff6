using System.Collections.Frozen;
using NewsApi.Ingestion.Entities.Lexicon;
using NewsApi.Ingestion.Entities.Text;

namespace NewsApi.Ingestion.Entities.Recognizers;

internal sealed partial class TokenStream
{
    // Longest stretch of lower-case words and particles read into a body's name before its next capitalized word.
    private const int MaxRomanceTail = 6;

    /// <summary>
    /// "Alliance citoyenne de Québec", "Fundação Atlântica para a Investigação em Saúde", "Coalition des usagers du transport
    /// collectif de Québec": French, Spanish, Portuguese and Italian names of bodies write their adjectives and nouns in lower
    /// case. After a head word, lower-case words English does not know and the particles of those languages are part of the
    /// name when a particle is among them and a capitalized word closes them; an English word other than one between two such
    /// words ("du transport collectif") ends the stretch. Returns where the extended run ends, or <paramref name="j"/>.
    /// </summary>
    private int RomanceNameTailEnd(int start, int j, bool inQuote)
    {
        if (j >= Tokens.Length || !Tokens[j].IsLowerWord || !HasHeadWord(start, j))
        {
            return j;
        }
        var sawParticle = false;
        var end = j;
        for (var m = j; m < Tokens.Length && m - j <= MaxRomanceTail; m++)
        {
            var token = Tokens[m];
            if (token.Is(TokenFlags.InQuote) != inQuote)
            {
                break;
            }
            if (token.IsCapitalizedWord)
            {
                if (!sawParticle || !IsNameToken(m))
                {
                    break;
                }
                end = m + 1;
                continue;
            }
            if (!token.IsLowerWord)
            {
                break;
            }
            if (IsRomanceParticle(m))
            {
                sawParticle = true;
                continue;
            }
            if (!IsForeignWord(m) && !(m > j && m + 1 < Tokens.Length && IsForeignOrParticle(m - 1) && IsForeignWord(m + 1)))
            {
                break;
            }
        }
        return end;
    }

    /// <summary>"Dhaka Metropolitan Traders' Chamber", "Farmers' Union": a plural's apostrophe before a head word is inside a body's name.</summary>
    private bool IsPluralBeforeHeadWord(int i)
    {
        var token = Tokens[i];
        return token.Text.EndsWith('s') && token.End < Unit.Text.Length && Unit.Text[token.End] is '\'' or '’'
            && i + 1 < Tokens.Length && Tokens[i + 1].IsCapitalizedWord && OrganizationWords.IsHeadWord(Tokens[i + 1].Text);
    }

    private bool HasHeadWord(int s, int e)
    {
        for (var i = s; i < e; i++)
        {
            if (Tokens[i].IsCapitalizedWord && OrganizationWords.IsHeadWord(Tokens[i].Text))
            {
                return true;
            }
        }
        return false;
    }

    private bool IsForeignWord(int m) =>
        Tokens[m].IsLowerWord && Tokens[m].Text.Length > 2 && !knowledge.IsCommonWord(Tokens[m].Text) && !WordClasses.IsNameParticle(Tokens[m].Text)
        && !RomanceParticles.Contains(Tokens[m].Text);

    private bool IsForeignOrParticle(int m) => IsForeignWord(m) || IsRomanceParticle(m);

    // "para a", "pour la", "para el": an article after a preposition of those languages is theirs too, not English "a".
    private bool IsRomanceParticle(int m)
    {
        var word = Tokens[m].Text;
        if (RomanceParticles.Contains(word) || (WordClasses.IsNameParticle(word) && word is not ("i" or "e" or "y" or "al" or "el" or "bin" or "ibn")))
        {
            return true;
        }
        return word is "a" or "o" or "el" or "los" or "las" && m > 0 && Tokens[m - 1].Text is "para" or "pour" or "por" or "per";
    }

    private static readonly FrozenSet<string> RomanceParticles = FrozenSet.ToFrozenSet(
    [
        "para", "pour", "por", "per", "pela", "pelo", "sur", "au", "aux", "à", "ao", "aos", "às", "dei", "degli", "delle", "dello",
        "nel", "nella", "na", "no", "nos", "nas", "les", "en",
        // "Associação Mulheres que Empreendem", "Asociación Mujeres que Crean": a relative clause inside a body's name.
        "que", "qui", "che",
        // Romanian: "Fundația Nord-Vest pentru Comunități".
        "pentru", "din", "și",
    ], StringComparer.Ordinal);

    /// <summary>"El Mundo", "Le Brassus": a Spanish, Portuguese, French or Italian article and one word, a paper's, a body's or a town's name.</summary>
    internal bool IsRomanceArticleAndWord(int s, int e) =>
        e - s == 2 && Tokens[s].Text is "El" or "La" or "Le" or "Il" or "O" or "Los" or "Las" or "Les";

    /// <summary>"in Le Brassus", "near La Spezia": a preposition that puts something somewhere, and nothing else.</summary>
    internal bool IsPositionalBefore(int s) =>
        s >= 1 && Tokens[s - 1].IsLowerWord && Tokens[s - 1].Text is "in" or "at" or "into" or "near" or "outside";
}
