using NewsApi.Ingestion.Entities.Lexicon;
using NewsApi.Ingestion.Entities.Tagging;
using NewsApi.Ingestion.Entities.Text;

namespace NewsApi.Ingestion.Entities.Recognizers;

/// <summary>
/// Where the words around a name overrule the type the tagger gave it. The tagger learned from one corpus of mostly
/// English-language political news: it runs a country's name on over its possessive into the person after it ("Japan's
/// Hiroki Tanabe"), and takes names from languages it rarely saw for organizations.
/// </summary>
internal sealed partial class TaggedNameRecognizer
{
    /// <summary>The tagger went on with one name past a possessive: its label here continues the owner's name.</summary>
    private bool IsCarriedOverPossessive(int i) =>
        i > 0 && NameLabels.IsInside(taggedLabels[i]) && taggedLabels[i - 1] != NameLabel.Outside && stream.Tokens[i - 1].Is(TokenFlags.Possessive);

    /// <summary>
    /// Two or three plain name words after a country's possessive that no gazetteer, head word, venue or place noun claims:
    /// "Japan's Hiroki Tanabe". A town's possessive more often introduces a part of the town ("Hobart's Bellerive Oval").
    /// </summary>
    private bool IsPersonShaped(int s, int e)
    {
        if (e - s is not (2 or 3) || !stream.AllNameLike(s, e) || stream.EndsUnlikeAPerson(s, e) || !stream.IsAfterCountrysPossessive(s)
            || knowledge.TryFindPlace(stream.Unit.Join(s, e), out _, out _)
            || stream.IsRomanceArticleAndWord(s, e) || WordClasses.IsCompassWord(stream.Tokens[s].Text) || organizations.OrganizationKind(s, e) is not null)
        {
            return false;
        }
        for (var i = s; i < e; i++)
        {
            // A surname may be a town's name too ("Tanabe"); a place's name opening the run is the place.
            if (!stream.Tokens[i].IsCapitalizedWord || i == s && knowledge.TryFindPlace(stream.Tokens[i].Text, out _, out _)
                || WordClasses.IsVenueWord(stream.Tokens[i].Text, first: i == s) || UrbanPlaceNouns.Contains(stream.Tokens[i].Text.ToLowerInvariant()))
            {
                return false;
            }
        }
        if (e >= stream.Tokens.Length)
        {
            return true;
        }
        // "Hong Kong's Hang Seng index", "France's Aigle Azur airline": a noun after the name says what it names.
        var next = stream.Tokens[e];
        return !(next.IsLowerWord && (WordClasses.IsPlaceNoun(next.Text) || WordClasses.IsPlaceNounAfterName(next.Text) || UrbanPlaceNouns.Contains(next.Text)
            || OrganizationWords.IsContextNoun(next.Text) || ThingsNamedAfterAName.Contains(next.Text)));
    }

    private static readonly HashSet<string> ThingsNamedAfterAName = new(StringComparer.Ordinal)
    {
        "index", "sect", "prison", "plant", "mine", "refinery", "brand", "festival", "programme", "program", "project", "system",
    };

    private bool IsUnknownPlaceWithGivenName(int s, int e, string text) =>
        e - s is 2 or 3 && (knowledge.IsGivenName(stream.Tokens[s].Text) || s > 0 && stream.Tokens[s - 1].IsLowerWord && IsPersonsNoun(stream.Tokens[s - 1].Text)
            || IsKinOrPupilOf(s) || IsAfterCompanionNoun(s) || IsRememberedAsLate(s) || IsJoinedToAPerson(s))
        && !knowledge.TryFindPlace(stream.Tokens[s].Text, out _, out _) && !stream.IsRomanceArticleAndWord(s, e)
        && !knowledge.TryFindPlace(text, out _, out _) && !registry.PlaceSet.Contains(text)
        && !WordClasses.IsPlaceNoun(stream.Tokens[e - 1].Text.ToLowerInvariant()) && !UrbanPlaceNouns.Contains(stream.Tokens[e - 1].Text.ToLowerInvariant())
        && stream.AllNameLike(s, e);

    /// <summary>
    /// "Sakurako Ibuki, an associate professor at", "a report by Yevgeny Lobanov-Kraus of the Institute": two or three
    /// plain name words that the tagger calls an organization, with nothing of an organization in them and the marks of
    /// a person around them.
    /// </summary>
    private bool IsPersonTakenForOrganization(int s, int e)
    {
        if (e - s is not (2 or 3) || IsAfterDefiniteArticle(s) || stream.IsRomanceArticleAndWord(s, e) || !IsTaggedPersonName(s, e)
            || organizations.OrganizationKind(s, e) is not null)
        {
            return false;
        }
        for (var i = s; i < e; i++)
        {
            var word = stream.Tokens[i].Text;
            if (stream.Tokens[i].Is(TokenFlags.AllCaps) || OrganizationWords.IsHeadWord(word) || OrganizationWords.IsFirmWord(word)
                || i == s && knowledge.TryFindPlace(word, out _, out _))
            {
                return false;
            }
        }
        return affiliations.AppositionAfter(e, out var title, out _, out _) && title is not null
            || affiliations.TitleBefore(s, out _, out var titleStart, out _) && IsCapitalizedTitleRightBefore(titleStart, s) || stream.IsSideInCaptionAfter(e) || IsPersonOfBodyAfter(e) || IsJoinedToAPerson(s)
            || stream.IsPlayerOfAMove(s, e) || stream.IsAgeAfter(e) || s > 0 && IsPlayerNoun(stream.Tokens[s - 1].Text) || IsKinOrPupilOf(s)
            || IsAfterCompanionNoun(s) || IsRememberedAsLate(s);
    }

    // Kept out of the title lexicon, which the tagger reads as a feature it was trained without.
    private static bool IsPersonsNoun(string word) =>
        TitleWords.IsNoun(word) || word is "artist" or "painter" or "sculptor" or "singer" or "musician" or "rapper";

    /// <summary>
    /// "athlete Wanjiru X", "striker Y": what only a person plays as. Nouns a company may be too ("owner", "investor",
    /// "auditor") say nothing here.
    /// </summary>
    private static bool IsPlayerNoun(string word) =>
        word is "athlete" or "runner" or "player" or "striker" or "midfielder" or "defender" or "goalkeeper" or "winger" or "sprinter"
            or "swimmer" or "cyclist" or "boxer" or "golfer" or "jockey" or "batsman" or "bowler" or "captain" or "skipper";

    /// <summary>"a student of Hrayr X", "the widow of Y": kin and pupils are someone's, and a body named with its head word was turned away above.</summary>
    private bool IsKinOrPupilOf(int s) =>
        s >= 2 && stream.Tokens[s - 1].Text == "of" && stream.Tokens[s - 2].Text is "student" or "pupil" or "protégé" or "protege" or "disciple"
            or "son" or "daughter" or "wife" or "husband" or "widow" or "widower" or "mother" or "father" or "brother" or "sister"
            or "grandson" or "granddaughter" or "nephew" or "niece";

    /// <summary>"her friends X and Y", "his bridesmaids X": a companion or a relative is a person, whatever the name's words.</summary>
    private bool IsAfterCompanionNoun(int s) =>
        s > 0 && stream.Tokens[s - 1].IsLowerWord && CompanionNouns.Contains(stream.Tokens[s - 1].Text);

    private static readonly HashSet<string> CompanionNouns = new(StringComparer.Ordinal)
    {
        "friend", "friends", "bridesmaid", "bridesmaids", "groomsman", "groomsmen", "colleague", "colleagues", "classmate", "classmates",
        "sister", "sisters", "brother", "brothers", "parents", "sons", "daughters", "cousin", "cousins", "aunt", "uncle", "niece",
        "nephew", "grandmother", "grandfather", "grandson", "granddaughter", "grandchildren", "widow", "widower", "fiancée", "fiancé",
    };

    /// <summary>"the son of the late X": the dead are remembered by name, and places are not.</summary>
    private bool IsRememberedAsLate(int s) =>
        s >= 2 && stream.Tokens[s - 1].Text == "late" && stream.Tokens[s - 2].Text is "the" or "her" or "his" or "their";

    /// <summary>"Ren Okabayashi, left, and Sakurako Ibuki examine": a name joined by "and" to a person just read, in a caption or a list of people.</summary>
    private bool IsJoinedToAPerson(int s)
    {
        if (s < 2 || stream.Tokens[s - 1].Text != "and")
        {
            return false;
        }
        var k = s - 1;
        if (stream.Tokens[k - 1].IsPunctuation(',') && k >= 4 && stream.Tokens[k - 2].IsLowerWord && stream.Tokens[k - 3].IsPunctuation(','))
        {
            k -= 3;
        }
        return stream.LastKind == EntityKind.Person && stream.LastEnd == k;
    }

    /// <summary>"Minister of Social Action, X": a capitalized title just before the name, not one far back in the sentence ("The minister resigned on Friday, X").</summary>
    private bool IsCapitalizedTitleRightBefore(int titleStart, int s)
    {
        for (var i = Math.Max(titleStart, 0); i < s; i++)
        {
            if (stream.Tokens[i].IsLowerWord && stream.Tokens[i].Text is not ("of" or "and" or "for"))
            {
                return false;
            }
        }
        return titleStart >= 0;
    }

    /// <summary>"by Yevgeny Lobanov-Kraus of the Institute of Applied Linguistics": a name "of" a body with its head word is someone who works there.</summary>
    private bool IsPersonOfBodyAfter(int e)
    {
        if (e + 2 >= stream.Tokens.Length || stream.Tokens[e].Text != "of" || stream.Tokens[e + 1].Text != "the")
        {
            return false;
        }
        var end = e + 2;
        while (end < stream.Tokens.Length && (stream.Tokens[end].IsCapitalizedWord || stream.Tokens[end].Text is "of" or "and" or "for"))
        {
            end++;
        }
        return end > e + 2 && organizations.OrganizationKind(e + 2, end) is not null;
    }

    /// <summary>
    /// "Contact Jolene Tsosie-Haskie at ...", "Flanker Tavita Leaupepe-Sapolu celebrates": an ordinary word or a job such as
    /// a player's position, capitalized only for opening the sentence, which the tagger took into the person after it.
    /// </summary>
    private bool IsLabelOpeningTheSentence(int i)
    {
        if (!(i == 0 || stream.Tokens[i].Is(TokenFlags.SentenceStart) || stream.Tokens[i - 1].IsPunctuation(']')))
        {
            return false;
        }
        var word = stream.Tokens[i].Text;
        var lower = word.ToLowerInvariant();
        return !knowledge.IsGivenName(word) && !Honorifics.IsHonorific(word) && !TitleWords.IsCapitalizedTitle(word)
            && (TitleWords.IsNoun(lower) || knowledge.IsCommonWord(lower));
    }

    /// <summary>
    /// "told the Sunshine Coast Observer": a paper named after its town, which the tagger reads as the town; "the south of
    /// Greater Buenos Aires": a city with its suburbs, which it reads as a body.
    /// </summary>
    private NameType RetypedByItsWords(int s, int e, NameType type)
    {
        if (type != NameType.Organization && organizations.IsPaperAfterItsArticle(s, e))
        {
            return NameType.Organization;
        }
        if (type != NameType.Place && e - s >= 2 && stream.Tokens[s].Text == "Greater" && knowledge.ContainsPlace(stream.Unit.Join(s + 1, e)))
        {
            return NameType.Place;
        }
        return type;
    }

    private bool IsAfterDefiniteArticle(int s) => s > 0 && stream.Tokens[s - 1].Text is "the" or "The";

    private bool IsSubjectOfIts(int e) =>
        e + 1 < stream.Tokens.Length && stream.Tokens[e].IsLowerWord && stream.Tokens[e + 1].Text == "its";

    /// <summary>"Tingalpa Creek", "Furka Pass", "Salar de Atacama": a natural feature, a road or a ground by the word closing or opening it.</summary>
    private bool IsFeatureOrGround(int s, int e) =>
        FeatureOrGroundClosers.Contains(stream.Tokens[e - 1].Text) || FeatureOrGroundOpeners.Contains(stream.Tokens[s].Text)
        || FeatureOpenersBeforeAParticle.Contains(stream.Tokens[s].Text) && e - s >= 3 && stream.Tokens[s + 1].IsLowerWord
            && WordClasses.IsNameParticle(stream.Tokens[s + 1].Text)
        || WordClasses.IsFeatureWord(stream.Tokens[e - 1].Text) && !knowledge.IsGivenName(stream.Tokens[s].Text);

    /// <summary>"between Khánh Hòa and Ninh Thuận provinces": what the noun after the names calls them, they are, whatever the tagger read.</summary>
    private bool AddPlaceNamedByNoun(string text, int e)
    {
        registry.AddPlace(text, text);
        stream.SetLast(EntityKind.Place, -1, e);
        return true;
    }

    /// <summary>"Khánh Hòa and Ninh Thuận provinces": the name, or the next one after "and", stands before a plural place noun.</summary>
    private bool IsBeforePluralPlaceNoun(int e)
    {
        const int MaxNameWords = 4;
        var k = e;
        if (k < stream.Tokens.Length && stream.Tokens[k].Text is "and" or "or")
        {
            k++;
            var start = k;
            while (k < stream.Tokens.Length && k - start < MaxNameWords && stream.Tokens[k].IsCapitalizedWord)
            {
                k++;
            }
            if (k == start)
            {
                return false;
            }
        }
        return k < stream.Tokens.Length && stream.Tokens[k].IsLowerWord && PluralPlaceNouns.Contains(stream.Tokens[k].Text);
    }
}
