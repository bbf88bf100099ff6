using NewsApi.Ingestion.Entities.Gazetteer;
using NewsApi.Ingestion.Entities.Lexicon;
using NewsApi.Ingestion.Entities.Text;

namespace NewsApi.Ingestion.Entities.Recognizers;

/// <summary>People and their titles: names already read, titled names ("Defense Minister X"), names with evidence of a person.</summary>
internal sealed partial class PersonRecognizer(
    TokenStream stream, EntityRegistry registry, IEntityKnowledge knowledge, AffiliationReader affiliations, ArticleScanner pipeline)
{
    /// <summary>"Maren Tveitane" again: the full name of a person already read, whose context may add a title or employer.</summary>
    internal bool TryKnownName(NameRun run)
    {
        if (run.InQuote || !registry.PersonByName.TryGetValue(run.Text, out var known))
        {
            return false;
        }
        registry.MentionPerson(known, run.Start, run.End, alias: null);
        affiliations.ReadPersonContext(known, run.Start, run.End);
        return true;
    }

    /// <summary>
    /// "the team of Donna Andrews and Mike Hulbert", "Kelli Kuehne and Tiger Woods": two full names joined by "and", one of
    /// them opening with a given name, are two people, whatever each would be read as alone. Single words ("Marks and
    /// Spencer"), places ("Trinidad and Tobago") and names with an organization's head word stay out.
    /// </summary>
    internal bool TryCoordinatedPair(int s, int connector, int e)
    {
        // "Croat Alen Boksic and ...": the word that describes the person is not a part of the name.
        while (connector - s > 2 && stream.IsNationalityWord(stream.Tokens[s].Text))
        {
            s++;
        }
        var right = connector + 1;
        while (e - right > 2 && stream.IsNationalityWord(stream.Tokens[right].Text))
        {
            right++;
        }
        // "Winston and Claudette Henry-Moodie", "the late James and Honora Kilcoyne": a couple named by their given names
        // before the surname they share. The second is named in full; the first only by a given name, which annotators and
        // readers leave unnamed, so it is not listed.
        var couple = connector - s == 1 && OpensWithGivenName(s) && !knowledge.IsCommonWord(stream.Tokens[s].Text.ToLowerInvariant())
            && IsFullNameShape(right, e) && !knowledge.TryFindPlace(stream.Tokens[right].Text, out _, out _);
        if (!couple && (!IsFullNameShape(s, connector) || !IsFullNameShape(right, e) || !OpensWithGivenName(s) && !OpensWithGivenName(right)))
        {
            return false;
        }
        foreach (var (start, end) in couple ? [(right, e)] : (ReadOnlySpan<(int, int)>)[(s, connector), (right, e)])
        {
            var person = registry.PersonByName.TryGetValue(stream.Unit.Join(start, end), out var known) ? known : registry.RegisterPerson(start, end);
            registry.MentionPerson(person, start, end, alias: null);
            affiliations.ReadPersonContext(person, start, end);
        }
        return true;
    }

    // "Dallas Cowboys and Washington Redskins": a given name that is also a town opens a team's name as often as a person's.
    private bool OpensWithGivenName(int s) =>
        knowledge.IsGivenName(stream.Tokens[s].Text) && !knowledge.TryFindPlace(stream.Tokens[s].Text, out _, out _);

    private bool IsFullNameShape(int s, int e)
    {
        if (!stream.AllNameLike(s, e) || stream.CountNameTokens(s, e) is < 2 or > 3 || stream.HasTitleWord(s, e)
            || knowledge.TryFindPlace(stream.Unit.Join(s, e), out _, out _) || registry.OrganizationByName.ContainsKey(stream.Unit.Join(s, e)))
        {
            return false;
        }
        for (var i = s; i < e; i++)
        {
            if (OrganizationWords.IsHeadWord(stream.Tokens[i].Text))
            {
                return false;
            }
        }
        return true;
    }

    /// <summary>"Solberg", "van Dijk": one word of a person already read, with the particles before it as the alias.</summary>
    internal bool TryPartOfKnownName(NameRun run)
    {
        if (run.InQuote || run.Length != 1 || !registry.PersonByPart.TryGetValue(run.Text, out var byPart))
        {
            return false;
        }
        var tokens = stream.Tokens;
        var s = run.Start;
        var aliasStart = s;
        while (aliasStart > 0 && s - aliasStart < 3 && tokens[aliasStart - 1].IsLowerWord && WordClasses.IsNameParticle(tokens[aliasStart - 1].Text))
        {
            aliasStart--;
        }
        registry.MentionPerson(byPart, s, run.End, stream.Unit.Join(aliasStart, run.End));
        return true;
    }

    /// <summary>"Costa Ribeiro" after "Ana Costa Ribeiro": the last words of a person already read.</summary>
    internal bool TryEndOfKnownName(NameRun run)
    {
        if (run.InQuote || run.Length < 2 || !registry.PersonBySuffix.TryGetValue(run.Text, out var bySuffix))
        {
            return false;
        }
        registry.MentionPerson(bySuffix, run.Start, run.End, run.Text);
        return true;
    }

    /// <summary>
    /// "Lester Haverwick" after "Glenn Haverwick": a given name before the surname of a person already read is a relative (a
    /// victim and his father, two brothers in a team), not the organization or place the tagger may take a rare name for.
    /// </summary>
    internal bool TryRelativeOfKnownPerson(NameRun run)
    {
        var (s, e) = (run.Start, run.End);
        // "President Halvorsen", "Mr Quill", "Top-seeded Marrow": a title or a description before the surname is no given
        // name; nor is any word the name lists do not hold ("Social" after "Christian Democrats" was misread as a person).
        var first = stream.Tokens[s].Text;
        if (run.InQuote || run.Length != 2 || !stream.Tokens[s].IsCapitalizedWord || stream.Tokens[s].Is(TokenFlags.AllCaps)
            || stream.HasTitleWord(s, e) || Honorifics.IsHonorific(first) || first.Contains('-')
            || OrganizationWords.IsHeadWord(first) || OrganizationWords.IsClubPrefix(first) || !knowledge.IsGivenName(first))
        {
            return false;
        }
        if (!registry.HasPersonWithSurname(stream.Tokens[e - 1].Text))
        {
            return false;
        }
        registry.MentionPerson(registry.RegisterPerson(s, e), s, e, alias: null);
        return true;
    }

    /// <summary>"Defense Minister Salim al-Harthy": a title, then the name.</summary>
    internal bool TryTitledName(NameRun run)
    {
        if (TryPeerOfPlace(run))
        {
            return true;
        }
        if (run.InQuote || !TrySplitTitle(run.Start, run.End, out var titleStart, out var nameStart))
        {
            return false;
        }
        // "Cardinal Osprey Research", "General Harbour Partners": a title word opening a firm's name, whose last word says what it is.
        // "Drag Lake Coach Lines Inc.", "Harbour Justice Institute": a legal form or a head word ends a body's name wherever a
        // title word stands in it. "King Milan Square", "President Vera Avenue": a street or a square named after a titled person.
        // "Kothari Sen Capital Advisors": a firm's last word closes a firm's name, whatever stands before it.
        if (run.End - nameStart >= 2 && OrganizationWords.IsFirmWord(stream.Tokens[run.End - 1].Text)
            || titleStart > run.Start && (OrganizationWords.IsLegalForm(stream.Tokens[run.End - 1].Text) || OrganizationWords.IsHeadWord(stream.Tokens[run.End - 1].Text))
            || run.End - nameStart >= 2 && TokenStream.ClosesAPlaceNamedAfterSomeone(stream.Tokens[run.End - 1].Text))
        {
            return false;
        }
        if (stream.IsTitleToken(run.End - 1) && !stream.IsTitleAsSurname(run.End - 1, run.End) && AllTitleOrCommonWords(nameStart, run.End))
        {
            // "co-founder and Chief Operating Officer.", "Deputy Trade Minister,": a title with no one's name after it.
            return true;
        }
        HandleTitledPerson(run.Start, titleStart, nameStart, run.End);
        return true;
    }

    /// <summary>A name with evidence of a person around it: a title or apposition, a reporting verb, a given name.</summary>
    internal bool TryNameWithEvidence(NameRun run) => !run.InQuote && TryPerson(run.Start, run.End);

    /// <summary>Splits "Omani Defense Minister Salim Rashid al-Harthy" into what comes before the title, the title and the name.</summary>
    private bool TrySplitTitle(int s, int e, out int titleStart, out int nameStart)
    {
        titleStart = nameStart = -1;
        for (var t = e - 2; t >= s; t--)
        {
            if (!stream.IsTitleToken(t))
            {
                continue;
            }
            if (t + 3 < e && stream.Tokens[t + 1].IsLowerWord && stream.Tokens[t + 1].Text is "of" or "for" && OfTitleNameStart(t + 2, e) is var ofNameStart and > 0)
            {
                // "Secretary of State Hillary Rodham", "Minister of Foreign Affairs Wang Yi", "Commissioner for Transportation
                // Adaeze Okonkwo-Bell".
                var ofTitleStart = t;
                while (ofTitleStart - 1 >= s && stream.IsTitleToken(ofTitleStart - 1))
                {
                    ofTitleStart--;
                }
                titleStart = ofTitleStart;
                nameStart = ofNameStart;
                return true;
            }
            // "Minister of Justice and Public Security X": a title word inside a portfolio joined by "and" leaves the office to the
            // title before it.
            if (stream.Tokens[t + 1].IsLowerWord && stream.Tokens[t + 1].Text == "and")
            {
                continue;
            }
            if (!stream.AllNameLike(t + 1, e) && !EndsInTitleWordSurname(t + 1, e))
            {
                return false;
            }
            var nameTokens = stream.CountNameTokens(t + 1, e);
            if (nameTokens > TokenStream.MaxPersonTokens)
            {
                return false;
            }
            var word = stream.Tokens[t].Text;
            var strong = Honorifics.IsHonorific(word) || TitleWords.IsStandAloneTitle(word);
            if (nameTokens < 2 && !strong && !registry.PersonByPart.ContainsKey(stream.Tokens[e - 1].Text))
            {
                return false;
            }
            var start = t;
            var modifiers = 0;
            while (start - 1 >= s && !stream.Tokens[start - 1].Is(TokenFlags.Possessive))
            {
                var previous = start - 1;
                if (stream.IsTitleToken(previous))
                {
                    start = previous;
                    continue;
                }
                // "City of Fremantle Mayor X": a town after "of" names the body, not the office.
                if (modifiers == 0 && IsTitleModifier(previous) && !(previous - 1 >= s && stream.Tokens[previous - 1].Text == "of"))
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

    private bool IsTitleModifier(int i)
    {
        var word = stream.Tokens[i].Text;
        return stream.Tokens[i].IsCapitalizedWord && !stream.Tokens[i].Is(TokenFlags.AllCaps) && !knowledge.IsDemonym(word)
            && !knowledge.IsGivenName(word) && !registry.OrganizationByFirstWord.ContainsKey(word)
            && !knowledge.TryFindPlace(word, out _, out _) && !registry.OrganizationByName.ContainsKey(word) && !OrganizationWords.IsHeadWord(word)
            && !WordClasses.IsSentenceStarter(word);
    }

    /// <summary>
    /// "Makueni Governor X", "Embakasi North MP Y": before an elected office the name is where its holder was elected, a county
    /// or a constituency the gazetteer may not hold, not an employer. Parties stand there too ("Labour MP", "Democratic
    /// Senator"), but their names are ordinary words, acronyms or carry a head word ("Party").
    /// </summary>
    private bool IsJurisdictionBefore(int s, int titleStart)
    {
        if (!TitleWords.IsElectedOffice(stream.Tokens[titleStart].Text) || titleStart - s > 3)
        {
            return false;
        }
        var ownName = false;
        for (var i = s; i < titleStart; i++)
        {
            var token = stream.Tokens[i];
            var word = token.Text;
            if (!token.IsCapitalizedWord || token.Is(TokenFlags.AllCaps) || token.Is(TokenFlags.Possessive) || OrganizationWords.IsHeadWord(word)
                || knowledge.IsDemonym(word))
            {
                return false;
            }
            if (WordClasses.IsCompassWord(word))
            {
                continue;
            }
            if (knowledge.IsCommonWord(word.ToLowerInvariant()) && !knowledge.TryFindPlace(word, out _, out _))
            {
                return false;
            }
            ownName = true;
        }
        return ownName;
    }

    private int HandleTitledPerson(int s, int titleStart, int nameStart, int e)
    {
        string? prefixOrganization = null;
        if (titleStart - s >= 3 && TokenStream.IsCouncilKind(stream.Tokens[s].Text) && stream.Tokens[s + 1].Text == "of")
        {
            // "City of Kalgoorlie-Boulder Mayor X": the council the office belongs to, which is the holder's organization.
            var council = registry.AddOrganization(s, titleStart, null);
            registry.MentionOrganization(council, s, titleStart);
            prefixOrganization = registry.Organizations[council].Name;
        }
        else if (titleStart > s && IsJurisdictionBefore(s, titleStart))
        {
            var jurisdiction = stream.Unit.Join(s, titleStart);
            registry.AddPlace(jurisdiction, jurisdiction);
        }
        else if (titleStart > s)
        {
            pipeline.AnalyzeRun(s, titleStart);
            if (stream.LastKind == EntityKind.Organization && stream.LastEnd == titleStart)
            {
                prefixOrganization = registry.Organizations[stream.LastIndex].Name;
            }
        }
        var honorificOnly = true;
        var gender = Gender.Unknown;
        for (var i = titleStart; i < nameStart; i++)
        {
            var word = stream.Tokens[i].Text;
            if (!Honorifics.IsHonorific(word))
            {
                honorificOnly = false;
            }
            if (Honorifics.GenderOf(word) is not Gender.Unknown and var told)
            {
                gender = told;
            }
        }
        var title = stream.Unit.Join(titleStart, nameStart);
        if (gender == Gender.Unknown)
        {
            gender = TitleWords.GenderOf(title);
        }

        int person;
        if (stream.CountNameTokens(nameStart, e) == 1 && registry.PersonByPart.TryGetValue(stream.Tokens[e - 1].Text, out var known))
        {
            person = known;
            registry.MentionPerson(person, s, e, honorificOnly ? title + " " + stream.Tokens[e - 1].Text : stream.Tokens[e - 1].Text);
        }
        else if (e - nameStart >= 2 && registry.PersonBySuffix.TryGetValue(stream.Unit.Join(nameStart, e), out known) && !registry.PersonByName.ContainsKey(stream.Unit.Join(nameStart, e)))
        {
            // "Ms Justice Mac Conmara" after "Aoibhe Mac Conmara": a surname of several words, already read.
            person = known;
            registry.MentionPerson(person, s, e, stream.Unit.Join(nameStart, e));
        }
        else
        {
            person = registry.RegisterPerson(nameStart, e);
            // "Baroness Ellery-Vane", "Mr Quill": named by an honorific and a surname alone, the person is called so by the story.
            registry.MentionPerson(person, s, e, honorificOnly && e - nameStart == 1 ? title + " " + stream.Tokens[nameStart].Text : null);
        }
        var record = registry.People[person];
        record.OfferTitle(title, honorificOnly);
        if (record.Gender == Gender.Unknown)
        {
            record.Gender = gender;
        }
        if (prefixOrganization is not null)
        {
            record.Organization ??= prefixOrganization;
        }
        affiliations.ReadPersonContext(person, s, e);
        return person;
    }

    // "Phạm Thị Lan Hương", "Đỗ Văn Quang": the second word of most Vietnamese names marks a woman's or a man's name.
    private bool HasVietnameseMiddleName(int s, int e) => e - s >= 3 && stream.Tokens[s + 1].Text is "Thị" or "Văn";

    // "a member of Tony Marsden's England side": after "of" or "in", or when it is also a word ("tony"), a given name may open a
    // place's or a firm's name, but a given name and one more word in the possessive are someone's.
    private bool IsPersonsPossessive(int s, int e) => e - s == 2 && stream.Tokens[e - 1].Is(TokenFlags.Possessive);

    private bool TryPerson(int s, int e)
    {
        if (!stream.AllNameLike(s, e))
        {
            return false;
        }
        // "10. Casimir Valenko Belarus) 190.70": a results line may print the country after the name, without its bracket.
        if (e - s >= 3 && stream.IsCountryAlone(e - 1, e) && e < stream.Tokens.Length && (stream.Tokens[e].IsPunctuation(')') || stream.Tokens[e].Kind == TokenKind.Number))
        {
            e--;
        }
        if (stream.EndsUnlikeAPerson(s, e) || HasSaintWord(stream, s, e) || IsArticleAndOneWord(s, e))
        {
            return false;
        }
        var nameTokens = stream.CountNameTokens(s, e);
        if (nameTokens == 1)
        {
            if (registry.PersonByPart.TryGetValue(stream.Tokens[s].Text, out var known) && e - s == 1)
            {
                registry.MentionPerson(known, s, e, stream.Tokens[s].Text);
                return true;
            }
            return e - s == 1 && TryMononymWithAge(s);
        }
        if (nameTokens > TokenStream.MaxPersonTokens)
        {
            return false;
        }
        if (s > 0 && stream.Tokens[s - 1].Text is "the" or "The")
        {
            // "The White House said": people are not written with an article.
            return false;
        }
        var hasEvidence = affiliations.TitleBefore(s, out _, out _, out _) || affiliations.AppositionAfter(e, out _, out _, out _) || stream.IsRelativeClauseAfter(e)
            || stream.ReportingVerbAfter(e) && !stream.IsPositionalBefore(s) || stream.ReportingVerbBefore(s) || CountryInBracketsAfter(s, e) || IsPostNominalAfter(e) || stream.IsAgeAfter(e) || stream.IsSideInCaptionAfter(e) || IsRosterEntry(s, e) || stream.FoundedByBefore(s)
            || stream.IsPlayerOfAMove(s, e) && !PlaceAmong(s, e) || HasNicknameCut(s, e)
            || HasVietnameseMiddleName(s, e) || HasSouthAsianNameWord(s, e) || stream.IsBalineseNameStart(s) || stream.IsHolderAfterOfficesPlace(s, e) || (knowledge.IsGivenName(stream.Tokens[s].Text)
                && (!knowledge.IsCommonWord(stream.Tokens[s].Text) && !stream.IsLocativeBefore(s) || IsPersonsPossessive(s, e) || IsAfterPlacesPossessive(s))
                && !(s > 0 && stream.Tokens[s - 1].Text is "the" or "The"));
        if (!hasEvidence)
        {
            return false;
        }
        // "fellow Queenslander Daniel Herbert", "Parent Joel X said": the word that describes the person is not a part of the name.
        while (e - s > 2 && (stream.IsNationalityWord(stream.Tokens[s].Text) || IsWordOpeningTheSentenceBeforeAGivenName(s)))
        {
            s++;
        }
        var person = registry.RegisterPerson(s, e);
        registry.MentionPerson(person, s, e, alias: null);
        affiliations.ReadPersonContext(person, s, e);
        return true;
    }

    // "Sixteen-year-old Rory X": an age written as one word opens the sentence as an ordinary word does.
    private bool IsWordOpeningTheSentenceBeforeAGivenName(int s) =>
        (s == 0 || stream.Tokens[s].Is(TokenFlags.SentenceStart)) && knowledge.IsGivenName(stream.Tokens[s + 1].Text)
        && !knowledge.IsGivenName(stream.Tokens[s].Text) && !Honorifics.IsHonorific(stream.Tokens[s].Text) && !TitleWords.IsCapitalizedTitle(stream.Tokens[s].Text)
        && (knowledge.IsCommonWord(stream.Tokens[s].Text.ToLowerInvariant()) || stream.Tokens[s].Text.EndsWith("-year-old", StringComparison.OrdinalIgnoreCase));

    /// <summary>"Australia's Mark Philippoussis": after a country's possessive a given name opens one of its people, even one that is also a word.</summary>
    private bool IsAfterPlacesPossessive(int s) => stream.LastEnd == s && stream.LastKind == EntityKind.Place && stream.IsAfterCountrysPossessive(s);

    /// <summary>
    /// "Chen Gang (China) beat Poul-Erik Hoyer-Larsen (Denmark)": results and start lists give a competitor's country in
    /// brackets. A team carries a town ("Sporting Lisbon (Portugal)"), so a run with a place among its words is none.
    /// </summary>
    private bool CountryInBracketsAfter(int s, int e)
    {
        var after = stream.AfterCountryInBrackets(e);
        return after > e && stream.Tokens[after - 1].IsPunctuation(')') && !PlaceAmong(s, e);
    }

    /// <summary>
    /// "2 - Agung Setyabudi; 3 - Suwandi Siswoyo", "Eric Cleymans 18, Ron Ellis 18": a line-up or a list of scorers gives
    /// each player a shirt number before or a score after; three such entries in one paragraph make it a roster.
    /// </summary>
    private bool IsRosterEntry(int s, int e)
    {
        if (!IsNumberedBefore(s) && !IsScoredAfter(e) || PlaceAmong(s, e))
        {
            return false;
        }
        var entries = 0;
        for (var k = 0; k < stream.Tokens.Length && entries < MinRosterEntries; k++)
        {
            entries += IsNumberedBefore(k) || k > 1 && stream.Tokens[k - 1].IsCapitalizedWord && stream.Tokens[k - 2].IsCapitalizedWord && IsScoredAfter(k) ? 1 : 0;
        }
        return entries >= MinRosterEntries;
    }

    private const int MinRosterEntries = 3;

    private bool IsNumberedBefore(int s) =>
        s >= 2 && s < stream.Tokens.Length && stream.Tokens[s].IsCapitalizedWord && stream.Tokens[s - 1].IsPunctuation('-') && stream.Tokens[s - 2].Kind == TokenKind.Number
        && (s == 2 || stream.Tokens[s - 3].Kind == TokenKind.Punctuation);

    private bool IsScoredAfter(int e) =>
        e < stream.Tokens.Length && stream.Tokens[e].Kind == TokenKind.Number
        && (e + 1 == stream.Tokens.Length || stream.Tokens[e + 1].IsPunctuation(',') || stream.Tokens[e + 1].IsPunctuation(';') || stream.Tokens[e + 1].IsPunctuation('.'));

    /// <summary>A word that is a town's name and nothing else ("Lisbon"); "Hole", "Benson", "Troy" are also words or names.</summary>
    private bool PlaceAmong(int s, int e)
    {
        for (var i = s; i < e; i++)
        {
            if (knowledge.TryFindPlace(stream.Tokens[i].Text, out _, out var ambiguity) && ambiguity == NameAmbiguity.None)
            {
                return true;
            }
        }
        return false;
    }

    private static bool CreditNoise(string word) =>
        word is "Handout" or "Pool" or "Images" or "Image" or "Photo" or "Photos" or "Pictures" or "Picture" or "File" or "Press"
            or "News" or "Archive" or "Getty" or "Shutterstock" or "Alamy" or "Stock" or "Courtesy" or "Palace" or "Office"
            or "Agency" or "Service" or "Ministry" or "Government" or "Prensa" or "Imprensa" or "Presse" or "Stampa" or "Foto";

    public bool IsPersonLikeCredit(string segment, bool besideAgency)
    {
        var words = segment.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length is < 2 or > 4)
        {
            return false;
        }
        foreach (var word in words)
        {
            if (!char.IsUpper(word[0]) || WordChars.HasDigit(word) || TokenStream.IsReservedWord(word) || CreditNoise(word))
            {
                return false;
            }
        }
        if (NewsAgencies.IsAgency(segment) || knowledge.TryFindPlace(segment, out _, out _) || registry.OrganizationByName.ContainsKey(segment))
        {
            return false;
        }
        return besideAgency || knowledge.IsGivenName(words[0]);
    }
}
