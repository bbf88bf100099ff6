using System.Text.RegularExpressions;

namespace NewsApi.Ingestion.Entities.Recognizers;

/// <summary>Players named by a cricket scorecard's notation rather than by the words around them.</summary>
internal sealed partial class PersonRecognizer
{
    /// <summary>
    /// "Zahid Malik c Harlow b Penn 86", "Penn lbw b Okoro 4", "Okoro not out 12" and the bowling figures "Okoro 8.1-0-43-3"
    /// (overs, maidens, runs, wickets): the letters of the notation stand around players only. Without them the names of
    /// a scorecard are a line of figures, read as teams, and surnames that are also towns read as places.
    /// </summary>
    internal bool TryScorecardPlayer(NameRun run)
    {
        var tokens = stream.Tokens;
        var (s, e) = (run.Start, run.End);
        if (run.InQuote || !ScorecardNotation().IsMatch(stream.Unit.Text))
        {
            return false;
        }
        var afterNotation = s > 0 && tokens[s - 1].IsLowerWord && tokens[s - 1].Text is "b" or "c" or "st";
        var beforeNotation = e < tokens.Length && tokens[e].IsLowerWord
            && (tokens[e].Text is "b" or "c" or "lbw" or "st"
                || e + 1 < tokens.Length && tokens[e].Text is "run" or "not" && tokens[e + 1].Text == "out");
        var beforeFigures = e < tokens.Length && BowlingFigures().IsMatch(stream.Unit.Text.AsSpan(tokens[e - 1].End));
        if (!afterNotation && !beforeNotation && !beforeFigures)
        {
            return false;
        }
        var player = registry.PersonByName.TryGetValue(run.Text, out var known) ? known : registry.RegisterPerson(s, e);
        registry.MentionPerson(player, s, e, alias: null);
        return true;
    }

    // A dismissal ("c Harlow b Penn", "lbw b Okoro") or a bowler's figures somewhere in the line.
    [GeneratedRegex(@"(^|[\s(])(c|b|lbw b|st) \p{Lu}|\b\d+(\.\d)?-\d+-\d+-\d+\b", RegexOptions.CultureInvariant)]
    private static partial Regex ScorecardNotation();

    [GeneratedRegex(@"^\s*\d+(\.\d)?-\d+-\d+-\d+\b", RegexOptions.CultureInvariant)]
    private static partial Regex BowlingFigures();
}
