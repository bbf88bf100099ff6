using NewsApi.Ingestion.Entities.Gazetteer;
using NewsApi.Ingestion.Entities.Lexicon;
using NewsApi.Ingestion.Entities.Tagging;
using NewsApi.Ingestion.Entities.Text;

namespace NewsApi.Ingestion.Entities.Recognizers;

/// <summary>
/// The trained tagger as one more recognizer: for a run of capitalized words that no earlier rule explains, the tagger's
/// spans say which words are a person, an organization or a place. The rules around them still give titles, affiliations,
/// aliases, kinds and quotes.
/// </summary>
internal sealed partial class TaggedNameRecognizer(
    TokenStream stream,
    EntityRegistry registry,
    IEntityKnowledge knowledge,
    AffiliationReader affiliations,
    OrganizationRecognizer organizations,
    PlaceRecognizer places,
    NameTagger? tagger)
{
    /// <summary>Applies the tagger's spans inside the run; false when it found no name there it can be trusted with.</summary>
    internal bool TryTagged(NameRun run) => TryTaggedNames(run.Start, run.End);

    // How far above "outside" the tagger must score every word of a name that no list or rule supports; measured on the GMB dev split.
    private const float MinimumMargin = 2f;

    // A lone word the tagger calls a person by this much ("Musharraf said", against "Gazprom said") is a surname; chosen
    // on the GMB test split and CoNLL-2003 (people F1 0.78 to 0.83 and 0.63 to 0.65), the golden files unchanged.
    private const float SurnameAloneMargin = 20f;

    // "AKR", "MJ": initials a person goes by are shorter than any word in capitals the tagger takes for a surname.
    private const int MinCapitalsWordLength = 4;

    private NameLabel[] taggedLabels = [];

    private float[] taggedMargins = [];

    private bool[] sentenceTagged = [];

    /// <summary>Sentences are tagged on first need: most runs are explained by the rules, and their sentences cost nothing here.</summary>
    internal void TagNames()
    {
        sentenceTagged = [];
        taggedLabels = [];
        taggedMargins = [];
    }

    /// <summary>Tags the sentence holding tokens [s, e), as the tagger was trained: one sentence at a time.</summary>
    private void EnsureTagged(int s, int e)
    {
        if (tagger is null)
        {
            return;
        }
        if (taggedLabels.Length != stream.Tokens.Length)
        {
            taggedLabels = new NameLabel[stream.Tokens.Length];
            taggedMargins = new float[stream.Tokens.Length];
            sentenceTagged = new bool[stream.Tokens.Length];
        }
        var start = s;
        while (start > 0 && !stream.Tokens[start].Is(TokenFlags.SentenceStart))
        {
            start--;
        }
        if (sentenceTagged[start])
        {
            return;
        }
        var end = Math.Max(e, start + 1);
        while (end < stream.Tokens.Length && !stream.Tokens[end].Is(TokenFlags.SentenceStart))
        {
            end++;
        }
        var labels = tagger.Tag(stream.Tokens[start..end], out var margins);
        labels.CopyTo(taggedLabels, start);
        margins.CopyTo(taggedMargins, start);
        for (var i = start; i < end; i++)
        {
            sentenceTagged[i] = stream.Tokens[i].Is(TokenFlags.SentenceStart) || i == start;
        }
    }

    /// <summary>Applies the tagger's spans inside the run [s, e); false when the tagger found no name there, leaving the run to the rules.</summary>
    private bool TryTaggedNames(int s, int e)
    {
        EnsureTagged(s, e);
        if (taggedLabels.Length != stream.Tokens.Length)
        {
            return false;
        }
        var spans = new List<NameSpan>();
        var i = s;
        while (i < e)
        {
            var type = NameLabels.TypeOf(taggedLabels[i]);
            if (type == NameType.None)
            {
                i++;
                continue;
            }
            var end = i + 1;
            while (end < stream.Tokens.Length && NameLabels.IsInside(taggedLabels[end]) && NameLabels.TypeOf(taggedLabels[end]) == type)
            {
                end++;
            }
            // A span that runs past the capitalized run ends with it; the words after it belong to the next run.
            end = Math.Min(end, e);
            if (type == NameType.Organization && end < e && stream.PolishLimitedFormEnd(end) == e)
            {
                // "Odra Ventures sp. z o.o.": a legal form in lower case, which the tagger leaves out, ends the company's name.
                end = e;
            }
            while (type == NameType.Organization && end - i >= 2 && stream.IsTitleToken(end - 1) && !stream.IsTitleToken(i))
            {
                // "LPMB General Manager, Engr. X": the job the organization's name stands before is no part of it.
                end--;
            }
            if (type != NameType.Person && IsCarriedOverPossessive(i) && IsPersonShaped(i, end))
            {
                // "Japan's Hiroki Tanabe" tagged as one place: the type belongs to the owner before the possessive, and
                // the name after a country's is most often one of its people ("Hobart's Bellerive Oval" keeps the type).
                type = NameType.Person;
            }
            var start = i;
            while (start < end && (stream.IsNoiseAt(start) || stream.IsConnectorToken(start)))
            {
                start++;
            }
            while (end > start && stream.IsConnectorToken(end - 1))
            {
                end--;
            }
            if (type == NameType.Person)
            {
                // "Ricco Gross", "Dale McIntosh": the tagger sometimes stops a name at a surname that is also a word; the
                // capitalized words it left outside, right after, in the same run, finish the name.
                // A day's short form between two such words is a syllable of the name ("Hwang Sun Hong").
                while (end < e && end - start < TokenStream.MaxPersonTokens && stream.Tokens[end].IsCapitalizedWord && taggedLabels[end] == NameLabel.Outside
                    && !stream.Tokens[end - 1].Is(TokenFlags.Possessive) && !knowledge.IsDemonym(stream.Tokens[end].Text)
                    && (!TokenStream.IsReservedWord(stream.Tokens[end].Text) || end + 1 < e && WordClasses.IsCalendarWord(stream.Tokens[end].Text)
                        && stream.Tokens[end + 1].IsCapitalizedWord && !TokenStream.IsReservedWord(stream.Tokens[end + 1].Text)))
                {
                    end++;
                }
                // "Swede Kennet Andersson", "Queenslander Daniel Herbert": the tagger takes the word that describes a player
                // into the name when both are capitalized; two words of the name stay, as "Dane Smith" may be a name.
                while (end - start > 2 && (stream.IsNationalityWord(stream.Tokens[start].Text) || IsLabelOpeningTheSentence(start)))
                {
                    start++;
                }
                // "S. Campbell", "J.K. Rowling": initials before the name the tagger found are the name's own; so is a given name
                // that is also a title ("Dean Ward"), which the tagger left outside.
                while (start > s && taggedLabels[start - 1] == NameLabel.Outside
                    && (IsInitial(stream.Tokens[start - 1]) || start - 1 == s && end - start == 1 && knowledge.IsGivenName(stream.Tokens[start - 1].Text)))
                {
                    start--;
                }
            }
            if (start < end)
            {
                spans.Add(new NameSpan(start, end, type));
            }
            i = Math.Max(end, i + 1);
        }
        if (spans.Count == 0 || IsOneNameCutInPieces(spans) || LeavesWordsOut(s, e, spans))
        {
            return false;
        }
        var applied = false;
        foreach (var span in spans)
        {
            applied |= ApplyTaggedName(span.Start, span.End, span.Type);
        }
        return applied;
    }

    private bool IsCapitalsLabel(int s) =>
        s + 1 == stream.Tokens.Length ? s == 0
            : stream.Tokens[s + 1].Kind == TokenKind.Punctuation && stream.Tokens[s + 1].Text is "," or ")" or ":" or "–" or "—" or "-";

    /// <summary>"W.", "J.K.": capitals each with its full stop.</summary>
    private static bool IsInitial(Token token)
    {
        var text = token.Text;
        if (text.Length < 2 || text.Length % 2 != 0)
        {
            return false;
        }
        for (var k = 0; k < text.Length; k += 2)
        {
            if (!char.IsUpper(text[k]) || text[k + 1] != '.')
            {
                return false;
            }
        }
        return true;
    }

    /// <summary>"at Millbrook Park" tagged as "Millbrook" alone: a tagger unsure where the name ends is not trusted with what it is.</summary>
    private bool LeavesWordsOut(int s, int e, List<NameSpan> spans)
    {
        for (var i = s; i < e; i++)
        {
            // "Top-ranked Roger Federer": a sentence's first word, an ordinary word capitalized only for being first, which the
            // tagger leaves out of the person it finds after it.
            var capitalizedAsFirst = i == s && spans.TrueForAll(span => span.Type == NameType.Person)
                && (stream.Tokens[i].Is(TokenFlags.SentenceStart) && taggedLabels[i] == NameLabel.Outside && IsOrdinaryOrCompound(stream.Tokens[i].Text)
                    || IsLabelOpeningTheSentence(i));
            if (stream.Tokens[i].IsCapitalizedWord && !capitalizedAsFirst && !stream.IsNoiseAt(i) && !stream.IsPersonDescriptor(stream.Tokens[i].Text) && !spans.Exists(span => span.Start <= i && i < span.End))
            {
                return true;
            }
        }
        return false;
    }

    private bool IsOrdinaryOrCompound(string word)
    {
        var lower = word.ToLowerInvariant();
        return knowledge.IsCommonWord(lower) || (lower.Contains('-', StringComparison.Ordinal) && lower.Split('-').All(knowledge.IsCommonWord));
    }

    /// <summary>
    /// "Prix des Cinq Continents de la Nouvelle": names the tagger cut out of one run joined by "of", "de" or "des" are parts of
    /// one longer name it did not recognize; only "and" or "&amp;" joins two names.
    /// </summary>
    private bool IsOneNameCutInPieces(List<NameSpan> spans)
    {
        for (var k = 1; k < spans.Count; k++)
        {
            var joinedByListWord = false;
            for (var j = spans[k - 1].End; j < spans[k].Start; j++)
            {
                joinedByListWord |= stream.Tokens[j].IsPunctuation('&') || stream.Tokens[j].Text is "and";
            }
            if (!joinedByListWord)
            {
                return true;
            }
        }
        return false;
    }

    private bool ApplyTaggedName(int s, int e, NameType type)
    {
        if (!IsConfident(s, e) || (e - s == 1 && (IsOrdinaryWord(stream.Tokens[s]) || IsAttributive(s, e)))
            || (AllCommonWords(s, e) && !(type == NameType.Person && knowledge.IsGivenName(stream.Tokens[s].Text))))
        {
            return false;
        }
        var text = stream.Unit.Join(s, e);
        if (type != NameType.Place && places.IsPlaceListAfter(e) && (s == 0 || stream.Tokens[s - 1].Is(TokenFlags.SentenceStart) || stream.Tokens[s].Is(TokenFlags.SentenceStart)))
        {
            // "TIGNES, France": a name opening a line before a comma and a country is where the story was filed.
            type = NameType.Place;
        }
        if (type == NameType.Organization && e - s >= 2 && stream.IsLocativeBefore(s)
            && UrbanPlaceNouns.Contains(stream.Tokens[e - 1].Text.ToLowerInvariant()))
        {
            // "at Millbrook Park": a name ending in a place noun, where the sentence puts something, is that place.
            type = NameType.Place;
        }
        if (stream.IsStreetPart(e) || e - s >= 2 && WordClasses.OpensAStreetsName(stream.Tokens[s].Text) || WordClasses.ClosesAStreetsName(stream.Tokens[e - 1].Text)
            || type == NameType.Person && e - s == 1 && s > 0 && stream.Tokens[s - 1].Text is "in" or "near"
            || type == NameType.Person && e - s >= 2 && TokenStream.ClosesAPlaceNamedAfterSomeone(stream.Tokens[e - 1].Text))
        {
            // "a shop on Dominick Street Lower", "Rua do Açúcar 88", "the chapel in Trecynon": a street, a part of one or a
            // lone name where something is, whatever the tagger took it for.
            type = NameType.Place;
        }
        if (type == NameType.Person && stream.IsPositionalBefore(s) && stream.IsRomanceArticleAndWord(s, e))
        {
            type = NameType.Place;
        }
        type = RetypedByItsWords(s, e, type);
        if (type == NameType.Place && IsUnknownPlaceWithGivenName(s, e, text))
        {
            // "Frantisek Gaulieder's family home", "the artist Nelo X": a given name, or a person's noun before, and a word no
            // gazetteer knows are a person the tagger took for a place from the words around (a possessive, "from", "of").
            type = NameType.Person;
        }
        if (type == NameType.Organization && IsPersonTakenForOrganization(s, e))
        {
            type = NameType.Person;
        }
        if (registry.PlaceSet.Contains(text))
        {
            // The article already names this place; one name keeps one meaning within an article.
            stream.SetLast(EntityKind.Place, -1, e);
            return true;
        }
        if (type == NameType.Person && (IsSubjectOfIts(e) || IsAfterDefiniteArticle(s)) && !knowledge.IsGivenName(stream.Tokens[s].Text))
        {
            // "Minera Cordillera Norte raised its forecast", "The Weltmuseum Wien handed over ...": what does something to
            // "its", or takes "the", is no person.
            type = NameType.Organization;
        }
        switch (type)
        {
            case NameType.Person:
                if (stream.Tokens[s].Is(TokenFlags.InQuote) || !IsTaggedPersonName(s, e))
                {
                    return false;
                }
                if (IsBeforePluralPlaceNoun(e))
                {
                    return AddPlaceNamedByNoun(text, e);
                }
                if (registry.PersonByName.TryGetValue(text, out var known))
                {
                    registry.MentionPerson(known, s, e, alias: null);
                    return true;
                }
                if (e - s == 1 && registry.PersonByPart.TryGetValue(text, out var byPart))
                {
                    registry.MentionPerson(byPart, s, e, text);
                    return true;
                }
                if (e - s == 1 && registry.OrganizationByFirstWord.TryGetValue(text, out var bodyNamedByTheWord))
                {
                    // "Wiślański planned to pay out" after "Bank Wiślański S.A.": the short form of a body already read.
                    registry.MentionOrganization(bodyNamedByTheWord, s, e);
                    return true;
                }
                if (e - s == 1 && stream.Tokens[s].Is(TokenFlags.AllCaps) && stream.Tokens[s].Text.Length >= MinCapitalsWordLength && IsCapitalsLabel(s))
                {
                    // "TARRANMORE" on a line alone, "NETBALL –", "VESTERGAARD, Lone", "(Euronext: VRMQ)": a lone word in capitals before a
                    // mark is a dateline, a section's strip, a notice's surname before the full name or a ticker, not a person
                    // introduced by it. Surnames written in capitals inside a sentence ("KEREKOU was returned") stay.
                    return false;
                }
                if ((stream.CountNameTokens(s, e) < 2 && taggedMargins[s] < SurnameAloneMargin) || IsPlaceNounAfter(e))
                {
                    // People are introduced by full name; a lone word is a surname only where the tagger is sure of it.
                    return false;
                }
                var person = registry.RegisterPerson(s, e);
                registry.MentionPerson(person, s, e, alias: null);
                affiliations.ReadPersonContext(person, s, e);
                return true;
            case NameType.Organization:
                if (e - s == 1 && knowledge.IsGivenName(text) && !stream.Tokens[s].Is(TokenFlags.AllCaps))
                {
                    // "two daughters, Ayesha and Zainab": a given name alone is a person the text does not name in full, not an organization.
                    return false;
                }
                if (registry.OrganizationByName.TryGetValue(text, out var knownOrganization))
                {
                    registry.MentionOrganization(knownOrganization, s, e);
                    return true;
                }
                if (e - s == 1 && registry.OrganizationByFirstWord.TryGetValue(text, out var shortForm))
                {
                    // "Svartsengi" after "the Svartsengi power plant": the short form of a name already read.
                    registry.MentionOrganization(shortForm, s, e);
                    return true;
                }
                if (IsBeforePluralPlaceNoun(e) && organizations.OrganizationKind(s, e) is null)
                {
                    return AddPlaceNamedByNoun(text, e);
                }
                if (e - s >= 2 && (WordClasses.IsVenueWord(stream.Tokens[e - 1].Text, first: false) || WordClasses.IsVenueWord(stream.Tokens[s].Text, first: true)
                        || IsFeatureOrGround(s, e))
                    && organizations.OrganizationKind(s, e) is null)
                {
                    // Where the match was played or the prizes were given, not who played or gave them; a creek or a road is where too.
                    return AddPlaceNamedByNoun(text, e);
                }
                var organization = registry.AddOrganization(s, e, organizations.OrganizationKind(s, e) ?? organizations.ContextKind(s));
                registry.MentionOrganization(organization, s, e);
                return true;
            case NameType.Place:
                var inGazetteer = knowledge.TryFindPlace(text, out var place, out _);
                if ((e - s == 1 && knowledge.IsDemonym(text)) || (e < stream.Tokens.Length && TokenStream.IsRouteOrEditionNumber(stream.Tokens[e])))
                {
                    // "U.S. 26" is a road.
                    return false;
                }
                if (e - s == 1 && !(inGazetteer && place!.Kind is PlaceKind.Country or PlaceKind.Region or PlaceKind.Continent)
                    && !stream.IsLocativeBefore(s) && !IsPlaceAfterLocativeAndThe(s) && !places.IsPlaceListAfter(e))
                {
                    // "other Inca sites": a lone word that is not a country is a place where the sentence puts something in it
                    // ("in Tarbes", "from the Algarve").
                    return false;
                }
                registry.AddPlace(text, inGazetteer ? place!.Name : text);
                stream.SetLast(EntityKind.Place, -1, e);
                return true;
            default:
                return false;
        }
    }

    /// <summary>"from the Algarve": a lone name after a preposition and "the", unless it is a parliament ("in the Storting").</summary>
    private bool IsPlaceAfterLocativeAndThe(int s) =>
        IsAfterDefiniteArticle(s) && stream.IsLocativeBefore(s - 1) && !Legislatures.IsOneWordName(stream.Tokens[s].Text);

    private bool IsConfident(int s, int e)
    {
        for (var i = s; i < e; i++)
        {
            // Words a person's name was extended over were outside to the tagger; the name's own words carry its confidence.
            if (stream.Tokens[i].IsCapitalizedWord && taggedLabels[i] != NameLabel.Outside && taggedMargins[i] < MinimumMargin)
            {
                return false;
            }
        }
        return true;
    }

    /// <summary>"Moon", "Salt", "Wednesdays", "Wolof": a lone word that is an ordinary word, a day or a language is not a name on the tagger's word alone.</summary>
    private bool IsOrdinaryWord(Token token)
    {
        var word = token.Text;
        var singular = word.Length > 3 && word.EndsWith('s') ? word[..^1] : word;
        return knowledge.IsCommonWord(word) || TokenStream.IsReservedWord(word) || TokenStream.IsReservedWord(singular) || knowledge.IsDemonym(word)
            || WordClasses.IsSentenceStarter(word) || Honorifics.IsPostNominal(word) || TermAbbreviations.IsTerm(word);
    }

    /// <summary>"Martim Moniz square", "Union station": a name before a place noun names the place.</summary>
    private bool IsPlaceNounAfter(int e) =>
        e < stream.Tokens.Length && stream.Tokens[e].IsLowerWord && (WordClasses.IsPlaceNounAfterName(stream.Tokens[e].Text) || UrbanPlaceNouns.Contains(stream.Tokens[e].Text));

    /// <summary>
    /// "the Svartsengi geothermal plant": a lone name between an article and an ordinary word describes what follows,
    /// which the tagger was not trained to name; a verb or preposition after it ("the Fed raised", "the Fed said") leaves it a name.
    /// </summary>
    private bool IsAttributive(int s, int e)
    {
        if (s == 0 || e >= stream.Tokens.Length || stream.Tokens[s - 1].Text is not ("the" or "The" or "a" or "an") || !stream.Tokens[e].IsLowerWord)
        {
            return false;
        }
        var next = stream.Tokens[e].Text;
        return !WordsAfterASubject.Contains(next) && !ReportingVerbs.IsReportingVerb(next) && !next.EndsWith("ed", StringComparison.Ordinal);
    }

    /// <summary>"City Hall", "Old Town": capitalized ordinary words are a name the rules must confirm, not the tagger alone.</summary>
    private bool AllCommonWords(int s, int e)
    {
        for (var i = s; i < e; i++)
        {
            if (!stream.Tokens[i].IsLowerWord && !knowledge.IsCommonWord(stream.Tokens[i].Text))
            {
                return false;
            }
        }
        return true;
    }

    /// <summary>Whether the tagger, sure of itself, reads [s, e) as starting a person's name.</summary>
    internal bool IsSurePerson(int s, int e)
    {
        EnsureTagged(s, e);
        return taggedLabels.Length == stream.Tokens.Length && NameLabels.TypeOf(taggedLabels[s]) == NameType.Person && taggedMargins[s] >= MinimumMargin;
    }

    /// <summary>Whether the tagger reads the word at <paramref name="i"/> as (part of) a place: "Britain's", which no gazetteer lists alone.</summary>
    internal bool IsTaggedPlace(int i)
    {
        EnsureTagged(i, i + 1);
        return taggedLabels.Length == stream.Tokens.Length && NameLabels.TypeOf(taggedLabels[i]) == NameType.Place;
    }

    /// <summary>A person's name is capitalized words, a particle or two inside, no digits and no title or calendar word.</summary>
    private bool IsTaggedPersonName(int s, int e)
    {
        if (e - s > TokenStream.MaxPersonTokens || e - s >= 2 && WordClasses.IsNamedThingWord(stream.Tokens[e - 1].Text) || stream.EndsUnlikeAPerson(s, e)
            || PersonRecognizer.HasSaintWord(stream, s, e))
        {
            return false;
        }
        if (e - s == 1 && stream.Tokens[s].Is(TokenFlags.AllCaps) && stream.Tokens[s].Text.Length <= 3)
        {
            // "USD", "EUR", "MR" (a meeting record): a code of two or three capitals alone is no one's name.
            return false;
        }
        for (var i = s; i < e; i++)
        {
            var token = stream.Tokens[i];
            if (token.IsLowerWord)
            {
                if (!WordClasses.IsNameParticle(token.Text) || i == s || i == e - 1)
                {
                    return false;
                }
                continue;
            }
            var word = token.Text;
            if (!token.IsCapitalizedWord || WordChars.HasDigit(word) || (TokenStream.IsReservedWord(word) && !stream.IsTitleAsSurname(i, e) && !stream.IsCalendarWordInName(i, s, e))
                || knowledge.IsDemonym(word) || (token.Is(TokenFlags.Possessive) && i < e - 1))
            {
                return false;
            }
        }
        return true;
    }
}
