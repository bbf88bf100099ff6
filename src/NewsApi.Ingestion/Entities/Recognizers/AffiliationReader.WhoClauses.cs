using NewsApi.Ingestion.Entities.Lexicon;
using NewsApi.Ingestion.Entities.Text;

namespace NewsApi.Ingestion.Entities.Recognizers;

/// <summary>"X, who chairs the Y", "X, who teaches at Y": a relative clause after a name gives its title and employer.</summary>
internal sealed partial class AffiliationReader
{
    /// <summary>"X, who chairs the Y": where Y starts. Not "represents": an elected member represents a seat ("the Fourth District").</summary>
    private int WhoClauseOrganizationAt(int e)
    {
        if (e + 1 >= stream.Tokens.Length || !stream.Tokens[e].IsPunctuation(',') || stream.Tokens[e + 1].Text != "who")
        {
            return -1;
        }
        var worksSomewhere = e + 2 < stream.Tokens.Length && stream.Tokens[e + 2].Text is "works" or "worked" or "teaches" or "taught" or "studies"
            or "studied" or "researches" or "lectures" or "specialises" or "specializes" or "serves" or "served";
        for (var k = e + 2; k < stream.Tokens.Length && k - e < 16; k++)
        {
            if (stream.Tokens[k].IsSentenceEnd || worksSomewhere && stream.Tokens[k].IsPunctuation(','))
            {
                return -1;
            }
            if (worksSomewhere && stream.Tokens[k].IsLowerWord && stream.Tokens[k].Text == "at")
            {
                // "X, who studies exoplanet atmospheres at the University of Y": where the clause says the person works.
                var at = k + 1 < stream.Tokens.Length && stream.Tokens[k + 1].Text == "the" ? k + 2 : k + 1;
                return at < stream.Tokens.Length && stream.Tokens[at].IsCapitalizedWord ? at : -1;
            }
            if (stream.Tokens[k].IsLowerWord && stream.Tokens[k].Text is "chairs" or "heads" or "leads" or "runs" or "directs" or "founded"
                or "co-founded" or "manages" or "chaired" or "headed" or "led" or "ran")
            {
                var p = k + 1;
                if (p < stream.Tokens.Length && stream.Tokens[p].Text == "the")
                {
                    p++;
                }
                return p < stream.Tokens.Length && stream.Tokens[p].IsCapitalizedWord ? p : -1;
            }
        }
        return -1;
    }

    /// <summary>"X, who will stay on as chief executive": the title the clause gives.</summary>
    private string? WhoClauseTitle(int e)
    {
        for (var k = e + 2; k + 1 < stream.Tokens.Length && k - e < 14; k++)
        {
            if (stream.Tokens[k].IsSentenceEnd || stream.Tokens[k].IsPunctuation(','))
            {
                return null;
            }
            if (stream.Tokens[k].Text != "as" || !stream.Tokens[k].IsLowerWord)
            {
                continue;
            }
            var start = k + 1;
            if (stream.Tokens[start].Text is "a" or "an" or "the" or "its" or "his" or "her")
            {
                start++;
            }
            var end = start;
            var noun = -1;
            while (end < stream.Tokens.Length && end - start < 4 && stream.Tokens[end].IsLowerWord && !TokenStream.IsPreposition(stream.Tokens[end].Text))
            {
                if (TitleWords.IsNoun(stream.Tokens[end].Text))
                {
                    noun = end;
                }
                end++;
            }
            return noun >= 0 ? stream.Unit.Join(start, noun + 1) : null;
        }
        return null;
    }
}
