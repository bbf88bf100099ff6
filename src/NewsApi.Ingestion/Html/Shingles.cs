namespace NewsApi.Ingestion.Html;

/// <summary>Word 4-grams of a text, for telling whether one text contains another regardless of layout.</summary>
internal static class Shingles
{
    private const int Size = 4;

    public static HashSet<string> Of(string text)
    {
        var words = new List<string>();
        var start = -1;
        for (var i = 0; i <= text.Length; i++)
        {
            var isWord = i < text.Length && char.IsLetterOrDigit(text[i]);
            if (isWord && start < 0)
            {
                start = i;
            }
            else if (!isWord && start >= 0)
            {
                words.Add(text[start..i].ToLowerInvariant());
                start = -1;
            }
        }
        var result = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i + Size <= words.Count; i++)
        {
            result.Add(string.Join(' ', words, i, Size));
        }
        if (words.Count is > 0 and < Size)
        {
            result.Add(string.Join(' ', words));
        }
        return result;
    }

    /// <summary>The share of <paramref name="part"/>'s shingles found in <paramref name="whole"/>.</summary>
    public static double Overlap(HashSet<string> part, HashSet<string> whole)
    {
        if (part.Count == 0)
        {
            return 0;
        }
        var found = 0;
        foreach (var shingle in part)
        {
            if (whole.Contains(shingle))
            {
                found++;
            }
        }
        return (double)found / part.Count;
    }
}
