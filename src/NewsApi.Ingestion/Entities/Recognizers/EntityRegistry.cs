using NewsApi.Ingestion.Entities.Lexicon;
using NewsApi.Ingestion.Entities.Text;

namespace NewsApi.Ingestion.Entities.Recognizers;

/// <summary>
/// The one entity registry of an article: the people, organizations and places found so far, the names and short forms
/// later mentions are matched against, and the links waiting for their next mention (a parent, an employer).
/// </summary>
internal sealed class EntityRegistry(TokenStream stream, IEntityKnowledge knowledge)
{
    public List<PersonRecord> People { get; } = [];

    public List<OrganizationRecord> Organizations { get; } = [];

    public List<string> Places { get; } = [];

    public bool HasPersonWithSurname(string surname)
    {
        foreach (var person in People)
        {
            if (string.Equals(person.Surname, surname, StringComparison.Ordinal))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>Every person mention in body and standfirst, in reading order: the antecedents for "he", "she" and "the expert".</summary>
    public List<EntityMention> NarrativeMentions { get; } = [];

    public Dictionary<string, int> PersonByName { get; } = new(StringComparer.OrdinalIgnoreCase);

    public Dictionary<string, int> PersonByPart { get; } = new(StringComparer.OrdinalIgnoreCase);

    // Later mentions by more than one word of the name: "Costa Ribeiro", "van der Berg".
    public Dictionary<string, int> PersonBySuffix { get; } = new(StringComparer.OrdinalIgnoreCase);

    // Short forms of organizations by their first word: "Kawabata" for "Kawabata Holdings".
    public Dictionary<string, int> OrganizationByFirstWord { get; } = new(StringComparer.Ordinal);

    public Dictionary<string, int> OrganizationByLastWord { get; } = new(StringComparer.Ordinal);

    // Short forms of organizations by their first words: "Quebrada Velasca" for "Quebrada Velasca Litio SA", "Varnak Timur" for
    // "Varnak Timur Mineral Bhd".
    public Dictionary<string, int> OrganizationByLeadingWords { get; } = new(StringComparer.Ordinal);

    // "the Cooperative" for "Mbale Growers' Cooperative Society": a head word alone names the one organization read so far
    // whose name holds it; a word two names hold names neither.
    public Dictionary<string, int> OrganizationByHeadWord { get; } = new(StringComparer.Ordinal);

    private readonly HashSet<string> headWordsOfSeveral = new(StringComparer.Ordinal);

    public Dictionary<string, int> OrganizationByName { get; } = new(StringComparer.OrdinalIgnoreCase);

    public HashSet<string> PlaceSet { get; } = new(StringComparer.OrdinalIgnoreCase);

    // Countries named only by their adjective ("a Romanian generator") in the article's own text.
    public HashSet<string> DemonymPlaces { get; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Organizations in the order they were mentioned: "the company" and "its" look back along it.</summary>
    public List<int> OrganizationRecency { get; } = [];

    public int LastOrganization { get; private set; } = -1;

    // "Tarvik University's Centre": the owner waits for the organization right after it.
    public int PossessiveParent { get; private set; } = -1;

    public int PossessiveParentAt { get; private set; } = -1;

    // "the Office for X of the Y": the child waits for the organization named at PendingParentAt.
    public int PendingParentChild { get; set; } = -1;

    public int PendingParentAt { get; set; } = -1;

    // "X, an analyst at Y": the person waits for the organization named at PendingAffiliationAt.
    public int PendingAffiliationPerson { get; set; } = -1;

    public int PendingAffiliationAt { get; set; } = -1;

    /// <summary>A new text unit: links waiting for a mention do not cross it.</summary>
    public void BeginUnit()
    {
        PendingParentChild = -1;
        PendingParentAt = -1;
        PendingAffiliationPerson = -1;
        PendingAffiliationAt = -1;
    }

    internal int RegisterPerson(int s, int e)
    {
        var name = stream.Unit.Join(s, e);
        if (PersonByName.TryGetValue(name, out var index))
        {
            return index;
        }
        index = People.Count;
        // "Leopoldo Canlas Jr.": the suffix keeps the full stop it is written with; the name without it finds the person too.
        var written = e - s >= 3 && stream.Tokens[e - 1].Text is "Jr" or "Sr" && stream.Tokens[e - 1].Is(TokenFlags.AbbreviationDot) ? name + "." : name;
        // "Gulnara Abdykerimova kyzy": a Kyrgyz or Azerbaijani "daughter of" or "son of" after the father's name closes the name.
        if (e - s >= 2 && e < stream.Tokens.Length && IsClosingPatronymic(stream.Tokens[e].Text) && stream.Tokens[e].IsLowerWord
            && !(e + 1 < stream.Tokens.Length && stream.Tokens[e + 1].IsCapitalizedWord))
        {
            written = name + " " + stream.Tokens[e].Text;
        }
        // "Ma. Cristina", "Jose Ma. de los Reyes": a short given name keeps its full stop wherever it stands before the last word.
        for (var i = e - 2; i >= s; i--)
        {
            if (stream.Tokens[i].Is(TokenFlags.AbbreviationDot) && Honorifics.IsShortGivenName(stream.Tokens[i].Text))
            {
                written = written.Insert(stream.Unit.JoinedLength(s, i + 1), ".");
            }
        }
        People.Add(new PersonRecord(written) { Surname = e - s >= 2 ? SurnameOf(s, e) : null, OrganizationsSeenAtFirstMention = OrganizationRecency.Count });
        var record = People[index];
        foreach (var (nickname, printed) in stream.Unit.NicknamesWithin(s, e))
        {
            // "Bartholomew "Barty" Odhiambo Kerr": the page's own form and the nickname name the person too; the surname a later
            // mention uses stays among the aliases, as it would be without them.
            record.AddAlias(record.Surname ?? written);
            record.AddAlias(printed);
            record.AddAlias(nickname);
        }
        PersonByName[name] = index;
        PersonByName[written] = index;
        for (var i = s; i < e; i++)
        {
            if (stream.Tokens[i].IsCapitalizedWord)
            {
                PersonByPart[stream.Tokens[i].Text] = index;
            }
            if (i > s && e - i >= 2)
            {
                PersonBySuffix[stream.Unit.Join(i, e)] = index;
            }
        }
        return index;
    }

    private static bool IsClosingPatronymic(string word) =>
        word is "uulu" or "kyzy" or "uly" or "qyzy" or "oglu" or "oğlu" or "ogly" or "qızı" or "qizi" or "kızı" or "gyzy";

    /// <summary>The last name with its particles: "Van Damme", "van der Berg", "de la Cruz".</summary>
    private string SurnameOf(int s, int e)
    {
        if (e - s >= 2 && stream.Tokens[e - 1].Text is "II" or "III" or "IV" or "VI" or "VII" or "VIII" or "Jr" or "Sr")
        {
            e--;
        }
        var start = e - 1;
        while (start - 1 > s && WordClasses.IsNameParticle(stream.Tokens[start - 1].Text.ToLowerInvariant()))
        {
            start--;
        }
        return stream.Unit.Join(start, e);
    }

    internal void MentionPerson(int person, int s, int e, string? alias)
    {
        var record = People[person];
        record.Mentions++;
        record.AddRole(stream.Unit.Zone == TextZone.Caption ? PersonRole.InCaption : PersonRole.Mentioned);
        if (alias is not null)
        {
            record.AddAlias(alias);
        }
        var mention = new EntityMention(stream.Unit.Order, s, e, person);
        stream.Unit.PersonMentions.Add(mention);
        if (stream.Unit.Zone is TextZone.Body or TextZone.Standfirst)
        {
            NarrativeMentions.Add(mention);
        }
        stream.SetLast(EntityKind.Person, person, e);
    }

    /// <summary>
    /// Adds the organization named by tokens, without its trailing legal forms ("Kawabata Holdings Co." is "Kawabata Holdings",
    /// "Lunaro Talkies Pvt Ltd" is "Lunaro Talkies"), which stay as its alias.
    /// </summary>
    internal int AddOrganization(int s, int e, string? kind)
    {
        var full = stream.Unit.Join(s, e);
        var end = e;
        while (end - s >= 3 && OrganizationWords.IsLegalForm(stream.Tokens[end - 1].Text))
        {
            end--;
        }
        if (end < e && end - s >= 5 && stream.Tokens[end - 1].IsPunctuation(')') && stream.Tokens[end - 3].IsPunctuation('('))
        {
            // "Varnholt Bulk Haulage (Pty) Ltd", "Harbourline Securities (Thailand) PCL": the bracket goes with the legal form.
            end -= 3;
        }
        if (end < e)
        {
            var organization = AddOrganization(stream.Unit.Join(s, end), kind ?? "company");
            AddOrganizationAlias(organization, full);
            var record = Organizations[organization];
            if (record.Mentions == 0 && record.WrittenName is null)
            {
                // The name as the article writes it, with the full stop of an abbreviation ("S.A.", "Co.,", "Corp. said").
                var written = WrittenWithStops(s, e);
                record.WrittenName = HasAbbreviationStop(e - 1) ? written + "." : written;
                if (record.WrittenName == written && IsAbbreviationBeforeStop(e - 1))
                {
                    // "... produced by Kuzey Film Yapım Ltd. Şti.": the stop that ends the sentence may be the form's own too;
                    // the name is given both ways.
                    AddOrganizationAlias(organization, written + ".");
                }
            }
            return organization;
        }
        var index = AddOrganization(full, kind);
        if (Organizations[index].Mentions == 0 && Organizations[index].WrittenName is null && HasInnerAbbreviationStop(s, e - 1))
        {
            // "St. Fintan's Hospital": an abbreviation inside the name keeps its full stop as written.
            Organizations[index].WrittenName = WrittenWithStops(s, e);
        }
        else if (Organizations[index].Mentions == 0 && Organizations[index].WrittenName is null && s > 0 && stream.Tokens[s - 1].Text == "The"
            && WordClasses.IsNewspaperTitleWord(stream.Tokens[e - 1].Text))
        {
            // "The Gulf Ledger", "(The Archipelago Daily)": a newspaper's title holds its article; the name alone stays an alias.
            Organizations[index].WrittenName = "The " + full;
        }
        return index;
    }

    private bool HasInnerAbbreviationStop(int s, int end)
    {
        for (var i = s; i < end; i++)
        {
            if (stream.Tokens[i].Is(TokenFlags.AbbreviationDot))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>The name as written: abbreviations inside it keep their full stops ("St. Fintan's", "Ltd. Şti", "Co., Ltd").</summary>
    internal string WrittenWithStops(int s, int e)
    {
        var written = new System.Text.StringBuilder();
        for (var i = s; i < e; i++)
        {
            var token = stream.Tokens[i];
            if (i > s && !token.IsPunctuation(',') && !token.IsPunctuation(')') && !stream.Tokens[i - 1].IsPunctuation('('))
            {
                written.Append(' ');
            }
            written.Append(token.Text);
            if (i < e - 1 && token.Is(TokenFlags.AbbreviationDot))
            {
                written.Append('.');
            }
        }
        return written.ToString();
    }

    /// <summary>
    /// Whether the legal form at <paramref name="k"/> ends with its own full stop: initials ("S.A"), or a stop inside a
    /// sentence ("Co., the buyer", "Corp. said").
    /// </summary>
    private bool HasAbbreviationStop(int k)
    {
        var token = stream.Tokens[k];
        if (token.Text.Contains('.', StringComparison.Ordinal))
        {
            // "N.V." mid-sentence is one token with its stop already; "S.A" before a sentence's end is not.
            return !token.Text.EndsWith('.');
        }
        var text = stream.Unit.Text;
        if (token.End >= text.Length || text[token.End] != '.')
        {
            return false;
        }
        var after = token.End + 1;
        while (after < text.Length && text[after] == ' ')
        {
            after++;
        }
        // At a sentence's end the stop is the sentence's: "... by Lunaro Pictures Inc. It is expected" names "Lunaro Pictures Inc".
        var endsSentence = after >= text.Length || char.IsUpper(text[after]) || text[after] is '"' or '\u201C';
        return !endsSentence;
    }

    /// <summary>A legal form written without its own stop ("Co", "Şti") right before a full stop, which ends the sentence.</summary>
    private bool IsAbbreviationBeforeStop(int k)
    {
        var token = stream.Tokens[k];
        var text = stream.Unit.Text;
        return !token.Text.Contains('.', StringComparison.Ordinal) && token.End < text.Length && text[token.End] == '.'
            && (token.End + 1 >= text.Length || text[token.End + 1] != '.');
    }

    internal int AddOrganization(string name, string? kind)
    {
        if (OrganizationByName.TryGetValue(name, out var index))
        {
            Organizations[index].Kind ??= kind;
            return index;
        }
        // A name read whole ("Vistaro Living S.A.") is keyed, like one read by tokens, without its legal form.
        var lastSpace = name.LastIndexOf(' ');
        if (lastSpace > 0 && name.AsSpan(0, lastSpace).Contains(' ') && OrganizationWords.IsLegalForm(name[(lastSpace + 1)..].TrimEnd('.')))
        {
            index = AddOrganization(name[..lastSpace], kind ?? "company");
            AddOrganizationAlias(index, name);
            if (Organizations[index].Mentions == 0)
            {
                Organizations[index].WrittenName ??= name;
            }
            return index;
        }
        index = Organizations.Count;
        Organizations.Add(new OrganizationRecord(name) { Kind = kind == "organization" ? null : kind });
        OrganizationByName[name] = index;
        var space = name.IndexOf(' ', StringComparison.Ordinal);
        if (space > 0)
        {
            var first = name[..space];
            if (first.Length > 2 && char.IsUpper(first[0]) && !knowledge.IsCommonWord(first) && !knowledge.IsDemonym(first)
                && !knowledge.TryFindPlace(first, out _, out _) && !knowledge.IsGivenName(first) && !TokenStream.IsReservedWord(first))
            {
                OrganizationByFirstWord.TryAdd(first, index);
            }
            else if (OrganizationWords.IsHeadWord(first) && name.IndexOf(' ', space + 1) < 0 && name[(space + 1)..] is var own
                && own.Length > 3 && char.IsUpper(own[0]) && !knowledge.IsCommonWord(own.ToLowerInvariant()) && !knowledge.TryFindPlace(own, out _, out _)
                && !knowledge.IsGivenName(own) && !OrganizationWords.IsFirmWord(own))
            {
                // "Bank Wiślański", "Fundacja Ostoja": a head word and one word of the body's own, which later stands alone.
                OrganizationByFirstWord.TryAdd(own, index);
            }
            AddLeadingWords(name, index);
            AddClubsOwnName(name, index);
            AddHeadWords(name, index);
            var lastWord = name[(name.LastIndexOf(' ') + 1)..];
            if (lastWord.Length > 2 && char.IsUpper(lastWord[0]) && !TokenStream.IsReservedWord(lastWord) && !OrganizationWords.IsCompanySuffix(lastWord))
            {
                OrganizationByLastWord.TryAdd(lastWord, index);
            }
        }
        return index;
    }

    private void AddHeadWords(string name, int index)
    {
        foreach (var word in name.Split(' '))
        {
            if (!OrganizationWords.IsHeadWord(word) || headWordsOfSeveral.Contains(word))
            {
                continue;
            }
            if (OrganizationByHeadWord.TryGetValue(word, out var other) && other != index)
            {
                OrganizationByHeadWord.Remove(word);
                headWordsOfSeveral.Add(word);
                continue;
            }
            OrganizationByHeadWord[word] = index;
        }
    }

    /// <summary>
    /// Keys the first two or more words of a name of three or more as its short form, when they hold a word of the name's
    /// own: "National Bank" of "National Bank of Kenya" may be another bank, "Quebrada Velasca" of "Quebrada Velasca Litio" is not.
    /// </summary>
    private void AddLeadingWords(string name, int index)
    {
        var words = name.Split(' ');
        if (words.Length < 3)
        {
            return;
        }
        for (var k = 2; k < words.Length; k++)
        {
            var last = words[k - 1];
            if (last.Length == 0 || !char.IsUpper(last[0]) || TokenStream.IsReservedWord(last))
            {
                continue;
            }
            var prefix = string.Join(' ', words, 0, k);
            if (knowledge.TryFindPlace(prefix, out _, out _) || !words.Take(k).Any(IsOwnWord))
            {
                continue;
            }
            OrganizationByLeadingWords.TryAdd(prefix, index);
        }
    }

    /// <summary>"Pocitos Unidos" of "Club Atlético Pocitos Unidos", "Vale do Sousa" of "Clube Desportivo Vale do Sousa": a club is named later without the words that say it is one.</summary>
    private void AddClubsOwnName(string name, int index)
    {
        var words = name.Split(' ');
        var k = 0;
        while (k < words.Length && (OrganizationWords.IsClubPrefix(words[k]) || words[k] is "Club" or "Clube" or "Klub" or "Desportivo"))
        {
            k++;
        }
        if (k > 0 && words.Length - k >= 2 && words[k..].Any(IsOwnWord))
        {
            OrganizationByLeadingWords.TryAdd(string.Join(' ', words, k, words.Length - k), index);
        }
    }

    private bool IsOwnWord(string word) =>
        word.Length > 2 && char.IsUpper(word[0]) && !knowledge.IsCommonWord(word.ToLowerInvariant()) && !OrganizationWords.IsHeadWord(word)
        && !knowledge.TryFindPlace(word, out _, out _) && !knowledge.IsDemonym(word) && !TokenStream.IsReservedWord(word);

    internal void AddOrganizationAlias(int organization, string alias)
    {
        var record = Organizations[organization];
        if (!record.Aliases.Contains(alias, StringComparer.OrdinalIgnoreCase) && !string.Equals(alias, record.Name, StringComparison.OrdinalIgnoreCase))
        {
            record.Aliases.Add(alias);
        }
        OrganizationByName.TryAdd(alias, organization);
    }

    internal void MentionOrganization(int organization, int s, int e)
    {
        var record = Organizations[organization];
        record.Mentions++;
        LastOrganization = organization;
        OrganizationRecency.Add(organization);
        stream.Unit.OrganizationMentions.Add(new EntityMention(stream.Unit.Order, s, e, organization));
        if (PendingParentAt == s && PendingParentChild >= 0 && PendingParentChild != organization)
        {
            Organizations[PendingParentChild].Parent ??= record.Name;
            PendingParentChild = -1;
        }
        if (PossessiveParentAt == s && PossessiveParent >= 0 && PossessiveParent != organization)
        {
            // "Tarvik University's Centre for Slope Stability": the owner is the parent.
            record.Parent ??= Organizations[PossessiveParent].Name;
            PossessiveParent = -1;
        }
        var possessive = stream.Tokens[e - 1].Is(TokenFlags.Possessive);
        if (possessive && stream.IsNameToken(e))
        {
            PossessiveParent = organization;
            PossessiveParentAt = e;
        }
        if (PendingAffiliationAt == s && PendingAffiliationPerson >= 0)
        {
            if (possessive && stream.IsNameToken(e))
            {
                PendingAffiliationAt = e;
            }
            else
            {
                People[PendingAffiliationPerson].Organization ??= record.Name;
                PendingAffiliationPerson = -1;
            }
        }
        stream.SetLast(EntityKind.Organization, organization, e);
    }

    /// <summary>Places are reported as the article writes them ("Turkey", "Kraków"), once per canonical place.</summary>
    internal void AddPlace(string written, string canonical)
    {
        if (PlaceSet.Add(canonical))
        {
            PlaceSet.Add(written);
            Places.Add(written);
        }
    }

    public int RegisterExternalPerson(string name, PersonRole role, string? title)
    {
        name = name.Trim();
        if (name.Length == 0)
        {
            return -1;
        }
        if (!PersonByName.TryGetValue(name, out var index))
        {
            index = People.Count;
            People.Add(new PersonRecord(name));
            PersonByName[name] = index;
        }
        var person = People[index];
        person.AddRole(role);
        person.OfferTitle(title, honorific: false);
        person.Mentions++;
        return index;
    }
}
