namespace NewsApi.Ingestion.Entities.Tagging;

/// <summary>
/// 64-bit feature identities made from template numbers and word hashes, so that the tagger finds a feature's weights
/// without building a string for it; a collision between two of a million features is rare enough to cost nothing measurable.
/// </summary>
internal static class FeatureHash
{
    private const ulong FnvOffset = 14695981039346656037UL;
    private const ulong FnvPrime = 1099511628211UL;

    /// <summary>How a word is read before hashing: digits all become 0, so "1996" and "2024" share what they say.</summary>
    public enum Form : byte
    {
        Exact,
        Lower,
    }

    public static ulong OfText(ReadOnlySpan<char> text, Form form)
    {
        var hash = FnvOffset;
        foreach (var raw in text)
        {
            var c = char.IsDigit(raw) ? '0' : form == Form.Lower ? char.ToLowerInvariant(raw) : raw;
            hash = (hash ^ c) * FnvPrime;
        }
        return hash;
    }

    /// <summary>"Xx", "X.X.", "x-Xx", "dd": the word's character classes with runs collapsed.</summary>
    public static ulong OfShape(ReadOnlySpan<char> text)
    {
        var hash = FnvOffset;
        var previous = '\0';
        var written = 0;
        foreach (var raw in text)
        {
            var c = char.IsUpper(raw) ? 'X' : char.IsLower(raw) ? 'x' : char.IsDigit(raw) ? 'd' : char.IsLetter(raw) ? 'l' : raw;
            if (c == previous)
            {
                continue;
            }
            previous = c;
            hash = (hash ^ c) * FnvPrime;
            if (++written == 8)
            {
                break;
            }
        }
        return hash;
    }

    public static ulong Of(int template, ulong value) => Finish(((ulong)template * 0x9E3779B97F4A7C15UL) ^ value);

    public static ulong Of(int template, ulong first, ulong second) =>
        Finish(((ulong)template * 0x9E3779B97F4A7C15UL) ^ first ^ Rotate(second, 29) * 0xBF58476D1CE4E5B9UL);

    public static ulong Of(int template, ulong first, ulong second, ulong third) =>
        Finish(((ulong)template * 0x9E3779B97F4A7C15UL) ^ first ^ Rotate(second, 29) * 0xBF58476D1CE4E5B9UL ^ Rotate(third, 43) * 0x94D049BB133111EBUL);

    private static ulong Rotate(ulong value, int bits) => (value << bits) | (value >> (64 - bits));

    // SplitMix64's finalizer spreads every input bit over the key; 0 marks an empty slot in the model's table, so it is never a key.
    private static ulong Finish(ulong value)
    {
        value ^= value >> 30;
        value *= 0xBF58476D1CE4E5B9UL;
        value ^= value >> 27;
        value *= 0x94D049BB133111EBUL;
        value ^= value >> 31;
        return value == 0 ? 1 : value;
    }
}
