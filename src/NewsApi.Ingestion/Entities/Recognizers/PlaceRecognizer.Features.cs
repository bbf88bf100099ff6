using NewsApi.Ingestion.Entities.Lexicon;
using NewsApi.Ingestion.Entities.Text;

namespace NewsApi.Ingestion.Entities.Recognizers;

/// <summary>Places named by the word they open or close with (natural features, streets, quarters) and elected members' seats.</summary>
internal sealed partial class PlaceRecognizer
{
    /// <summary>
    /// "Lake Pääjärvi", "Gulf of Guinea", "Prince Edward Island": a word that only a natural feature opens or closes its name
    /// with decides before any person rule does ("Prince" is also a title). A firm's head word makes it an organization's name
    /// ("Lake Placid Organizing Committee"); a given name before a word that may also be a surname makes it a person's
    /// ("Veronica Lake").
    /// </summary>
    internal bool TryFeatureByItsWord(NameRun run)
    {
        var (s, e) = (run.Start, run.End);
        if (run.InQuote || !IsFeatureName(s, e))
        {
            return false;
        }
        // "Gulf of St. Lawrence": written as the text has it, with the abbreviation's full stop.
        var written = registry.WrittenWithStops(s, e);
        registry.AddPlace(written, written);
        stream.SetLast(EntityKind.Place, -1, e);
        return true;
    }

    /// <summary>
    /// "Wilbur Road", "Glenholm East": a street, or a known place with a compass word after it, is a place, before the words
    /// around it ("Wilbur Road said" in a witness's account) make a person of it.
    /// </summary>
    internal bool TryStreetOrQuarter(NameRun run)
    {
        var (s, e) = (run.Start, run.End);
        if (e - s is < 2 or > MaxStreetWords || run.InQuote)
        {
            return false;
        }
        var first = stream.Tokens[s].Text;
        var last = stream.Tokens[e - 1].Text;
        // "Ellerby Street East": a compass word after the street's kind is the part of a long street.
        var kindAt = e - s >= 3 && IsCompassWord(last) ? e - 2 : e - 1;
        var kind = stream.Tokens[kindAt].Text;
        // A street where something happens ("on Wilbur Road", "in Downing Street"); a title in quotes ("The Salt Road") is not one.
        // "Street" and "Lane" are surnames after a given name ("on Thaddeus Lane"); "Road" and "Avenue" never are ("on Wilbur Road").
        // "on Rua Augusta", "in Calle Mayor": Portuguese, Spanish, French and Malay streets name their kind first.
        var isStreet = (kind is "Road" or "Avenue" or "Boulevard" or "Drive" or "Freeway" or "Parkway"
                || kind is "Street" or "Lane" && !knowledge.IsGivenName(first) || e - s == 2 && WordClasses.OpensAStreetsName(first))
            && kindAt > s && AllStreetNameWords(s, kindAt)
            && s > 0 && stream.Tokens[s - 1].IsLowerWord && stream.Tokens[s - 1].Text is "on" or "in" or "at" or "along" or "off" or "near";
        // "Kabwe Central", "Accra North": a town's quarter, or the seat of parliament named after it.
        var isQuarter = e - s == 2 && IsCompassWord(last) && knowledge.ContainsPlace(first) && !knowledge.IsGivenName(first);
        if (!isStreet && !isQuarter)
        {
            return false;
        }
        registry.AddPlace(run.Text, run.Text);
        stream.SetLast(EntityKind.Place, -1, e);
        return true;
    }

    // "on Thandeka M. Zwelibanzi Road": a street named after someone in full, with an initial, and its kind.
    private const int MaxStreetWords = 5;

    private static bool IsCompassWord(string word) => word is "North" or "South" or "East" or "West" or "Central";

    /// <summary>The words before a street's kind: capitalized words and initials, no title, no possessive.</summary>
    private bool AllStreetNameWords(int s, int e)
    {
        for (var i = s; i < e; i++)
        {
            var token = stream.Tokens[i];
            if (!token.IsCapitalizedWord || token.Is(TokenFlags.Possessive) || TokenStream.IsReservedWord(token.Text) && i > s)
            {
                return false;
            }
        }
        return true;
    }

    /// <summary>Whether [s, e) is a natural feature by the word it opens or closes with (see <see cref="TryFeatureByItsWord"/>).</summary>
    internal bool IsFeatureName(int s, int e)
    {
        if (e - s < 2)
        {
            return false;
        }
        var first = stream.Tokens[s].Text;
        var last = stream.Tokens[e - 1].Text;
        // "Keti Bandar", "Bandar Lampung": a port town named by the Persian and Malay word for a harbour.
        var closedByFeature = last is "Island" or "Islands" or "Peninsula" or "Ocean" or "Mountains" or "Bandar";
        // "River Niger": a river named after a place it runs through ("River Phoenix" is a person).
        var riverOfAPlace = first == "River" && e - s == 2 && knowledge.ContainsPlace(last);
        if (!(closedByFeature || riverOfAPlace || (first is "Lake" or "Mount" or "Gulf" or "Cape" or "Sea" or "Strait" or "Bandar" || IsFeatureOpenerOfOtherLanguages(first))
            && !knowledge.IsGivenName(first)))
        {
            return false;
        }
        for (var i = s; i < e; i++)
        {
            var word = stream.Tokens[i].Text;
            // "Cape Atlantic United", "Lake Shore City": a club's suffix closes a team named after the feature.
            if (stream.Tokens[i].IsLowerWord && word is not ("of" or "the" or "de" or "la") || !stream.Tokens[i].IsWord
                || OrganizationWords.IsFirmWord(word) || i == e - 1 && i > s + 1 && OrganizationWords.IsClubSuffix(word))
            {
                return false;
            }
        }
        return true;
    }

    /// <summary>An elected member's seat ("MP for Harrowmere West"), written as the text has it.</summary>
    internal void AddConstituency(int s, int e)
    {
        var written = registry.WrittenWithStops(s, e);
        registry.AddPlace(written, written);
        stream.SetLast(EntityKind.Place, -1, e);
    }

    /// <summary>"Chile's Environment Minister": a country's own office, whose portfolio is no employer.</summary>
    internal bool IsCountrysPortfolio(int start, int end)
    {
        if (end - start is < 2 or > 3 || !stream.Tokens[start].Is(TokenFlags.Possessive) || !knowledge.TryFindPlace(stream.Tokens[start].Text, out _, out _))
        {
            return false;
        }
        for (var i = start + 1; i < end; i++)
        {
            if (OrganizationWords.IsHeadWord(stream.Tokens[i].Text) || !knowledge.IsCommonWord(stream.Tokens[i].Text.ToLowerInvariant()))
            {
                return false;
            }
        }
        return true;
    }

    /// <summary>"Mont Ventoux", "Lago Maggiore", "Loch Ness", "Col du Galibier": mountains, lakes and passes named in their own language.</summary>
    private static bool IsFeatureOpenerOfOtherLanguages(string word) =>
        word is "Mont" or "Monte" or "Monts" or "Pic" or "Pico" or "Puy" or "Col" or "Lac" or "Lago" or "Loch" or "Lough" or "Golfe" or "Golfo"
            or "Isla" or "Isola" or "Ilha" or "Île";

    /// <summary>
    /// "at the Emden factory", "near the Dingolfing depot": a works named by the town it stands in, after a
    /// preposition and "the". Only a town the gazetteer knows is read so: a company's works are named the same way ("the Ford plant").
    /// </summary>
    private bool IsSiteNamedByItsTown(int s, int e) =>
        s >= 2 && stream.Tokens[s - 1].Text == "the" && stream.IsLocativeBefore(s - 1)
        && e < stream.Tokens.Length && stream.Tokens[e].IsLowerWord && SiteNouns.Contains(stream.Tokens[e].Text);

    /// <summary>
    /// "a Dingolfing firm", "retired Neckarsulm nurse", "Emden dairy farmer", "an Ohio Republican": a town made into a
    /// modifier of what comes from it. Asked only of names that are no word and no person's name.
    /// </summary>
    private bool IsTownBeforeWhatItDescribes(int e)
    {
        for (var i = e; i < Math.Min(e + 2, stream.Tokens.Length); i++)
        {
            var word = stream.Tokens[i].Text;
            if (stream.Tokens[i].IsLowerWord && (SiteNouns.Contains(word) || LocalNouns.Contains(word)) || i == e && word is "Democrat" or "Republican")
            {
                return true;
            }
            if (!stream.Tokens[i].IsLowerWord)
            {
                return false;
            }
        }
        return false;
    }

    private static readonly HashSet<string> LocalNouns = new(StringComparer.Ordinal)
    {
        "firm", "company", "nurse", "teacher", "farmer", "lawyer", "resident", "residents", "native", "businessman", "businesswoman",
        "couple", "family", "man", "woman", "teenager", "school", "carrier", "council", "councillor", "councilor",
    };

    private static readonly HashSet<string> SiteNouns = new(StringComparer.Ordinal)
    {
        "plant", "factory", "mine", "refinery", "smelter", "mill", "depot", "terminal", "works", "steelworks", "campus", "oilfield",
        "gasfield", "camp", "warehouse", "site", "shipyard", "quarry", "hospital", "branch",
    };
}
