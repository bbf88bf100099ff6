using NewsApi.Ingestion.Entities.Lexicon;
using NewsApi.Ingestion.Entities.Tagging;
using NewsApi.Ingestion.Entities.Text;

namespace NewsApi.Ingestion.Entities.Recognizers;

/// <summary>
/// "Japan's Hiroki Tanabe": the tagger, trained on news where a country's possessive is mostly followed by a lower-case
/// noun, often runs the owner's name on over the possessive into the name after it, with the owner's type.
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
        e - s is 2 or 3 && knowledge.IsGivenName(stream.Tokens[s].Text) && !knowledge.TryFindPlace(stream.Tokens[s].Text, out _, out _)
        && !knowledge.TryFindPlace(text, out _, out _) && !registry.PlaceSet.Contains(text)
        && !WordClasses.IsPlaceNoun(stream.Tokens[e - 1].Text.ToLowerInvariant()) && !UrbanPlaceNouns.Contains(stream.Tokens[e - 1].Text.ToLowerInvariant())
        && stream.AllNameLike(s, e);
}
