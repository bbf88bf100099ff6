using System.Diagnostics.CodeAnalysis;
using NewsApi.Ingestion.Entities.Gazetteer;

namespace NewsApi.Ingestion.Entities;

/// <summary>The world knowledge entity extraction leans on: places, demonyms and given names.</summary>
internal interface IEntityKnowledge
{
    /// <summary>The longest place name in words.</summary>
    int MaxPlaceWords { get; }

    bool TryFindPlace(string name, [NotNullWhen(true)] out Place? place, out NameAmbiguity ambiguity);

    /// <summary>Whether <see cref="TryFindPlace"/> would find the name, asked before the name is cut out as a string.</summary>
    bool ContainsPlace(ReadOnlySpan<char> name) => TryFindPlace(name.ToString(), out _, out _);

    bool IsDemonym(string word);

    /// <summary>The country (or region) of an adjective such as "Romanian".</summary>
    bool TryFindDemonym(string word, [NotNullWhen(true)] out Place? place);

    bool IsGivenName(string word);

    /// <summary>Words naming a kind of division after a place name ("Autonomous Region", "Oblast").</summary>
    bool IsAdministrativeDesignator(string words);

    /// <summary>An ordinary English word when lower-cased ("Energy", "Defense"), as opposed to a name.</summary>
    bool IsCommonWord(string word);
}

/// <summary>Knowledge from the generated gazetteer and given-name list.</summary>
internal sealed class GazetteerKnowledge : IEntityKnowledge
{
    public static readonly GazetteerKnowledge Instance = new();

    public int MaxPlaceWords => Math.Clamp(PlaceGazetteer.MaxWords, 1, 8);

    public bool TryFindPlace(string name, [NotNullWhen(true)] out Place? place, out NameAmbiguity ambiguity) =>
        PlaceGazetteer.TryFind(name, out place, out ambiguity);

    public bool ContainsPlace(ReadOnlySpan<char> name) => PlaceGazetteer.Contains(name);

    // "Korean-Danish cast": two peoples' adjectives (or languages) joined by a hyphen describe as one does.
    public bool IsDemonym(string word) =>
        PlaceGazetteer.TryFindDemonym(word, out _)
        || word.IndexOf('-', StringComparison.Ordinal) is var hyphen and > 0
            && IsPeoplesWord(word[..hyphen]) && IsPeoplesWord(word[(hyphen + 1)..]);

    private static bool IsPeoplesWord(string word) => PlaceGazetteer.TryFindDemonym(word, out _) || Lexicon.WordClasses.IsLanguage(word);

    public bool TryFindDemonym(string word, [NotNullWhen(true)] out Place? place) => PlaceGazetteer.TryFindDemonym(word, out place);

    public bool IsGivenName(string word) => GivenNames.ContainsWithOrWithoutAccents(word);

    public bool IsAdministrativeDesignator(string words) => PlaceGazetteer.IsAdministrativeDesignator(words);

    // The word list is American English; British spellings ("defence", "organisation", "realise") are the same ordinary
    // words. "-our" and "-tre" stay out: "Labour" and "Harbour" open names far more often than sentences. The tagger keeps
    // reading the list as it was trained on.
    public bool IsCommonWord(string word) => CommonWords.Contains(word) || AmericanSpelling(word) is { } american && CommonWords.Contains(american);

    private static string? AmericanSpelling(string word)
    {
        if (word.Length < 5)
        {
            return null;
        }
        if (word.EndsWith("ence", StringComparison.OrdinalIgnoreCase))
        {
            return string.Concat(word.AsSpan(0, word.Length - 4), "ense");
        }
        var isation = word.IndexOf("isation", StringComparison.OrdinalIgnoreCase);
        if (isation > 0)
        {
            return string.Concat(word.AsSpan(0, isation), "ization", word.AsSpan(isation + 7));
        }
        return word.EndsWith("ise", StringComparison.OrdinalIgnoreCase) ? string.Concat(word.AsSpan(0, word.Length - 3), "ize") : null;
    }
}
