using NewsApi.Ingestion.Entities.Gazetteer;
using NewsApi.Ingestion.Entities.Lexicon;
using NewsApi.Ingestion.Entities.Tagging;
using NewsApi.Ingestion.Entities.Text;

namespace NewsApi.Ingestion.Entities;

/// <summary>People: titled names, names with evidence of a person, the registry of people and their mentions.</summary>
internal sealed partial class ArticleScanner
{
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
}
