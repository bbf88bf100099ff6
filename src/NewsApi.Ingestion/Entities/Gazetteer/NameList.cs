using System.Collections.Frozen;
using System.Globalization;
using System.Text;

namespace NewsApi.Ingestion.Entities.Gazetteer;

/// <summary>A word list embedded from Data/, loaded on first use.</summary>
internal sealed class NameList(string fileName, StringComparer comparer)
{
    private readonly Lazy<FrozenSet<string>> names = new(() => EmbeddedDataFile.ReadLines(fileName).ToFrozenSet(comparer));

    private FrozenSet<string>? accentFree;

    public bool Contains(string name) => names.Value.Contains(name);

    /// <summary>Whether <paramref name="name"/>, written without accents, is the accent-free form of a listed word with some.</summary>
    public bool ContainsAccentFree(string name)
    {
        // Built on first need; two threads building it at once build the same set.
        accentFree ??= names.Value.Select(WithoutAccents).Where(folded => !names.Value.Contains(folded)).ToFrozenSet(comparer);
        return accentFree.Contains(name);
    }

    /// <summary>"František" → "Frantisek", "Søren" → "Soren": marks dropped, and the letters NFD does not split mapped by hand.</summary>
    internal static string WithoutAccents(string word)
    {
        if (Ascii.IsValid(word))
        {
            return word;
        }
        var builder = new StringBuilder(word.Length);
        foreach (var c in word.Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }
            builder.Append(c switch
            {
                'ø' => "o", 'Ø' => "O", 'ł' => "l", 'Ł' => "L", 'đ' => "d", 'Đ' => "D", 'æ' => "ae", 'Æ' => "Ae", 'ß' => "ss",
                _ => c.ToString(),
            });
        }
        return builder.ToString().Normalize(NormalizationForm.FormC);
    }
}
