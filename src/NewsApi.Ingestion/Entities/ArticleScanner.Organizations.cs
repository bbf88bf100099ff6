using NewsApi.Ingestion.Entities.Gazetteer;
using NewsApi.Ingestion.Entities.Lexicon;
using NewsApi.Ingestion.Entities.Tagging;
using NewsApi.Ingestion.Entities.Text;

namespace NewsApi.Ingestion.Entities;

/// <summary>Organizations: head words, company and club suffixes, context nouns, acronyms, short forms and parents.</summary>
internal sealed partial class ArticleScanner
{
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
        if (isOrganization && firstConnector == e && IsBareHeadWord(s, e))
        {
            // "the Company said", "Group A": a head word with no name to it is a reference or a label, not a name.
            if (e - s == 1 && organizationByLastWord.TryGetValue(tokens[s].Text, out var referenced))
            {
                MentionOrganization(referenced, s, e);
                return true;
            }
            return false;
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

    /// <summary>
    /// "Group A", "Division 2": a head word labelled with a letter or a number; or a head word alone that any company or
    /// group could be ("the Company"). "Congress" or "the Army" alone are institutions and stay names.
    /// </summary>
    private bool IsBareHeadWord(int s, int e)
    {
        if (e - s == 1)
        {
            return tokens[s].Text is "Company" or "Group" or "Firm" or "Corporation" or "Business";
        }
        return e - s == 2 && OrganizationWords.IsHeadWord(tokens[s].Text) && (tokens[s + 1].Text.Length == 1 || tokens[s + 1].Kind == TokenKind.Number);
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
            && tokens[e + 1].Is(TokenFlags.AllCaps) && tokens[e + 1].Text.Length is >= 2 and <= 10
            // "Casey Smith (US) 37.97": a country's code after a name says where someone is from, it defines no acronym.
            && !(knowledge.TryFindPlace(tokens[e + 1].Text, out var place, out _) && place.Kind == PlaceKind.Country))
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

    /// <summary>
    /// "Barcelona 2 Real Madrid 1", "Leeds 15 6 4 5 20 19 22", "Alba Berlin (Germany) 9 4 5 13": in a line of figures, a
    /// name followed by its score is a team. A country there is its national side, written as the country, and stays a
    /// place; a name in brackets after a score is a scorer ("Arsenal 2 (Adams 45, Vieira 90)"); a person the tagger is
    /// sure of is left to the person rules, unless a city is part of the name, as it is of clubs and never of people.
    /// </summary>
    private bool TryTeamInTable(int s, int e)
    {
        if (!isDataUnit || tokens[s].Is(TokenFlags.InQuote))
        {
            return false;
        }
        var figures = AfterCountryInBrackets(e);
        if (figures >= tokens.Length || tokens[figures].Kind != TokenKind.Number)
        {
            return false;
        }
        var text = unit.Join(s, e);
        if (knowledge.TryFindPlace(text, out var place, out _) && place.Kind is PlaceKind.Country or PlaceKind.Region or PlaceKind.Continent)
        {
            return false;
        }
        if (knowledge.IsDemonym(text) || (e - s >= 2 && knowledge.IsGivenName(tokens[s].Text)) || !AllNameLikeOrCapitals(s, e)
            || (e - s == 1 && WordClasses.IsCompetitionClass(text)))
        {
            return false;
        }
        if (IsInBrackets(s))
        {
            var scorer = personByName.TryGetValue(text, out var known) || personByPart.TryGetValue(text, out known) ? known : RegisterPerson(s, e);
            MentionPerson(scorer, s, e, alias: null);
            return true;
        }
        // A lone given name with a score ("Chelsea 2") is a club; a lone surname ("Warne 8") a player.
        if (IsTaggedAs(s, e, NameType.Person) && !HasPlaceWord(s, e) && !(e - s == 1 && knowledge.IsGivenName(text)))
        {
            return false;
        }
        MentionOrganization(AddOrganization(s, e, "sports club"), s, e);
        return true;
    }

    /// <summary>The token after "(Italy)" when one follows the name at <paramref name="e"/> (its closing bracket may be lost); else <paramref name="e"/>.</summary>
    private int AfterCountryInBrackets(int e)
    {
        if (e + 1 >= tokens.Length || !tokens[e].IsPunctuation('('))
        {
            return e;
        }
        for (var k = e + 2; k < tokens.Length && k <= e + 4; k++)
        {
            if (!knowledge.TryFindPlace(unit.Join(e + 1, k), out var place, out _) || place.Kind != PlaceKind.Country)
            {
                continue;
            }
            return k < tokens.Length && tokens[k].IsPunctuation(')') ? k + 1 : k;
        }
        return e;
    }

    private bool IsInBrackets(int s)
    {
        for (var k = s - 1; k >= 0 && s - k <= 24; k--)
        {
            if (tokens[k].IsPunctuation(')'))
            {
                return false;
            }
            if (tokens[k].IsPunctuation('('))
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
            if (knowledge.TryFindPlace(tokens[i].Text, out _, out _) && !knowledge.IsGivenName(tokens[i].Text))
            {
                return true;
            }
        }
        return false;
    }

    private bool AllNameLikeOrCapitals(int s, int e)
    {
        for (var i = s; i < e; i++)
        {
            if (!tokens[i].IsCapitalizedWord || tokens[i].Text.Any(char.IsDigit) || IsReservedWord(tokens[i].Text))
            {
                return false;
            }
        }
        return true;
    }
}
