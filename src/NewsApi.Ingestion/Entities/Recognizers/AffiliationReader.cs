using NewsApi.Ingestion.Entities.Lexicon;
using NewsApi.Ingestion.Entities.Text;

namespace NewsApi.Ingestion.Entities.Recognizers;

/// <summary>
/// Affiliations: what the words around a person's name say of their title and employer ("ABC general secretary X",
/// "X, a Z at Y", "X of Y", "X, who chairs Y"), and the company of an article for corporate titles that name none.
/// </summary>
internal sealed partial class AffiliationReader(TokenStream stream, EntityRegistry registry, IEntityKnowledge knowledge, PlaceRecognizer places)
{
    /// <summary>Title and affiliation from the words around a name: "ABC general secretary X", "X, a Z at Y", "X of Y", "X, who chairs Y".</summary>
    internal void ReadPersonContext(int person, int s, int e)
    {
        var record = registry.People[person];
        if (TitleBefore(s, out var titleBefore, out var titleStart, out var owner))
        {
            OfferJobTitle(record, titleBefore);
            if (owner < 0 && titleBefore is not null)
            {
                owner = UnclassifiedOwnerRun(titleStart);
            }
            if (owner >= 0)
            {
                record.Organization ??= registry.Organizations[owner].Name;
            }
        }
        if (AppositionAfter(e, out var appositionTitle, out var affiliationAt, out var appositionOwner))
        {
            OfferJobTitle(record, appositionTitle);
            if (affiliationAt >= 0 && record.Organization is null)
            {
                registry.PendingAffiliationPerson = person;
                registry.PendingAffiliationAt = affiliationAt;
            }
            else if (appositionOwner >= 0)
            {
                record.Organization ??= registry.Organizations[appositionOwner].Name;
            }
        }
        else if (e + 1 < stream.Tokens.Length && stream.Tokens[e].Text == "of" && stream.Tokens[e].IsLowerWord && record.Organization is null)
        {
            registry.PendingAffiliationPerson = person;
            registry.PendingAffiliationAt = stream.Tokens[e + 1].Text == "the" ? e + 2 : e + 1;
        }
        else if (e + 2 < stream.Tokens.Length && stream.Tokens[e].IsPunctuation(',') && stream.Tokens[e + 1].Text == "from" && record.Organization is null)
        {
            // "Sarah Jenkins, from the Environment Agency, said".
            registry.PendingAffiliationPerson = person;
            registry.PendingAffiliationAt = stream.Tokens[e + 2].Text == "the" ? e + 3 : e + 2;
        }
        else if (record.Organization is null && WhoClauseOrganizationAt(e) is var clauseAt and >= 0)
        {
            registry.PendingAffiliationPerson = person;
            registry.PendingAffiliationAt = clauseAt;
        }
        if (stream.IsRelativeClauseAfter(e) && WhoClauseTitle(e) is { } clauseTitle)
        {
            OfferJobTitle(record, clauseTitle);
        }
    }

    /// <summary>Where "Minister of Social Action" starts, given its last word at <paramref name="k"/>; -1 when no title and "of" lead to it.</summary>
    private int TitleOfPortfolioStart(int k)
    {
        var j = k;
        while (j > 0 && k - j < 5 && (stream.Tokens[j].IsCapitalizedWord && !stream.IsTitleToken(j) || stream.Tokens[j].Text is "and" || stream.Tokens[j].IsPunctuation('&')))
        {
            j--;
        }
        if (j == k || j < 1 || stream.Tokens[j].Text != "of" || !stream.IsTitleToken(j - 1))
        {
            return -1;
        }
        var first = j - 1;
        while (first - 1 >= 0 && j - first < 3 && stream.IsTitleToken(first - 1))
        {
            first--;
        }
        return first;
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
    internal bool TitleBefore(int s, out string? title, out int titleStart, out int owner)
    {
        title = null;
        titleStart = -1;
        owner = -1;
        var k = s - 1;
        var comma = false;
        if (k >= 0 && stream.Tokens[k].IsPunctuation(','))
        {
            k--;
            comma = true;
        }
        if (comma && k >= 0 && stream.IsTitleToken(k) && !Honorifics.IsHonorific(stream.Tokens[k].Text))
        {
            // "The Prime Minister, Keir Starmer, said": a capitalized title set off by a comma.
            var first = k;
            while (first - 1 >= 0 && k - first < 3 && stream.IsTitleToken(first - 1))
            {
                first--;
            }
            titleStart = first;
            title = stream.Unit.Join(first, k + 1);
            owner = OwnerBefore(first);
            return true;
        }
        if (comma && k >= 2 && stream.Tokens[k].IsCapitalizedWord && TitleOfPortfolioStart(k) is var portfolioTitleStart and >= 0)
        {
            // "Chad's Minister of Social Action, Hadjé Abdelkerim, warned": the title names its portfolio before the comma.
            titleStart = portfolioTitleStart;
            title = stream.Unit.Join(portfolioTitleStart, k + 1);
            owner = OwnerBefore(portfolioTitleStart);
            return true;
        }
        var noun = -1;
        for (var j = k; j >= 0 && k - j < (comma ? 8 : 1); j--)
        {
            var token = stream.Tokens[j];
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
            var previous = stream.Tokens[start - 1];
            if (!previous.IsLowerWord || previous.Is(TokenFlags.Possessive) || WordClasses.IsSentenceStarter(previous.Text)
                || ReportingVerbs.IsReportingVerb(previous.Text) || TokenStream.IsConnector(previous.Text))
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
        title = stream.Tokens[noun].Text == "counterpart" ? null : stream.Unit.Join(start, end);
        owner = OwnerBefore(start);
        var standsAlone = start == 0 || !stream.Tokens[start - 1].IsWord || stream.Tokens[start - 1].Text is "the" or "The" or "its" or "Its";
        if (owner < 0 && comma)
        {
            // "A spokesperson for the European Commission, Veerle": the organization just before the comma.
            var mentions = stream.Unit.OrganizationMentions;
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
                if (OrganizationWords.IsBackReferenceNoun(stream.Tokens[i].Text))
                {
                    // "union president X": the union named last.
                    owner = registry.LastOrganization;
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
        while (start - 1 >= 0 && end - start < 6 && (stream.IsNameToken(start - 1) || (start - 2 >= 0 && stream.IsConnectorToken(start - 1) && stream.IsNameToken(start - 2)))
            && !(start < end && stream.ClosesNameAt(start - 1)))
        {
            start--;
        }
        while (start < end && (stream.IsNoiseAt(start) || stream.IsConnectorToken(start)))
        {
            start++;
        }
        if (start >= end || stream.Tokens[end - 1].Is(TokenFlags.Possessive) || (stream.LastEnd == end && stream.LastKind != EntityKind.None))
        {
            return -1;
        }
        for (var i = start; i < end; i++)
        {
            if (stream.IsTitleToken(i) || knowledge.IsDemonym(stream.Tokens[i].Text) || registry.PersonByPart.ContainsKey(stream.Tokens[i].Text) || WordClasses.IsDescribingCompound(stream.Tokens[i].Text)
                || (end - start == 1 && (TokenStream.IsReservedWord(stream.Tokens[i].Text) || (knowledge.IsCommonWord(stream.Tokens[i].Text) && !stream.Tokens[i].Is(TokenFlags.AllCaps))
                    || TermAbbreviations.NamesNothing(stream.Tokens[i].Text))))
            {
                return -1;
            }
        }
        if (places.MatchPlace(start, end, out _, out var placeEnd) && placeEnd == end || places.IsCountrysPortfolio(start, end) || end - start == 2 && knowledge.IsDemonym(stream.Unit.Join(start, end)))
        {
            return -1;
        }
        if (end - start == 1 && registry.OrganizationByLastWord.TryGetValue(stream.Tokens[start].Text, out var shortened))
        {
            // "United captain X" after "Manchester United": the short form of an organization already named.
            registry.AddOrganizationAlias(shortened, stream.Tokens[start].Text);
            registry.MentionOrganization(shortened, start, end);
            return shortened;
        }
        var organization = registry.AddOrganization(start, end, null);
        registry.MentionOrganization(organization, start, end);
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
        var token = stream.Tokens[o];
        if (token.Text is "Its" or "its" or "Their" or "their")
        {
            return registry.LastOrganization;
        }
        if (token.IsLowerWord && token.Is(TokenFlags.Possessive) && OrganizationWords.IsBackReferenceNoun(token.Text))
        {
            return ReferredOrganization(token.Text);
        }
        var mentions = stream.Unit.OrganizationMentions;
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
            if (!stream.Tokens[i].IsLowerWord || stream.Tokens[i].Is(TokenFlags.Possessive))
            {
                return false;
            }
        }
        return true;
    }

    /// <summary>"X, [a] senior analyst at [the] Y", "X, the firm's head of research": the title, and whose it is.</summary>
    internal bool AppositionAfter(int e, out string? title, out int affiliationAt, out int owner)
    {
        title = null;
        affiliationAt = -1;
        owner = -1;
        if (e >= stream.Tokens.Length || !stream.Tokens[e].IsPunctuation(','))
        {
            return false;
        }
        var k = e + 1;
        var article = false;
        if (k < stream.Tokens.Length && stream.Tokens[k].IsLowerWord && stream.Tokens[k].Text is "a" or "an" or "the")
        {
            k++;
            article = true;
        }
        if (k < stream.Tokens.Length && stream.Tokens[k].IsLowerWord && stream.Tokens[k].Is(TokenFlags.Possessive) && OrganizationWords.IsBackReferenceNoun(stream.Tokens[k].Text))
        {
            owner = ReferredOrganization(stream.Tokens[k].Text);
            k++;
        }
        // "X, the Pan-Sahel Union's special envoy": the organization whose title it is, named before it.
        var possessorEnd = article && stream.Tokens[k - 1].Text == "the" ? PossessorEnd(k) : 0;
        var possessorAt = possessorEnd > 0 ? k : -1;
        if (possessorEnd > 0)
        {
            k = possessorEnd;
        }
        var start = k;
        var noun = -1;
        while (k < stream.Tokens.Length && k - start < 6)
        {
            var token = stream.Tokens[k];
            if (token.IsLowerWord)
            {
                if (TokenStream.IsPreposition(token.Text) || token.Text is "who" or "which" or "whose" or "that")
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
        if (m + 1 < stream.Tokens.Length && stream.Tokens[m].IsLowerWord && stream.Tokens[m].Text is "of" or "for" && stream.Tokens[m + 1].IsLowerWord && stream.Tokens[m + 1].Text != "the")
        {
            // "deputy minister for water resources", "head of agricultural research".
            var q = m + 1;
            while (q < stream.Tokens.Length && q - m < 5 && stream.Tokens[q].IsLowerWord && (!TokenStream.IsPreposition(stream.Tokens[q].Text) || stream.Tokens[q].Text == "and"))
            {
                q++;
            }
            titleEnd = q;
            m = q;
        }
        title = stream.Unit.Join(start, titleEnd);
        if (possessorAt >= 0)
        {
            affiliationAt = possessorAt;
            return true;
        }
        if (m < stream.Tokens.Length && stream.Tokens[m].IsLowerWord && stream.Tokens[m].Text is "at" or "of" or "with" or "for" or "from")
        {
            var p = m + 1;
            if (p < stream.Tokens.Length && stream.Tokens[p].Text == "the")
            {
                p++;
            }
            var skipped = 0;
            var sawBackReference = false;
            while (p < stream.Tokens.Length && skipped < 5)
            {
                var token = stream.Tokens[p];
                if (token.IsCapitalizedWord && !TokenStream.IsBasedWord(token.Text))
                {
                    // "at the Doha-based Delta Institute": the place that the organization is based in comes first.
                    var based = p;
                    while (based + 1 < stream.Tokens.Length && based - p < 3 && stream.Tokens[based].IsCapitalizedWord && !TokenStream.IsBasedWord(stream.Tokens[based].Text))
                    {
                        based++;
                    }
                    affiliationAt = TokenStream.IsBasedWord(stream.Tokens[based].Text) && based + 1 < stream.Tokens.Length && stream.Tokens[based + 1].IsCapitalizedWord ? based + 1 : p;
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
                owner = registry.LastOrganization;
            }
        }
        return true;
    }

    /// <summary>Where a possessive name of up to six words starting at <paramref name="k"/> ends, after its "'s"; 0 when none starts there.</summary>
    private int PossessorEnd(int k)
    {
        for (var j = k; j < stream.Tokens.Length && j - k < 6 && stream.IsNameToken(j); j++)
        {
            if (stream.Tokens[j].Is(TokenFlags.Possessive))
            {
                return j + 1 < stream.Tokens.Length && stream.Tokens[j + 1].IsLowerWord ? j + 1 : 0;
            }
        }
        return 0;
    }

    /// <summary>"the authority's": the organization named most recently whose name holds the noun, else simply the last one.</summary>
    private int ReferredOrganization(string noun)
    {
        for (var i = registry.OrganizationRecency.Count - 1; i >= 0 && registry.OrganizationRecency.Count - i <= 50; i--)
        {
            var candidate = registry.OrganizationRecency[i];
            if (registry.Organizations[candidate].Name.Contains(noun, StringComparison.OrdinalIgnoreCase))
            {
                return candidate;
            }
        }
        return registry.LastOrganization;
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

    /// <summary>People whose corporate title names no company work for the company the article is about.</summary>
    public void AssignArticleCompany()
    {
        foreach (var person in registry.People)
        {
            if (person.Organization is not null || person.Title is null || person.TitleIsHonorific || !TitleWords.IsCorporate(person.Title))
            {
                continue;
            }
            // The company named last before the person: "the company" of the sentence that introduces them.
            for (var i = Math.Min(person.OrganizationsSeenAtFirstMention, registry.OrganizationRecency.Count) - 1; i >= 0; i--)
            {
                var candidate = registry.Organizations[registry.OrganizationRecency[i]];
                if (candidate.Kind == "company")
                {
                    person.Organization = candidate.Name;
                    break;
                }
            }
        }
    }
}
