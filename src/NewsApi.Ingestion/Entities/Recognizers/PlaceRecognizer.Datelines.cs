using NewsApi.Ingestion.Entities.Lexicon;

namespace NewsApi.Ingestion.Entities.Recognizers;

/// <summary>The places of a wire's dateline, written in capitals.</summary>
internal sealed partial class PlaceRecognizer
{
    /// <summary>A place from the dateline ("COPENHAGEN"), written in capitals there.</summary>
    public void AddDatelinePlace(string dateline)
    {
        var first = true;
        var parts = dateline.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (parts.Length > 0 && parts[0].Contains('/', StringComparison.Ordinal))
        {
            // "AMMAN/BEIRUT": a story filed from two cities names both; each is a dateline's town.
            foreach (var city in parts[0].Split('/', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            {
                AddDatelinePlace(city);
            }
            parts = parts[1..];
            first = false;
        }
        foreach (var part in parts)
        {
            var words = part.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (words.Length is 0 or > 4)
            {
                first = false;
                continue;
            }
            var titled = string.Join(' ', words.Select(word =>
                word.Length <= 1 || !word.All(char.IsUpper) ? word : char.ToUpperInvariant(word[0]) + word[1..].ToLowerInvariant()));
            if (knowledge.TryFindPlace(titled, out var place, out _))
            {
                registry.AddPlace(titled, place.Name);
            }
            // The dateline's town is a place whether or not the gazetteer knows it ("VAIL, Colorado", "IGLS, Austria").
            else if (first && words.Length <= MaxUnknownDatelineWords && words.All(IsPlaceNameWord)
                && !words.Any(word => WordClasses.IsMonth(word) || WordClasses.IsCalendarWord(word) || knowledge.IsCommonWord(word)))
            {
                registry.AddPlace(titled, titled);
            }
            first = false;
        }
    }

    private const int MaxUnknownDatelineWords = 3;

    internal void AddKnownPlace(string written)
    {
        if (knowledge.TryFindPlace(written, out var place, out _))
        {
            registry.AddPlace(written, place.Name);
        }
    }

    private static bool IsPlaceNameWord(string word) =>
        char.IsUpper(word[0]) && word.All(c => char.IsLetter(c) || c is '-' or '\'' or '.');
}
