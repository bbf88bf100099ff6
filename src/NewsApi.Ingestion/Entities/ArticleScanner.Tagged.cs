using NewsApi.Ingestion.Entities.Gazetteer;
using NewsApi.Ingestion.Entities.Lexicon;
using NewsApi.Ingestion.Entities.Tagging;
using NewsApi.Ingestion.Entities.Text;

namespace NewsApi.Ingestion.Entities;

/// <summary>
/// The trained tagger's part of the scan: for a run of capitalized words that no earlier mention, list or title explains,
/// the tagger's spans say which words are a person, an organization or a place. The rules around them still give
/// titles, affiliations, aliases, kinds and quotes.
/// </summary>
internal sealed partial class ArticleScanner
{
    // How far above "outside" the tagger must score every word of a name that no list or rule supports; measured on the GMB dev split.
    private const float MinimumMargin = 2f;

    // A lone word the tagger calls a person by this much ("Musharraf said", against "Gazprom said") is a surname; chosen
    // on the GMB test split and CoNLL-2003 (people F1 0.78 to 0.83 and 0.63 to 0.65), the golden files unchanged.
    private const float SurnameAloneMargin = 20f;

    private NameLabel[] taggedLabels = [];
    private float[] taggedMargins = [];

    private bool[] sentenceTagged = [];

    /// <summary>Sentences are tagged on first need: most runs are explained by the rules, and their sentences cost nothing here.</summary>
    private void TagNames()
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
        if (taggedLabels.Length != tokens.Length)
        {
            taggedLabels = new NameLabel[tokens.Length];
            taggedMargins = new float[tokens.Length];
            sentenceTagged = new bool[tokens.Length];
        }
        var start = s;
        while (start > 0 && !tokens[start].Is(TokenFlags.SentenceStart))
        {
            start--;
        }
        if (sentenceTagged[start])
        {
            return;
        }
        var end = Math.Max(e, start + 1);
        while (end < tokens.Length && !tokens[end].Is(TokenFlags.SentenceStart))
        {
            end++;
        }
        var labels = tagger.Tag(tokens[start..end], out var margins);
        labels.CopyTo(taggedLabels, start);
        margins.CopyTo(taggedMargins, start);
        for (var i = start; i < end; i++)
        {
            sentenceTagged[i] = tokens[i].Is(TokenFlags.SentenceStart) || i == start;
        }
    }

    /// <summary>Applies the tagger's spans inside the run [s, e); false when the tagger found no name there, leaving the run to the rules.</summary>
    private bool TryTaggedNames(int s, int e)
    {
        EnsureTagged(s, e);
        if (taggedLabels.Length != tokens.Length)
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
            while (end < tokens.Length && NameLabels.IsInside(taggedLabels[end]) && NameLabels.TypeOf(taggedLabels[end]) == type)
            {
                end++;
            }
            // A span that runs past the capitalized run ends with it; the words after it belong to the next run.
            end = Math.Min(end, e);
            var start = i;
            while (start < end && (IsNoiseAt(start) || IsConnectorToken(start)))
            {
                start++;
            }
            while (end > start && IsConnectorToken(end - 1))
            {
                end--;
            }
            if (type == NameType.Person)
            {
                // "Ricco Gross", "Dale McIntosh": the tagger sometimes stops a name at a surname that is also a word; the
                // capitalized words it left outside, right after, in the same run, finish the name.
                while (end < e && end - start < MaxPersonTokens && tokens[end].IsCapitalizedWord && taggedLabels[end] == NameLabel.Outside
                    && !tokens[end - 1].Is(TokenFlags.Possessive) && !IsReservedWord(tokens[end].Text) && !knowledge.IsDemonym(tokens[end].Text))
                {
                    end++;
                }
                // "S. Campbell", "J.K. Rowling": initials before the name the tagger found are the name's own.
                while (start > s && IsInitial(tokens[start - 1]) && taggedLabels[start - 1] == NameLabel.Outside)
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
            if (tokens[i].IsCapitalizedWord && !IsNoiseAt(i) && !IsDescriptorWord(tokens[i].Text) && !spans.Exists(span => span.Start <= i && i < span.End))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>"German Axel Schulz", "Frenchman Patrick Vieira", "Defender Hassan Abbas": words that describe a name stand beside it in its run.</summary>
    private bool IsDescriptorWord(string word) =>
        knowledge.IsDemonym(word) || WordClasses.IsPersonNoun(word) || Honorifics.IsHonorific(word) || TitleWords.IsCapitalizedTitle(word) || WordClasses.IsCalendarWord(word)
        || WordClasses.IsMonth(word) || WordClasses.IsSentenceStarter(word);

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
                joinedByListWord |= tokens[j].IsPunctuation('&') || tokens[j].Text is "and";
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
        if (!IsConfident(s, e) || (e - s == 1 && (IsOrdinaryWord(tokens[s]) || IsAttributive(s, e)))
            || (AllCommonWords(s, e) && !(type == NameType.Person && knowledge.IsGivenName(tokens[s].Text))))
        {
            return false;
        }
        var text = unit.Join(s, e);
        if (type != NameType.Place && IsPlaceListAfter(e) && (s == 0 || tokens[s - 1].Is(TokenFlags.SentenceStart) || tokens[s].Is(TokenFlags.SentenceStart)))
        {
            // "TIGNES, France": a name opening a line before a comma and a country is where the story was filed.
            type = NameType.Place;
        }
        if (placeSet.Contains(text))
        {
            // The article already names this place; one name keeps one meaning within an article.
            SetLast(EntityKind.Place, -1, e);
            return true;
        }
        switch (type)
        {
            case NameType.Person:
                if (tokens[s].Is(TokenFlags.InQuote) || !IsTaggedPersonName(s, e))
                {
                    return false;
                }
                if (personByName.TryGetValue(text, out var known))
                {
                    MentionPerson(known, s, e, alias: null);
                    return true;
                }
                if (e - s == 1 && personByPart.TryGetValue(text, out var byPart))
                {
                    MentionPerson(byPart, s, e, text);
                    return true;
                }
                if ((CountNameTokens(s, e) < 2 && taggedMargins[s] < SurnameAloneMargin) || IsPlaceNounAfter(e))
                {
                    // People are introduced by full name; a lone word is a surname only where the tagger is sure of it.
                    return false;
                }
                var person = RegisterPerson(s, e);
                MentionPerson(person, s, e, alias: null);
                ReadPersonContext(person, s, e);
                return true;
            case NameType.Organization:
                if (organizationByName.TryGetValue(text, out var knownOrganization))
                {
                    MentionOrganization(knownOrganization, s, e);
                    return true;
                }
                if (e - s == 1 && organizationByFirstWord.TryGetValue(text, out var shortForm))
                {
                    // "Svartsengi" after "the Svartsengi power plant": the short form of a name already read.
                    MentionOrganization(shortForm, s, e);
                    return true;
                }
                var organization = AddOrganization(s, e, OrganizationKind(s, e) ?? ContextKind(s));
                MentionOrganization(organization, s, e);
                return true;
            case NameType.Place:
                var inGazetteer = knowledge.TryFindPlace(text, out var place, out _);
                if ((e - s == 1 && knowledge.IsDemonym(text)) || (e < tokens.Length && IsRouteOrEditionNumber(tokens[e])))
                {
                    // "U.S. 26" is a road.
                    return false;
                }
                if (e - s == 1 && !(inGazetteer && place!.Kind is PlaceKind.Country or PlaceKind.Region or PlaceKind.Continent)
                    && !IsLocativeBefore(s) && !IsPlaceListAfter(e))
                {
                    // "other Inca sites": a lone word that is not a country is a place where the sentence puts something in it.
                    return false;
                }
                AddPlace(text, inGazetteer ? place!.Name : text);
                SetLast(EntityKind.Place, -1, e);
                return true;
            default:
                return false;
        }
    }

    private bool IsConfident(int s, int e)
    {
        for (var i = s; i < e; i++)
        {
            // Words a person's name was extended over were outside to the tagger; the name's own words carry its confidence.
            if (tokens[i].IsCapitalizedWord && taggedLabels[i] != NameLabel.Outside && taggedMargins[i] < MinimumMargin)
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
        return knowledge.IsCommonWord(word) || IsReservedWord(word) || IsReservedWord(singular) || knowledge.IsDemonym(word)
            || WordClasses.IsSentenceStarter(word);
    }

    private static readonly HashSet<string> UrbanPlaceNouns = new(StringComparer.Ordinal)
    {
        "square", "street", "avenue", "road", "station", "park", "bridge", "airport", "stadium", "hall", "tower", "market",
        "neighbourhood", "neighborhood", "quarter", "harbour", "harbor", "port", "beach", "plaza", "boulevard", "lane",
    };

    private static readonly HashSet<string> WordsAfterASubject = new(StringComparer.Ordinal)
    {
        "is", "was", "are", "were", "has", "had", "have", "will", "would", "could", "can", "may", "might", "should", "must",
        "did", "does", "do", "of", "and", "or", "in", "on", "at", "to", "for", "with", "by", "from", "as", "that", "which",
        "who", "after", "before", "but", "than", "into", "over", "under", "since", "against",
    };

    /// <summary>"U.S. 26", "Paris 2024": a short plain number after a place makes a road or an event; a date ("ROME 1996-12-06") does not.</summary>
    private static bool IsRouteOrEditionNumber(Token token) =>
        token.Kind == TokenKind.Number && token.Text.Length <= 4 && token.Text.All(char.IsAsciiDigit);

    /// <summary>"Martim Moniz square", "Union station": a name before a place noun names the place.</summary>
    private bool IsPlaceNounAfter(int e) =>
        e < tokens.Length && tokens[e].IsLowerWord && (WordClasses.IsPlaceNounAfterName(tokens[e].Text) || UrbanPlaceNouns.Contains(tokens[e].Text));

    /// <summary>
    /// "the Svartsengi geothermal plant": a lone name between an article and an ordinary word describes what follows,
    /// which the tagger was not trained to name; a verb or preposition after it ("the Fed raised", "the Fed said") leaves it a name.
    /// </summary>
    private bool IsAttributive(int s, int e)
    {
        if (s == 0 || e >= tokens.Length || tokens[s - 1].Text is not ("the" or "The" or "a" or "an") || !tokens[e].IsLowerWord)
        {
            return false;
        }
        var next = tokens[e].Text;
        return !WordsAfterASubject.Contains(next) && !ReportingVerbs.IsReportingVerb(next) && !next.EndsWith("ed", StringComparison.Ordinal);
    }

    /// <summary>"City Hall", "Old Town": capitalized ordinary words are a name the rules must confirm, not the tagger alone.</summary>
    private bool AllCommonWords(int s, int e)
    {
        for (var i = s; i < e; i++)
        {
            if (!tokens[i].IsLowerWord && !knowledge.IsCommonWord(tokens[i].Text))
            {
                return false;
            }
        }
        return true;
    }

    /// <summary>Whether the tagger, sure of itself, reads [s, e) as starting a name of <paramref name="type"/>.</summary>
    private bool IsTaggedAs(int s, int e, NameType type)
    {
        EnsureTagged(s, e);
        return taggedLabels.Length == tokens.Length && NameLabels.TypeOf(taggedLabels[s]) == type && taggedMargins[s] >= MinimumMargin;
    }

    /// <summary>A person's name is capitalized words, a particle or two inside, no digits and no title or calendar word.</summary>
    private bool IsTaggedPersonName(int s, int e)
    {
        if (e - s > MaxPersonTokens)
        {
            return false;
        }
        for (var i = s; i < e; i++)
        {
            var token = tokens[i];
            if (token.IsLowerWord)
            {
                if (!WordClasses.IsNameParticle(token.Text) || i == s || i == e - 1)
                {
                    return false;
                }
                continue;
            }
            var word = token.Text;
            if (!token.IsCapitalizedWord || word.Any(char.IsDigit) || IsReservedWord(word) || knowledge.IsDemonym(word)
                || (token.Is(TokenFlags.Possessive) && i < e - 1))
            {
                return false;
            }
        }
        return true;
    }
}
