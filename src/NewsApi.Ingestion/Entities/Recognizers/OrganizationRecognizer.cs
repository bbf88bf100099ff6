using NewsApi.Ingestion.Entities.Gazetteer;
using NewsApi.Ingestion.Entities.Lexicon;
using NewsApi.Ingestion.Entities.Text;

namespace NewsApi.Ingestion.Entities.Recognizers;

/// <summary>Organizations and their kinds: head words, company and club suffixes, context nouns, acronyms, short forms and parents.</summary>
internal sealed partial class OrganizationRecognizer(TokenStream stream, EntityRegistry registry, IEntityKnowledge knowledge, PlaceRecognizer places)
{
    /// <summary>An organization already read, or its acronym defined right after it: "Institute of X (IX)".</summary>
    internal bool TryKnownName(NameRun run) => TryKnownOrganization(run.Start, run.End);

    private bool TryKnownOrganization(int s, int e)
    {
        var text = stream.Unit.Join(s, e);
        if (!registry.OrganizationByName.TryGetValue(text, out var known))
        {
            if (e - s < 2 || stream.Tokens[s].Is(TokenFlags.InQuote) || !registry.OrganizationByLeadingWords.TryGetValue(text, out known)
                || registry.PersonByName.ContainsKey(text))
            {
                return false;
            }
            registry.AddOrganizationAlias(known, text);
        }
        if (AcronymAfter(e) is { } acronym)
        {
            registry.AddOrganizationAlias(known, acronym);
            stream.SkipUntil = e + 3;
        }
        registry.MentionOrganization(known, s, e);
        return true;
    }

    /// <summary>"Lola Ising's Bakeshop": a shop named for its owner is a company, and the owner in its name no person of the story.</summary>
    internal bool TryShopNamedForItsOwner(NameRun run)
    {
        if (run.Length < 2 || !stream.Tokens[run.End - 2].Is(TokenFlags.Possessive) || !stream.IsShopAfterOwnersName(run.End - 2))
        {
            return false;
        }
        // Written as in the text: the tokens keep the owner's name without its "'s".
        var tokens = stream.Tokens;
        var name = stream.Unit.Text[tokens[run.Start].Start..tokens[run.End - 1].End];
        var shop = registry.OrganizationByName.TryGetValue(name, out var known) ? known : registry.AddOrganization(name, "company");
        registry.MentionOrganization(shop, run.Start, run.End);
        return true;
    }

    /// <summary>"Reuters", "AFP": a wire service.</summary>
    internal bool TryNewsAgency(NameRun run)
    {
        if (!NewsAgencies.IsAgency(run.Text))
        {
            return false;
        }
        registry.MentionOrganization(registry.AddOrganization(run.Text, "news agency"), run.Start, run.End);
        return true;
    }

    /// <summary>An organization every reader knows by name ("NATO", "the United Nations").</summary>
    internal bool TryWellKnown(NameRun run)
    {
        if (!WellKnownOrganizations.Contains(run.Text))
        {
            return false;
        }
        registry.MentionOrganization(registry.AddOrganization(run.Text, null), run.Start, run.End);
        return true;
    }

    /// <summary>
    /// Headlines capitalize every word ("NHL ICE HOCKEY - STANDINGS"): only an organization every reader knows is trusted
    /// there, as only countries and regions are among places.
    /// </summary>
    internal void ScanHeadline()
    {
        var tokens = stream.Tokens;
        for (var i = 0; i < tokens.Length; i++)
        {
            for (var end = Math.Min(tokens.Length, i + WellKnownOrganizations.MaxWords); end > i; end--)
            {
                if (tokens[end - 1].IsWord && WellKnownOrganizations.Contains(stream.Unit.Join(i, end)))
                {
                    registry.MentionOrganization(registry.AddOrganization(stream.Unit.Join(i, end), null), i, end);
                    i = end - 1;
                    break;
                }
            }
        }
    }

    /// <summary>"Far Eastern Institute (FEI)": a name that defines an acronym is an organization.</summary>
    internal bool TryDefinedAcronym(NameRun run)
    {
        var (s, e) = (run.Start, run.End);
        // A title's words ("Chief Executive Officer (CEO)") define no organization, unless a head word ends the name ("Open Courts Centre")
        // after no title of something ("Superintendent of Police (SP)" is a rank).
        if (e - s < 2 || AcronymAfter(e) is not { } definedAcronym
            || stream.HasTitleWord(s, e) && (!OrganizationWords.IsHeadWord(stream.Tokens[e - 1].Text) || IsTitleOfBody(s, e)))
        {
            return false;
        }
        AddWithAcronym(s, e, definedAcronym);
        return true;
    }

    private bool IsTitleOfBody(int s, int e)
    {
        var of = s;
        while (of < e && stream.IsTitleToken(of))
        {
            of++;
        }
        return of > s && of < e && stream.Tokens[of].Text == "of";
    }

    /// <summary>
    /// Head words ("Ministry", "University"), company and club suffixes, context nouns, traded shares, short forms; not a
    /// law's name ("the Securities Trading Act"), whose words are a market's or a body's, nor a name joined by "and" to the
    /// nationality of the next one ("producer X and German cinematographer Y").
    /// </summary>
    internal bool TryNamedByItsWords(NameRun run)
    {
        if (stream.Tokens[run.End - 1].Text == "Act" || run.Length >= 3 && stream.Tokens[run.End - 2].Text == "and" && knowledge.IsDemonym(stream.Tokens[run.End - 1].Text)
            || IsSeatOnABody(run.Start, run.End))
        {
            return false;
        }
        return TryOneOrTwoBodies(run.Start, run.End, HasContext(run));
    }

    /// <summary>The name [s, e) as one organization, or as two where "and" joins two names each opened by a head word.</summary>
    private bool TryOneOrTwoBodies(int s, int e, bool hasContext)
    {
        if (SecondNameOpenedByHeadWord(s, e) is var andAt and > 0 || (andAt = SecondWholeBodyAfterAnd(s, e)) > 0)
        {
            var first = TryOrganization(s, andAt, hasContext);
            return TryOrganization(andAt + 1, e, hasContext) || first;
        }
        if ((andAt = AcronymBesideAnd(s, e)) > 0)
        {
            // The acronym is often one the story has defined ("University Hospital X (UHX)"); else the body beside it makes it one.
            var first = TryKnownOrganization(s, andAt) || TryOrganization(s, andAt, hasContext) || AddAcronym(s, andAt);
            return TryKnownOrganization(andAt + 1, e) || TryOrganization(andAt + 1, e, hasContext) || AddAcronym(andAt + 1, e) || first;
        }
        if (ParentAfterSecondOf(s, e) is var parentOf and > 0)
        {
            // The unit before the second "of" points to the parent after it (TryOrganization's "of" after the name).
            var unit = TryOrganization(s, parentOf, hasContext);
            var parentStart = stream.Tokens[parentOf + 1].Text == "the" ? parentOf + 2 : parentOf + 1;
            return (TryKnownOrganization(parentStart, e) || TryOrganization(parentStart, e, hasContext)) || unit;
        }
        return !IsTwoFirmsJoinedByAnd(s, e) && TryOrganization(s, e, hasContext);
    }

    /// <summary>"global head of macro at ING": what a person just read works at is an organization.</summary>
    internal bool TryEmployer(NameRun run)
    {
        var (s, e) = (run.Start, run.End);
        if (registry.PendingAffiliationAt != s || registry.PendingAffiliationPerson < 0 || e - s > 6 || stream.HasTitleWord(s, e)
            || e - s == 1 && knowledge.IsDemonym(stream.Tokens[s].Text) || ModifiesNounAfter(e) || StartsWithPlaceAndMore(s, e) || IsHometown(s, e))
        {
            return false;
        }
        registry.MentionOrganization(registry.AddOrganization(s, e, null), s, e);
        return true;
    }

    private bool TryOrganization(int s, int e, bool hasContext)
    {
        // "Shares of Nvidia Corp fell", "Lawyers for Kelso Agro said": a common word opening the sentence, and its "of" or
        // "for", are no part of the name ("Bank of America" keeps its head word).
        if (e - s >= 3 && stream.Tokens[s].Is(TokenFlags.SentenceStart) && stream.Tokens[s + 1].IsLowerWord && stream.Tokens[s + 1].Text is "of" or "for"
            && knowledge.IsCommonWord(stream.Tokens[s].Text) && !OrganizationWords.IsHeadWord(stream.Tokens[s].Text)
            && !knowledge.ContainsPlace(stream.Tokens[s].Text) && (TryKnownOrganization(s + 2, e) || TryOneOrTwoBodies(s + 2, e, hasContext)))
        {
            return true;
        }
        if (e - s >= 3 && stream.Tokens[s].Is(TokenFlags.SentenceStart) && !OrganizationWords.IsHeadWord(stream.Tokens[s].Text)
            && (OrganizationWords.IsContextNoun(stream.Tokens[s].Text.ToLowerInvariant())
                || TitleWords.IsNoun(stream.Tokens[s].Text.ToLowerInvariant()) && !TitleWords.IsCapitalizedTitle(stream.Tokens[s].Text)
                    && OrganizationWords.IsHeadWord(stream.Tokens[s + 1].Text)))
        {
            // "Developer Ashdene Homes said", "Owner Gruppo Ferrante has not": the word opening the sentence says what the
            // organization is, as "the developer Ashdene Homes" would, or what it is to someone; the name's own head word follows.
            return TryKnownOrganization(s + 1, e) || TryOrganization(s + 1, e, hasContext: true);
        }
        if (e - s >= 3 && stream.Tokens[s].Text is "NGO" or "NPO" or "CSO")
        {
            // "the Athens-based NGO Aegean Shelter Network": the kind of body, written in capitals before its name.
            return TryKnownOrganization(s + 1, e) || TryOrganization(s + 1, e, hasContext: true);
        }
        var firstConnector = e;
        for (var i = s; i < e; i++)
        {
            if (stream.Tokens[i].IsLowerWord || stream.Tokens[i].IsPunctuation('&'))
            {
                firstConnector = i;
                break;
            }
        }
        if (firstConnector < e && IsSecondNameAfterAnd(s, firstConnector, e))
        {
            // "the World Health Organization and UNICEF": an acronym or a known name after "and" is a second organization.
            return false;
        }
        if (firstConnector < e - 1 && stream.Tokens[firstConnector].IsLowerWord && stream.Tokens[firstConnector].Text is "and" or "of"
            && firstConnector - s is 2 or 3 && !OrganizationWords.IsFirmWord(stream.Tokens[firstConnector + 1].Text)
            && (knowledge.IsGivenName(stream.Tokens[s].Text) || stream.Tokens[firstConnector].Text == "of" && NoCommonWordIn(s, firstConnector))
            && stream.AllNameLike(s, firstConnector) && !HasFirmWordIn(s, firstConnector))
        {
            // "Ilse Brandauer-Kroll and Teodor Vasquelin of Harrowgate Moss LLP": a person's name before "and" or "of" is a
            // person, whatever closes the run; the run is read a side at a time.
            return false;
        }
        if (firstConnector < e && IsPersonWithParticleBeforeOf(s, firstConnector, e))
        {
            return false;
        }
        if (firstConnector < e && HasTitledPersonBefore(s, firstConnector))
        {
            // "Energy Cabinet Secretary Wairimu Gachanja-Otieno and Ethiopia": a title and a name before "and" are a person,
            // whatever head word the title holds; the run is read a side at a time.
            return false;
        }
        if (e - s >= 2 && WordClasses.IsStreetWord(stream.Tokens[e - 1].Text))
        {
            return false;
        }
        string? kind = null;
        var isOrganization = false;
        for (var i = s; i < firstConnector; i++)
        {
            if (OrganizationWords.IsHeadWord(stream.Tokens[i].Text) || OrganizationWords.IsNordicBodyName(stream.Tokens[i].Text))
            {
                isOrganization = true;
                kind ??= OrganizationWords.KindOfHead(stream.Tokens[i].Text);
            }
        }
        if (!isOrganization && SharedHeadKindAfterAnd(s, firstConnector, e) is { } sharedKind)
        {
            // "Water and Power Development Authority", "Monopolies and Mergers Commission": the head word after "and" is the
            // whole name's when the words before it name nothing on their own.
            isOrganization = true;
            kind = sharedKind;
        }
        if (isOrganization && firstConnector == e && IsBareHeadWord(s, e))
        {
            // "the Company said", "Group A": a head word with no name to it is a reference or a label, not a name.
            if (e - s == 1 && registry.OrganizationByLastWord.TryGetValue(stream.Tokens[s].Text, out var referenced))
            {
                registry.MentionOrganization(referenced, s, e);
                return true;
            }
            return false;
        }
        var end = e;
        if (isOrganization && stream.Tokens[e - 1].Is(TokenFlags.Possessive) && e - 2 > s && stream.Tokens[e - 2].Text == "of"
            && !OrganizationWords.IsHeadWord(stream.Tokens[e - 3].Text)
            && places.MatchPlace(e - 1, e, out var tailPlace, out var tailCanonical, out _))
        {
            // "the Office for X of Norway's Coastal Defence Board": the place belongs to the parent; after a head word it is the
            // body's own ("the National University of Singapore's Faculty of Law", "the Bank of England's").
            registry.AddPlace(tailPlace, tailCanonical);
            end = e - 2;
        }
        if (!isOrganization && e - s >= 2 && IsCompanyEnding(stream.Tokens[e - 1].Text)
            && (!stream.HasTitleWord(s, e) || OrganizationWords.IsLegalForm(stream.Tokens[e - 1].Text) && !HasTitleOfSomething(s, e)))
        {
            isOrganization = true;
            kind = "company";
        }
        if (!isOrganization && e - s >= 2 && (OrganizationWords.IsClubSuffix(stream.Tokens[e - 1].Text) || IsClubByItsFirstWord(s, e) || IsPlaceAndNickname(s, e)
            || IsTurkishClubWord(stream.Tokens[e - 1].Text) || IsBesideScore(s, e))
            && !stream.HasTitleWord(s, e))
        {
            isOrganization = true;
            kind = "sports club";
        }
        if (!isOrganization && firstConnector == e && IsPaperAfterItsArticle(s, e))
        {
            isOrganization = true;
            kind = "newspaper";
        }
        if (!isOrganization && s > 0 && stream.Tokens[s - 1].Text is "the" or "The" && e < stream.Tokens.Length && stream.Tokens[e].IsLowerWord
            && OrganizationWords.IsNounAfterName(stream.Tokens[e].Text) && !(e - s == 1 && knowledge.IsDemonym(stream.Tokens[s].Text)))
        {
            // "the Casa de Todos movement", "the Green Harvest party".
            isOrganization = true;
            kind = OrganizationWords.KindOfContext(stream.Tokens[e].Text);
        }
        if (!isOrganization && !(e - s == 1 && knowledge.IsDemonym(stream.Tokens[s].Text)) && IsTradedShares(s, e))
        {
            isOrganization = true;
            kind = "company";
        }
        // A given name first ("Morgan Stanley") keeps a context noun from deciding, unless the words before are a workplace's.
        // Context speaks for one name: "analysts at Morgan Stanley and Bernstein" is read a side at a time.
        var workplace = hasContext && IsWorkplace(s);
        if (hasContext && (!knowledge.IsGivenName(stream.Tokens[s].Text) || workplace) && !(workplace && HasAnd(s, e)))
        {
            isOrganization = true;
            kind = ContextKind(s) ?? OrganizationAppositionAfter(e) ?? kind;
        }
        if (!isOrganization && e - s == 2 && IsAcronymForACountry(s))
        {
            // "NHS England", "BBC Scotland": a national body's acronym with the country it serves.
            isOrganization = true;
        }
        if (!isOrganization && e - s == 1 && registry.OrganizationByFirstWord.TryGetValue(stream.Tokens[s].Text, out var shortForm))
        {
            registry.AddOrganizationAlias(shortForm, stream.Tokens[s].Text);
            registry.MentionOrganization(shortForm, s, e);
            return true;
        }
        if (!isOrganization)
        {
            return false;
        }
        if (e - s == 1 && registry.OrganizationByHeadWord.TryGetValue(stream.Tokens[s].Text, out var holder))
        {
            // "Cooperative chairman X" after "Mbale Growers' Cooperative Society": a head word alone is a reference.
            registry.MentionOrganization(holder, s, e);
            return true;
        }

        var organization = registry.AddOrganization(s, end, kind);
        registry.MentionOrganization(organization, s, end);
        if (end < e)
        {
            registry.PendingParentChild = organization;
            registry.PendingParentAt = e;
        }
        else if (e + 1 < stream.Tokens.Length && stream.Tokens[e].Text == "of" && stream.Tokens[e].IsLowerWord)
        {
            registry.PendingParentChild = organization;
            registry.PendingParentAt = stream.Tokens[e + 1].Text == "the" ? e + 2 : e + 1;
        }
        return true;
    }

    internal string? OrganizationKind(int s, int e)
    {
        for (var i = s; i < e; i++)
        {
            if (OrganizationWords.KindOfHead(stream.Tokens[i].Text) is { } kind)
            {
                return kind;
            }
        }
        return OrganizationWords.IsCompanySuffix(stream.Tokens[e - 1].Text) ? "company"
            : OrganizationWords.IsClubSuffix(stream.Tokens[e - 1].Text) ? "sports club"
            : null;
    }

    private bool IsWorkplaceBefore(int and)
    {
        var k = and - 1;
        while (k > 0 && stream.Tokens[k].IsCapitalizedWord)
        {
            k--;
        }
        return IsWorkplaceAfterJob(k);
    }

    /// <summary>"an analyst at Bernstein", "economists at Morgan Stanley": where people of a job work (a town stays a place).</summary>
    private bool IsWorkplaceAfterJob(int at)
    {
        if (stream.Tokens[at].Text != "at" || at == 0 || !stream.Tokens[at - 1].IsLowerWord && !stream.Tokens[at - 1].Is(TokenFlags.SentenceStart))
        {
            return false;
        }
        var job = stream.Tokens[at - 1].Text.ToLowerInvariant();
        return TitleWords.IsNoun(job) || job.EndsWith('s') && TitleWords.IsNoun(job[..^1]);
    }

    internal string? ContextKind(int s)
    {
        var k = s - 1;
        if (k >= 0 && stream.Tokens[k].IsPunctuation(','))
        {
            k--;
        }
        if (k < 0 || !stream.Tokens[k].IsLowerWord)
        {
            return null;
        }
        if (stream.Tokens[k].Text == "agency" && k > 0 && stream.Tokens[k - 1].Text == "news")
        {
            return "news agency";
        }
        return OrganizationWords.KindOfContext(stream.Tokens[k].Text);
    }

    /// <summary>"Vistula Nightways, a small operator founded in 2021": the kind the apposition gives, if it names an organization.</summary>
    private string? OrganizationAppositionAfter(int e)
    {
        if (e + 1 >= stream.Tokens.Length || !stream.Tokens[e].IsPunctuation(','))
        {
            return null;
        }
        var k = e + 1;
        if (stream.Tokens[k].IsLowerWord && stream.Tokens[k].Text is "a" or "an" or "the")
        {
            k++;
        }
        string? contextNoun = null;
        for (var words = 0; k < stream.Tokens.Length && words < 4; k++, words++)
        {
            var token = stream.Tokens[k];
            // "the government's innovation agency": whose it is stands between the article and the noun.
            if (token.IsLowerWord && token.Is(TokenFlags.Possessive) && words == 0)
            {
                continue;
            }
            if (token.IsLowerWord && !token.Is(TokenFlags.Possessive) && !TokenStream.IsPreposition(token.Text))
            {
                // "February, the company said" is attribution, not apposition; "X, why the company ..." opens a clause.
                if (TitleWords.IsNoun(token.Text) || ReportingVerbs.IsReportingVerb(token.Text) || IsClauseOpener(token.Text)
                    || words > 0 && token.Text is "a" or "an" or "the")
                {
                    return null;
                }
                if (OrganizationWords.IsContextNoun(token.Text))
                {
                    contextNoun ??= token.Text;
                }
                continue;
            }
            // "a Norwegian start-up", "a Trondheim start-up": where it is from stands between the article and the noun.
            if (token.IsCapitalizedWord && (knowledge.IsDemonym(token.Text) || knowledge.ContainsPlace(token.Text)))
            {
                continue;
            }
            // "In Finland, the forklift maker Korvenmaa Oyj": the noun introduces the name right after it.
            if (contextNoun is not null && token.IsCapitalizedWord && stream.Tokens[k - 1].Text == contextNoun)
            {
                return null;
            }
            break;
        }
        return contextNoun is null ? null : OrganizationWords.KindOfContext(contextNoun) ?? "organization";
    }

    /// <summary>"(The) Managing Director of Volta Grid Services Limited": a title at the run's head, or before "of", is someone's job.</summary>
    private bool HasTitleOfSomething(int s, int e)
    {
        for (var i = s; i < e; i++)
        {
            if (stream.IsTitleToken(i) && (i == s || stream.Tokens[i - 1].Text is "The" || i + 1 < e && stream.Tokens[i + 1].Text == "of"))
            {
                return true;
            }
        }
        return false;
    }

    private bool IsAcronymForACountry(int s) =>
        stream.Tokens[s].Is(TokenFlags.AllCaps) && stream.Tokens[s].Text.Length is >= 2 and <= 5 && !IsCountryCode(stream.Tokens[s].Text)
        && knowledge.TryFindPlace(stream.Tokens[s + 1].Text, out var place, out _) && place.Kind is PlaceKind.Country or PlaceKind.AdministrativeArea;

    private string? AcronymAfter(int e)
    {
        if (e + 2 < stream.Tokens.Length && stream.Tokens[e].IsPunctuation('(') && stream.Tokens[e + 2].IsPunctuation(')')
            && stream.Tokens[e + 1].Is(TokenFlags.AllCaps) && stream.Tokens[e + 1].Text.Length is >= 2 and <= 10
            // "Casey Smith (US) 37.97": a country's code after a name says where someone is from, it defines no acronym.
            // Results are typed in haste: "(U.S)" without its last full stop is the same code.
            && !IsCountryCode(stream.Tokens[e + 1].Text) && !stream.IsSportsCodeInBrackets(e + 1))
        {
            return stream.Tokens[e + 1].Text;
        }
        return null;
    }

    private bool IsCountryCode(string code) =>
        (knowledge.TryFindPlace(code, out var place, out _) || knowledge.TryFindPlace(code.Replace(".", ""), out place, out _))
        && place.Kind == PlaceKind.Country;

    /// <summary>
    /// "Group A", "Division 2": a head word labelled with a letter or a number; or a head word alone that any company or
    /// group could be ("the Company"). "Congress" or "the Army" alone are institutions and stay names.
    /// </summary>
    private bool IsBareHeadWord(int s, int e)
    {
        if (e - s == 1)
        {
            return stream.Tokens[s].Text is "Company" or "Group" or "Firm" or "Corporation" or "Business" or "League" or "Organisation"
                or "Organization" or "Association" or "Federation" or "Squad";
        }
        return e - s == 2 && OrganizationWords.IsHeadWord(stream.Tokens[s].Text)
            && (stream.Tokens[s + 1].Text.Length == 1 || stream.Tokens[s + 1].Kind == TokenKind.Number);
    }
}
