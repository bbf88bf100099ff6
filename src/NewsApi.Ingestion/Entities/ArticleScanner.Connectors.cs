using NewsApi.Ingestion.Entities.Lexicon;

namespace NewsApi.Ingestion.Entities;

/// <summary>Where a run of name words joined by "of", "for", "and" or "&amp;" is one name, and where two.</summary>
internal sealed partial class ArticleScanner
{
    /// <summary>
    /// "Minister for Lands and Natural Resources", "Committee Member for Human Settlements": what an office is for, in ordinary
    /// words that no head word closes, is its portfolio, not a body of its own.
    /// </summary>
    private bool IsTitleForPortfolio(int connector, int e)
    {
        var tokens = stream.Tokens;
        if (tokens[connector].Text is not ("for" or "of") || tokens[connector - 1].Text is not ("Minister" or "Secretary" or "Member" or "Commissioner"))
        {
            return false;
        }
        for (var i = connector + 1; i < e; i++)
        {
            if (tokens[i].IsCapitalizedWord && (!knowledge.IsCommonWord(tokens[i].Text.ToLowerInvariant()) || OrganizationWords.IsHeadWord(tokens[i].Text)))
            {
                return false;
            }
        }
        return true;
    }

    /// <summary>
    /// "Keur Massar Mother and Child Hospital", "Justice and Equality Movement": an "and" between two ordinary words of a name a
    /// head word closes; "World Bank and International Monetary Fund", "The New York Times and Associated Press" are two bodies,
    /// the first closed by its own head word or title word.
    /// </summary>
    private bool IsAndInsideBodysName(int i, int e) =>
        stream.Tokens[i].Text == "and" && i + 2 < e && OrganizationWords.IsHeadWord(stream.Tokens[e - 1].Text)
        && !OrganizationWords.IsFirmWord(stream.Tokens[i - 1].Text) && !WordClasses.IsNewspaperTitleWord(stream.Tokens[i - 1].Text)
        && knowledge.IsCommonWord(stream.Tokens[i - 1].Text.ToLowerInvariant()) && knowledge.IsCommonWord(stream.Tokens[i + 1].Text.ToLowerInvariant());

    /// <summary>
    /// "Al Tamar-backed Sadeem Trading LLC", "shareholders of Morvenna-affiliated Hanami Ammonia K.K.": a backer or a parent
    /// of one or more words made into a modifier is no part of the name after it, which is read on its own, as are the words
    /// before the backer; a place's modifier ("Bergen-based") the places' rule has read already, and a people's
    /// ("Indian-controlled Kashmir") may belong to a place's name.
    /// </summary>
    private bool TryNameAfterBackersModifier(int s, int e)
    {
        const int MaxBackerWords = 3;
        var tokens = stream.Tokens;
        for (var k = s; k < e - 1; k++)
        {
            var word = tokens[k].Text;
            if (!tokens[k].IsCapitalizedWord || !WordClasses.IsBackersCompound(word) || !tokens[k + 1].IsCapitalizedWord || knowledge.IsDemonym(word[..word.LastIndexOf('-')]))
            {
                continue;
            }
            var backer = k;
            while (backer > s && k - backer < MaxBackerWords - 1 && tokens[backer - 1].IsCapitalizedWord)
            {
                backer--;
            }
            if (backer > s)
            {
                AnalyzeRun(s, backer);
            }
            AnalyzeRun(k + 1, e);
            return true;
        }
        return false;
    }

    private int FirstSplittingConnector(int s, int e)
    {
        var tokens = stream.Tokens;
        for (var i = s + 1; i < e - 1; i++)
        {
            if (tokens[i].IsPunctuation('&') || (tokens[i].IsLowerWord && tokens[i].Text is "of" or "for" or "and") && !IsAndInsideBodysName(i, e))
            {
                return i;
            }
        }
        return -1;
    }
}
