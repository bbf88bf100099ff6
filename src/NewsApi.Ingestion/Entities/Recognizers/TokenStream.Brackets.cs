using NewsApi.Ingestion.Entities.Gazetteer;
using NewsApi.Ingestion.Entities.Lexicon;

namespace NewsApi.Ingestion.Entities.Recognizers;

/// <summary>What a bracket after a name says of it: a country or its code names where a competitor is from.</summary>
internal sealed partial class TokenStream
{
    /// <summary>
    /// The token after "(Italy)" when one follows the name at <paramref name="e"/> (its closing bracket may be lost); else
    /// <paramref name="e"/>. A first-level division counts as a country here: England, Scotland and Wales compete as
    /// countries, and a state or province in brackets says where someone comes from as a country does.
    /// </summary>
    internal int AfterCountryInBrackets(int e)
    {
        var tokens = Tokens;
        if (e + 1 >= tokens.Length || !tokens[e].IsPunctuation('('))
        {
            return e;
        }
        if (IsSportsCodeInBrackets(e + 1))
        {
            return e + 3;
        }
        for (var k = e + 2; k < tokens.Length && k <= e + 4; k++)
        {
            if (!knowledge.TryFindPlace(Unit.Join(e + 1, k), out var place, out _) || place.Kind is not (PlaceKind.Country or PlaceKind.AdministrativeArea))
            {
                continue;
            }
            return k < tokens.Length && tokens[k].IsPunctuation(')') ? k + 1 : k;
        }
        return e;
    }

    /// <summary>
    /// Whether the code in brackets at <paramref name="code"/> spells the initials of the capitalized words before it, as an
    /// acronym does ("Ghana Highway Authority (GHA)"); a competitor's two names never spell a three-letter country code.
    /// </summary>
    private bool MatchesInitials(int code)
    {
        var letters = Tokens[code].Text;
        var k = letters.Length - 1;
        for (var i = code - 2; i >= 0 && k >= 0; i--)
        {
            var token = Tokens[i];
            if (token.IsLowerWord && WordClasses.IsNameParticle(token.Text) || token.Text is "of" or "and" or "for" or "the")
            {
                continue;
            }
            if (!token.IsCapitalizedWord || char.ToUpperInvariant(token.Text[0]) != letters[k])
            {
                return false;
            }
            k--;
        }
        return k < 0;
    }

    /// <summary>
    /// "Sindre Olsen (NOR)", "Ana Roe (POR, Vale Cycling)": a country's code opening the brackets after a name, where a results
    /// table says where someone is from (and, after a comma, for whom they ride).
    /// </summary>
    internal bool IsSportsCodeInBrackets(int i) =>
        i >= 2 && i + 1 < Tokens.Length && Tokens[i - 1].IsPunctuation('(') && (Tokens[i + 1].IsPunctuation(')') || Tokens[i + 1].IsPunctuation(','))
        && Tokens[i - 2].IsCapitalizedWord && SportsCountryCodes.IsCode(Tokens[i].Text) && !MatchesInitials(i);

    /// <summary>"Moffat Kiriau Tavake (centre) is congratulated", "X, left, and Y": a caption points at people.</summary>
    internal bool IsSideInCaptionAfter(int e)
    {
        var k = e < Tokens.Length && (Tokens[e].IsPunctuation('(') || Tokens[e].IsPunctuation(',')) ? e + 1 : -1;
        return k > 0 && k + 1 < Tokens.Length && Tokens[k].Text is "left" or "right" or "centre" or "center" or "second" or "far"
            && (Tokens[k + 1].IsPunctuation(')') || Tokens[k + 1].IsPunctuation(',') || Tokens[k + 1].IsLowerWord);
    }
}
