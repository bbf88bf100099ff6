using NewsApi.Ingestion.Entities.Gazetteer;
using NewsApi.Ingestion.Entities.Lexicon;
using NewsApi.Ingestion.Entities.Tagging;
using NewsApi.Ingestion.Entities.Text;

namespace NewsApi.Ingestion.Entities;

/// <summary>Places: gazetteer matches with their doubts resolved by context, places the gazetteer lacks, and the headline's places.</summary>
internal sealed partial class ArticleScanner
{
    private static bool IsBasedWord(string word) =>
        word.EndsWith("-based", StringComparison.Ordinal) || word.EndsWith("-headquartered", StringComparison.Ordinal);

    /// <summary>"Bergen-based" names Bergen.</summary>
    private bool TryBasedPrefix(int s)
    {
        var word = tokens[s].Text;
        if (!IsBasedWord(word))
        {
            return false;
        }
        var prefix = word[..word.LastIndexOf('-')];
        if (knowledge.TryFindPlace(prefix, out var place, out _))
        {
            AddPlace(prefix, place.Name);
        }
        SetLast(EntityKind.None, -1, s + 1);
        return true;
    }

    private const long SmallPlacePopulation = 100_000;

    private bool IsLocativeBefore(int s) =>
        s >= 1 && tokens[s - 1].IsLowerWord && tokens[s - 1].Text is "in" or "at" or "near" or "from" or "to" or "off" or "outside"
            or "around" or "across" or "into" or "via" or "toward" or "towards" or "through" or "between" or "and" or "or"
            or "inside" or "leaves" or "reaches" or "visited" or "visit" or "of";

    /// <summary>"Soroca, Moldova": a name followed by a comma and a known place.</summary>
    private bool IsPlaceListAfter(int e) =>
        e + 1 < tokens.Length && tokens[e].IsPunctuation(',') && tokens[e + 1].IsCapitalizedWord && !tokens[e + 1].Is(TokenFlags.Possessive)
        && knowledge.TryFindPlace(tokens[e + 1].Text, out var next, out _) && next.Kind is PlaceKind.Country or PlaceKind.AdministrativeArea;

    /// <summary>"a market in Ostrovica": a lone name no list knows, right after "in" or "near", is a place the gazetteer lacks.</summary>
    private bool IsUnknownPlaceName(int i)
    {
        if (i < 1 || !tokens[i - 1].IsLowerWord || tokens[i - 1].Text is not ("in" or "near" or "outside"))
        {
            return false;
        }
        var word = tokens[i].Text;
        return word.Length >= 4 && !tokens[i].Is(TokenFlags.AllCaps) && !word.Any(char.IsDigit) && !IsReservedWord(word)
            && !knowledge.IsCommonWord(word) && !knowledge.IsGivenName(word) && !knowledge.IsDemonym(word)
            && !WordClasses.IsSentenceStarter(word) && !organizationByFirstWord.ContainsKey(word)
            && !(i + 1 < tokens.Length && tokens[i + 1].IsCapitalizedWord);
    }

    /// <summary>
    /// A name no list knows that the words around it make a place: "the suburb of Vilanova Alta", "the Quellbach valley",
    /// "Puerto Lindo, the town below", "settlements such as Kibwezi and Mathenge".
    /// </summary>
    private bool IsPlaceByContext(int s, int e)
    {
        if (!AllNameLike(s, e) || e - s > 4 || (e - s == 1 && (knowledge.IsCommonWord(tokens[s].Text) || tokens[s].Text.Length < 3)))
        {
            return false;
        }
        if (HasPlaceNounBefore(s) || IsPlaceListAfter(e))
        {
            return true;
        }
        if (e < tokens.Length && tokens[e].IsLowerWord && WordClasses.IsPlaceNounAfterName(tokens[e].Text))
        {
            return true;
        }
        // "the Salang pass": after "the" only, since "pass" after a name is usually the verb.
        if (e < tokens.Length && tokens[e].Text == "pass" && s >= 1 && tokens[s - 1].Text is "the" && (e + 1 >= tokens.Length || !tokens[e + 1].IsLowerWord || tokens[e + 1].Text is "and" or "in" or "to" or "from" or "near"))
        {
            return true;
        }
        if (e + 2 < tokens.Length && tokens[e].IsPunctuation(',') && tokens[e + 1].IsLowerWord && tokens[e + 1].Text is "the" or "a"
            && tokens[e + 2].IsLowerWord && WordClasses.IsPlaceNoun(tokens[e + 2].Text))
        {
            return true;
        }
        if (s >= 1 && lastKind == EntityKind.Place && lastEnd == s - 1 && tokens[s - 1].Text is "and" or "or" or ",")
        {
            return true;
        }
        var k = s - 1;
        if (k >= 1 && tokens[k].Text == "as" && tokens[k - 1].Text == "such")
        {
            k -= 2;
        }
        else if (k >= 0 && tokens[k].Text == "including")
        {
            k--;
        }
        else
        {
            return false;
        }
        if (k >= 0 && tokens[k].IsPunctuation(','))
        {
            k--;
        }
        return k >= 0 && ((tokens[k].IsLowerWord && WordClasses.IsPlaceNoun(tokens[k].Text)) || (lastKind == EntityKind.Place && lastEnd == k + 1));
    }

    private bool HasPlaceNounBefore(int s) =>
        s >= 2 && tokens[s - 1].Text == "of" && tokens[s - 2].IsLowerWord
        && (WordClasses.IsPlaceNoun(tokens[s - 2].Text)
            // "the archaeological site of X": a bare "site of" is as often an event's ("the site of the crash").
            || (tokens[s - 2].Text == "site" && s >= 3 && tokens[s - 3].Text is "archaeological" or "heritage" or "ancient"));

    /// <summary>The longest gazetteer place starting at <paramref name="s"/>, with any region words after it.</summary>
    private bool MatchPlace(int s, int e, out string name, out int end) => MatchPlace(s, e, out name, out _, out end);

    private bool MatchPlace(int s, int e, out string name, out string canonical, out int end)
    {
        name = "";
        canonical = "";
        end = s;
        var first = tokens[s].Text;
        if ((e - s == 1 && IsReservedWord(first)) || ((tokens[s].Is(TokenFlags.SentenceStart) || IsFirstInQuote(s)) && WordClasses.IsSentenceStarter(first)))
        {
            return false;
        }
        var longest = Math.Min(knowledge.MaxPlaceWords, e - s);
        for (var length = longest; length >= 1; length--)
        {
            if (HasInnerPossessive(s, s + length))
            {
                continue;
            }
            if (!ContainsPlace(s, s + length))
            {
                continue;
            }
            var written = unit.Join(s, s + length);
            if (!knowledge.TryFindPlace(written, out var place, out var ambiguity))
            {
                continue;
            }
            if (length == 1 && (knowledge.IsDemonym(written) || IsReservedWord(written)))
            {
                return false;
            }
            if (s + length < tokens.Length && IsRouteOrEditionNumber(tokens[s + length]))
            {
                // "U.S. 26" is a highway and "Paris 2024" an event, not the place.
                return false;
            }
            // "Reading" or "Split" opening a sentence is the word, not the town; a small town needs "in", "near", "from" before it.
            // A name that is also a given name stands alone here (a person needs two words), unless it speaks ("Florence said").
            var doubtful = (ambiguity & NameAmbiguity.CommonWord) != 0 || place.Population < SmallPlacePopulation
                || ((ambiguity & NameAmbiguity.PersonName) != 0 && ReportingVerbAfter(s + 1));
            // A river or landmark has no population; only its other readings ("Elbe" the surname) make it doubtful.
            var doubtfulKind = place.Kind is PlaceKind.City or PlaceKind.AdministrativeArea
                || (place.Kind == PlaceKind.Feature && ambiguity != NameAmbiguity.None);
            if (length == 1 && RegionWordsEnd(s + 1, e) == s + 1 && doubtfulKind && doubtful
                && !IsLocativeBefore(s) && !IsPlaceListAfter(s + 1) && !HasPlaceNounBefore(s) && !placeSet.Contains(place.Name))
            {
                return false;
            }
            end = s + length;
            name = written;
            canonical = place.Name;
            var regionEnd = RegionWordsEnd(end, e);
            if (regionEnd > end)
            {
                name = unit.Join(s, regionEnd);
                canonical = name;
                end = regionEnd;
            }
            return true;
        }
        return false;
    }

    // Most spans tried are not places; asking with the words still in place saves cutting out a string for each.
    private bool ContainsPlace(int s, int e)
    {
        var length = unit.JoinedLength(s, e);
        if (length > 256)
        {
            return true;
        }
        Span<char> joined = stackalloc char[length];
        unit.JoinInto(s, e, joined);
        return knowledge.ContainsPlace(joined);
    }

    private bool HasInnerPossessive(int s, int e)
    {
        for (var i = s; i < e - 1; i++)
        {
            if (tokens[i].Is(TokenFlags.Possessive))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>"Tibet Autonomous Region": up to three more capitalized words ending in a region word.</summary>
    private int RegionWordsEnd(int start, int e)
    {
        if (start > 0 && tokens[start - 1].Is(TokenFlags.Possessive))
        {
            return start;
        }
        for (var i = start; i < e && i < start + 3; i++)
        {
            if (!tokens[i].IsCapitalizedWord)
            {
                return start;
            }
            if (WordClasses.IsRegionWord(tokens[i].Text) || (i > start && knowledge.IsAdministrativeDesignator(unit.Join(i - 1, i + 1))))
            {
                return i + 1;
            }
            if (tokens[i].Is(TokenFlags.Possessive))
            {
                return start;
            }
        }
        return start;
    }

    private void ScanPlaces(int s, int e, bool partialPlaces = true)
    {
        var i = s;
        while (i < e)
        {
            if (tokens[i].IsLowerWord || IsNoiseAt(i))
            {
                i++;
                continue;
            }
            if (TryBasedPrefix(i))
            {
                i++;
                continue;
            }
            if (MatchPlace(i, e, out var name, out var canonical, out var end) && (partialPlaces || (i == s && end == e)))
            {
                AddPlace(name, canonical);
                SetLast(EntityKind.Place, -1, end);
                i = end;
                continue;
            }
            var word = tokens[i].Text;
            var inQuote = tokens[i].Is(TokenFlags.InQuote);
            if (!inQuote && personByPart.TryGetValue(word, out var person) && e - s == 1)
            {
                MentionPerson(person, i, i + 1, word);
            }
            else if (organizationByName.TryGetValue(word, out var organization))
            {
                MentionOrganization(organization, i, i + 1);
            }
            else if (NewsAgencies.IsAgency(word))
            {
                MentionOrganization(AddOrganization(word, "news agency"), i, i + 1);
            }
            else if (WellKnownOrganizations.Contains(word))
            {
                MentionOrganization(AddOrganization(word, null), i, i + 1);
            }
            else if (e - s == 1 && IsUnknownPlaceName(i))
            {
                AddPlace(word, word);
                SetLast(EntityKind.Place, -1, i + 1);
            }
            else if (e - s == 1 && !inQuote && ReportingVerbAfter(i + 1) && !tokens[i].Is(TokenFlags.SentenceStart)
                && !IsReservedWord(word) && !knowledge.IsDemonym(word) && !WordClasses.IsSentenceStarter(word) && !WordClasses.IsPersonNoun(word))
            {
                // "Gazprom said": a single unknown name that speaks is an organization, since people are introduced in full.
                MentionOrganization(AddOrganization(word, null), i, i + 1);
            }
            i++;
        }
    }

    private void ScanHeadline()
    {
        // Headlines capitalize every word: only places that are countries or regions, or already found, are trusted there.
        var i = 0;
        while (i < tokens.Length)
        {
            if (!tokens[i].IsCapitalizedWord || WordClasses.IsSentenceStarter(tokens[i].Text))
            {
                i++;
                continue;
            }
            var end = i + 1;
            while (end < tokens.Length && end - i < knowledge.MaxPlaceWords && tokens[end].IsCapitalizedWord && !tokens[end - 1].Is(TokenFlags.Possessive))
            {
                end++;
            }
            var matched = false;
            for (var length = end - i; length >= 1; length--)
            {
                var written = unit.Join(i, i + length);
                if (knowledge.TryFindPlace(written, out var place, out var ambiguity)
                    && (place.Kind is PlaceKind.Country or PlaceKind.Region or PlaceKind.Continent || placeSet.Contains(place.Name)
                        || (place.Kind == PlaceKind.Feature && ambiguity == NameAmbiguity.None)))
                {
                    AddPlace(written, place.Name);
                    i += length;
                    matched = true;
                    break;
                }
            }
            if (!matched)
            {
                i++;
            }
        }
    }

    /// <summary>Places are reported as the article writes them ("Turkey", "Kraków"), once per canonical place.</summary>
    private void AddPlace(string written, string canonical)
    {
        if (placeSet.Add(canonical))
        {
            placeSet.Add(written);
            Places.Add(written);
        }
    }
}
