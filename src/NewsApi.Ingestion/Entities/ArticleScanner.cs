using NewsApi.Ingestion.Entities.Gazetteer;
using NewsApi.Ingestion.Entities.Lexicon;
using NewsApi.Ingestion.Entities.Recognizers;
using NewsApi.Ingestion.Entities.Tagging;
using NewsApi.Ingestion.Entities.Text;

namespace NewsApi.Ingestion.Entities;

/// <summary>
/// Reads the text units of one article in order and finds people, organizations and places in runs of capitalized words,
/// using the words around each run (titles, appositions, reporting verbs, context nouns) rather than any list of names.
/// It is a pipeline: each run goes through the rules below, in order, until one explains it. The recognizers that own the
/// rules share one token stream (<see cref="TokenStream"/>) and one entity registry (<see cref="EntityRegistry"/>).
/// </summary>
internal sealed partial class ArticleScanner
{
    private readonly TokenStream stream;
    private readonly EntityRegistry registry;
    private readonly PlaceRecognizer places;
    private readonly AffiliationReader affiliations;
    private readonly PersonRecognizer people;
    private readonly OrganizationRecognizer organizations;
    private readonly TaggedNameRecognizer tagged;
    private readonly AbbreviationReader abbreviations;
    private readonly IEntityKnowledge knowledge;
    private readonly RunRule[] rules;
    private readonly Func<int, bool> isTaggedPlace;

    /// <summary>One step of the pipeline: a rule that explains a run (and records what it found) or passes it on.</summary>
    private readonly record struct RunRule(string What, Func<NameRun, bool> Try);

    public ArticleScanner(IEntityKnowledge knowledge, NameTagger? tagger = null)
    {
        this.knowledge = knowledge;
        stream = new TokenStream(knowledge);
        registry = new EntityRegistry(stream, knowledge);
        places = new PlaceRecognizer(stream, registry, knowledge);
        organizations = new OrganizationRecognizer(stream, registry, knowledge, places);
        affiliations = new AffiliationReader(stream, registry, knowledge, places);
        people = new PersonRecognizer(stream, registry, knowledge, affiliations, this);
        tagged = new TaggedNameRecognizer(stream, registry, knowledge, affiliations, organizations, places, tagger);
        abbreviations = new AbbreviationReader(stream, registry);
        // Made once: a method group passed inside a rule would be a new delegate for every run.
        Func<int, bool> isFormationAfter = people.IsFormationAfter;
        Func<int, int, bool> isSurePerson = tagged.IsSurePerson;
        isTaggedPlace = tagged.IsTaggedPlace;

        // What was read before wins: a name already known keeps its meaning; lists and titles come before guesses from
        // context; the trained tagger is asked only about runs no rule explains; what is left is searched for places.
        rules =
        [
            new("a named storm, which is no entity", run => run.Length >= 2 && WordClasses.IsStormWord(stream.Tokens[run.Start].Text)),
            new("a storm's name alone once the story has named the storm, which is no entity", run => run.Length == 1 && stormNames.Contains(run.Text)),
            new("an abbreviation of a term, a zone, a currency or a ticker, which names nothing", run => run.Length == 1 && abbreviations.IsTerm(run.Start)),
            new("a people's adjective or a language (\"Bahasa Indonesia\") of two words, which is no entity",
                run => run.Length == 2 && (knowledge.IsDemonym(run.Text) || stream.Tokens[run.Start].Text == "Bahasa")),
            new("a competitor's country code in brackets (\"(NOR)\"), which is no entity", run => run.Length == 1 && stream.IsSportsCodeInBrackets(run.Start)),
            new("an exchange and its ticker in brackets, which are no entity", run => run.Length == 1 && IsExchangeTicker(run.Start)),
            new("a table's column heads (\"Pos Club P W D L GD Pts\"), which are no entity", IsColumnHeads),
            new("a postal box (\"P.O. Box\"), which is no entity", run => run.Text is "P.O. Box" or "PO Box" or "P.O.Box" or "P. O. Box"),
            new("a function every company has (\"Investor Relations\", \"Head Office\"), which is no entity", run => organizations.IsCompanyFunction(run.Start, run.End)),
            new("members of an elected body (\"MPs\", \"MEPs\"), who are no entity", run => run.Length == 1 && IsPluralOfficeTitle(run.Text)),
            new("an Irish county written with Co", places.TryIrishCounty),
            new("a ship, named as people are, which is no entity", run => run.Start > 0 && stream.Tokens[run.Start - 1].IsLowerWord
                && WordClasses.IsVesselNoun(stream.Tokens[run.Start - 1].Text)),
            // "told Gulf Evening Herald": a paper after "told" or "the" is the paper, though its first word is a feature's.
            new("a natural feature by its leading or closing word", run => !organizations.IsPaperAfterItsArticle(run.Start, run.End) && places.TryFeatureByItsWord(run)),
            new("a street or a part of a town, which is a place and no person", places.TryStreetOrQuarter),
            new("a title alone (\"Director-General\"), which names nobody", run => (run.Length is 2 or 3 || run.Length == 1 && stream.Tokens[run.Start].Text.Contains('-', StringComparison.Ordinal)) && AllTitleTokens(run)),
            new("an author in a list of references, no person of the story", people.IsReferenceListAuthor),
            new("a maiden name in brackets or the given name before it, which name no one in full", people.IsMaidenNameOrItsBearer),
            new("a team before its formation in a line-up", run => organizations.TryTeamBeforeFormation(run, isFormationAfter)),
            new("a player in a line-up or a list of goals or cards", people.TryLineUpPlayer),
            new("a shop named for its owner", organizations.TryShopNamedForItsOwner),
            new("a person already named", people.TryKnownName),
            new("a word of a person's name already read", people.TryPartOfKnownName),
            new("the last words of a person's name already read", people.TryEndOfKnownName),
            new("a body's name run on past \"of the\", to the acronym that spells it or after its own \"of\" or \"for\"", run => organizations.TryNameSpelledByAcronymAfter(run) || organizations.TryRemitAfterSecondOfThe(run)),
            new("a body's name run on past a plural's possessive after \"for\" or \"of\"", organizations.TryNameRunOnPastPossessive),
            new("a body's short name, an en dash and its full name", organizations.TryShortNameDashFullName),
            new("an organization already named", organizations.TryKnownName),
            new("a relative of a person already named", people.TryRelativeOfKnownPerson),
            new("a news agency", organizations.TryNewsAgency),
            new("a well-known organization", organizations.TryWellKnown),
            new("a name defining an acronym", organizations.TryDefinedAcronym),
            new("an elected member's seat", TryElectedSeat),
            new("a town's council named \"City of\" the town", TryCouncilOfTown),
            new("a title and a name", people.TryTitledName),
            new("a country closing an office and its holder's name", people.TryCountryThenTitleHolder),
            new("a player in a cricket scorecard", people.TryScorecardPlayer),
            new("a club named by a word and its city", organizations.TryClubByWordAndCity),
            new("a competitor with a country in brackets", people.TryCompetitorWithCountry),
            new("a team in a line of figures", run => organizations.TryTeam(run, isSurePerson)),
            new("a side of a fixture in a list of fixtures", organizations.TryTeamInFixtures),
            new("a club or party in brackets after each person of a list", organizations.TryBodyAfterListedPerson),
            new("a gazetteer place, unless the words around call it an organization", run => !organizations.HasContext(run) && places.TryGazetteerPlace(run)),
            new("an organization by its own words or context", organizations.TryNamedByItsWords),
            new("where the person just read works", organizations.TryEmployer),
            new("two names joined by of, for, and or &", TrySplitAtConnector),
            new("a place after a place noun", places.TryAfterPlaceNoun),
            new("a person by the evidence around the name", people.TryNameWithEvidence),
            new("a person by a given name's hyphenated syllables", people.TryHyphenatedGivenName),
            new("a person by an Irish name's particle", people.TryIrishPatronymic),
            new("an organization that speaks", organizations.TrySpeakingName),
            new("a place by context", places.TryByContext),
            new("a place name with a particle", places.TryWithParticle),
            new("a natural feature", places.TryNaturalFeature),
            new("a town after a person's name, a comma and \"of\"", places.TryHometownAfterPerson),
            new("a town between \"a\" and a resident (\"a Morwell man\")", places.TryTownOfAResident),
            new("the trained name tagger", tagged.TryTagged),
            new("places inside what is left", places.ScanForPlaces),
        ];
    }

    /// <summary>For error analysis in the tools only: told which rule explained each run.</summary>
    [ThreadStatic]
    internal static Action<string, string>? RuleTrace;

    public List<PersonRecord> People => registry.People;

    public List<OrganizationRecord> Organizations => registry.Organizations;

    public List<string> Places => registry.Places;

    /// <summary>Every person mention in body and standfirst, in reading order: the antecedents for "he", "she" and "the expert".</summary>
    public List<EntityMention> NarrativeMentions => registry.NarrativeMentions;

    /// <summary>Reads what every unit spells out before any is scanned: a legend may follow what it explains.</summary>
    public void NoteDefinitions(IEnumerable<TextUnit> units)
    {
        foreach (var unit in units)
        {
            abbreviations.NoteDefinitions(unit);
            NoteStormNames(unit.Tokens);
        }
    }

    // "Cyclone Sela ... Sela made landfall": once a storm is named, its name alone is the storm, not a person.
    private readonly HashSet<string> stormNames = new(StringComparer.Ordinal);

    private void NoteStormNames(Token[] tokens)
    {
        for (var i = 0; i + 1 < tokens.Length; i++)
        {
            if (WordClasses.IsStormWord(tokens[i].Text) && tokens[i + 1].IsCapitalizedWord && !WordClasses.IsStormWord(tokens[i + 1].Text))
            {
                stormNames.Add(tokens[i + 1].Text);
            }
        }
    }

    public void Scan(TextUnit textUnit)
    {
        stream.Start(textUnit);
        registry.BeginUnit();

        if (textUnit.Zone == TextZone.Headline)
        {
            places.ScanHeadline();
            organizations.ScanHeadline();
            return;
        }
        places.NoteDemonyms();
        tagged.TagNames();

        var tokens = stream.Tokens;
        var i = 0;
        while (i < tokens.Length)
        {
            if (!stream.IsNameToken(i))
            {
                i++;
                continue;
            }
            var end = stream.RunEnd(i);
            if (organizations.TryBodyNamedForItsFounder(i, end, isTaggedPlace) is var founded and > 0)
            {
                i = founded;
                continue;
            }
            AnalyzeRun(i, end);
            // The "(ABC)" that defines an acronym is not another mention.
            i = Math.Max(end, stream.SkipUntil);
        }
    }

    /// <summary>A place from the dateline ("COPENHAGEN"), written in capitals there.</summary>
    public void AddDatelinePlace(string dateline) => places.AddDatelinePlace(dateline);

    /// <summary>A town a credited reporter filed from, kept when the gazetteer knows it: a credit's words are no sentence to read.</summary>
    public void AddCreditPlace(string place) => places.AddKnownPlace(place);

    public bool IsDemonym(string word) => knowledge.IsDemonym(word);

    /// <summary>
    /// A country the page tags and the text names by its adjective ("Romanian" with a "Romania" tag) is a place of the article;
    /// the adjective alone is not, since "Danish" may describe a ship or a person far from Denmark.
    /// </summary>
    public void AddTaggedDemonymPlaces(IReadOnlyList<string> tags) => places.AddTaggedDemonymPlaces(tags);

    public int RegisterExternalPerson(string name, PersonRole role, string? title) => registry.RegisterExternalPerson(name, role, title);

    /// <summary>The person a name written alone refers to: the full name, a surname or a name's last words already read; -1 when none.</summary>
    public int FindPerson(string name) =>
        registry.PersonByName.TryGetValue(name, out var person) || registry.PersonBySuffix.TryGetValue(name, out person)
        || !name.Contains(' ', StringComparison.Ordinal) && registry.PersonByPart.TryGetValue(name, out person) ? person : -1;

    public bool IsPersonLikeCredit(string segment, bool besideAgency) => people.IsPersonLikeCredit(segment, besideAgency);

    /// <summary>People whose corporate title names no company work for the company the article is about.</summary>
    public void AssignArticleCompany() => affiliations.AssignArticleCompany();

    /// <summary>Folds organizations read by a short form before their full name into it; after the whole article is read.</summary>
    public void MergeShortForms() => ShortFormMerger.Merge(registry.Organizations, registry.People, knowledge);

    // "Nolan-Brophy": a double-barrelled surname is a family name when either half is.
    private static bool IsFamilyName(string word) =>
        FamilyNames.Contains(word) || word.IndexOf('-', StringComparison.Ordinal) is var hyphen and > 0
            && (FamilyNames.Contains(word[..hyphen]) || FamilyNames.Contains(word[(hyphen + 1)..]));

    private bool HasFirmWord(int s, int e)
    {
        for (var i = s; i < e; i++)
        {
            var word = stream.Tokens[i].Text;
            if (OrganizationWords.IsHeadWord(word) || OrganizationWords.IsCompanySuffix(word) || OrganizationWords.IsLegalForm(word) || OrganizationWords.IsClubSuffix(word))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>Reads the run [s, e): trims sentence openers and connectors, then hands it to the rules in order.</summary>
    internal void AnalyzeRun(int s, int e)
    {
        // "in The Hague", "The Gambia": an article that is part of a place's own name stays on it.
        if (e - s >= 2 && stream.Tokens[s].Text == "The" && knowledge.TryFindPlace(stream.Unit.Join(s, e), out _, out _)
            && places.TryGazetteerPlace(new NameRun(s, e, IsInQuotedPhrase(s), stream.Unit.Join(s, e))))
        {
            return;
        }
        while (s < e && (stream.IsNoiseAt(s) || stream.IsConnectorToken(s) || e - s >= 3 && WordClasses.IsRoleNoun(stream.Tokens[s].Text)))
        {
            s++;
        }
        if (e - s >= 4 && stream.Tokens[s].Text is "Tan" or "Puan" && stream.Tokens[s + 1].Text == "Sri")
        {
            // "Tan Sri Rajendran Pillai": a Malaysian title of two words, whose first is also a family name.
            s += 2;
        }
        if (e - s >= 3 && stream.Tokens[s].Text is "Centre" or "Center" && knowledge.IsGivenName(stream.Tokens[s + 1].Text))
        {
            // "Centre Jason Little will miss the match": a player's position, not an organization's head word.
            s++;
        }
        if (e - s >= 4 && knowledge.IsDemonym(stream.Unit.Join(s, s + 2)) && !HasFirmWord(s + 2, e))
        {
            // "South African Johan Steyn": a people's adjective of two words before a name, as one word's would be.
            s += 2;
        }
        // "Declan Fennelly SC", "Eoghan Ó Murchú SC": a senior counsel's letters after a person's name; after a club's ("Al Ittihad SC")
        // they are its own.
        // "Penhallow J", "Okafor LJ": how English law reports name a judge (Justice, Lord Justice) after the surname.
        while (e > s && stream.IsConnectorToken(e - 1) || e - s >= 3 && Honorifics.IsPostNominal(stream.Tokens[e - 1].Text)
            || e - s == 2 && stream.Tokens[e - 1].Text is "J" or "LJ" && !OrganizationWords.IsHeadWord(stream.Tokens[s].Text)
            || e - s >= 3 && stream.Tokens[e - 1].Text == "SC" && (knowledge.IsGivenName(stream.Tokens[s].Text) || IsFamilyName(stream.Tokens[e - 2].Text)
                || WordClasses.IsNameParticle(stream.Tokens[e - 3].Text.ToLowerInvariant())))
        {
            e--;
        }
        if (s >= e)
        {
            return;
        }
        if (places.TryBasedPhrase(s, e, out var next))
        {
            AnalyzeRun(next, e);
            return;
        }
        if (TryNameAfterBackersModifier(s, e))
        {
            return;
        }
        if (e - s > TokenStream.MaxNameTokens)
        {
            places.ScanPlaces(s, e);
            return;
        }

        var run = new NameRun(s, e, IsInQuotedPhrase(s), stream.Unit.Join(s, e));
        foreach (var rule in rules)
        {
            if (rule.Try(run))
            {
                RuleTrace?.Invoke(run.Text, rule.What);
                return;
            }
        }
    }

    /// <summary>
    /// A name inside a short quotation (a title, a nickname, a scare quote: "Mr Yen", "The Old Man and the Sea") is no
    /// mention of a person; inside quoted speech ("President Kwasniewski plans to visit Italy on an invitation from President
    /// Oscar Scalfaro") it is one, as anywhere else in the story.
    /// </summary>
    private bool IsInQuotedPhrase(int s)
    {
        if (!stream.Tokens[s].Is(TokenFlags.InQuote))
        {
            return false;
        }
        var quotes = stream.Unit.Quotes;
        for (var q = 0; q < quotes.Count; q++)
        {
            var quote = quotes[q];
            if (quote.Open < s && s < quote.Close)
            {
                return quote.Close - quote.Open - 1 <= MaxQuotedPhraseTokens;
            }
        }
        // The end of a quotation opened in an earlier paragraph: speech.
        return false;
    }

    // "North Harrowmere—St. Ives", "Varenne–Les Îles–Bathelot": a seat's name runs to a few words.
    private const int MaxConstituencyTokens = 4;

    private bool AllTitleTokens(NameRun run)
    {
        for (var i = run.Start; i < run.End; i++)
        {
            if (!stream.IsTitleToken(i))
            {
                return false;
            }
        }
        return true;
    }

    private static bool IsPluralOfficeTitle(string word) =>
        word.Length > 2 && word[^1] == 's' && IsElectedOfficeTitle(word[..^1]) && word[..^1].All(char.IsUpper);

    private static bool IsElectedOfficeTitle(string word) =>
        TitleWords.IsElectedOffice(word) || word is "MPs" or "MLAs" or "MEPs";

    // Titles and scare quotes run to a few words; quoted speech to a clause at least.
    private const int MaxQuotedPhraseTokens = 8;

    /// <summary>"(XETRA: VRNG)", "(NASDAQ: QLMS)": the exchange and the ticker a listed company's name is followed by.</summary>
    private bool IsExchangeTicker(int i)
    {
        var tokens = stream.Tokens;
        bool IsCode(int k) => k >= 0 && k < tokens.Length && tokens[k].IsWord && tokens[k].Text.Length is >= 2 and <= 8
            && tokens[k].Text.All(c => char.IsUpper(c) || char.IsDigit(c) || c == '.');
        bool Is(int k, char c) => k >= 0 && k < tokens.Length && tokens[k].IsPunctuation(c);
        return IsCode(i) && (Is(i - 1, '(') && Is(i + 1, ':') && IsCode(i + 2) && Is(i + 3, ')')
            || Is(i - 1, ':') && IsCode(i - 2) && Is(i - 3, '(') && Is(i + 1, ')'))
            || IsInstrumentCode(i);
    }

    // A name has two initials at most without their full stops ("J R Smith"); a table's heads give a letter to each figure.
    private const int MinColumnLetters = 3;

    private bool IsColumnHeads(NameRun run)
    {
        var letters = 0;
        for (var i = run.Start; i < run.End; i++)
        {
            var token = stream.Tokens[i];
            letters += token.Text.Length == 1 && char.IsUpper(token.Text[0]) && !token.Is(TokenFlags.AbbreviationDot)
                && !(i + 1 < stream.Tokens.Length && stream.Tokens[i + 1].IsPunctuation('.')) ? 1 : 0;
        }
        return letters >= MinColumnLetters;
    }

    // "(SHNI.JK)" is three tokens, "(.JKSE)" two: how far an instrument code reaches from the bracket.
    private const int MaxInstrumentCodeTokens = 4;

    /// <summary>"(SHNI.JK)", "(ASG.L)", "(.JKSE)": a wire's instrument code, a ticker and its exchange or an index, joined by a full stop without a space.</summary>
    private bool IsInstrumentCode(int i)
    {
        var tokens = stream.Tokens;
        var open = i - 1;
        while (open >= 0 && i - open <= MaxInstrumentCodeTokens && !tokens[open].IsPunctuation('('))
        {
            open--;
        }
        var close = i + 1;
        while (close < tokens.Length && close - i <= MaxInstrumentCodeTokens && !tokens[close].IsPunctuation(')'))
        {
            close++;
        }
        if (open < 0 || close >= tokens.Length || !tokens[open].IsPunctuation('(') || !tokens[close].IsPunctuation(')'))
        {
            return false;
        }
        for (var k = open + 2; k < close; k++)
        {
            if (tokens[k].Start != tokens[k - 1].End)
            {
                return false;
            }
        }
        // "(U.S.)" is a country's initials, not a code: the ticker or the index has two characters at least.
        var text = stream.Unit.Text;
        return InstrumentCode().IsMatch(text.AsSpan(tokens[open + 1].Start, tokens[close - 1].End - tokens[open + 1].Start));
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"^(?:\.[A-Z0-9]{2,8}|[A-Z0-9]{2,8}\.[A-Z]{1,3})$", System.Text.RegularExpressions.RegexOptions.CultureInvariant)]
    private static partial System.Text.RegularExpressions.Regex InstrumentCode();

    /// <summary>
    /// "Liberal MP for Varenne—Bathelot", "MP for Harrowmere West": an elected member's seat is a place; the office names nobody,
    /// and the words before it (a party) are read on their own.
    /// </summary>
    private bool TryElectedSeat(NameRun run)
    {
        var (s, e) = (run.Start, run.End);
        for (var connector = s + 1; connector < e - 1; connector++)
        {
            if (!stream.Tokens[connector].IsLowerWord || stream.Tokens[connector].Text != "for" || e - connector - 1 > MaxConstituencyTokens)
            {
                continue;
            }
            // "Member of Parliament for Bekwai": the office written out is a title too, and its legislature no organization here.
            var title = IsElectedOfficeTitle(stream.Tokens[connector - 1].Text) ? connector - 1
                : connector - 3 >= s && stream.Tokens[connector - 3].Text == "Member" && stream.Tokens[connector - 2].Text == "of"
                    && stream.Tokens[connector - 1].Text is "Parliament" or "Assembly" or "Congress" ? connector - 3 : -1;
            if (title >= 0)
            {
                if (title > s)
                {
                    AnalyzeRun(s, title);
                }
                places.AddConstituency(connector + 1, e);
                return true;
            }
        }
        return false;
    }

    /// <summary>
    /// "a grant from the City of Fremantle", "the Shire of Broome": a local government named by its kind and its town is a
    /// body, and the town, which it is named after, a place of the story.
    /// </summary>
    private bool TryCouncilOfTown(NameRun run)
    {
        var (s, e) = (run.Start, run.End);
        if (run.InQuote || e - s is < 3 or > 5 || !TokenStream.IsCouncilKind(stream.Tokens[s].Text)
            || stream.Tokens[s + 1].Text != "of" || !stream.AllNameLike(s + 2, e) && !knowledge.TryFindPlace(stream.Unit.Join(s + 2, e), out _, out _))
        {
            return false;
        }
        registry.MentionOrganization(registry.AddOrganization(s, e, null), s, e);
        places.AddConstituency(s + 2, e);
        return true;
    }

    /// <summary>"Ministry of Defence and Maren Tveitane": each side is read on its own; "X of Y" makes Y the person's organization.</summary>
    private bool TrySplitAtConnector(NameRun run)
    {
        var (s, e) = (run.Start, run.End);
        var connector = FirstSplittingConnector(s, e);
        if (connector <= s)
        {
            return false;
        }
        if (stream.Tokens[connector].Text == "and" && !run.InQuote && !places.IsFeatureName(s, connector) && people.TryCoordinatedPair(s, connector, e))
        {
            return true;
        }
        if (IsTitleForPortfolio(connector, e))
        {
            // "U.S. Secretary of Energy": the title's own words may still name a place.
            AnalyzeRun(s, connector);
            return true;
        }
        AnalyzeRun(s, connector);
        var leftKind = stream.LastKind;
        var leftIndex = stream.LastIndex;
        var leftEnd = stream.LastEnd;
        AnalyzeRun(connector + 1, e);
        if (leftKind == EntityKind.Person && leftEnd == connector && stream.Tokens[connector].Text == "of" && stream.LastEnd == e)
        {
            var person = registry.People[leftIndex];
            if (stream.LastKind == EntityKind.Organization)
            {
                person.Organization ??= registry.Organizations[stream.LastIndex].Name;
            }
            else if (stream.LastKind == EntityKind.Place && FirstSplittingConnector(connector + 1, e) < 0)
            {
                // "of Denmark and South Africa's ...": two places are where people are from, never one employer.
                person.Organization ??= stream.Unit.Join(connector + 1, e);
            }
        }
        return true;
    }

}
