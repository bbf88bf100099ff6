using System.Text.RegularExpressions;
using NewsApi.Ingestion.Entities.Text;

namespace NewsApi.Ingestion.Entities.Recognizers;

/// <summary>Players in a match report's line-ups and its lists of goals and cards.</summary>
internal sealed partial class PersonRecognizer
{
    private TextUnit? lineUpCheckedFor;
    private int lineUpListStart = -1;

    /// <summary>
    /// "Erciyes Yıldızspor (4-2-3-1): Hançerlioğlu; Sevindik, Pehlivanoğlu", "Yellow cards: Koç 52 | Sevindik 30": after a
    /// team's formation or a label of goals, cards or substitutes, every name is a player's. A surname alone is the player
    /// the report named in full, or a player it names no further, never a club or a town; a full name is a person.
    /// </summary>
    internal bool TryLineUpPlayer(NameRun run)
    {
        var (s, e) = (run.Start, run.End);
        var listStart = LineUpListStart();
        if (listStart < 0 || s < listStart || run.InQuote || e - s > TokenStream.MaxPersonTokens || IsFormationAfter(e))
        {
            return false;
        }
        if (registry.PersonByName.TryGetValue(run.Text, out var known))
        {
            registry.MentionPerson(known, s, e, alias: null);
            return true;
        }
        if (e - s == 1)
        {
            if (registry.PersonByPart.TryGetValue(run.Text, out var byPart))
            {
                registry.MentionPerson(byPart, s, e, run.Text);
            }
            return true;
        }
        if (!stream.AllNameLike(s, e) || stream.EndsUnlikeAPerson(s, e))
        {
            return false;
        }
        var player = registry.RegisterPerson(s, e);
        registry.MentionPerson(player, s, e, alias: null);
        return true;
    }

    /// <summary>"(4-3-3)" right after the run: the run is the team whose line-up follows.</summary>
    internal bool IsFormationAfter(int e) =>
        e + 2 < stream.Tokens.Length && stream.Tokens[e].IsPunctuation('(') && Formation().IsMatch(stream.Tokens[e + 1].Text);

    /// <summary>The first token after the colon that opens the unit's list of players, or -1; read once per unit.</summary>
    private int LineUpListStart()
    {
        if (ReferenceEquals(lineUpCheckedFor, stream.Unit))
        {
            return lineUpListStart;
        }
        lineUpCheckedFor = stream.Unit;
        lineUpListStart = -1;
        // Every opening holds a colon; most paragraphs have none, and the vectorized search costs a fraction of the regex's.
        if (!stream.Unit.Text.Contains(':', StringComparison.Ordinal) || !LineUpOpening().IsMatch(stream.Unit.Text))
        {
            return -1;
        }
        var tokens = stream.Tokens;
        for (var k = 0; k < tokens.Length; k++)
        {
            if (tokens[k].IsPunctuation(':'))
            {
                lineUpListStart = k + 1;
                break;
            }
        }
        return lineUpListStart;
    }

    [GeneratedRegex(@"^\d-\d(-\d){1,3}$", RegexOptions.CultureInvariant)]
    private static partial Regex Formation();

    // A team and its formation before a colon; a team before a colon and its players in lines split by semicolons ("Inverclyde
    // Athletic: Muir; Daly, Fraser; Sneddon, Ferrie; Haddow"); a line opened by a label of goals, tries, kicks, cards or
    // substitutes.
    [GeneratedRegex(@"^[^:]{1,60}\(\d-\d(-\d){1,3}\)\s*:|^[^:;]{1,60}:\s*[^:;]{1,40};[^:;]+;[^:;]+;|^\s*(Goals?|Scorers?|Booked|Bookings|Yellow cards?|Red cards?|Sent off|Subs|Subs not used|Substitutes|Unused substitutes|Tries|Try|Conversions?|Penalties|Penalty|Drop goals?)\s*:", RegexOptions.CultureInvariant)]
    private static partial Regex LineUpOpening();
}
