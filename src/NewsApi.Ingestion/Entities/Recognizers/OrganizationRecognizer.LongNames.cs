using NewsApi.Ingestion.Entities.Lexicon;
using NewsApi.Ingestion.Entities.Text;

namespace NewsApi.Ingestion.Entities.Recognizers;

/// <summary>Names that run on past where a run of capitalized words ends: past "of the".</summary>
internal sealed partial class OrganizationRecognizer
{
    // "of the European Union", "of the Fifth Circuit": the words a body's remit or parent adds after "of the".
    private const int MaxWordsAfterOfThe = 4;

    /// <summary>
    /// "Court of Justice of the European Union (CJEU)", "Office of the Comptroller of the Currency (OCC)": "of the" and the
    /// words after a body's name are part of it when the acronym in brackets after them spells the whole name, each
    /// capitalized word a letter; the run stops at "of the" because most bodies named there are a parent.
    /// </summary>
    internal bool TryNameSpelledByAcronymAfter(NameRun run)
    {
        var (s, e) = (run.Start, run.End);
        var tokens = stream.Tokens;
        if (e + 3 >= tokens.Length || tokens[e].Text != "of" || tokens[e + 1].Text != "the" || !tokens[e + 2].IsCapitalizedWord || !HasHeadWord(s, e))
        {
            return false;
        }
        var end = e + 2;
        while (end < tokens.Length && end - e - 2 < MaxWordsAfterOfThe && tokens[end].IsCapitalizedWord && !tokens[end].Is(TokenFlags.Possessive))
        {
            end++;
        }
        if (AcronymAfter(end) is not { } acronym || !SpellsInitials(acronym, s, end))
        {
            return false;
        }
        var organization = registry.AddOrganization(s, end, OrganizationKind(s, end) ?? ContextKind(s));
        registry.AddOrganizationAlias(organization, acronym);
        registry.MentionOrganization(organization, s, end);
        stream.SkipUntil = end + 3;
        return true;
    }

    private bool HasHeadWord(int s, int e)
    {
        for (var i = s; i < e; i++)
        {
            if (OrganizationWords.IsHeadWord(stream.Tokens[i].Text))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>Whether the capitalized words of [s, e), the lower-case "of" and "the" left out, begin with the acronym's letters in order.</summary>
    private bool SpellsInitials(string acronym, int s, int e)
    {
        var letter = 0;
        for (var i = s; i < e; i++)
        {
            var token = stream.Tokens[i];
            if (token.IsLowerWord)
            {
                continue;
            }
            if (!token.IsCapitalizedWord || letter >= acronym.Length || acronym[letter] != token.Text[0])
            {
                return false;
            }
            letter++;
        }
        return letter == acronym.Length;
    }
}
