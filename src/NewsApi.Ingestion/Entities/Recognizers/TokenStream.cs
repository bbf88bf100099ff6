using NewsApi.Ingestion.Entities.Gazetteer;
using NewsApi.Ingestion.Entities.Lexicon;
using NewsApi.Ingestion.Entities.Text;
using NewsApi.Ingestion.Layout;

namespace NewsApi.Ingestion.Entities.Recognizers;

/// <summary>What the last run read was taken for; the rules of the next run look back at it ("X and Y", "X of Y").</summary>
internal enum EntityKind : byte
{
    None,
    Person,
    Organization,
    Place,
}

/// <summary>
/// The one token stream every recognizer reads: the text unit being scanned, its tokens, where the last reading ended,
/// and the questions about words that all of them ask (is this a name, a connector, a title, a reporting verb).
/// </summary>
internal sealed partial class TokenStream(IEntityKnowledge knowledge)
{
    // A run longer than this is not one name; it is only searched for places.
    internal const int MaxNameTokens = 12;

    internal const int MaxPersonTokens = 5;

    public TextUnit Unit { get; private set; } = null!;

    public Token[] Tokens { get; private set; } = [];

    // A line of figures (results, standings): names followed by numbers there are teams.
    public bool IsDataUnit { get; private set; }

    // The "(ABC)" that defines an acronym is not another mention: the scan resumes after it.
    public int SkipUntil { get; set; } = -1;

    public EntityKind LastKind { get; private set; }

    public int LastIndex { get; private set; } = -1;

    public int LastEnd { get; private set; } = -1;

    /// <summary>Starts reading <paramref name="unit"/>: nothing read in it yet.</summary>
    public void Start(TextUnit unit)
    {
        Unit = unit;
        Tokens = unit.Tokens;
        IsDataUnit = LayoutText.IsDataLine(unit.Text);
        SkipUntil = -1;
        LastKind = EntityKind.None;
        LastEnd = -1;
    }

    private static bool IsCurrencySign(Token token) =>
        token.Kind == TokenKind.Punctuation && token.Text.Length == 1 && char.GetUnicodeCategory(token.Text[0]) == System.Globalization.UnicodeCategory.CurrencySymbol;

    internal bool IsNameToken(int i)
    {
        if (i >= Tokens.Length || !Tokens[i].IsCapitalizedWord)
        {
            return i < Tokens.Length && IsGaelicNamePart(i);
        }
        var text = Tokens[i].Text;
        // "US$4.8 million", "GH₵2.3bn": a country's capitals against a currency sign are the currency's; "GA Mele X" a player's position.
        if (IsInHandle(i) || WordClasses.IsMonthRange(text) || WordClasses.IsPronounContraction(text) || IsPositionBeforePlayer(i)
            || i + 1 < Tokens.Length && IsCurrencySign(Tokens[i + 1]) && Tokens[i + 1].Start == Tokens[i].End)
        {
            return false;
        }
        if (WordClasses.IsCalendarWord(text))
        {
            // "Phạm Thị Lan Hương": a day's short form between two words of a name belongs to the name.
            return i > 0 && i + 1 < Tokens.Length && IsNameWordBesideCalendarWord(i - 1) && IsNameWordBesideCalendarWord(i + 1)
                || IsAfterNamesParticle(i);
        }
        if (WordClasses.IsMonth(text))
        {
            // A month is a name only as a given name before a surname ("June Carter"), or after a name's particle.
            return i + 1 < Tokens.Length && Tokens[i + 1].IsCapitalizedWord && !WordClasses.IsMonth(Tokens[i + 1].Text) || IsAfterNamesParticle(i);
        }
        return true;
    }

    // "Kalle_S", "Mira_Lund": a commenter's or an account's handle joins words with an underscore and names no one in full.
    private bool IsInHandle(int i) =>
        i + 1 < Tokens.Length && Tokens[i + 1].IsPunctuation('_') && Tokens[i + 1].Start == Tokens[i].End
        || i > 0 && Tokens[i - 1].IsPunctuation('_') && Tokens[i - 1].End == Tokens[i].Start;

    private bool IsNameWordBesideCalendarWord(int i) =>
        Tokens[i].IsCapitalizedWord && !Tokens[i].Is(TokenFlags.AllCaps) && !WordChars.HasDigit(Tokens[i].Text)
        && !WordClasses.IsCalendarWord(Tokens[i].Text) && !WordClasses.IsMonth(Tokens[i].Text) && !IsReservedWord(Tokens[i].Text)
        && !knowledge.IsCommonWord(Tokens[i].Text.ToLowerInvariant());

    internal static bool IsConnector(string word) =>
        word is "of" or "for" or "and" or "&" || WordClasses.IsNameParticle(word);

    internal int RunEnd(int start)
    {
        var end = start + 1;
        if (Tokens[start].Is(TokenFlags.Possessive) && !IsPluralBeforeHeadWord(start))
        {
            return end;
        }
        var inQuote = Tokens[start].Is(TokenFlags.InQuote);
        var j = start + 1;
        while (j < Tokens.Length && Tokens[j].Is(TokenFlags.InQuote) == inQuote)
        {
            if (end == j && PolishLimitedFormEnd(j) is var polishEnd and > 0)
            {
                end = polishEnd;
                break;
            }
            if (IsNameToken(j))
            {
                if (j - 1 > start && ClosesNameAt(j - 1))
                {
                    // "... Co., Ltd. Company spokeswoman": a legal form closes its name; its full stop ended the sentence.
                    break;
                }
                end = j + 1;
                if (Tokens[j].Is(TokenFlags.Possessive) && IsShopAfterOwnersName(j))
                {
                    end = j + 2;
                    break;
                }
                if (Tokens[j].Is(TokenFlags.Possessive) && !IsPluralBeforeHeadWord(j))
                {
                    break;
                }
                j++;
                continue;
            }
            // "Penwarden & Lowry plc": a legal form written in lower case closes the name before it.
            if (end == j && Tokens[j].IsLowerWord && OrganizationWords.IsLegalForm(Tokens[j].Text))
            {
                end = j + 1;
                break;
            }

            // "Bluewater Securities (Thailand) PCL", "Amanzi Bulk Logistics (Pty) Ltd": a country or a form in brackets before
            // the legal form that ends the name is inside it.
            if (end == j && j + 3 < Tokens.Length && Tokens[j].IsPunctuation('(') && Tokens[j + 1].IsWord && char.IsUpper(Tokens[j + 1].Text[0])
                && Tokens[j + 2].IsPunctuation(')') && IsLegalFormToken(j + 3) && Tokens[j + 3].Is(TokenFlags.InQuote) == inQuote)
            {
                end = j + 4;
                break;
            }
            // "Jinsha Metals Co., Ltd.", "Teatro do Cais, Lda", "X Metales, S.A.B. de C.V.": a comma before the legal form that ends the name is inside it;
            // a short one after a comma ("Nenagh, Co. Tipperary", "Smith, AG") may be something else.
            if (end == j && Tokens[j].IsPunctuation(',') && j + 1 < Tokens.Length && IsLegalFormToken(j + 1) && Tokens[j + 1].Is(TokenFlags.InQuote) == inQuote
                && (IsLegalFormToken(j - 1) || Tokens[j + 1].Text.Length >= 3 && (!IsNameToken(j + 2) || ClosesNameAt(j + 1))))
            {
                end = j + 2 < Tokens.Length && EndAfterLegalForm(j + 2) is var formAfterCommaEnd and > 0 && formAfterCommaEnd > j + 2 ? formAfterCommaEnd : j + 2;
                break;
            }
            if (end == j && (j == start + 1 || j == start + 2 && IsBasedWord(Tokens[start].Text)) && Tokens[j].IsPunctuation(',') && PartnersFirmEnd(j) is var firmEnd and > 0)
            {
                end = firmEnd;
                break;
            }
            if (end == j && Tokens[j].IsPunctuation(',') && IsPortfolioHead(start, j) && PortfolioListEnd(j, inQuote) is var listEnd and > 0)
            {
                end = listEnd;
                break;
            }
            // "Federal Oral Court No. 4", "Local No. 12": a body's number after its head word is part of its name; so is a union's
            // branch number ("Teamsters Local 727").
            if (end == j && j - 2 > start && Tokens[j].Kind == TokenKind.Number && Tokens[j - 1].Text == "No" && Tokens[j - 1].Is(TokenFlags.AbbreviationDot)
                && OrganizationWords.IsHeadWord(Tokens[j - 2].Text) || IsUnionLocalNumber(start, end, j))
            {
                end = j + 1;
                break;
            }
            if (end == j && IsOrdinalInsideBodyName(j))
            {
                j++;
                continue;
            }
            if (end == j && j - 1 > start && IsLegalFormToken(j - 1) && EndAfterLegalForm(j) is var formEnd and > 0)
            {
                end = formEnd;
                break;
            }
            var k = j;
            while (k < Tokens.Length && k - j < 3 && IsConnectorToken(k))
            {
                k++;
            }
            // "Office of the Special Prosecutor", "Museum of the Revolution", "Commission for the Reception of Refugees": a head
            // word takes "of the" or "for the" into its name.
            if (k == j + 1 && Tokens[j].Text is "of" or "for" && k < Tokens.Length && Tokens[k].Text == "the" && Tokens[k].IsLowerWord
                && OrganizationWords.IsHeadWord(Tokens[j - 1].Text))
            {
                k++;
            }
            // "Taskforce on Water Allocation", "Council on Foreign Relations": a body's head word takes its remit, "on" a
            // subject, into its name; a day after it ("the Commission on Monday") is no name token, so ends the run as before.
            // "Clarence Bayside Hospital on Hobart's eastern shore": a place after "on" says where the body stands.
            if (k == j && Tokens[j].Text == "on" && Tokens[j].IsLowerWord && OrganizationWords.IsHeadWord(Tokens[j - 1].Text)
                && !Tokens[j - 1].Is(TokenFlags.Possessive) && !(j + 1 < Tokens.Length && (Tokens[j + 1].Is(TokenFlags.Possessive) || knowledge.TryFindPlace(Tokens[j + 1].Text, out _, out _))))
            {
                k++;
            }
            if (k > j && IsNameToken(k) && Tokens[k].Is(TokenFlags.InQuote) == inQuote && !Tokens[k - 1].Is(TokenFlags.Possessive))
            {
                j = k;
                continue;
            }
            if (end == j && RomanceNameTailEnd(start, j, inQuote) is var tailEnd && tailEnd > j)
            {
                end = tailEnd;
                j = tailEnd;
                continue;
            }
            break;
        }
        return end;
    }

    /// <summary>Whether the legal form at <paramref name="k"/>, with its full stop, ends a name before a word that is no legal form.</summary>
    // "Kyma Productions S.A. Its producer said", "Banco X, S.A. Emilio Y, its finance chief": a form written with its stops
    // before a sentence's first word or a given name ends the sentence too.
    internal bool ClosesNameAt(int k) =>
        (Tokens[k].Is(TokenFlags.AbbreviationDot) || Tokens[k].Text.EndsWith('.') && k + 1 < Tokens.Length
            && (WordClasses.IsSentenceStarter(Tokens[k + 1].Text) || knowledge.IsGivenName(Tokens[k + 1].Text)))
        && IsLegalFormToken(k) && k + 1 < Tokens.Length && !IsLegalFormToken(k + 1);

    internal bool IsNoiseAt(int i)
    {
        var token = Tokens[i];
        if (token.Text is "The" or "A" or "An" or "Re")
        {
            return true;
        }
        return (token.Is(TokenFlags.SentenceStart) || IsFirstInQuote(i)) && WordClasses.IsSentenceStarter(token.Text);
    }

    internal bool IsFirstInQuote(int i) => i > 0 && Tokens[i - 1].Is(TokenFlags.OpeningQuote);

    /// <summary>
    /// "Abdirahman Haji Farah", "Zainal bin Haji Osman": after a given name, or after the "bin" or "binti" that names the
    /// father, the pilgrim's title is a name of the father's line, part of the name.
    /// </summary>
    private bool IsPilgrimNameInside(int i) =>
        Honorifics.IsPilgrimTitle(Tokens[i].Text) && i > 0
        && (Tokens[i - 1].IsCapitalizedWord && Tokens[i - 1].Text is not ("El" or "Al") && !Honorifics.IsHonorific(Tokens[i - 1].Text)
                && !TitleWords.IsCapitalizedTitle(Tokens[i - 1].Text)
            || Tokens[i - 1].IsLowerWord && Tokens[i - 1].Text is "bin" or "binti" or "binte" or "bint" or "bte" or "ibn");

    /// <summary>A given name, or a word no list knows as a word, a place or a body's head ("Harjit" in "Justices Harjit X and Y").</summary>
    private bool IsUnlistedOrGivenName(string word) =>
        knowledge.IsGivenName(word)
        || !knowledge.IsCommonWord(word.ToLowerInvariant()) && !knowledge.TryFindPlace(word, out _, out _) && !OrganizationWords.IsHeadWord(word);

    /// <summary>"Vice-President", "Director-General", "Co-Founder".</summary>
    private static bool IsHyphenatedTitle(string word)
    {
        var hyphen = word.LastIndexOf('-');
        return hyphen > 0 && hyphen < word.Length - 1 && TitleWords.IsCapitalizedTitle(word[(hyphen + 1)..]);
    }

    internal bool HasTitleWord(int s, int e)
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

    /// <summary>", who ..." or ", whose wife ...": a clause that only a person takes; ", whose managing director ..." is a company's.</summary>
    internal bool IsRelativeClauseAfter(int e) =>
        e + 1 < Tokens.Length && Tokens[e].IsPunctuation(',')
        && (Tokens[e + 1].Text == "who" || (Tokens[e + 1].Text == "whose" && !IsMembersOrOfficerAfter(e + 2)));

    /// <summary>"Stocznia Bałtycka, whose managing director ...": a clause about what only an organization has.</summary>
    internal bool IsOrganizationRelativeClauseAfter(int e) =>
        e + 2 < Tokens.Length && Tokens[e].IsPunctuation(',') && Tokens[e + 1].Text == "whose" && IsMembersOrOfficerAfter(e + 2);

    // What an organization has and a person does not: officers, members, shares, staff.
    private bool IsMembersOrOfficerAfter(int i)
    {
        for (var k = i; k < Math.Min(Tokens.Length, i + 3); k++)
        {
            var word = Tokens[k].Text.ToLowerInvariant();
            if (word is "members" or "shares" or "staff" or "employees" or "workers" or "owners" or "shareholders" or "board"
                || (TitleWords.IsNoun(word) && word is not ("wife" or "husband" or "son" or "daughter" or "mother" or "father")))
            {
                return true;
            }
            if (!Tokens[k].IsLowerWord)
            {
                return false;
            }
        }
        return false;
    }

    internal static bool IsPreposition(string word) => word is "at" or "of" or "with" or "for" or "from" or "in" or "on" or "to" or "and";

    internal bool ReportingVerbAfter(int e)
    {
        if (e >= Tokens.Length || !Tokens[e].IsWord)
        {
            return false;
        }
        if (ReportingVerbs.IsReportingVerb(Tokens[e].Text))
        {
            return true;
        }
        return Tokens[e].Text is "was" or "has" or "had" or "is" && e + 1 < Tokens.Length && ReportingVerbs.IsReportingVerb(Tokens[e + 1].Text);
    }

    internal bool ReportingVerbBefore(int s)
    {
        if (s < 1 || !Tokens[s - 1].IsLowerWord)
        {
            return false;
        }
        var previous = Tokens[s - 1].Text;
        if (previous is "said" or "says" or "added" or "wrote")
        {
            return true;
        }
        return previous == "to" && s >= 2 && Tokens[s - 2].Text == "according";
    }

    /// <summary>
    /// "founded in 2019 by Øystein Berg and Zoë Halvorsen", "co-founded by X": founders are people, and so is each name of the
    /// list after "by" (names, commas and "and" between them).
    /// </summary>
    internal bool FoundedByBefore(int s)
    {
        var k = s - 1;
        while (k >= 0 && (Tokens[k].IsCapitalizedWord || Tokens[k].IsPunctuation(',') || Tokens[k].Text is "and" || Tokens[k].IsLowerWord && WordClasses.IsNameParticle(Tokens[k].Text)))
        {
            k--;
        }
        if (k < 1 || Tokens[k].Text != "by")
        {
            return false;
        }
        for (var back = k - 1; back >= 0 && back >= k - 4; back--)
        {
            if (Tokens[back].Text is "founded" or "co-founded" or "cofounded")
            {
                return true;
            }
        }
        return false;
    }

    internal bool AllNameLike(int s, int e)
    {
        if (s >= e)
        {
            return false;
        }
        for (var i = s; i < e; i++)
        {
            var token = Tokens[i];
            if (token.IsLowerWord && i > s && (WordClasses.IsNameParticle(token.Text) && i < e - 1 || IsGaelicNamePart(i)))
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
            if (WordChars.HasDigit(word) || (IsReservedWord(word) && !IsTitleAsSurname(i, e) && !IsCalendarWordInName(i, s, e)) || knowledge.IsDemonym(word))
            {
                return false;
            }
            if (i == s && WordClasses.IsSentenceStarter(word) && !IsBalineseNameStart(i))
            {
                return false;
            }
        }
        return true;
    }

    /// <summary>"Jan Egeland", "April Ryan": a month or day that opens a name, or stands inside one, is a word of the name.</summary>
    internal bool IsCalendarWordInName(int i, int s, int e)
    {
        var word = Tokens[i].Text;
        if (!WordClasses.IsMonth(word) && !WordClasses.IsCalendarWord(word))
        {
            return false;
        }
        if (i == s)
        {
            return e - s >= 2 && knowledge.IsGivenName(word) && IsPlainNameWord(i + 1);
        }
        // "Phạm Thị Lan Hương": a calendar word between two words of a name is a word of the name; so is one after a name's
        // particle ("María del Mar Ortega", "Instituto del Mar"), which no date has.
        return i < e - 1 && IsPlainNameWord(i - 1) && IsPlainNameWord(i + 1)
            || i - 2 >= s && IsAfterNamesParticle(i);
    }

    // "del Mar": a short month after a name's particle ("del", "de", "da", "do") is a word of the name.
    private bool IsAfterNamesParticle(int i) =>
        i >= 2 && Tokens[i - 1].IsLowerWord && Tokens[i - 1].Text is "del" or "de" or "da" or "do" && Tokens[i - 2].IsCapitalizedWord;

    private bool IsPlainNameWord(int i) =>
        Tokens[i].IsCapitalizedWord && !WordChars.HasDigit(Tokens[i].Text) && !IsReservedWord(Tokens[i].Text);

    /// <summary>"John Major", "Stephen King": a title word ending a name right after a given name is a surname.</summary>
    internal bool IsTitleAsSurname(int i, int e)
    {
        if (i != e - 1 || i == 0)
        {
            return false;
        }
        var word = Tokens[i].Text;
        var previous = Tokens[i - 1].Text;
        return TitleWords.IsCapitalizedTitle(word) && !Honorifics.IsHonorific(word) && !OrganizationWords.IsHeadWord(word)
            && Tokens[i - 1].IsCapitalizedWord && knowledge.IsGivenName(previous) && !IsReservedWord(previous);
    }

    internal static bool IsReservedWord(string word) =>
        TitleWords.IsCapitalizedTitle(word) || Honorifics.IsHonorific(word) || OrganizationWords.IsHeadWord(word)
        || WordClasses.IsCalendarWord(word) || WordClasses.IsMonth(word) || NewsAgencies.IsAgency(word)
        || WordClasses.IsRegionWord(word) || WordClasses.IsLanguage(word) || WordClasses.IsTimeZone(word);

    /// <summary>The words of a name, a run of initials counted as one ("A. K. M. Rahman Talukder" has three, as "Akm Rahman Talukder" would).</summary>
    internal int CountNameTokens(int s, int e)
    {
        var count = 0;
        for (var i = s; i < e; i++)
        {
            if (!Tokens[i].IsLowerWord && !(i > s && IsInitialWithStop(i) && IsInitialWithStop(i - 1)))
            {
                count++;
            }
        }
        return count;
    }

    private bool IsInitialWithStop(int i) =>
        Tokens[i].Text is [var letter, '.'] && char.IsUpper(letter) || Tokens[i].Text is [var single] && char.IsUpper(single) && Tokens[i].Is(TokenFlags.AbbreviationDot);

    internal void SetLast(EntityKind kind, int index, int end)
    {
        LastKind = kind;
        LastIndex = index;
        LastEnd = end;
    }

    /// <summary>"Bergen-based", "Lumpur-listed", "Lagos-born": a place made into a modifier, which no name runs through.</summary>
    internal static bool IsBasedWord(string word)
    {
        var hyphen = word.LastIndexOf('-');
        return hyphen > 0 && word.AsSpan(hyphen + 1) is "based" or "headquartered" or "listed" or "born" or "owned" or "registered" or "backed";
    }

    internal bool IsLocativeBefore(int s) =>
        s >= 1 && Tokens[s - 1].IsLowerWord && Tokens[s - 1].Text is "in" or "at" or "near" or "from" or "to" or "off" or "outside"
            or "around" or "across" or "into" or "via" or "toward" or "towards" or "through" or "between" or "and" or "or"
            or "inside" or "leaves" or "reaches" or "visited" or "visit" or "of";

    /// <summary>"U.S. 26", "Paris 2024": a short plain number after a place makes a road or an event; a date ("ROME 1996-12-06") does not.</summary>
    internal static bool IsRouteOrEditionNumber(Token token) =>
        token.Kind == TokenKind.Number && token.Text.Length <= 4 && token.Text.All(char.IsAsciiDigit);

    /// <summary>"Belarus", "New Zealand": a country's name that is no person's name or ordinary word ("Jordan", "Chad" are).</summary>
    internal bool IsCountryAlone(int s, int e) =>
        knowledge.TryFindPlace(Unit.Join(s, e), out var place, out var ambiguity) && ambiguity == NameAmbiguity.None && place.Kind == PlaceKind.Country;

    /// <summary>"German Axel Schulz", "Frenchman Patrick Vieira", "Defender Hassan Abbas": words that describe a name stand beside it in its run.</summary>
    internal bool IsPersonDescriptor(string word) =>
        knowledge.IsDemonym(word) || WordClasses.IsPersonNoun(word) || WordClasses.IsRoleNoun(word) || IsPlaceDweller(word) || Honorifics.IsHonorific(word) || TitleWords.IsCapitalizedTitle(word) || WordClasses.IsCalendarWord(word)
        || WordClasses.IsMonth(word) || WordClasses.IsSentenceStarter(word);

    /// <summary>
    /// "Swede", "Frenchman", "Queenslander", "Australian": where a person is from, written before the name and not a part of
    /// it. "-man" counts only after a nationality ("French-man"), since "Osman" and "Herman" are names.
    /// </summary>
    internal bool IsNationalityWord(string word) =>
        knowledge.IsDemonym(word) || IsPlaceDweller(word)
        || (WordClasses.IsPersonNoun(word) && !word.EndsWith("man", StringComparison.Ordinal))
        || (word.Length > 5 && word.EndsWith("man", StringComparison.Ordinal) && IsNationalityStem(word[..^(word.EndsWith("woman", StringComparison.Ordinal) ? 5 : 3)]));

    private bool IsNationalityStem(string stem) =>
        knowledge.IsDemonym(stem) || (stem.EndsWith('s') && knowledge.IsDemonym(stem[..^1])) || stem is "French" or "English" or "Irish" or "Welsh" or "Dutch" or "Scots";

    /// <summary>"Queenslander", "Londoner", "Tasmanian", "Californian": a place's name with "-er" or "-n", someone from there.</summary>
    private bool IsPlaceDweller(string word) =>
        word.Length > 5 && !knowledge.IsGivenName(word)
        && ((word.EndsWith("er", StringComparison.Ordinal) && knowledge.ContainsPlace(word.AsSpan(0, word.Length - 2)))
            || (word.EndsWith("ian", StringComparison.Ordinal) && knowledge.ContainsPlace(word.AsSpan(0, word.Length - 1))));
}
