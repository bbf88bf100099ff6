using NewsApi.Ingestion.Entities.Gazetteer;
using NewsApi.Ingestion.Entities.Lexicon;
using NewsApi.Ingestion.Entities.Tagging;
using NewsApi.Ingestion.Entities.Text;

namespace NewsApi.Ingestion.Entities;

/// <summary>What the words around a person's name say: title, employer, the organization an apposition or relative clause names.</summary>
internal sealed partial class ArticleScanner
{
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
}
