using NewsApi.Ingestion.Entities.Gazetteer;
using NewsApi.Ingestion.Entities.Lexicon;
using NewsApi.Ingestion.Entities.Tagging;
using NewsApi.Ingestion.Entities.Text;

namespace NewsApi.Ingestion.Entities;

/// <summary>
/// Reads the text units of one article in order and finds people, organizations and places in runs of capitalized words,
/// using the words around each run (titles, appositions, reporting verbs, context nouns) rather than any list of names.
/// </summary>
internal sealed partial class ArticleScanner(IEntityKnowledge knowledge, NameTagger? tagger = null)
{
    // A run longer than this is not one name; it is only searched for places.
    private const int MaxNameTokens = 12;
    private const int MaxPersonTokens = 5;

    private enum EntityKind : byte
    {
        None,
        Person,
        Organization,
        Place,
    }

    private readonly Dictionary<string, int> personByName = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, int> personByPart = new(StringComparer.OrdinalIgnoreCase);

    // Later mentions by more than one word of the name: "Costa Ribeiro", "van der Berg".
    private readonly Dictionary<string, int> personBySuffix = new(StringComparer.OrdinalIgnoreCase);

    // Short forms of organizations by their first word: "Kawabata" for "Kawabata Holdings".
    private readonly Dictionary<string, int> organizationByFirstWord = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> organizationByLastWord = new(StringComparer.Ordinal);
    private int possessiveParent = -1;
    private int possessiveParentAt = -1;
    private readonly Dictionary<string, int> organizationByName = new(StringComparer.OrdinalIgnoreCase);
    private readonly HashSet<string> placeSet = new(StringComparer.OrdinalIgnoreCase);

    // Countries named only by their adjective ("a Romanian generator") in the article's own text.
    private readonly HashSet<string> demonymPlaces = new(StringComparer.OrdinalIgnoreCase);

    private TextUnit unit = null!;
    private Token[] tokens = [];
    private int lastOrganization = -1;
    private readonly List<int> organizationRecency = [];
    private EntityKind lastKind;
    private int lastIndex = -1;
    private int lastEnd = -1;
    private int skipUntil = -1;
    private int pendingParentChild = -1;
    private int pendingParentAt = -1;
    private int pendingAffiliationPerson = -1;
    private int pendingAffiliationAt = -1;

    public List<PersonRecord> People { get; } = [];
    public List<OrganizationRecord> Organizations { get; } = [];
    public List<string> Places { get; } = [];

    /// <summary>Every person mention in body and standfirst, in reading order: the antecedents for "he", "she" and "the expert".</summary>
    public List<EntityMention> NarrativeMentions { get; } = [];

    public void Scan(TextUnit textUnit)
    {
        unit = textUnit;
        tokens = textUnit.Tokens;
        skipUntil = -1;
        lastKind = EntityKind.None;
        lastEnd = -1;
        pendingParentChild = -1;
        pendingParentAt = -1;
        pendingAffiliationPerson = -1;
        pendingAffiliationAt = -1;

        if (textUnit.Zone == TextZone.Headline)
        {
            ScanHeadline();
            return;
        }
        NoteDemonyms();
        TagNames();

        var i = 0;
        while (i < tokens.Length)
        {
            if (!IsNameToken(i))
            {
                i++;
                continue;
            }
            var end = RunEnd(i);
            AnalyzeRun(i, end);
            // The "(ABC)" that defines an acronym is not another mention.
            i = Math.Max(end, skipUntil);
        }
    }

    /// <summary>A place from the dateline ("COPENHAGEN"), written in capitals there.</summary>
    public void AddDatelinePlace(string dateline)
    {
        foreach (var part in dateline.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var words = part.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (words.Length is 0 or > 4)
            {
                continue;
            }
            var titled = string.Join(' ', words.Select(word =>
                word.Length <= 1 || !word.All(char.IsUpper) ? word : char.ToUpperInvariant(word[0]) + word[1..].ToLowerInvariant()));
            if (knowledge.TryFindPlace(titled, out var place, out _))
            {
                AddPlace(titled, place.Name);
            }
        }
    }

    public bool IsDemonym(string word) => knowledge.IsDemonym(word);

    /// <summary>
    /// A country the page tags and the text names by its adjective ("Romanian" with a "Romania" tag) is a place of the article;
    /// the adjective alone is not, since "Danish" may describe a ship or a person far from Denmark.
    /// </summary>
    public void AddTaggedDemonymPlaces(IReadOnlyList<string> tags)
    {
        if (demonymPlaces.Count == 0)
        {
            return;
        }
        foreach (var tag in tags)
        {
            if (knowledge.TryFindPlace(tag, out var place, out _) && place.Kind == PlaceKind.Country && demonymPlaces.Contains(place.Name))
            {
                AddPlace(tag, place.Name);
            }
        }
    }

    private void NoteDemonyms()
    {
        foreach (var token in tokens)
        {
            if (token.IsCapitalizedWord && knowledge.TryFindDemonym(token.Text, out var place) && place.Kind == PlaceKind.Country)
            {
                demonymPlaces.Add(place.Name);
            }
        }
    }

    public int RegisterExternalPerson(string name, PersonRole role, string? title)
    {
        name = name.Trim();
        if (name.Length == 0)
        {
            return -1;
        }
        if (!personByName.TryGetValue(name, out var index))
        {
            index = People.Count;
            People.Add(new PersonRecord(name));
            personByName[name] = index;
        }
        var person = People[index];
        person.AddRole(role);
        person.OfferTitle(title, honorific: false);
        person.Mentions++;
        return index;
    }

    public bool IsPersonLikeCredit(string segment, bool besideAgency)
    {
        var words = segment.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length is < 2 or > 4)
        {
            return false;
        }
        foreach (var word in words)
        {
            if (!char.IsUpper(word[0]) || word.Any(char.IsDigit) || IsReservedWord(word) || CreditNoise(word))
            {
                return false;
            }
        }
        if (NewsAgencies.IsAgency(segment) || knowledge.TryFindPlace(segment, out _, out _) || organizationByName.ContainsKey(segment))
        {
            return false;
        }
        return besideAgency || knowledge.IsGivenName(words[0]);
    }

    /// <summary>People whose corporate title names no company work for the company the article is about.</summary>
    public void AssignArticleCompany()
    {
        foreach (var person in People)
        {
            if (person.Organization is not null || person.Title is null || person.TitleIsHonorific || !TitleWords.IsCorporate(person.Title))
            {
                continue;
            }
            // The company named last before the person: "the company" of the sentence that introduces them.
            for (var i = Math.Min(person.OrganizationsSeenAtFirstMention, organizationRecency.Count) - 1; i >= 0; i--)
            {
                var candidate = Organizations[organizationRecency[i]];
                if (candidate.Kind == "company")
                {
                    person.Organization = candidate.Name;
                    break;
                }
            }
        }
    }

    // ---- runs of capitalized words ----

    private bool IsNameToken(int i)
    {
        if (i >= tokens.Length || !tokens[i].IsCapitalizedWord)
        {
            return false;
        }
        var text = tokens[i].Text;
        if (WordClasses.IsCalendarWord(text))
        {
            return false;
        }
        if (WordClasses.IsMonth(text))
        {
            // A month is a name only as a given name before a surname ("June Carter").
            return i + 1 < tokens.Length && tokens[i + 1].IsCapitalizedWord && !WordClasses.IsMonth(tokens[i + 1].Text);
        }
        return true;
    }

    private static bool IsConnector(string word) =>
        word is "of" or "for" or "and" or "&" || WordClasses.IsNameParticle(word);

    private int RunEnd(int start)
    {
        var end = start + 1;
        if (tokens[start].Is(TokenFlags.Possessive))
        {
            return end;
        }
        var inQuote = tokens[start].Is(TokenFlags.InQuote);
        var j = start + 1;
        while (j < tokens.Length && tokens[j].Is(TokenFlags.InQuote) == inQuote)
        {
            if (IsNameToken(j))
            {
                end = j + 1;
                if (tokens[j].Is(TokenFlags.Possessive))
                {
                    break;
                }
                j++;
                continue;
            }
            var k = j;
            while (k < tokens.Length && k - j < 3 && IsConnectorToken(k))
            {
                k++;
            }
            if (k > j && IsNameToken(k) && tokens[k].Is(TokenFlags.InQuote) == inQuote && !tokens[k - 1].Is(TokenFlags.Possessive))
            {
                j = k;
                continue;
            }
            break;
        }
        return end;
    }

    private bool IsConnectorToken(int k) =>
        (tokens[k].IsLowerWord && IsConnector(tokens[k].Text)) || tokens[k].IsPunctuation('&');

    private bool IsNoiseAt(int i)
    {
        var token = tokens[i];
        if (token.Text is "The" or "A" or "An")
        {
            return true;
        }
        return (token.Is(TokenFlags.SentenceStart) || IsFirstInQuote(i)) && WordClasses.IsSentenceStarter(token.Text);
    }

    private bool IsFirstInQuote(int i) => i > 0 && tokens[i - 1].Is(TokenFlags.OpeningQuote);

    private void AnalyzeRun(int s, int e)
    {
        while (s < e && (IsNoiseAt(s) || IsConnectorToken(s)))
        {
            s++;
        }
        while (e > s && IsConnectorToken(e - 1))
        {
            e--;
        }
        if (s >= e)
        {
            return;
        }
        if (TryBasedPrefix(s))
        {
            AnalyzeRun(s + 1, e);
            return;
        }
        if (e - s > MaxNameTokens)
        {
            ScanPlaces(s, e);
            return;
        }

        var inQuote = tokens[s].Is(TokenFlags.InQuote);
        var text = unit.Join(s, e);

        if (!inQuote && personByName.TryGetValue(text, out var knownPerson))
        {
            MentionPerson(knownPerson, s, e, alias: null);
            ReadPersonContext(knownPerson, s, e);
            return;
        }
        if (!inQuote && e - s == 1 && personByPart.TryGetValue(text, out var byPart))
        {
            var aliasStart = s;
            while (aliasStart > 0 && s - aliasStart < 3 && tokens[aliasStart - 1].IsLowerWord && WordClasses.IsNameParticle(tokens[aliasStart - 1].Text))
            {
                aliasStart--;
            }
            MentionPerson(byPart, s, e, unit.Join(aliasStart, e));
            return;
        }
        if (!inQuote && e - s >= 2 && personBySuffix.TryGetValue(text, out var bySuffix))
        {
            MentionPerson(bySuffix, s, e, text);
            return;
        }
        if (organizationByName.TryGetValue(text, out var knownOrganization))
        {
            if (AcronymAfter(e) is { } acronym)
            {
                AddOrganizationAlias(knownOrganization, acronym);
                skipUntil = e + 3;
            }
            MentionOrganization(knownOrganization, s, e);
            return;
        }
        if (NewsAgencies.IsAgency(text))
        {
            MentionOrganization(AddOrganization(text, "news agency"), s, e);
            return;
        }
        if (WellKnownOrganizations.Contains(text))
        {
            MentionOrganization(AddOrganization(text, null), s, e);
            return;
        }
        if (e - s >= 2 && AcronymAfter(e) is { } definedAcronym && !HasTitleWord(s, e))
        {
            var organization = AddOrganization(s, e, OrganizationKind(s, e) ?? ContextKind(s));
            AddOrganizationAlias(organization, definedAcronym);
            MentionOrganization(organization, s, e);
            skipUntil = e + 3;
            return;
        }
        if (!inQuote && TrySplitTitle(s, e, out var titleStart, out var nameStart))
        {
            HandleTitledPerson(s, titleStart, nameStart, e);
            return;
        }

        var hasContext = HasOrganizationContext(s) || OrganizationAppositionAfter(e) is not null;
        if (!hasContext && MatchPlace(s, e, out var placeName, out var placeCanonical, out var placeEnd) && placeEnd == e)
        {
            AddPlace(placeName, placeCanonical);
            SetLast(EntityKind.Place, -1, e);
            return;
        }
        if (TryOrganization(s, e, hasContext))
        {
            return;
        }
        if (pendingAffiliationAt == s && pendingAffiliationPerson >= 0 && e - s <= 6 && !HasTitleWord(s, e))
        {
            // "global head of macro at ING": what someone works at is an organization.
            MentionOrganization(AddOrganization(s, e, null), s, e);
            return;
        }
        var connector = FirstSplittingConnector(s, e);
        if (connector > s)
        {
            AnalyzeRun(s, connector);
            var leftKind = lastKind;
            var leftIndex = lastIndex;
            var leftEnd = lastEnd;
            AnalyzeRun(connector + 1, e);
            if (leftKind == EntityKind.Person && leftEnd == connector && tokens[connector].Text == "of" && lastEnd == e)
            {
                var person = People[leftIndex];
                if (lastKind == EntityKind.Organization)
                {
                    person.Organization ??= Organizations[lastIndex].Name;
                }
                else if (lastKind == EntityKind.Place)
                {
                    person.Organization ??= unit.Join(connector + 1, e);
                }
            }
            return;
        }
        if (HasPlaceNounBefore(s) && AllNameLike(s, e))
        {
            AddPlace(text, text);
            SetLast(EntityKind.Place, -1, e);
            return;
        }
        if (!inQuote && TryPerson(s, e))
        {
            return;
        }
        if (e - s >= 2 && s > 0 && tokens[s - 1].Text is "the" or "The" && ReportingVerbAfter(e) && AllNameLike(s, e))
        {
            // "The White House said": a name with an article that speaks is an organization.
            MentionOrganization(AddOrganization(s, e, null), s, e);
            return;
        }
        if (IsPlaceByContext(s, e))
        {
            AddPlace(text, text);
            SetLast(EntityKind.Place, -1, e);
            return;
        }
        if (e - s >= 3 && tokens[s + 1].IsLowerWord && tokens[s + 1].Text is "de" or "del" or "do" or "da" or "di" or "la"
            && MatchPlace(s, s + 1, out _, out _))
        {
            // "Santiago de Compostela", "Rio de Janeiro": a place name with a particle in it.
            AddPlace(text, text);
            SetLast(EntityKind.Place, -1, e);
            return;
        }
        if (e - s >= 2 && AllNameLike(s, e) && (WordClasses.IsFeatureWord(tokens[s].Text) || WordClasses.IsFeatureWord(tokens[e - 1].Text)))
        {
            // "Lake Tana", "Rift Valley": a named natural feature.
            AddPlace(text, text);
            SetLast(EntityKind.Place, -1, e);
            return;
        }
        if (TryTaggedNames(s, e))
        {
            return;
        }
        ScanPlaces(s, e, partialPlaces: e - s == 1);
    }

    private int FirstSplittingConnector(int s, int e)
    {
        for (var i = s + 1; i < e - 1; i++)
        {
            if (tokens[i].IsPunctuation('&') || (tokens[i].IsLowerWord && tokens[i].Text is "of" or "for" or "and"))
            {
                return i;
            }
        }
        return -1;
    }

    // ---- organizations ----

    private bool TryOrganization(int s, int e, bool hasContext)
    {
        var firstConnector = e;
        for (var i = s; i < e; i++)
        {
            if (tokens[i].IsLowerWord || tokens[i].IsPunctuation('&'))
            {
                firstConnector = i;
                break;
            }
        }
        string? kind = null;
        var isOrganization = false;
        for (var i = s; i < firstConnector; i++)
        {
            if (OrganizationWords.IsHeadWord(tokens[i].Text))
            {
                isOrganization = true;
                kind ??= OrganizationWords.KindOfHead(tokens[i].Text);
            }
        }
        var end = e;
        if (isOrganization && tokens[e - 1].Is(TokenFlags.Possessive) && e - 2 > s && tokens[e - 2].Text == "of"
            && MatchPlace(e - 1, e, out var tailPlace, out var tailCanonical, out _))
        {
            // "the Office for X of Norway's Coastal Defence Board": the place belongs to the parent.
            AddPlace(tailPlace, tailCanonical);
            end = e - 2;
        }
        if (!isOrganization && e - s >= 2 && OrganizationWords.IsCompanySuffix(tokens[e - 1].Text) && !HasTitleWord(s, e))
        {
            isOrganization = true;
            kind = "company";
        }
        if (!isOrganization && e - s >= 2 && OrganizationWords.IsClubSuffix(tokens[e - 1].Text) && !HasTitleWord(s, e))
        {
            isOrganization = true;
            kind = "sports club";
        }
        if (!isOrganization && s > 0 && tokens[s - 1].Text is "the" or "The" && e < tokens.Length && tokens[e].IsLowerWord
            && OrganizationWords.IsNounAfterName(tokens[e].Text) && !(e - s == 1 && knowledge.IsDemonym(tokens[s].Text)))
        {
            // "the Casa de Todos movement", "the Green Harvest party".
            isOrganization = true;
            kind = OrganizationWords.KindOfContext(tokens[e].Text);
        }
        if (!isOrganization && !(e - s == 1 && knowledge.IsDemonym(tokens[s].Text)) && IsTradedShares(s, e))
        {
            isOrganization = true;
            kind = "company";
        }
        if (hasContext && !knowledge.IsGivenName(tokens[s].Text))
        {
            isOrganization = true;
            kind = ContextKind(s) ?? OrganizationAppositionAfter(e) ?? kind;
        }
        if (!isOrganization && e - s == 1 && organizationByFirstWord.TryGetValue(tokens[s].Text, out var shortForm))
        {
            AddOrganizationAlias(shortForm, tokens[s].Text);
            MentionOrganization(shortForm, s, e);
            return true;
        }
        if (!isOrganization)
        {
            return false;
        }

        var organization = AddOrganization(s, end, kind);
        MentionOrganization(organization, s, end);
        if (end < e)
        {
            pendingParentChild = organization;
            pendingParentAt = e;
        }
        else if (e + 1 < tokens.Length && tokens[e].Text == "of" && tokens[e].IsLowerWord)
        {
            pendingParentChild = organization;
            pendingParentAt = tokens[e + 1].Text == "the" ? e + 2 : e + 1;
        }
        return true;
    }

    private string? OrganizationKind(int s, int e)
    {
        for (var i = s; i < e; i++)
        {
            if (OrganizationWords.KindOfHead(tokens[i].Text) is { } kind)
            {
                return kind;
            }
        }
        return OrganizationWords.IsCompanySuffix(tokens[e - 1].Text) ? "company"
            : OrganizationWords.IsClubSuffix(tokens[e - 1].Text) ? "sports club"
            : null;
    }

    /// <summary>"Shares in X", "X shares", "X's shares": only companies have shares.</summary>
    private bool IsTradedShares(int s, int e) =>
        (s > 1 && tokens[s - 1].Text == "in" && tokens[s - 2].Text is "Shares" or "shares" or "stake")
        || (e < tokens.Length && tokens[e].IsLowerWord && tokens[e].Text is "shares" or "stock");

    private bool HasOrganizationContext(int s)
    {
        var k = s - 1;
        if (k >= 0 && tokens[k].IsPunctuation(','))
        {
            k--;
        }
        return k >= 0 && tokens[k].IsLowerWord && !tokens[k].Is(TokenFlags.Possessive) && OrganizationWords.IsContextNoun(tokens[k].Text);
    }

    private string? ContextKind(int s)
    {
        var k = s - 1;
        if (k >= 0 && tokens[k].IsPunctuation(','))
        {
            k--;
        }
        if (k < 0 || !tokens[k].IsLowerWord)
        {
            return null;
        }
        if (tokens[k].Text == "agency" && k > 0 && tokens[k - 1].Text == "news")
        {
            return "news agency";
        }
        return OrganizationWords.KindOfContext(tokens[k].Text);
    }

    /// <summary>"Vistula Nightways, a small operator founded in 2021": the kind the apposition gives, if it names an organization.</summary>
    private string? OrganizationAppositionAfter(int e)
    {
        if (e + 1 >= tokens.Length || !tokens[e].IsPunctuation(','))
        {
            return null;
        }
        var k = e + 1;
        if (tokens[k].IsLowerWord && tokens[k].Text is "a" or "an" or "the")
        {
            k++;
        }
        string? contextNoun = null;
        for (var words = 0; k < tokens.Length && words < 4; k++, words++)
        {
            var token = tokens[k];
            if (token.IsLowerWord && !token.Is(TokenFlags.Possessive) && !IsPreposition(token.Text))
            {
                // "February, the company said" is attribution, not apposition.
                if (TitleWords.IsNoun(token.Text) || ReportingVerbs.IsReportingVerb(token.Text))
                {
                    return null;
                }
                if (OrganizationWords.IsContextNoun(token.Text))
                {
                    contextNoun ??= token.Text;
                }
                continue;
            }
            if (token.IsCapitalizedWord && knowledge.IsDemonym(token.Text))
            {
                continue;
            }
            break;
        }
        return contextNoun is null ? null : OrganizationWords.KindOfContext(contextNoun) ?? "organization";
    }

    /// <summary>Adds the organization named by tokens, without a trailing legal form ("Kawabata Holdings Co." is "Kawabata Holdings").</summary>
    private int AddOrganization(int s, int e, string? kind)
    {
        var full = unit.Join(s, e);
        if (e - s >= 3 && OrganizationWords.IsLegalForm(tokens[e - 1].Text))
        {
            var organization = AddOrganization(unit.Join(s, e - 1), kind ?? "company");
            AddOrganizationAlias(organization, full);
            return organization;
        }
        return AddOrganization(full, kind);
    }

    private string? AcronymAfter(int e)
    {
        if (e + 2 < tokens.Length && tokens[e].IsPunctuation('(') && tokens[e + 2].IsPunctuation(')')
            && tokens[e + 1].Is(TokenFlags.AllCaps) && tokens[e + 1].Text.Length is >= 2 and <= 10)
        {
            return tokens[e + 1].Text;
        }
        return null;
    }

    private int AddOrganization(string name, string? kind)
    {
        if (organizationByName.TryGetValue(name, out var index))
        {
            Organizations[index].Kind ??= kind;
            return index;
        }
        index = Organizations.Count;
        Organizations.Add(new OrganizationRecord(name) { Kind = kind == "organization" ? null : kind });
        organizationByName[name] = index;
        var space = name.IndexOf(' ', StringComparison.Ordinal);
        if (space > 0)
        {
            var first = name[..space];
            if (first.Length > 2 && char.IsUpper(first[0]) && !knowledge.IsCommonWord(first) && !knowledge.IsDemonym(first)
                && !knowledge.TryFindPlace(first, out _, out _) && !knowledge.IsGivenName(first) && !IsReservedWord(first))
            {
                organizationByFirstWord.TryAdd(first, index);
            }
            var lastWord = name[(name.LastIndexOf(' ') + 1)..];
            if (lastWord.Length > 2 && char.IsUpper(lastWord[0]) && !IsReservedWord(lastWord) && !OrganizationWords.IsCompanySuffix(lastWord))
            {
                organizationByLastWord.TryAdd(lastWord, index);
            }
        }
        return index;
    }

    private void AddOrganizationAlias(int organization, string alias)
    {
        var record = Organizations[organization];
        if (!record.Aliases.Contains(alias, StringComparer.OrdinalIgnoreCase) && !string.Equals(alias, record.Name, StringComparison.OrdinalIgnoreCase))
        {
            record.Aliases.Add(alias);
        }
        organizationByName.TryAdd(alias, organization);
    }

    private void MentionOrganization(int organization, int s, int e)
    {
        var record = Organizations[organization];
        record.Mentions++;
        lastOrganization = organization;
        organizationRecency.Add(organization);
        unit.OrganizationMentions.Add(new EntityMention(unit.Order, s, e, organization));
        if (pendingParentAt == s && pendingParentChild >= 0 && pendingParentChild != organization)
        {
            Organizations[pendingParentChild].Parent ??= record.Name;
            pendingParentChild = -1;
        }
        if (possessiveParentAt == s && possessiveParent >= 0 && possessiveParent != organization)
        {
            // "Tarvik University's Centre for Slope Stability": the owner is the parent.
            record.Parent ??= Organizations[possessiveParent].Name;
            possessiveParent = -1;
        }
        var possessive = tokens[e - 1].Is(TokenFlags.Possessive);
        if (possessive && IsNameToken(e))
        {
            possessiveParent = organization;
            possessiveParentAt = e;
        }
        if (pendingAffiliationAt == s && pendingAffiliationPerson >= 0)
        {
            if (possessive && IsNameToken(e))
            {
                pendingAffiliationAt = e;
            }
            else
            {
                People[pendingAffiliationPerson].Organization ??= record.Name;
                pendingAffiliationPerson = -1;
            }
        }
        SetLast(EntityKind.Organization, organization, e);
    }

    // ---- people ----

    private bool IsTitleToken(int i) =>
        tokens[i].IsCapitalizedWord && (TitleWords.IsCapitalizedTitle(tokens[i].Text) || Honorifics.IsHonorific(tokens[i].Text)
            || IsHyphenatedTitle(tokens[i].Text)
            || ((tokens[i].Is(TokenFlags.SentenceStart) || IsFirstInQuote(i)) && TitleWords.IsNoun(tokens[i].Text.ToLowerInvariant())));

    /// <summary>"Vice-President", "Director-General", "Co-Founder".</summary>
    private static bool IsHyphenatedTitle(string word)
    {
        var hyphen = word.LastIndexOf('-');
        return hyphen > 0 && hyphen < word.Length - 1 && TitleWords.IsCapitalizedTitle(word[(hyphen + 1)..]);
    }

    private bool HasTitleWord(int s, int e)
    {
        for (var i = s; i < e; i++)
        {
            if (IsTitleToken(i))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>Splits "Omani Defense Minister Salim Rashid al-Harthy" into what comes before the title, the title and the name.</summary>
    private bool TrySplitTitle(int s, int e, out int titleStart, out int nameStart)
    {
        titleStart = nameStart = -1;
        for (var t = e - 2; t >= s; t--)
        {
            if (!IsTitleToken(t))
            {
                continue;
            }
            if (t + 3 < e && tokens[t + 1].IsLowerWord && tokens[t + 1].Text == "of" && OfTitleNameStart(t + 2, e) is var ofNameStart and > 0)
            {
                // "Secretary of State Hillary Rodham", "Minister of Foreign Affairs Wang Yi".
                var ofTitleStart = t;
                while (ofTitleStart - 1 >= s && IsTitleToken(ofTitleStart - 1))
                {
                    ofTitleStart--;
                }
                titleStart = ofTitleStart;
                nameStart = ofNameStart;
                return true;
            }
            if (!AllNameLike(t + 1, e))
            {
                return false;
            }
            var nameTokens = CountNameTokens(t + 1, e);
            if (nameTokens > MaxPersonTokens)
            {
                return false;
            }
            var word = tokens[t].Text;
            var strong = Honorifics.IsHonorific(word) || TitleWords.IsStandAloneTitle(word);
            if (nameTokens < 2 && !strong && !personByPart.ContainsKey(tokens[e - 1].Text))
            {
                return false;
            }
            var start = t;
            var modifiers = 0;
            while (start - 1 >= s && !tokens[start - 1].Is(TokenFlags.Possessive))
            {
                var previous = start - 1;
                if (IsTitleToken(previous))
                {
                    start = previous;
                    continue;
                }
                if (modifiers == 0 && IsTitleModifier(previous))
                {
                    modifiers++;
                    start = previous;
                    continue;
                }
                break;
            }
            titleStart = start;
            nameStart = t + 1;
            return true;
        }
        return false;
    }

    /// <summary>Where the name starts after "Title of Area": at a given name if there is one, else in its last two words.</summary>
    private int OfTitleNameStart(int from, int e)
    {
        for (var p = from + 1; p <= e - 2; p++)
        {
            if (knowledge.IsGivenName(tokens[p].Text) && AllNameLike(p, e) && e - p <= 3)
            {
                return p;
            }
        }
        return e - from >= 3 && AllNameLike(e - 2, e) ? e - 2 : -1;
    }

    private bool IsTitleModifier(int i)
    {
        var word = tokens[i].Text;
        return tokens[i].IsCapitalizedWord && !tokens[i].Is(TokenFlags.AllCaps) && !knowledge.IsDemonym(word)
            && !knowledge.IsGivenName(word) && !organizationByFirstWord.ContainsKey(word)
            && !knowledge.TryFindPlace(word, out _, out _) && !organizationByName.ContainsKey(word) && !OrganizationWords.IsHeadWord(word)
            && !WordClasses.IsSentenceStarter(word);
    }

    private void HandleTitledPerson(int s, int titleStart, int nameStart, int e)
    {
        string? prefixOrganization = null;
        if (titleStart > s)
        {
            AnalyzeRun(s, titleStart);
            if (lastKind == EntityKind.Organization && lastEnd == titleStart)
            {
                prefixOrganization = Organizations[lastIndex].Name;
            }
        }
        var honorificOnly = true;
        var gender = Gender.Unknown;
        for (var i = titleStart; i < nameStart; i++)
        {
            var word = tokens[i].Text;
            if (!Honorifics.IsHonorific(word))
            {
                honorificOnly = false;
            }
            if (Honorifics.GenderOf(word) is not Gender.Unknown and var told)
            {
                gender = told;
            }
        }
        var title = unit.Join(titleStart, nameStart);
        if (gender == Gender.Unknown)
        {
            gender = TitleWords.GenderOf(title);
        }

        int person;
        if (CountNameTokens(nameStart, e) == 1 && personByPart.TryGetValue(tokens[e - 1].Text, out var known))
        {
            person = known;
            MentionPerson(person, s, e, honorificOnly ? title + " " + tokens[e - 1].Text : tokens[e - 1].Text);
        }
        else
        {
            person = RegisterPerson(nameStart, e);
            MentionPerson(person, s, e, alias: null);
        }
        var record = People[person];
        record.OfferTitle(title, honorificOnly);
        if (record.Gender == Gender.Unknown)
        {
            record.Gender = gender;
        }
        if (prefixOrganization is not null)
        {
            record.Organization ??= prefixOrganization;
        }
        ReadPersonContext(person, s, e);
    }

    private bool TryPerson(int s, int e)
    {
        if (!AllNameLike(s, e))
        {
            return false;
        }
        var nameTokens = CountNameTokens(s, e);
        if (nameTokens == 1)
        {
            if (personByPart.TryGetValue(tokens[s].Text, out var known) && e - s == 1)
            {
                MentionPerson(known, s, e, tokens[s].Text);
                return true;
            }
            return false;
        }
        if (nameTokens > MaxPersonTokens)
        {
            return false;
        }
        if (s > 0 && tokens[s - 1].Text is "the" or "The")
        {
            // "The White House said": people are not written with an article.
            return false;
        }
        var hasEvidence = TitleBefore(s, out _, out _, out _) || AppositionAfter(e, out _, out _, out _) || IsRelativeClauseAfter(e)
            || ReportingVerbAfter(e) || ReportingVerbBefore(s) || (knowledge.IsGivenName(tokens[s].Text) && !knowledge.IsCommonWord(tokens[s].Text) && !IsLocativeBefore(s)
                && !(s > 0 && tokens[s - 1].Text is "the" or "The"));
        if (!hasEvidence)
        {
            return false;
        }
        var person = RegisterPerson(s, e);
        MentionPerson(person, s, e, alias: null);
        ReadPersonContext(person, s, e);
        return true;
    }

    /// <summary>Title and affiliation from the words around a name: "ABC general secretary X", "X, a Z at Y", "X of Y", "X, who chairs Y".</summary>
    private void ReadPersonContext(int person, int s, int e)
    {
        var record = People[person];
        if (TitleBefore(s, out var titleBefore, out var titleStart, out var owner))
        {
            OfferJobTitle(record, titleBefore);
            if (owner < 0 && titleBefore is not null)
            {
                owner = UnclassifiedOwnerRun(titleStart);
            }
            if (owner >= 0)
            {
                record.Organization ??= Organizations[owner].Name;
            }
        }
        if (AppositionAfter(e, out var appositionTitle, out var affiliationAt, out var appositionOwner))
        {
            OfferJobTitle(record, appositionTitle);
            if (affiliationAt >= 0 && record.Organization is null)
            {
                pendingAffiliationPerson = person;
                pendingAffiliationAt = affiliationAt;
            }
            else if (appositionOwner >= 0)
            {
                record.Organization ??= Organizations[appositionOwner].Name;
            }
        }
        else if (e + 1 < tokens.Length && tokens[e].Text == "of" && tokens[e].IsLowerWord && record.Organization is null)
        {
            pendingAffiliationPerson = person;
            pendingAffiliationAt = tokens[e + 1].Text == "the" ? e + 2 : e + 1;
        }
        else if (e + 2 < tokens.Length && tokens[e].IsPunctuation(',') && tokens[e + 1].Text == "from" && record.Organization is null)
        {
            // "Sarah Jenkins, from the Environment Agency, said".
            pendingAffiliationPerson = person;
            pendingAffiliationAt = tokens[e + 2].Text == "the" ? e + 3 : e + 2;
        }
        else if (record.Organization is null && WhoClauseOrganizationAt(e) is var clauseAt and >= 0)
        {
            pendingAffiliationPerson = person;
            pendingAffiliationAt = clauseAt;
        }
        if (IsRelativeClauseAfter(e) && WhoClauseTitle(e) is { } clauseTitle)
        {
            OfferJobTitle(record, clauseTitle);
        }
    }

    private static void OfferJobTitle(PersonRecord record, string? title)
    {
        if (title is null)
        {
            return;
        }
        record.OfferTitle(title, honorific: false);
        if (record.Gender == Gender.Unknown)
        {
            record.Gender = TitleWords.GenderOf(title);
        }
    }

    /// <summary>
    /// A lower-case job title right before a name, with whose it is: "ABC general secretary Anna", "the company's managing
    /// director, Paul", "The Arctic Council's special envoy for the Barents Sea, Ola".
    /// </summary>
    private bool TitleBefore(int s, out string? title, out int titleStart, out int owner)
    {
        title = null;
        titleStart = -1;
        owner = -1;
        var k = s - 1;
        var comma = false;
        if (k >= 0 && tokens[k].IsPunctuation(','))
        {
            k--;
            comma = true;
        }
        if (comma && k >= 0 && IsTitleToken(k) && !Honorifics.IsHonorific(tokens[k].Text))
        {
            // "The Prime Minister, Keir Starmer, said": a capitalized title set off by a comma.
            var first = k;
            while (first - 1 >= 0 && k - first < 3 && IsTitleToken(first - 1))
            {
                first--;
            }
            titleStart = first;
            title = unit.Join(first, k + 1);
            owner = OwnerBefore(first);
            return true;
        }
        var noun = -1;
        for (var j = k; j >= 0 && k - j < (comma ? 8 : 1); j--)
        {
            var token = tokens[j];
            if (token.IsLowerWord && !token.Is(TokenFlags.Possessive) && TitleWords.IsNoun(token.Text))
            {
                noun = j;
                break;
            }
            var bridges = token.IsCapitalizedWord || (token.IsLowerWord && token.Text is "of" or "for" or "the" or "and" or "in" or "on")
                || (token.IsLowerWord && !WordClasses.IsSentenceStarter(token.Text) && !ReportingVerbs.IsReportingVerb(token.Text));
            if (!bridges || token.Is(TokenFlags.Possessive))
            {
                break;
            }
        }
        if (noun < 0)
        {
            return false;
        }
        var start = noun;
        while (start - 1 >= 0 && noun - start < 3)
        {
            var previous = tokens[start - 1];
            if (!previous.IsLowerWord || previous.Is(TokenFlags.Possessive) || WordClasses.IsSentenceStarter(previous.Text)
                || ReportingVerbs.IsReportingVerb(previous.Text) || IsConnector(previous.Text))
            {
                break;
            }
            start--;
        }
        var end = noun + 1;
        if (comma && k > noun && k - noun <= 5 && AllLowerWords(noun + 1, k + 1))
        {
            // "executive for roads and transport, Amina": the whole phrase is the title.
            end = k + 1;
        }
        titleStart = start;
        title = tokens[noun].Text == "counterpart" ? null : unit.Join(start, end);
        owner = OwnerBefore(start);
        var standsAlone = start == 0 || !tokens[start - 1].IsWord || tokens[start - 1].Text is "the" or "The" or "its" or "Its";
        if (owner < 0 && comma)
        {
            // "A spokesperson for the European Commission, Veerle": the organization just before the comma.
            var mentions = unit.OrganizationMentions;
            for (var m = mentions.Count - 1; m >= 0 && mentions[m].End >= noun; m--)
            {
                if (mentions[m].End == k + 1 && mentions[m].Start > noun)
                {
                    owner = mentions[m].Entity;
                    break;
                }
            }
        }
        if (owner < 0 && standsAlone)
        {
            for (var i = start; i < noun; i++)
            {
                if (OrganizationWords.IsBackReferenceNoun(tokens[i].Text))
                {
                    // "union president X": the union named last.
                    owner = lastOrganization;
                    break;
                }
            }
        }
        return true;
    }

    /// <summary>"Manchester United manager X": a capitalized run no rule claimed, right before a job title, is the employer.</summary>
    private int UnclassifiedOwnerRun(int titleStart)
    {
        var end = titleStart;
        var start = end;
        while (start - 1 >= 0 && end - start < 6 && (IsNameToken(start - 1) || (start - 2 >= 0 && IsConnectorToken(start - 1) && IsNameToken(start - 2))))
        {
            start--;
        }
        while (start < end && (IsNoiseAt(start) || IsConnectorToken(start)))
        {
            start++;
        }
        if (start >= end || tokens[end - 1].Is(TokenFlags.Possessive) || (lastEnd == end && lastKind != EntityKind.None))
        {
            return -1;
        }
        for (var i = start; i < end; i++)
        {
            if (IsTitleToken(i) || knowledge.IsDemonym(tokens[i].Text) || personByPart.ContainsKey(tokens[i].Text)
                || (end - start == 1 && (IsReservedWord(tokens[i].Text) || (knowledge.IsCommonWord(tokens[i].Text) && !tokens[i].Is(TokenFlags.AllCaps)))))
            {
                return -1;
            }
        }
        if (MatchPlace(start, end, out _, out var placeEnd) && placeEnd == end)
        {
            return -1;
        }
        if (end - start == 1 && organizationByLastWord.TryGetValue(tokens[start].Text, out var shortened))
        {
            // "United captain X" after "Manchester United": the short form of an organization already named.
            AddOrganizationAlias(shortened, tokens[start].Text);
            MentionOrganization(shortened, start, end);
            return shortened;
        }
        var organization = AddOrganization(start, end, null);
        MentionOrganization(organization, start, end);
        return organization;
    }

    /// <summary>Whose title it is: "ABC general secretary", "the company's director", "Its chairperson".</summary>
    private int OwnerBefore(int titleStart)
    {
        var o = titleStart - 1;
        if (o < 0)
        {
            return -1;
        }
        var token = tokens[o];
        if (token.Text is "Its" or "its" or "Their" or "their")
        {
            return lastOrganization;
        }
        if (token.IsLowerWord && token.Is(TokenFlags.Possessive) && OrganizationWords.IsBackReferenceNoun(token.Text))
        {
            return ReferredOrganization(token.Text);
        }
        var mentions = unit.OrganizationMentions;
        for (var m = mentions.Count - 1; m >= 0 && mentions[m].End >= titleStart; m--)
        {
            if (mentions[m].End == titleStart)
            {
                return mentions[m].Entity;
            }
        }
        return -1;
    }

    private bool AllLowerWords(int s, int e)
    {
        for (var i = s; i < e; i++)
        {
            if (!tokens[i].IsLowerWord || tokens[i].Is(TokenFlags.Possessive))
            {
                return false;
            }
        }
        return true;
    }

    /// <summary>"X, [a] senior analyst at [the] Y", "X, the firm's head of research": the title, and whose it is.</summary>
    private bool AppositionAfter(int e, out string? title, out int affiliationAt, out int owner)
    {
        title = null;
        affiliationAt = -1;
        owner = -1;
        if (e >= tokens.Length || !tokens[e].IsPunctuation(','))
        {
            return false;
        }
        var k = e + 1;
        var article = false;
        if (k < tokens.Length && tokens[k].IsLowerWord && tokens[k].Text is "a" or "an" or "the")
        {
            k++;
            article = true;
        }
        if (k < tokens.Length && tokens[k].IsLowerWord && tokens[k].Is(TokenFlags.Possessive) && OrganizationWords.IsBackReferenceNoun(tokens[k].Text))
        {
            owner = ReferredOrganization(tokens[k].Text);
            k++;
        }
        var start = k;
        var noun = -1;
        while (k < tokens.Length && k - start < 6)
        {
            var token = tokens[k];
            if (token.IsLowerWord)
            {
                if (IsPreposition(token.Text) || token.Text is "who" or "which" or "whose" or "that")
                {
                    break;
                }
                if (TitleWords.IsNoun(token.Text) || (article && LooksLikeAgentNoun(token.Text)))
                {
                    noun = k;
                }
            }
            else if (!(token.Kind == TokenKind.Number && token.Text.Contains('-')))
            {
                break;
            }
            k++;
        }
        if (noun < 0)
        {
            return false;
        }
        var titleEnd = noun + 1;
        var m = noun + 1;
        if (m + 1 < tokens.Length && tokens[m].IsLowerWord && tokens[m].Text is "of" or "for" && tokens[m + 1].IsLowerWord && tokens[m + 1].Text != "the")
        {
            // "deputy minister for water resources", "head of agricultural research".
            var q = m + 1;
            while (q < tokens.Length && q - m < 5 && tokens[q].IsLowerWord && (!IsPreposition(tokens[q].Text) || tokens[q].Text == "and"))
            {
                q++;
            }
            titleEnd = q;
            m = q;
        }
        title = unit.Join(start, titleEnd);
        if (m < tokens.Length && tokens[m].IsLowerWord && tokens[m].Text is "at" or "of" or "with" or "for" or "from")
        {
            var p = m + 1;
            if (p < tokens.Length && tokens[p].Text == "the")
            {
                p++;
            }
            var skipped = 0;
            var sawBackReference = false;
            while (p < tokens.Length && skipped < 5)
            {
                var token = tokens[p];
                if (token.IsCapitalizedWord && !IsBasedWord(token.Text))
                {
                    affiliationAt = p;
                    return true;
                }
                if (!token.IsWord)
                {
                    break;
                }
                if (token.IsLowerWord && OrganizationWords.IsBackReferenceNoun(token.Text))
                {
                    sawBackReference = true;
                }
                p++;
                skipped++;
            }
            if (sawBackReference && owner < 0)
            {
                // "a shipping analyst at the Bergen-based brokerage" means the organization named last.
                owner = lastOrganization;
            }
        }
        return true;
    }

    /// <summary>"the authority's": the organization named most recently whose name holds the noun, else simply the last one.</summary>
    private int ReferredOrganization(string noun)
    {
        for (var i = organizationRecency.Count - 1; i >= 0 && organizationRecency.Count - i <= 50; i--)
        {
            var candidate = organizationRecency[i];
            if (Organizations[candidate].Name.Contains(noun, StringComparison.OrdinalIgnoreCase))
            {
                return candidate;
            }
        }
        return lastOrganization;
    }

    /// <summary>A lower-case word that names what someone does ("volcanologist", "librarian", "attendant").</summary>
    private static bool LooksLikeAgentNoun(string word) =>
        word.Length >= 6 && !word.Contains('-')
        && (word.EndsWith("ist", StringComparison.Ordinal) || word.EndsWith("ian", StringComparison.Ordinal)
            || word.EndsWith("ant", StringComparison.Ordinal) || word.EndsWith("ent", StringComparison.Ordinal)
            || word.EndsWith("er", StringComparison.Ordinal) || word.EndsWith("or", StringComparison.Ordinal))
        && word is not ("former" or "number" or "member" or "other" or "another" or "longer" or "larger" or "bigger"
            or "smaller" or "higher" or "lower" or "further" or "important" or "different" or "recent" or "current"
            or "major" or "minor" or "senior" or "junior" or "interior" or "exterior" or "superior" or "inferior" or "prior");

    /// <summary>"X, who chairs the Y": where Y starts.</summary>
    private int WhoClauseOrganizationAt(int e)
    {
        if (e + 1 >= tokens.Length || !tokens[e].IsPunctuation(',') || tokens[e + 1].Text != "who")
        {
            return -1;
        }
        for (var k = e + 2; k < tokens.Length && k - e < 16; k++)
        {
            if (tokens[k].IsSentenceEnd)
            {
                return -1;
            }
            if (tokens[k].IsLowerWord && tokens[k].Text is "chairs" or "heads" or "leads" or "runs" or "directs" or "founded"
                or "co-founded" or "manages" or "represents" or "chaired" or "headed" or "led" or "ran")
            {
                var p = k + 1;
                if (p < tokens.Length && tokens[p].Text == "the")
                {
                    p++;
                }
                return p < tokens.Length && tokens[p].IsCapitalizedWord ? p : -1;
            }
        }
        return -1;
    }

    /// <summary>"X, who will stay on as chief executive": the title the clause gives.</summary>
    private string? WhoClauseTitle(int e)
    {
        for (var k = e + 2; k + 1 < tokens.Length && k - e < 14; k++)
        {
            if (tokens[k].IsSentenceEnd || tokens[k].IsPunctuation(','))
            {
                return null;
            }
            if (tokens[k].Text != "as" || !tokens[k].IsLowerWord)
            {
                continue;
            }
            var start = k + 1;
            if (tokens[start].Text is "a" or "an" or "the" or "its" or "his" or "her")
            {
                start++;
            }
            var end = start;
            var noun = -1;
            while (end < tokens.Length && end - start < 4 && tokens[end].IsLowerWord && !IsPreposition(tokens[end].Text))
            {
                if (TitleWords.IsNoun(tokens[end].Text))
                {
                    noun = end;
                }
                end++;
            }
            return noun >= 0 ? unit.Join(start, noun + 1) : null;
        }
        return null;
    }

    private bool IsRelativeClauseAfter(int e) =>
        e + 1 < tokens.Length && tokens[e].IsPunctuation(',') && tokens[e + 1].Text is "who" or "whose";

    private static bool IsPreposition(string word) => word is "at" or "of" or "with" or "for" or "from" or "in" or "on" or "to" or "and";

    private bool ReportingVerbAfter(int e)
    {
        if (e >= tokens.Length || !tokens[e].IsWord)
        {
            return false;
        }
        if (ReportingVerbs.IsReportingVerb(tokens[e].Text))
        {
            return true;
        }
        return tokens[e].Text is "was" or "has" or "had" or "is" && e + 1 < tokens.Length && ReportingVerbs.IsReportingVerb(tokens[e + 1].Text);
    }

    private bool ReportingVerbBefore(int s)
    {
        if (s < 1 || !tokens[s - 1].IsLowerWord)
        {
            return false;
        }
        var previous = tokens[s - 1].Text;
        if (previous is "said" or "says" or "added" or "wrote")
        {
            return true;
        }
        return previous == "to" && s >= 2 && tokens[s - 2].Text == "according";
    }

    private bool AllNameLike(int s, int e)
    {
        if (s >= e)
        {
            return false;
        }
        for (var i = s; i < e; i++)
        {
            var token = tokens[i];
            if (token.IsLowerWord && WordClasses.IsNameParticle(token.Text) && i > s && i < e - 1)
            {
                continue;
            }
            if (i == e - 1 && i > s && token.Text is "II" or "III" or "IV" or "VI" or "VII" or "VIII" or "Jr" or "Sr")
            {
                continue;
            }
            if (!token.IsCapitalizedWord || token.Is(TokenFlags.AllCaps) || (token.Is(TokenFlags.Possessive) && i < e - 1))
            {
                return false;
            }
            var word = token.Text;
            if (word.Any(char.IsDigit) || IsReservedWord(word) || knowledge.IsDemonym(word))
            {
                return false;
            }
            if (i == s && WordClasses.IsSentenceStarter(word))
            {
                return false;
            }
        }
        return true;
    }

    private static bool IsReservedWord(string word) =>
        TitleWords.IsCapitalizedTitle(word) || Honorifics.IsHonorific(word) || OrganizationWords.IsHeadWord(word)
        || WordClasses.IsCalendarWord(word) || WordClasses.IsMonth(word) || NewsAgencies.IsAgency(word)
        || WordClasses.IsRegionWord(word) || WordClasses.IsLanguage(word);

    private static bool CreditNoise(string word) =>
        word is "Handout" or "Pool" or "Images" or "Image" or "Photo" or "Photos" or "Pictures" or "Picture" or "File" or "Press"
            or "News" or "Archive" or "Getty" or "Shutterstock" or "Alamy" or "Stock" or "Courtesy" or "Palace" or "Office"
            or "Agency" or "Service" or "Ministry" or "Government";

    private int CountNameTokens(int s, int e)
    {
        var count = 0;
        for (var i = s; i < e; i++)
        {
            if (!tokens[i].IsLowerWord)
            {
                count++;
            }
        }
        return count;
    }

    private int RegisterPerson(int s, int e)
    {
        var name = unit.Join(s, e);
        if (personByName.TryGetValue(name, out var index))
        {
            return index;
        }
        index = People.Count;
        People.Add(new PersonRecord(name) { Surname = e - s >= 2 ? SurnameOf(s, e) : null, OrganizationsSeenAtFirstMention = organizationRecency.Count });
        personByName[name] = index;
        for (var i = s; i < e; i++)
        {
            if (tokens[i].IsCapitalizedWord)
            {
                personByPart[tokens[i].Text] = index;
            }
            if (i > s && e - i >= 2)
            {
                personBySuffix[unit.Join(i, e)] = index;
            }
        }
        return index;
    }

    /// <summary>The last name with its particles: "Van Damme", "van der Berg", "de la Cruz".</summary>
    private string SurnameOf(int s, int e)
    {
        if (e - s >= 2 && tokens[e - 1].Text is "II" or "III" or "IV" or "VI" or "VII" or "VIII" or "Jr" or "Sr")
        {
            e--;
        }
        var start = e - 1;
        while (start - 1 > s && WordClasses.IsNameParticle(tokens[start - 1].Text.ToLowerInvariant()))
        {
            start--;
        }
        return unit.Join(start, e);
    }

    private void MentionPerson(int person, int s, int e, string? alias)
    {
        var record = People[person];
        record.Mentions++;
        record.AddRole(unit.Zone == TextZone.Caption ? PersonRole.InCaption : PersonRole.Mentioned);
        if (alias is not null)
        {
            record.AddAlias(alias);
        }
        var mention = new EntityMention(unit.Order, s, e, person);
        unit.PersonMentions.Add(mention);
        if (unit.Zone is TextZone.Body or TextZone.Standfirst)
        {
            NarrativeMentions.Add(mention);
        }
        SetLast(EntityKind.Person, person, e);
    }

    private void SetLast(EntityKind kind, int index, int end)
    {
        lastKind = kind;
        lastIndex = index;
        lastEnd = end;
    }

    // ---- places ----

    private static bool IsBasedWord(string word) =>
        word.EndsWith("-based", StringComparison.Ordinal) || word.EndsWith("-headquartered", StringComparison.Ordinal);

    /// <summary>"Bergen-based" names Bergen.</summary>
    private bool TryBasedPrefix(int s)
    {
        var word = tokens[s].Text;
        if (!IsBasedWord(word))
        {
            return false;
        }
        var prefix = word[..word.LastIndexOf('-')];
        if (knowledge.TryFindPlace(prefix, out var place, out _))
        {
            AddPlace(prefix, place.Name);
        }
        SetLast(EntityKind.None, -1, s + 1);
        return true;
    }

    private const long SmallPlacePopulation = 100_000;

    private bool IsLocativeBefore(int s) =>
        s >= 1 && tokens[s - 1].IsLowerWord && tokens[s - 1].Text is "in" or "at" or "near" or "from" or "to" or "off" or "outside"
            or "around" or "across" or "into" or "via" or "toward" or "towards" or "through" or "between" or "and" or "or"
            or "inside" or "leaves" or "reaches" or "visited" or "visit" or "of";

    /// <summary>"Soroca, Moldova": a name followed by a comma and a known place.</summary>
    private bool IsPlaceListAfter(int e) =>
        e + 1 < tokens.Length && tokens[e].IsPunctuation(',') && tokens[e + 1].IsCapitalizedWord && !tokens[e + 1].Is(TokenFlags.Possessive)
        && knowledge.TryFindPlace(tokens[e + 1].Text, out var next, out _) && next.Kind is PlaceKind.Country or PlaceKind.AdministrativeArea;

    /// <summary>"a market in Ostrovica": a lone name no list knows, right after "in" or "near", is a place the gazetteer lacks.</summary>
    private bool IsUnknownPlaceName(int i)
    {
        if (i < 1 || !tokens[i - 1].IsLowerWord || tokens[i - 1].Text is not ("in" or "near" or "outside"))
        {
            return false;
        }
        var word = tokens[i].Text;
        return word.Length >= 4 && !tokens[i].Is(TokenFlags.AllCaps) && !word.Any(char.IsDigit) && !IsReservedWord(word)
            && !knowledge.IsCommonWord(word) && !knowledge.IsGivenName(word) && !knowledge.IsDemonym(word)
            && !WordClasses.IsSentenceStarter(word) && !organizationByFirstWord.ContainsKey(word)
            && !(i + 1 < tokens.Length && tokens[i + 1].IsCapitalizedWord);
    }

    /// <summary>
    /// A name no list knows that the words around it make a place: "the suburb of Vilanova Alta", "the Quellbach valley",
    /// "Puerto Lindo, the town below", "settlements such as Kibwezi and Mathenge".
    /// </summary>
    private bool IsPlaceByContext(int s, int e)
    {
        if (!AllNameLike(s, e) || e - s > 4 || (e - s == 1 && (knowledge.IsCommonWord(tokens[s].Text) || tokens[s].Text.Length < 3)))
        {
            return false;
        }
        if (HasPlaceNounBefore(s) || IsPlaceListAfter(e))
        {
            return true;
        }
        if (e < tokens.Length && tokens[e].IsLowerWord && WordClasses.IsPlaceNounAfterName(tokens[e].Text))
        {
            return true;
        }
        // "the Salang pass": after "the" only, since "pass" after a name is usually the verb.
        if (e < tokens.Length && tokens[e].Text == "pass" && s >= 1 && tokens[s - 1].Text is "the" && (e + 1 >= tokens.Length || !tokens[e + 1].IsLowerWord || tokens[e + 1].Text is "and" or "in" or "to" or "from" or "near"))
        {
            return true;
        }
        if (e + 2 < tokens.Length && tokens[e].IsPunctuation(',') && tokens[e + 1].IsLowerWord && tokens[e + 1].Text is "the" or "a"
            && tokens[e + 2].IsLowerWord && WordClasses.IsPlaceNoun(tokens[e + 2].Text))
        {
            return true;
        }
        if (s >= 1 && lastKind == EntityKind.Place && lastEnd == s - 1 && tokens[s - 1].Text is "and" or "or" or ",")
        {
            return true;
        }
        var k = s - 1;
        if (k >= 1 && tokens[k].Text == "as" && tokens[k - 1].Text == "such")
        {
            k -= 2;
        }
        else if (k >= 0 && tokens[k].Text == "including")
        {
            k--;
        }
        else
        {
            return false;
        }
        if (k >= 0 && tokens[k].IsPunctuation(','))
        {
            k--;
        }
        return k >= 0 && ((tokens[k].IsLowerWord && WordClasses.IsPlaceNoun(tokens[k].Text)) || (lastKind == EntityKind.Place && lastEnd == k + 1));
    }

    private bool HasPlaceNounBefore(int s) =>
        s >= 2 && tokens[s - 1].Text == "of" && tokens[s - 2].IsLowerWord
        && (WordClasses.IsPlaceNoun(tokens[s - 2].Text)
            // "the archaeological site of X": a bare "site of" is as often an event's ("the site of the crash").
            || (tokens[s - 2].Text == "site" && s >= 3 && tokens[s - 3].Text is "archaeological" or "heritage" or "ancient"));

    /// <summary>The longest gazetteer place starting at <paramref name="s"/>, with any region words after it.</summary>
    private bool MatchPlace(int s, int e, out string name, out int end) => MatchPlace(s, e, out name, out _, out end);

    private bool MatchPlace(int s, int e, out string name, out string canonical, out int end)
    {
        name = "";
        canonical = "";
        end = s;
        var first = tokens[s].Text;
        if ((e - s == 1 && IsReservedWord(first)) || ((tokens[s].Is(TokenFlags.SentenceStart) || IsFirstInQuote(s)) && WordClasses.IsSentenceStarter(first)))
        {
            return false;
        }
        var longest = Math.Min(knowledge.MaxPlaceWords, e - s);
        for (var length = longest; length >= 1; length--)
        {
            if (HasInnerPossessive(s, s + length))
            {
                continue;
            }
            if (!ContainsPlace(s, s + length))
            {
                continue;
            }
            var written = unit.Join(s, s + length);
            if (!knowledge.TryFindPlace(written, out var place, out var ambiguity))
            {
                continue;
            }
            if (length == 1 && (knowledge.IsDemonym(written) || IsReservedWord(written)))
            {
                return false;
            }
            if (s + length < tokens.Length && IsRouteOrEditionNumber(tokens[s + length]))
            {
                // "U.S. 26" is a highway and "Paris 2024" an event, not the place.
                return false;
            }
            // "Reading" or "Split" opening a sentence is the word, not the town; a small town needs "in", "near", "from" before it.
            // A name that is also a given name stands alone here (a person needs two words), unless it speaks ("Florence said").
            var doubtful = (ambiguity & NameAmbiguity.CommonWord) != 0 || place.Population < SmallPlacePopulation
                || ((ambiguity & NameAmbiguity.PersonName) != 0 && ReportingVerbAfter(s + 1));
            // A river or landmark has no population; only its other readings ("Elbe" the surname) make it doubtful.
            var doubtfulKind = place.Kind is PlaceKind.City or PlaceKind.AdministrativeArea
                || (place.Kind == PlaceKind.Feature && ambiguity != NameAmbiguity.None);
            if (length == 1 && RegionWordsEnd(s + 1, e) == s + 1 && doubtfulKind && doubtful
                && !IsLocativeBefore(s) && !IsPlaceListAfter(s + 1) && !HasPlaceNounBefore(s) && !placeSet.Contains(place.Name))
            {
                return false;
            }
            end = s + length;
            name = written;
            canonical = place.Name;
            var regionEnd = RegionWordsEnd(end, e);
            if (regionEnd > end)
            {
                name = unit.Join(s, regionEnd);
                canonical = name;
                end = regionEnd;
            }
            return true;
        }
        return false;
    }

    // Most spans tried are not places; asking with the words still in place saves cutting out a string for each.
    private bool ContainsPlace(int s, int e)
    {
        var length = unit.JoinedLength(s, e);
        if (length > 256)
        {
            return true;
        }
        Span<char> joined = stackalloc char[length];
        unit.JoinInto(s, e, joined);
        return knowledge.ContainsPlace(joined);
    }

    private bool HasInnerPossessive(int s, int e)
    {
        for (var i = s; i < e - 1; i++)
        {
            if (tokens[i].Is(TokenFlags.Possessive))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>"Tibet Autonomous Region": up to three more capitalized words ending in a region word.</summary>
    private int RegionWordsEnd(int start, int e)
    {
        if (start > 0 && tokens[start - 1].Is(TokenFlags.Possessive))
        {
            return start;
        }
        for (var i = start; i < e && i < start + 3; i++)
        {
            if (!tokens[i].IsCapitalizedWord)
            {
                return start;
            }
            if (WordClasses.IsRegionWord(tokens[i].Text) || (i > start && knowledge.IsAdministrativeDesignator(unit.Join(i - 1, i + 1))))
            {
                return i + 1;
            }
            if (tokens[i].Is(TokenFlags.Possessive))
            {
                return start;
            }
        }
        return start;
    }

    private void ScanPlaces(int s, int e, bool partialPlaces = true)
    {
        var i = s;
        while (i < e)
        {
            if (tokens[i].IsLowerWord || IsNoiseAt(i))
            {
                i++;
                continue;
            }
            if (TryBasedPrefix(i))
            {
                i++;
                continue;
            }
            if (MatchPlace(i, e, out var name, out var canonical, out var end) && (partialPlaces || (i == s && end == e)))
            {
                AddPlace(name, canonical);
                SetLast(EntityKind.Place, -1, end);
                i = end;
                continue;
            }
            var word = tokens[i].Text;
            var inQuote = tokens[i].Is(TokenFlags.InQuote);
            if (!inQuote && personByPart.TryGetValue(word, out var person) && e - s == 1)
            {
                MentionPerson(person, i, i + 1, word);
            }
            else if (organizationByName.TryGetValue(word, out var organization))
            {
                MentionOrganization(organization, i, i + 1);
            }
            else if (NewsAgencies.IsAgency(word))
            {
                MentionOrganization(AddOrganization(word, "news agency"), i, i + 1);
            }
            else if (WellKnownOrganizations.Contains(word))
            {
                MentionOrganization(AddOrganization(word, null), i, i + 1);
            }
            else if (e - s == 1 && IsUnknownPlaceName(i))
            {
                AddPlace(word, word);
                SetLast(EntityKind.Place, -1, i + 1);
            }
            else if (e - s == 1 && !inQuote && ReportingVerbAfter(i + 1) && !tokens[i].Is(TokenFlags.SentenceStart)
                && !IsReservedWord(word) && !knowledge.IsDemonym(word) && !WordClasses.IsSentenceStarter(word) && !WordClasses.IsPersonNoun(word))
            {
                // "Gazprom said": a single unknown name that speaks is an organization, since people are introduced in full.
                MentionOrganization(AddOrganization(word, null), i, i + 1);
            }
            i++;
        }
    }

    private void ScanHeadline()
    {
        // Headlines capitalize every word: only places that are countries or regions, or already found, are trusted there.
        var i = 0;
        while (i < tokens.Length)
        {
            if (!tokens[i].IsCapitalizedWord || WordClasses.IsSentenceStarter(tokens[i].Text))
            {
                i++;
                continue;
            }
            var end = i + 1;
            while (end < tokens.Length && end - i < knowledge.MaxPlaceWords && tokens[end].IsCapitalizedWord && !tokens[end - 1].Is(TokenFlags.Possessive))
            {
                end++;
            }
            var matched = false;
            for (var length = end - i; length >= 1; length--)
            {
                var written = unit.Join(i, i + length);
                if (knowledge.TryFindPlace(written, out var place, out var ambiguity)
                    && (place.Kind is PlaceKind.Country or PlaceKind.Region or PlaceKind.Continent || placeSet.Contains(place.Name)
                        || (place.Kind == PlaceKind.Feature && ambiguity == NameAmbiguity.None)))
                {
                    AddPlace(written, place.Name);
                    i += length;
                    matched = true;
                    break;
                }
            }
            if (!matched)
            {
                i++;
            }
        }
    }

    /// <summary>Places are reported as the article writes them ("Turkey", "Kraków"), once per canonical place.</summary>
    private void AddPlace(string written, string canonical)
    {
        if (placeSet.Add(canonical))
        {
            placeSet.Add(written);
            Places.Add(written);
        }
    }
}
