using System.Buffers;
using System.Text.RegularExpressions;
using NewsApi.Ingestion.Entities.Gazetteer;
using NewsApi.Ingestion.Entities.Lexicon;
using NewsApi.Ingestion.Entities.Text;

namespace NewsApi.Ingestion.Entities.Recognizers;

/// <summary>Competitors and players named by the formats of results rather than by the words around them.</summary>
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
        if (run.InQuote || !IsScorecardUnit())
        {
            return false;
        }
        var afterNotation = s > 0 && tokens[s - 1].IsLowerWord && tokens[s - 1].Text is "b" or "c" or "st";
        var beforeNotation = e < tokens.Length && tokens[e].IsLowerWord
            && (tokens[e].Text is "b" or "c" or "lbw" or "st"
                || e + 1 < tokens.Length && tokens[e].Text is "run" or "not" && tokens[e + 1].Text == "out")
            || e + 2 < tokens.Length && tokens[e].Kind == TokenKind.Number && tokens[e + 1].Text == "not" && tokens[e + 2].Text == "out";
        var beforeFigures = e < tokens.Length && BowlingFigures().IsMatch(stream.Unit.Text.AsSpan(tokens[e - 1].End));
        if (!afterNotation && !beforeNotation && !beforeFigures)
        {
            return false;
        }
        var player = registry.PersonByName.TryGetValue(run.Text, out var known) ? known : registry.RegisterPerson(s, e);
        registry.MentionPerson(player, s, e, alias: null);
        return true;
    }

    /// <summary>
    /// "1. Tove Brink (Sweden) 180 points", "Ana Ruiz (Spain) beat Wen Qiaolin (China) 15-12": in results a competitor's name of two
    /// to four words (a Balinese title and a name) comes with a country in brackets. A club's name there carries its town or a
    /// word of its own ("Alba Berlin (Germany)", "Dynamo"), a company's its head word or legal form; a name of one word may be
    /// anything.
    /// </summary>
    internal bool TryCompetitorWithCountry(NameRun run)
    {
        var (s, e) = (run.Start, run.End);
        if (run.InQuote || !stream.IsDataUnit || e - s is < 2 or > 4 || stream.AfterCountryInBrackets(e) == e || stream.EndsUnlikeAPerson(s, e))
        {
            return false;
        }
        for (var i = s; i < e; i++)
        {
            var token = stream.Tokens[i];
            var word = token.Text;
            if (!token.IsCapitalizedWord || token.Is(TokenFlags.AllCaps) && word.Length > 1
                || knowledge.TryFindPlace(word, out var place, out _) && !knowledge.IsGivenName(word) && !IsSmallTownOrFeature(place)
                || OrganizationWords.IsClubPrefix(word) || OrganizationWords.IsClubSuffix(word) || OrganizationWords.IsHeadWord(word)
                || OrganizationWords.IsCompanySuffix(word) || OrganizationWords.IsLegalForm(word))
            {
                return false;
            }
        }
        var competitor = registry.PersonByName.TryGetValue(run.Text, out var known) ? known : registry.RegisterPerson(s, e);
        registry.MentionPerson(competitor, s, e, alias: null);
        return true;
    }

    // A team bears a city of some size ("Sporting Lisbon (Portugal)", "Bayer Leverkusen (Germany)"); a small town's, a
    // province's or a river's name beside a country in brackets is as often a competitor's surname ("Noriaki Kasai (Japan)":
    // a province and a river of the Congo).
    private const long MinTeamTownPopulation = 100_000;

    private static bool IsSmallTownOrFeature(Place place) =>
        place.Kind is PlaceKind.Feature or PlaceKind.AdministrativeArea || place.Kind == PlaceKind.City && place.Population < MinTeamTownPopulation;

    private TextUnit? notationCheckedFor;
    private bool unitHasNotation;

    /// <summary>Whether the unit being read has a scorecard's notation; asked for each of its runs, so read once per unit.</summary>
    private bool IsScorecardUnit()
    {
        if (!ReferenceEquals(notationCheckedFor, stream.Unit))
        {
            notationCheckedFor = stream.Unit;
            unitHasNotation = MayHoldNotation(stream.Unit.Text) && ScorecardNotation().IsMatch(stream.Unit.Text);
        }
        return unitHasNotation;
    }

    /// <summary>
    /// What every match of <see cref="ScorecardNotation"/> holds: "c", "b" or "st" as a word before a space and a capital, a
    /// dash between two figures, or "not out". Most paragraphs have none, and these vectorized searches cost a fraction
    /// of the regex's scan.
    /// </summary>
    private static bool MayHoldNotation(string text)
    {
        if (text.Contains(" not out", StringComparison.Ordinal))
        {
            return true;
        }
        var span = text.AsSpan();
        // Figures ("4-0-22-1", "9.2-1-40-3") have a dash between two digits; a year before a full stop ("in 2024.") is no figure.
        for (var at = 1; at < span.Length && span[at..].IndexOf('-') is var dash and >= 0; at += dash + 1)
        {
            if (char.IsDigit(span[at + dash - 1]) && at + dash + 1 < span.Length && char.IsDigit(span[at + dash + 1]))
            {
                return true;
            }
        }
        for (var at = 0; at < span.Length && span[at..].IndexOfAny(NotationWords) is var found and >= 0; at += found + 1)
        {
            // "b X", "c X", "st X": the letters open a word, and a capital follows the space.
            var start = at + found;
            var next = start + (span[start] == 's' ? 3 : 2);
            if (next < span.Length && char.IsUpper(span[next]) && (start == 0 || char.IsWhiteSpace(span[start - 1]) || span[start - 1] == '('))
            {
                return true;
            }
        }
        return false;
    }

    private static readonly SearchValues<string> NotationWords = SearchValues.Create(["b ", "c ", "st "], StringComparison.Ordinal);

    // A dismissal ("c Harlow b Penn", "lbw b Okoro"), a bowler's figures or an unbeaten score ("130 not out") somewhere in the line.
    [GeneratedRegex(@"(^|[\s(])(c|b|lbw b|st) \p{Lu}|\b\d+(\.\d)?-\d+-\d+-\d+\b|\b\d+ not out\b", RegexOptions.CultureInvariant)]
    private static partial Regex ScorecardNotation();

    [GeneratedRegex(@"^\s*\d+(\.\d)?-\d+-\d+-\d+\b", RegexOptions.CultureInvariant)]
    private static partial Regex BowlingFigures();
}
