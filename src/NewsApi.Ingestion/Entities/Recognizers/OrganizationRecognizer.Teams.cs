using NewsApi.Ingestion.Entities.Gazetteer;
using NewsApi.Ingestion.Entities.Lexicon;
using NewsApi.Ingestion.Entities.Text;

namespace NewsApi.Ingestion.Entities.Recognizers;

/// <summary>Sports teams and clubs: names in lines of figures (results, standings), clubs in brackets after listed people.</summary>
internal sealed partial class OrganizationRecognizer
{
    /// <summary>"Leeds 15 6 4 5": a team in a line of figures; <paramref name="isSurePerson"/> is the tagger's opinion of the name.</summary>
    internal bool TryTeam(NameRun run, Func<int, int, bool> isSurePerson) => TryTeamInTable(run.Start, run.End, isSurePerson);

    // A list of fixtures pairs several sides; one "v" alone may be a law case ("Donoghue v Stevenson").
    private const int MinFixtures = 2;

    /// <summary>"Fife v Partick, Stirling v St Mirren (to Tuesday)": in a list of fixtures each side of a "v" is a team.</summary>
    internal bool TryTeamInFixtures(NameRun run)
    {
        var (s, e) = (run.Start, run.End);
        var tokens = stream.Tokens;
        var beside = e + 1 < tokens.Length && IsVersus(tokens[e]) && tokens[e + 1].IsCapitalizedWord
            || s >= 2 && IsVersus(tokens[s - 1]) && tokens[s - 2].IsCapitalizedWord;
        if (run.InQuote || !beside || registry.PersonByName.ContainsKey(run.Text) || CountFixtures() < MinFixtures)
        {
            return false;
        }
        var team = registry.OrganizationByName.TryGetValue(run.Text, out var known) ? known : registry.AddOrganization(s, e, "sports club");
        registry.MentionOrganization(team, s, e);
        return true;
    }

    private static bool IsVersus(Token token) => token.IsLowerWord && token.Text is "v" or "vs";

    private int CountFixtures()
    {
        var tokens = stream.Tokens;
        var count = 0;
        for (var k = 1; k + 1 < tokens.Length; k++)
        {
            count += IsVersus(tokens[k]) && tokens[k - 1].IsCapitalizedWord && tokens[k + 1].IsCapitalizedWord ? 1 : 0;
        }
        return count;
    }

    /// <summary>"Jadran Split (4-2-3-1): Marin Jurić; ...": the name before a formation is the team whose line-up follows.</summary>
    internal bool TryTeamBeforeFormation(NameRun run, Func<int, bool> isFormationAfter)
    {
        var (s, e) = (run.Start, run.End);
        if (run.InQuote || !isFormationAfter(e) || e + 3 >= stream.Tokens.Length || !stream.Tokens[e + 2].IsPunctuation(')') || !stream.Tokens[e + 3].IsPunctuation(':'))
        {
            return false;
        }
        var team = registry.OrganizationByName.TryGetValue(run.Text, out var known) ? known : registry.AddOrganization(s, e, "sports club");
        registry.MentionOrganization(team, s, e);
        return true;
    }

    // A city this large is a club's home ("Ajax Amsterdam", "Alba Berlin"); smaller ones are as often family names
    // ("Motohiro Yamaguchi", "Sol Campbell").
    private const long MinClubCityPopulation = 200_000;

    /// <summary>
    /// "Ajax Amsterdam", "Stefanel Milan", "PSV Eindhoven": a word that is no given name, family name, place or ordinary
    /// word before a large city is a club named with its home, not a person whose surname is the city's.
    /// </summary>
    internal bool TryClubByWordAndCity(NameRun run)
    {
        var (s, e) = (run.Start, run.End);
        if (e - s != 2 || run.InQuote)
        {
            return false;
        }
        var word = stream.Tokens[s].Text;
        var city = stream.Tokens[s + 1].Text;
        if (stream.Tokens[s + 1].Is(TokenFlags.AllCaps) || stream.Tokens[s].Is(TokenFlags.Possessive)
            || !knowledge.TryFindPlace(city, out var place, out _) || place.Kind != PlaceKind.City || place.Population < MinClubCityPopulation)
        {
            return false;
        }
        if (knowledge.IsGivenName(word) || FamilyNames.Contains(word) || knowledge.ContainsPlace(word) || knowledge.ContainsPlace(run.Text) || knowledge.IsCommonWord(word)
            || knowledge.IsDemonym(word) || stream.IsTitleToken(s) || Honorifics.IsHonorific(word) || OrganizationWords.IsFirmWord(word) || WordClasses.IsTownNameOpener(word))
        {
            return false;
        }
        if (s >= 2 && stream.Tokens[s - 1].IsPunctuation(',') && TitleWords.IsNoun(stream.Tokens[s - 2].Text))
        {
            // "the firm's chief executive, Tetsuya Morioka, says": a name set after a job is the person who holds it.
            return false;
        }
        if (e + 1 < stream.Tokens.Length && stream.Tokens[e].IsPunctuation('(') && stream.Tokens[e + 1].IsCapitalizedWord
            && !(knowledge.TryFindPlace(stream.Tokens[e + 1].Text, out var bracketed, out _) && bracketed.Kind is PlaceKind.Country or PlaceKind.Region))
        {
            // "Paulinho Santos (Porto)": a club in brackets after the name makes it a player's.
            return false;
        }
        registry.MentionOrganization(registry.AddOrganization(s, e, "sports club"), s, e);
        return true;
    }

    /// <summary>
    /// "Paulinho Santos (Porto), Dimas Teixeira (Juventus, Italy)": in a list of people, each with a name in brackets, that
    /// name is the body they play or stand for (a club, a party), even when it is also a city's. A country, state or region
    /// there is where they come from ("Casey Smith (Australia)", "(Wales)") and stays a place; a code in capitals ("(US)",
    /// "(R)") is left alone.
    /// </summary>
    internal bool TryBodyAfterListedPerson(NameRun run)
    {
        var (s, e) = (run.Start, run.End);
        var tokens = stream.Tokens;
        if (s < 2 || !tokens[s - 1].IsPunctuation('(') || e >= tokens.Length || !tokens[e].IsPunctuation(')') && !tokens[e].IsPunctuation(','))
        {
            return false;
        }
        if (!stream.Unit.HasPersonMentionEndingAt(s - 1) || BracketsAfterNames() < MinListedPeople)
        {
            return false;
        }
        if (knowledge.TryFindPlace(run.Text, out var place, out _) && place.Kind is not PlaceKind.City
            || knowledge.IsDemonym(run.Text) || e - s == 1 && tokens[s].Is(TokenFlags.AllCaps) && run.Text.Length <= 3
            || IsPersonsName(s, e))
        {
            return false;
        }
        registry.MentionOrganization(registry.AddOrganization(s, e, null), s, e);
        return true;
    }

    // "Léa Morvan (Odile), Bruno Castel (Inspector Marchal)": a cast list brackets the parts people play, named as people are.
    private bool IsPersonsName(int s, int e) =>
        knowledge.IsGivenName(stream.Tokens[s].Text) && !OrganizationWords.IsClubSuffix(stream.Tokens[e - 1].Text)
        || Honorifics.IsHonorific(stream.Tokens[s].Text) || stream.IsTitleToken(s);

    // One bracket after a name is an aside; two or more in one sentence or line are a list.
    private const int MinListedPeople = 2;

    private int BracketsAfterNames()
    {
        var count = 0;
        for (var k = 1; k < stream.Tokens.Length; k++)
        {
            count += stream.Tokens[k].IsPunctuation('(') && stream.IsNameToken(k - 1) ? 1 : 0;
        }
        return count;
    }

    /// <summary>
    /// "Barcelona 2 Real Madrid 1", "Leeds 15 6 4 5 20 19 22", "Alba Berlin (Germany) 9 4 5 13": in a line of figures, a
    /// name followed by its score is a team. A country there is its national side, written as the country, and stays a
    /// place; a name in brackets after a score is a scorer ("Arsenal 2 (Adams 45, Vieira 90)"); a person the tagger is
    /// sure of is left to the person rules, unless a city is part of the name, as it is of clubs and never of people.
    /// </summary>
    private bool IsMinuteMarkAfter(int number) =>
        number + 1 < stream.Tokens.Length && stream.Tokens[number + 1].Text is "'" or "′" or "’" && stream.Tokens[number + 1].Start == stream.Tokens[number].End;

    /// <summary>Whether the line from <paramref name="k"/> on is two figures, each perhaps a percentage, joined by a dash.</summary>
    private bool IsBothSidesFigures(int k)
    {
        var tokens = stream.Tokens;
        k++;
        if (k < tokens.Length && tokens[k].IsPunctuation('%'))
        {
            k++;
        }
        if (k + 1 >= tokens.Length || tokens[k].Text is not ("-" or "–" or "—") || tokens[k + 1].Kind != TokenKind.Number)
        {
            return false;
        }
        k += 2;
        if (k < tokens.Length && tokens[k].IsPunctuation('%'))
        {
            k++;
        }
        return k == tokens.Length;
    }

    /// <summary>"Dhaka 38.9°C | Humidity 61%": a weather strip's or a gauge's reading carries its unit, which no score does.</summary>
    private bool IsReadingWithUnit(int figures)
    {
        var tokens = stream.Tokens;
        var i = figures;
        while (i < tokens.Length && (tokens[i].Kind == TokenKind.Number || tokens[i].IsPunctuation('.') || tokens[i].IsPunctuation(',')))
        {
            i++;
        }
        return i < tokens.Length && (tokens[i].IsPunctuation('°') || tokens[i].IsPunctuation('%'));
    }

    /// <summary>"Issue 58", "Issue No. 309", "Term 3", "Year 10s", "Plot 12": a newsletter's, a school's or a map's label counted by its number.</summary>
    private bool IsNumberedLabel(int s, int e) =>
        (e - s == 1 || e - s == 2 && stream.Tokens[s + 1].Text == "No") && stream.Tokens[s].Text is "Issue" or "Volume" or "Vol" or "Edition" or "Term"
            or "Year" or "Grade" or "Plot" or "Lot" or "Section" or "Chapter" or "Page" or "Part" or "Item" or "Clause" or "Article" or "Schedule" or "Room";

    private bool TryTeamInTable(int s, int e, Func<int, int, bool> isSurePerson)
    {
        var tokens = stream.Tokens;
        if (!stream.IsDataUnit || tokens[s].Is(TokenFlags.InQuote))
        {
            return false;
        }
        if (s > 0 && tokens[s - 1].Kind == TokenKind.Word)
        {
            // A team opens its line or follows a score or a bracket; "Select and Choice 2-3" is a grade of cattle.
            return false;
        }
        if (s >= 1 && IsScore(tokens[0].Text) && IsScore(tokens[s - 1].Text))
        {
            // "5-1 Pedrag Mijatovic 7-1 Luis Figo": a line that opens with odds gives each name its price; a results line
            // opens with a team.
            return false;
        }
        var figures = stream.AfterCountryInBrackets(e);
        if (figures >= tokens.Length || tokens[figures].Kind != TokenKind.Number)
        {
            return false;
        }
        if (s == 0 && IsBothSidesFigures(figures))
        {
            // "Shots  14 - 9", "Corners 8 — 4", "Possession 54% — 46%": a match's statistics, a label and both sides'
            // figures, name no team.
            return false;
        }
        var text = stream.Unit.Join(s, e);
        if (knowledge.TryFindPlace(text, out var place, out _) && place.Kind is PlaceKind.Country or PlaceKind.Region or PlaceKind.Continent
            || IsReadingWithUnit(figures))
        {
            return false;
        }
        // "| Updated 19.05.2025 · 09:15": a page's stamp before its date is no team before its score.
        if (knowledge.IsDemonym(text) || (e - s >= 2 && knowledge.IsGivenName(AsNameIsWritten(tokens[s]))) || !AllNameLikeOrCapitals(s, e)
            || (e - s == 1 && (WordClasses.IsCompetitionClass(text) || WordClasses.IsNumberedPartOfCompetition(text) || text is "Updated" or "Published" or "Posted" or "Modified" or "Edited"))
            || IsNumberedLabel(s, e))
        {
            return false;
        }
        if (IsInBrackets(s) || IsMinuteMarkAfter(figures) && !HasPlaceWord(s, e))
        {
            // "Skaug 9", in brackets after a team, or "Jorbenadze 12', 67' (pen)": a goal's scorer and its minute.
            var scorer = registry.PersonByName.TryGetValue(text, out var known) || registry.PersonByPart.TryGetValue(text, out known)
                ? known
                : registry.RegisterPerson(s, e);
            registry.MentionPerson(scorer, s, e, alias: null);
            return true;
        }
        if (IsScorersListItem(s, figures) && CountScorersListItems() >= MinScorersListItems)
        {
            // "Varnholt: Skaug 9, Lindqvist-Berg 6, Oyelaran 5": a side's scorers, each a player's name and their goals.
            return false;
        }
        // A lone given name with a score ("Chelsea 2") is a club; a lone surname ("Warne 8") a player.
        // Standings set in capitals ("ORLANDO 8 6 .571 4") name teams by their cities; a table of people in capitals is rare
        // and gives itself away by a given name first, which the test above already turned down.
        // A row of a league table ("Celta Vigo 15 5 5 5 17 17 20": played, won, drawn, lost, for, against, points) names a
        // team whatever the tagger thinks of the name; a player's line gives a score or two, a competitor's often a country
        // in brackets first ("2. Kazuyoshi Funaki (Japan) 295.4 (151.5 / 143.9)").
        if (isSurePerson(s, e) && !HasPlaceWord(s, e) && !(e - s == 1 && knowledge.IsGivenName(text)) && !AllCapitals(s, e)
            && (figures != e || NumbersFrom(figures) < MinStandingsFigures))
        {
            return false;
        }
        // "x-Denver": standings mark clinched places with a letter and a hyphen before the team.
        var team = text.Length > 3 && text[1] == '-' && char.IsLetter(text[0]) ? text[2..] : text;
        registry.MentionOrganization(team == text ? registry.AddOrganization(s, e, "sports club") : registry.AddOrganization(team, "sports club"), s, e);
        return true;
    }

    /// <summary>
    /// "Multan Eagles", "Harlow Coastal Strikers": a town or region, then a plural of a common noun, is how teams are named.
    /// A town that is also a given name ("Austin Brooks") and a plural that names land ("Cayman Islands") are left alone.
    /// </summary>
    private bool IsPlaceAndNickname(int s, int e)
    {
        var last = stream.Tokens[e - 1].Text;
        if (last.Length < 5 || last[^1] != 's' || stream.Tokens[e - 1].Is(TokenFlags.AllCaps) || stream.Tokens[e - 1].Is(TokenFlags.Possessive)
            || WordClasses.IsFeatureWord(last) || IsEventOrCount(last) || !knowledge.IsCommonWord(last[..^1].ToLowerInvariant())
            || knowledge.IsGivenName(stream.Tokens[s].Text))
        {
            return false;
        }
        if (!places.MatchPlace(s, e - 1, out _, out var placeEnd) || placeEnd >= e)
        {
            return false;
        }
        for (var i = placeEnd; i < e; i++)
        {
            if (!stream.Tokens[i].IsCapitalizedWord || knowledge.TryFindPlace(stream.Tokens[i].Text, out _, out _))
            {
                return false;
            }
        }
        return true;
    }

    // "Beijing Games", "Madrid Masters" are events; "Jakarta. Thousands" is a headline's place and the next sentence.
    private static bool IsEventOrCount(string word) =>
        word is "Games" or "Masters" or "Championships" or "Olympics" or "Talks" or "Thousands" or "Hundreds" or "Millions" or "Dozens" or "Tens";

    private const int MinScorersListItems = 3;

    /// <summary>
    /// A name after a comma or a colon (or opening the line) with one figure after it and then a comma, a full stop or the
    /// line's end: an item of "Name 9, Name 6, Name 5". A results line pairs its names ("Ajax 3 Vitesse 1, Twente 2 ..."), so
    /// one of each pair follows a figure and the other is followed by a name.
    /// </summary>
    private bool IsScorersListItem(int s, int figures)
    {
        var tokens = stream.Tokens;
        // "Varnholt: Skaug 9, ...", "Estudiantes - Harper Williams 20, ...": the side, then its scorers.
        return (s == 0 || tokens[s - 1].IsPunctuation(',') || tokens[s - 1].IsPunctuation(':') || tokens[s - 1].Text is "-" or "–")
            && figures < tokens.Length && tokens[figures].Kind == TokenKind.Number
            && (figures + 1 == tokens.Length || tokens[figures + 1].IsPunctuation(',') || tokens[figures + 1].IsPunctuation('.'));
    }

    private int CountScorersListItems()
    {
        var tokens = stream.Tokens;
        var count = 0;
        for (var k = 1; k < tokens.Length; k++)
        {
            // The last scorer ends the line with no comma after the goals.
            count += stream.IsNameToken(k - 1) && tokens[k].Kind == TokenKind.Number && (k + 1 == tokens.Length || tokens[k + 1].IsPunctuation(',')) ? 1 : 0;
        }
        return count;
    }

    /// <summary>"Yeşilspor", "Kasımpaşaspor": Turkish clubs name themselves with "spor" (sport) joined to the name.</summary>
    private static bool IsTurkishClubWord(string word) => word.Length > 6 && word.EndsWith("spor", StringComparison.Ordinal) && char.IsUpper(word[0]);

    /// <summary>
    /// "Körvik Bayrakçı 3-2 Ercan Yeşilspor": the names on either side of a score are the teams that played. A line of
    /// odds ("5-1 Tor Aasheim 7-1 Jon Ullestad") puts a figure before the first name too, and names players.
    /// </summary>
    private bool IsBesideScore(int s, int e)
    {
        var tokens = stream.Tokens;
        if (e + 1 < tokens.Length && IsScore(tokens[e].Text) && tokens[e + 1].IsCapitalizedWord)
        {
            return !(s > 0 && tokens[s - 1].Kind == TokenKind.Number);
        }
        if (s < 2 || !IsScore(tokens[s - 1].Text) || !tokens[s - 2].IsCapitalizedWord)
        {
            return false;
        }
        var k = s - 2;
        while (k >= 0 && tokens[k].IsCapitalizedWord)
        {
            k--;
        }
        return !(k >= 0 && tokens[k].Kind == TokenKind.Number);
    }

    private static bool IsScore(string token)
    {
        var dash = token.IndexOfAny(['-', '–']);
        return dash is 1 or 2 && token.Length - dash - 1 is 1 or 2 && !token.AsSpan(0, dash).ContainsAnyExceptInRange('0', '9')
            && !token.AsSpan(dash + 1).ContainsAnyExceptInRange('0', '9');
    }

    /// <summary>"AC Milan", "Hapoel Kfar Sava": a club's first word and its town, nothing after ("AC Milan's George Weah", "Real Madrid and Barcelona").</summary>
    private bool IsClubByItsFirstWord(int s, int e)
    {
        if (e - s > 3 || !OrganizationWords.IsClubPrefix(stream.Tokens[s].Text)
            || stream.Tokens[s].Text == "Team" && e - s >= 2 && TitleWords.IsNoun(stream.Tokens[s + 1].Text.ToLowerInvariant()))
        {
            // "Team Principal", "Team Manager": a job in the team, not a team's name.
            return false;
        }
        for (var i = s; i < e; i++)
        {
            if (!stream.Tokens[i].IsCapitalizedWord || i < e - 1 && stream.Tokens[i].Is(TokenFlags.Possessive))
            {
                return false;
            }
        }
        return true;
    }

    private const int MinStandingsFigures = 6;

    private int NumbersFrom(int k)
    {
        var count = 0;
        for (; k < stream.Tokens.Length && stream.Tokens[k].Kind is TokenKind.Number or TokenKind.Punctuation; k++)
        {
            count += stream.Tokens[k].Kind == TokenKind.Number ? 1 : 0;
        }
        return count;
    }

    private bool IsInBrackets(int s)
    {
        for (var k = s - 1; k >= 0 && s - k <= 24; k--)
        {
            if (stream.Tokens[k].IsPunctuation(')'))
            {
                return false;
            }
            if (stream.Tokens[k].IsPunctuation('('))
            {
                return true;
            }
        }
        return false;
    }

    private bool HasPlaceWord(int s, int e)
    {
        for (var i = s; i < e; i++)
        {
            if (knowledge.TryFindPlace(stream.Tokens[i].Text, out _, out _) && !knowledge.IsGivenName(stream.Tokens[i].Text))
            {
                return true;
            }
        }
        return false;
    }

    private bool AllCapitals(int s, int e)
    {
        for (var i = s; i < e; i++)
        {
            if (!stream.Tokens[i].Is(TokenFlags.AllCaps) || stream.Tokens[i].Text.Length < 2)
            {
                return false;
            }
        }
        return true;
    }

    /// <summary>"JOHN" as the name lists spell it ("John"); other words as they are.</summary>
    private static string AsNameIsWritten(Token token) =>
        token.Is(TokenFlags.AllCaps) && token.Text.Length > 1
            ? string.Concat(token.Text.AsSpan(0, 1), token.Text[1..].ToLowerInvariant())
            : token.Text;

    private bool AllNameLikeOrCapitals(int s, int e)
    {
        for (var i = s; i < e; i++)
        {
            if (!stream.Tokens[i].IsCapitalizedWord || WordChars.HasDigit(stream.Tokens[i].Text) || TokenStream.IsReservedWord(stream.Tokens[i].Text))
            {
                return false;
            }
        }
        return true;
    }
}
