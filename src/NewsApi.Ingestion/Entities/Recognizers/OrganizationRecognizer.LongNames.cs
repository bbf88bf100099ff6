using NewsApi.Ingestion.Entities.Lexicon;
using NewsApi.Ingestion.Entities.Text;

namespace NewsApi.Ingestion.Entities.Recognizers;

/// <summary>Names that run on past where a run of capitalized words ends: past "of the", or back over a founder's possessive.</summary>
internal sealed partial class OrganizationRecognizer
{
    // "of the European Union", "of the Fifth Circuit": the words a body's remit or parent adds after "of the".
    private const int MaxWordsAfterOfThe = 4;

    // "Corrigan's Haulage & Storage Ltd.": the words of a founder's business after the possessive.
    private const int MaxWordsAfterFounder = 5;

    // "Children's Health", "People's Power": the words a body's remit adds after a plural's possessive.
    private const int MaxWordsAfterPossessive = 3;

    /// <summary>
    /// "Court of Justice of the European Union (CJEU)", "Office of the Comptroller of the Currency (OCC)": "of the" and the
    /// words after a body's name are part of it when the acronym in brackets after them spells the whole name, each
    /// capitalized word a letter; the run stops at "of the" because most bodies named there are a parent.
    /// </summary>
    internal bool TryNameSpelledByAcronymAfter(NameRun run)
    {
        var (s, e) = (run.Start, run.End);
        var tokens = stream.Tokens;
        if (e + 3 >= tokens.Length || tokens[e].Text != "of" || tokens[e + 1].Text != "the" || !tokens[e + 2].IsCapitalizedWord || !HasHeadWord(s, e))
        {
            return false;
        }
        var end = e + 2;
        while (end < tokens.Length && end - e - 2 < MaxWordsAfterOfThe && tokens[end].IsCapitalizedWord && !tokens[end].Is(TokenFlags.Possessive))
        {
            end++;
        }
        if (AcronymAfter(end) is not { } acronym || !SpellsInitials(acronym, s, end))
        {
            return false;
        }
        AddWithAcronym(s, end, acronym);
        return true;
    }

    /// <summary>
    /// "Fund for Children's Health", "Association for Investors' Rights", "Assembly of People's Power": an ordinary plural
    /// noun's possessive right after a body's "for" or "of" is inside its name, and the capitalized words after it close the
    /// name; the run stops at every possessive because most say whose the next name is ("the Bank of Spain's Governor").
    /// Not after a place or a people's word, nor before a title, another body ("Ministry of Justice's Fraud Office") or a name.
    /// </summary>
    internal bool TryNameRunOnPastPossessive(NameRun run)
    {
        var (s, e) = (run.Start, run.End);
        var tokens = stream.Tokens;
        if (e - s < 3 || e >= tokens.Length || tokens[e - 2].Text is not ("for" or "of") || !tokens[e - 1].Is(TokenFlags.Possessive)
            || !tokens[e - 1].IsCapitalizedWord || tokens[e - 1].Is(TokenFlags.AllCaps) || !HasHeadWord(s, e - 2)
            || !stream.IsNameToken(e) || tokens[e].Is(TokenFlags.InQuote) != tokens[e - 1].Is(TokenFlags.InQuote))
        {
            return false;
        }
        var owner = tokens[e - 1].Text;
        if (!knowledge.IsCommonWord(owner.ToLowerInvariant()) || knowledge.TryFindPlace(owner, out _, out _) || knowledge.IsDemonym(owner))
        {
            return false;
        }
        var end = stream.RunEnd(e);
        if (end - e > MaxWordsAfterPossessive || tokens[end - 1].Is(TokenFlags.Possessive) || stream.HasTitleWord(e, end) || HasHeadWord(e, end))
        {
            return false;
        }
        for (var i = e; i < end; i++)
        {
            // A remit is written in ordinary words; a name after the possessive is the place or the unit it owns ("Ostbyen branch").
            if (!tokens[i].IsCapitalizedWord || tokens[i].Is(TokenFlags.AllCaps) || !knowledge.IsCommonWord(tokens[i].Text.ToLowerInvariant()))
            {
                return false;
            }
        }
        var organization = registry.AddOrganization(stream.Unit.Text[tokens[s].Start..tokens[end - 1].End], OrganizationKind(s, e - 2) ?? ContextKind(s));
        registry.MentionOrganization(organization, s, end);
        stream.SkipUntil = end;
        return true;
    }

    /// <summary>
    /// "the Velmar – Northern Institute of Mining", "of ORTA – University Institute of Kestria": a body's short name or
    /// acronym, a spaced en dash and its name in full with a head word are one name, as the body writes it. Only inside a
    /// sentence ("the", "of" or "at" before it), where a dateline's town cannot stand, and not after a known place or person.
    /// </summary>
    internal bool TryShortNameDashFullName(NameRun run)
    {
        var (s, e) = (run.Start, run.End);
        var tokens = stream.Tokens;
        if (e - s != 1 || s == 0 || e + 1 >= tokens.Length || !tokens[e].IsPunctuation('–') || tokens[e].Start == tokens[s].End
            || tokens[e + 1].Start == tokens[e].End || !tokens[s - 1].IsLowerWord || tokens[s - 1].Text is not ("the" or "of" or "at")
            || !stream.IsNameToken(e + 1) || tokens[s].Is(TokenFlags.Possessive))
        {
            return false;
        }
        var word = tokens[s].Text;
        if (knowledge.TryFindPlace(word, out _, out _) || registry.PersonByName.ContainsKey(word) || registry.PersonByPart.ContainsKey(word))
        {
            return false;
        }
        var end = stream.RunEnd(e + 1);
        if (!HasHeadWord(e + 1, end) || tokens[end - 1].Is(TokenFlags.Possessive) || OrganizationKind(e + 1, end) is not { } kind)
        {
            return false;
        }
        var organization = registry.AddOrganization(stream.Unit.Text[tokens[s].Start..tokens[end - 1].End], kind);
        registry.MentionOrganization(organization, s, end);
        stream.SkipUntil = end;
        return true;
    }

    /// <summary>
    /// "Supreme Court of Justice of the Nation", "Centre for Legal Defence of the Desert", "Committee for the Defence of the
    /// Revolution": a body's name that already holds its own "of" or "for" after the head word takes a second "of the" and
    /// the ordinary words after it, its remit; a head word after "the" names a parent body instead ("Institute for Fiscal
    /// Studies of the University of X"), and a possessive or a longer run something else.
    /// </summary>
    internal bool TryRemitAfterSecondOfThe(NameRun run)
    {
        var (s, e) = (run.Start, run.End);
        var tokens = stream.Tokens;
        if (e + 2 >= tokens.Length || tokens[e].Text != "of" || tokens[e + 1].Text != "the" || !tokens[e + 2].IsCapitalizedWord || !HasOwnConnectorAfterHeadWord(s, e))
        {
            return false;
        }
        var end = e + 2;
        while (end < tokens.Length && end - e - 2 < MaxWordsAfterOfThe && stream.IsNameToken(end) && tokens[end].IsCapitalizedWord)
        {
            if (tokens[end].Is(TokenFlags.Possessive) || tokens[end].Is(TokenFlags.AllCaps) || OrganizationWords.IsHeadWord(tokens[end].Text)
                || !knowledge.IsCommonWord(tokens[end].Text.ToLowerInvariant()))
            {
                return false;
            }
            end++;
        }
        if (end < tokens.Length && (stream.IsNameToken(end) || tokens[end].Text is "of" or "for" or "and"))
        {
            return false;
        }
        var organization = registry.AddOrganization(s, end, OrganizationKind(s, e) ?? ContextKind(s));
        registry.MentionOrganization(organization, s, end);
        stream.SkipUntil = end;
        return true;
    }

    private bool HasOwnConnectorAfterHeadWord(int s, int e)
    {
        var sawHead = false;
        for (var i = s; i < e; i++)
        {
            sawHead |= OrganizationWords.IsHeadWord(stream.Tokens[i].Text);
            if (sawHead && stream.Tokens[i].IsLowerWord && stream.Tokens[i].Text is "of" or "for")
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>The body named by [s, e), with the acronym in the brackets after it as its alias; the brackets are read.</summary>
    private void AddWithAcronym(int s, int e, string acronym)
    {
        var organization = registry.AddOrganization(s, e, OrganizationKind(s, e) ?? ContextKind(s));
        registry.AddOrganizationAlias(organization, acronym);
        registry.MentionOrganization(organization, s, e);
        stream.SkipUntil = e + 3;
    }

    private bool HasHeadWord(int s, int e)
    {
        for (var i = s; i < e; i++)
        {
            if (OrganizationWords.IsHeadWord(stream.Tokens[i].Text))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>Whether the capitalized words of [s, e), the lower-case "of" and "the" left out, begin with the acronym's letters in order.</summary>
    private bool SpellsInitials(string acronym, int s, int e)
    {
        var letter = 0;
        for (var i = s; i < e; i++)
        {
            var token = stream.Tokens[i];
            if (token.IsLowerWord)
            {
                continue;
            }
            if (!token.IsCapitalizedWord || letter >= acronym.Length || acronym[letter] != token.Text[0])
            {
                return false;
            }
            letter++;
        }
        return letter == acronym.Length;
    }

    /// <summary>
    /// "Corrigan's Haulage &amp; Storage Ltd.", "Marguerite's House Society", "Tolland's Bakery": one word with its possessive, before
    /// a run that a head word, a legal form or a shop's word closes, is the founder a business or a society is named for, and
    /// part of its name as written; a place's, a people's, a body's or a known person's possessive ("Britain's Monopolies and
    /// Mergers Commission", "the Ministry's Audit Office") says whose the body is instead. The end of the name, or 0.
    /// </summary>
    internal int TryBodyNamedForItsFounder(int founder, int founderEnd, Func<int, bool> isTaggedPlace)
    {
        var tokens = stream.Tokens;
        if (founderEnd != founder + 1 || founderEnd >= tokens.Length || !tokens[founder].Is(TokenFlags.Possessive) || !tokens[founder].IsCapitalizedWord
            || tokens[founder].Is(TokenFlags.AllCaps) || !stream.IsNameToken(founderEnd) || tokens[founderEnd].Is(TokenFlags.InQuote) != tokens[founder].Is(TokenFlags.InQuote))
        {
            return 0;
        }
        var word = tokens[founder].Text;
        if (knowledge.TryFindPlace(word, out _, out _) || knowledge.IsDemonym(word) || OrganizationWords.IsHeadWord(word) || registry.PersonByName.ContainsKey(word)
            || registry.PersonByPart.ContainsKey(word) || registry.OrganizationByName.ContainsKey(word) || registry.OrganizationByFirstWord.ContainsKey(word))
        {
            return 0;
        }
        var e = stream.RunEnd(founderEnd);
        var last = tokens[e - 1].Text;
        if (e - founderEnd > MaxWordsAfterFounder || stream.HasTitleWord(founderEnd, e) || tokens[e - 1].Is(TokenFlags.Possessive)
            || !(OrganizationWords.IsHeadWord(last) || OrganizationWords.IsLegalForm(last) || WordClasses.IsShopWord(last)))
        {
            return 0;
        }
        var kind = OrganizationKind(founderEnd, e);
        if (kind == "party" || last is "Movement" or "Front" || isTaggedPlace(founder))
        {
            // "Sanchez's Democratic Revolutionary Party": a party is led by the one its possessive names, not named for him;
            // "Britain's", which the gazetteer lacks alone, the tagger knows for a place.
            return 0;
        }
        var text = stream.Unit.Text;
        var written = text[tokens[founder].Start..tokens[e - 1].End];
        var organization = registry.AddOrganization(written, kind ?? "company");
        if (OrganizationWords.IsLegalForm(last) && tokens[e - 1].End < text.Length && text[tokens[e - 1].End] == '.' && !last.EndsWith('.'))
        {
            // The legal form's own full stop, which may also end the sentence: the name is given both ways.
            registry.AddOrganizationAlias(organization, written + ".");
        }
        registry.MentionOrganization(organization, founder, e);
        return e;
    }
}
