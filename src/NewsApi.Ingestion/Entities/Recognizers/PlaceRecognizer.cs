using NewsApi.Ingestion.Entities.Gazetteer;
using NewsApi.Ingestion.Entities.Lexicon;
using NewsApi.Ingestion.Entities.Text;

namespace NewsApi.Ingestion.Entities.Recognizers;

/// <summary>Places: gazetteer matches with their doubts resolved by context, places the gazetteer lacks, and the headline's places.</summary>
internal sealed partial class PlaceRecognizer(TokenStream stream, EntityRegistry registry, IEntityKnowledge knowledge)
{
    /// <summary>A gazetteer place that spans the whole run, its doubts resolved by context.</summary>
    internal bool TryGazetteerPlace(NameRun run)
    {
        if (!MatchPlace(run.Start, run.End, out var placeName, out var placeCanonical, out var placeEnd) || placeEnd != run.End)
        {
            return false;
        }
        if (!TryCountriesOfRegion(placeName))
        {
            registry.AddPlace(placeName, placeCanonical);
        }
        stream.SetLast(EntityKind.Place, -1, run.End);
        return true;
    }

    /// <summary>
    /// "Australia and New Zealand": a region the gazetteer names by its two countries is, in a story, the two countries.
    /// "Bosnia and Herzegovina" and "Trinidad and Tobago" are countries themselves and stay whole.
    /// </summary>
    private bool TryCountriesOfRegion(string placeName)
    {
        var and = placeName.IndexOf(" and ", StringComparison.Ordinal);
        if (and <= 0 || !knowledge.TryFindPlace(placeName, out var region, out _) || region.Kind == PlaceKind.Country
            || !knowledge.TryFindPlace(placeName[..and], out var first, out _) || first.Kind != PlaceKind.Country
            || !knowledge.TryFindPlace(placeName[(and + 5)..], out var second, out _) || second.Kind != PlaceKind.Country)
        {
            return false;
        }
        registry.AddPlace(placeName[..and], first.Name);
        registry.AddPlace(placeName[(and + 5)..], second.Name);
        return true;
    }

    /// <summary>"the village of Ostrovica": a name after a place noun and "of".</summary>
    internal bool TryAfterPlaceNoun(NameRun run) => HasPlaceNounBefore(run.Start) && stream.AllNameLike(run.Start, run.End) && Found(run);

    /// <summary>"Co Clare", "Co. Kerry": Irish counties are written with "Co" for "County", which here is no company's legal form.</summary>
    internal bool TryIrishCounty(NameRun run)
    {
        var (s, e) = (run.Start, run.End);
        if (e - s != 2 || stream.Tokens[s].Text != "Co" || !stream.Tokens[e - 1].IsCapitalizedWord || stream.Tokens[e - 1].Is(TokenFlags.AllCaps))
        {
            return false;
        }
        var county = stream.Tokens[e - 1].Text;
        registry.AddPlace(county, county);
        stream.SetLast(EntityKind.Place, -1, e);
        return true;
    }

    /// <summary>"the Quellbach valley", "Puerto Lindo, the town below": a name the words around it make a place.</summary>
    internal bool TryByContext(NameRun run) => IsPlaceByContext(run.Start, run.End) && Found(run);

    /// <summary>"Santiago de Compostela", "Rio de Janeiro": a place name with a particle in it.</summary>
    internal bool TryWithParticle(NameRun run)
    {
        var (s, e) = (run.Start, run.End);
        return e - s >= 3 && stream.Tokens[s + 1].IsLowerWord && stream.Tokens[s + 1].Text is "de" or "del" or "do" or "da" or "di" or "la"
            && MatchPlace(s, s + 1, out _, out _) && Found(run);
    }

    /// <summary>"Lake Tana", "Rift Valley": a named natural feature.</summary>
    internal bool TryNaturalFeature(NameRun run)
    {
        var (s, e) = (run.Start, run.End);
        return e - s >= 2 && stream.AllNameLike(s, e)
            && (WordClasses.IsFeatureWord(stream.Tokens[s].Text) || WordClasses.IsFeatureWord(stream.Tokens[e - 1].Text)) && Found(run);
    }

    /// <summary>The last rule: places inside a run nothing else explained (a lone word may also be a known name, an agency...).</summary>
    internal bool ScanForPlaces(NameRun run)
    {
        ScanPlaces(run.Start, run.End, partialPlaces: run.Length == 1);
        return true;
    }

    private bool Found(NameRun run)
    {
        registry.AddPlace(run.Text, run.Text);
        stream.SetLast(EntityKind.Place, -1, run.End);
        return true;
    }

    /// <summary>"Bergen-based" names Bergen.</summary>
    internal bool TryBasedPrefix(int s) => TryBasedPhrase(s, s + 1, out _);

    /// <summary>
    /// "Kuala Lumpur-listed Varnak Timur Mineral": a place of one or more words made into a modifier opens the run and names the
    /// place; the name after it is read on its own. <paramref name="next"/> is where that name starts.
    /// </summary>
    internal bool TryBasedPhrase(int s, int e, out int next)
    {
        const int MaxPlaceWords = 4;
        next = s;
        for (var k = s; k < Math.Min(e, s + MaxPlaceWords); k++)
        {
            var word = stream.Tokens[k].Text;
            if (!TokenStream.IsBasedWord(word))
            {
                // "Rio de Janeiro-based": a place's own connector may stand inside the modifier, never open it.
                if (!stream.Tokens[k].IsCapitalizedWord && !(k > s && stream.Tokens[k].IsLowerWord && stream.IsConnectorToken(k)))
                {
                    return false;
                }
                continue;
            }
            var last = word[..word.LastIndexOf('-')];
            var prefix = k > s ? stream.Unit.Join(s, k) + " " + last : last;
            if (knowledge.TryFindPlace(prefix, out var place, out _))
            {
                registry.AddPlace(prefix, place.Name);
            }
            else if (k > s)
            {
                // Words before the modifier that are no known place are read as any other run.
                return false;
            }
            stream.SetLast(EntityKind.None, -1, k + 1);
            next = k + 1;
            return true;
        }
        return false;
    }

    private const long SmallPlacePopulation = 100_000;

    /// <summary>"Soroca, Moldova": a name followed by a comma and a known place.</summary>
    internal bool IsPlaceListAfter(int e) =>
        e + 1 < stream.Tokens.Length && stream.Tokens[e].IsPunctuation(',') && stream.Tokens[e + 1].IsCapitalizedWord && !stream.Tokens[e + 1].Is(TokenFlags.Possessive)
        && knowledge.TryFindPlace(stream.Tokens[e + 1].Text, out var next, out _) && next.Kind is PlaceKind.Country or PlaceKind.AdministrativeArea;

    /// <summary>"a market in Ostrovica": a lone name no list knows, right after "in" or "near", is a place the gazetteer lacks.</summary>
    private bool IsUnknownPlaceName(int i)
    {
        if (i < 1 || !stream.Tokens[i - 1].IsLowerWord || stream.Tokens[i - 1].Text is not ("in" or "near" or "outside"))
        {
            return false;
        }
        var word = stream.Tokens[i].Text;
        return word.Length >= 4 && !stream.Tokens[i].Is(TokenFlags.AllCaps) && !WordChars.HasDigit(word) && !TokenStream.IsReservedWord(word)
            && !knowledge.IsCommonWord(word) && !knowledge.IsGivenName(word) && !knowledge.IsDemonym(word)
            && !WordClasses.IsSentenceStarter(word) && !registry.OrganizationByFirstWord.ContainsKey(word)
            && !(i + 1 < stream.Tokens.Length && stream.Tokens[i + 1].IsCapitalizedWord);
    }

    /// <summary>
    /// A name no list knows that the words around it make a place: "the suburb of Vilanova Alta", "the Quellbach valley",
    /// "Puerto Lindo, the town below", "settlements such as Kibwezi and Mathenge".
    /// </summary>
    private bool IsPlaceByContext(int s, int e)
    {
        if (!stream.AllNameLike(s, e) || e - s > 4 || (e - s == 1 && (knowledge.IsCommonWord(stream.Tokens[s].Text) || stream.Tokens[s].Text.Length < 3)))
        {
            return false;
        }
        if (HasPlaceNounBefore(s) || IsPlaceListAfter(e))
        {
            return true;
        }
        if (e < stream.Tokens.Length && stream.Tokens[e].IsLowerWord && WordClasses.IsPlaceNounAfterName(stream.Tokens[e].Text))
        {
            return true;
        }
        // "the Salang pass": after "the" only, since "pass" after a name is usually the verb.
        if (e < stream.Tokens.Length && stream.Tokens[e].Text == "pass" && s >= 1 && stream.Tokens[s - 1].Text is "the" && (e + 1 >= stream.Tokens.Length || !stream.Tokens[e + 1].IsLowerWord || stream.Tokens[e + 1].Text is "and" or "in" or "to" or "from" or "near"))
        {
            return true;
        }
        if (e + 2 < stream.Tokens.Length && stream.Tokens[e].IsPunctuation(',') && stream.Tokens[e + 1].IsLowerWord && stream.Tokens[e + 1].Text is "the" or "a"
            && stream.Tokens[e + 2].IsLowerWord && WordClasses.IsPlaceNoun(stream.Tokens[e + 2].Text))
        {
            return true;
        }
        // "TD for Galway West, Cathal Roe, said": a name set off by commas before a reporting verb is a speaker, not the next
        // place of a list.
        if (s >= 1 && stream.LastKind == EntityKind.Place && stream.LastEnd == s - 1 && stream.Tokens[s - 1].Text is "and" or "or" or ","
            && !(e + 1 < stream.Tokens.Length && stream.Tokens[e].IsPunctuation(',') && ReportingVerbs.IsReportingVerb(stream.Tokens[e + 1].Text))
            && !stream.IsHolderAfterOfficesPlace(s, e))
        {
            return true;
        }
        var k = s - 1;
        if (k >= 1 && stream.Tokens[k].Text == "as" && stream.Tokens[k - 1].Text == "such")
        {
            k -= 2;
        }
        else if (k >= 0 && stream.Tokens[k].Text == "including")
        {
            k--;
        }
        else
        {
            return false;
        }
        if (k >= 0 && stream.Tokens[k].IsPunctuation(','))
        {
            k--;
        }
        return k >= 0 && ((stream.Tokens[k].IsLowerWord && WordClasses.IsPlaceNoun(stream.Tokens[k].Text)) || (stream.LastKind == EntityKind.Place && stream.LastEnd == k + 1));
    }

    private bool HasPlaceNounBefore(int s) =>
        s >= 2 && stream.Tokens[s - 1].Text == "of" && stream.Tokens[s - 2].IsLowerWord
        && (WordClasses.IsPlaceNoun(stream.Tokens[s - 2].Text)
            // "the archaeological site of X": a bare "site of" is as often an event's ("the site of the crash").
            || (stream.Tokens[s - 2].Text == "site" && s >= 3 && stream.Tokens[s - 3].Text is "archaeological" or "heritage" or "ancient"));

    /// <summary>The longest gazetteer place starting at <paramref name="s"/>, with any region words after it.</summary>
    internal bool MatchPlace(int s, int e, out string name, out int end) => MatchPlace(s, e, out name, out _, out end);

    internal bool MatchPlace(int s, int e, out string name, out string canonical, out int end)
    {
        name = "";
        canonical = "";
        end = s;
        var first = stream.Tokens[s].Text;
        if ((e - s == 1 && TokenStream.IsReservedWord(first)) || ((stream.Tokens[s].Is(TokenFlags.SentenceStart) || stream.IsFirstInQuote(s)) && WordClasses.IsSentenceStarter(first)))
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
            var written = stream.Unit.Join(s, s + length);
            if (!knowledge.TryFindPlace(written, out var place, out var ambiguity))
            {
                continue;
            }
            if (length == 1 && (knowledge.IsDemonym(written) || TokenStream.IsReservedWord(written)))
            {
                return false;
            }
            if (!stream.IsDataUnit && s + length < stream.Tokens.Length && TokenStream.IsRouteOrEditionNumber(stream.Tokens[s + length]))
            {
                // "U.S. 26" is a highway and "Paris 2024" an event, not the place; in a table of scores ("Norway 28") it is the side.
                return false;
            }
            // "Reading" or "Split" opening a sentence is the word, not the town; a small town needs "in", "near", "from" before it.
            // A name that is also a given name stands alone here (a person needs two words), unless it speaks ("Florence said").
            var doubtful = (ambiguity & NameAmbiguity.CommonWord) != 0 || place.Population < SmallPlacePopulation && !IsListedTownOfTheStorysCountry(place, ambiguity, s)
                || ((ambiguity & NameAmbiguity.PersonName) != 0 && stream.ReportingVerbAfter(s + 1));
            // A river or landmark has no population; only its other readings ("Elbe" the surname) make it doubtful.
            var doubtfulKind = place.Kind is PlaceKind.City or PlaceKind.AdministrativeArea
                || (place.Kind == PlaceKind.Feature && ambiguity != NameAmbiguity.None);
            if (length == 1 && RegionWordsEnd(s + 1, e) == s + 1 && doubtfulKind && doubtful
                && !stream.IsLocativeBefore(s) && !IsPlaceListAfter(s + 1) && !HasPlaceNounBefore(s) && !registry.PlaceSet.Contains(place.Name)
                && !IsSiteNamedByItsTown(s, s + 1) && !(ambiguity == NameAmbiguity.None && IsTownBeforeWhatItDescribes(s + 1)))
            {
                return false;
            }
            end = s + length;
            name = written;
            canonical = place.Name;
            var regionEnd = RegionWordsEnd(end, e);
            if (regionEnd > end)
            {
                name = stream.Unit.Join(s, regionEnd);
                canonical = name;
                end = regionEnd;
            }
            return true;
        }
        return false;
    }

    /// <summary>
    /// "Nepal's province ... includes Butwal, Nepalgunj and": once the story has named the country, towns of it listed side by
    /// side are read as towns, however small. One town alone may be a firm named after it ("Zywiec's profit", "Magna said").
    /// </summary>
    private bool IsListedTownOfTheStorysCountry(Place place, NameAmbiguity ambiguity, int s) =>
        ambiguity == NameAmbiguity.None && place.Kind == PlaceKind.City && place.CountryName is { } country && registry.PlaceSet.Contains(country)
        && (IsListedTownOf(country, s + 1, s + 2) || IsListedTownOf(country, s - 1, s - 2));

    private bool IsListedTownOf(string country, int joiner, int other) =>
        other >= 0 && other < stream.Tokens.Length && (stream.Tokens[joiner].IsPunctuation(',') || stream.Tokens[joiner].Text == "and")
        && stream.Tokens[other].IsCapitalizedWord && knowledge.TryFindPlace(stream.Tokens[other].Text, out var neighbour, out _)
        && neighbour.CountryName == country;

    // Most spans tried are not places; asking with the words still in place saves cutting out a string for each.
    private bool ContainsPlace(int s, int e)
    {
        var length = stream.Unit.JoinedLength(s, e);
        if (length > 256)
        {
            return true;
        }
        Span<char> joined = stackalloc char[length];
        stream.Unit.JoinInto(s, e, joined);
        return knowledge.ContainsPlace(joined);
    }

    private bool HasInnerPossessive(int s, int e)
    {
        for (var i = s; i < e - 1; i++)
        {
            if (stream.Tokens[i].Is(TokenFlags.Possessive))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>"Tibet Autonomous Region": up to three more capitalized words ending in a region word.</summary>
    private int RegionWordsEnd(int start, int e)
    {
        if (start > 0 && stream.Tokens[start - 1].Is(TokenFlags.Possessive))
        {
            return start;
        }
        for (var i = start; i < e && i < start + 3; i++)
        {
            if (!stream.Tokens[i].IsCapitalizedWord)
            {
                return start;
            }
            if (WordClasses.IsRegionWord(stream.Tokens[i].Text) || (i > start && knowledge.IsAdministrativeDesignator(stream.Unit.Join(i - 1, i + 1))))
            {
                return i + 1;
            }
            if (stream.Tokens[i].Is(TokenFlags.Possessive))
            {
                return start;
            }
        }
        return start;
    }

    internal void ScanPlaces(int s, int e, bool partialPlaces = true)
    {
        var i = s;
        while (i < e)
        {
            if (stream.Tokens[i].IsLowerWord || stream.IsNoiseAt(i))
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
                registry.AddPlace(name, canonical);
                stream.SetLast(EntityKind.Place, -1, end);
                i = end;
                continue;
            }
            var word = stream.Tokens[i].Text;
            var inQuote = stream.Tokens[i].Is(TokenFlags.InQuote);
            if (!inQuote && registry.PersonByPart.TryGetValue(word, out var person) && e - s == 1)
            {
                registry.MentionPerson(person, i, i + 1, word);
            }
            else if (registry.OrganizationByName.TryGetValue(word, out var organization))
            {
                registry.MentionOrganization(organization, i, i + 1);
            }
            else if (NewsAgencies.IsAgency(word))
            {
                registry.MentionOrganization(registry.AddOrganization(word, "news agency"), i, i + 1);
            }
            else if (WellKnownOrganizations.Contains(word))
            {
                registry.MentionOrganization(registry.AddOrganization(word, null), i, i + 1);
            }
            else if (e - s == 1 && IsUnknownPlaceName(i))
            {
                registry.AddPlace(word, word);
                stream.SetLast(EntityKind.Place, -1, i + 1);
            }
            else if (e - s == 1 && !inQuote && stream.ReportingVerbAfter(i + 1) && !stream.Tokens[i].Is(TokenFlags.SentenceStart)
                && !TokenStream.IsReservedWord(word) && !knowledge.IsDemonym(word) && !WordClasses.IsSentenceStarter(word) && !WordClasses.IsPersonNoun(word))
            {
                // "Gazprom said": a single unknown name that speaks is an organization, since people are introduced in full.
                registry.MentionOrganization(registry.AddOrganization(word, null), i, i + 1);
            }
            i++;
        }
    }

    internal void ScanHeadline()
    {
        // Headlines capitalize every word: only places that are countries or regions, or already found, are trusted there.
        var i = 0;
        while (i < stream.Tokens.Length)
        {
            if (!stream.Tokens[i].IsCapitalizedWord || WordClasses.IsSentenceStarter(stream.Tokens[i].Text))
            {
                i++;
                continue;
            }
            var end = i + 1;
            while (end < stream.Tokens.Length && end - i < knowledge.MaxPlaceWords && stream.Tokens[end].IsCapitalizedWord && !stream.Tokens[end - 1].Is(TokenFlags.Possessive))
            {
                end++;
            }
            var matched = false;
            for (var length = end - i; length >= 1; length--)
            {
                var written = stream.Unit.Join(i, i + length);
                if (knowledge.TryFindPlace(written, out var place, out var ambiguity)
                    && (place.Kind is PlaceKind.Country or PlaceKind.Region or PlaceKind.Continent || registry.PlaceSet.Contains(place.Name)
                        || (place.Kind == PlaceKind.Feature && ambiguity == NameAmbiguity.None)))
                {
                    registry.AddPlace(written, place.Name);
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

    /// <summary>
    /// A country the page tags and the text names by its adjective ("Romanian" with a "Romania" tag) is a place of the article;
    /// the adjective alone is not, since "Danish" may describe a ship or a person far from Denmark.
    /// </summary>
    public void AddTaggedDemonymPlaces(IReadOnlyList<string> tags)
    {
        if (registry.DemonymPlaces.Count == 0)
        {
            return;
        }
        foreach (var tag in tags)
        {
            if (knowledge.TryFindPlace(tag, out var place, out _) && place.Kind == PlaceKind.Country && registry.DemonymPlaces.Contains(place.Name))
            {
                registry.AddPlace(tag, place.Name);
            }
        }
    }

    internal void NoteDemonyms()
    {
        foreach (var token in stream.Tokens)
        {
            if (token.IsCapitalizedWord && knowledge.TryFindDemonym(token.Text, out var place) && place.Kind == PlaceKind.Country)
            {
                registry.DemonymPlaces.Add(place.Name);
            }
        }
    }
}
