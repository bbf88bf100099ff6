using System.Globalization;
using System.Text;

namespace NewsApi.Data.Naming;

/// <summary>The one key under which people, organizations and tags are matched across documents.</summary>
public static class NameNormalizer
{
    /// <summary>NFKD, diacritics stripped, case-folded, curly apostrophes made straight, whitespace folded to single spaces.</summary>
    public static string Normalize(string? name)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            return "";
        }

        var decomposed = name.Normalize(NormalizationForm.FormKD);
        var builder = new StringBuilder(decomposed.Length);
        var pendingSpace = false;
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }
            if (char.IsWhiteSpace(c))
            {
                pendingSpace = builder.Length > 0;
                continue;
            }
            if (pendingSpace)
            {
                builder.Append(' ');
                pendingSpace = false;
            }
            builder.Append(c switch
            {
                '\u2018' or '\u2019' or '\u201B' or '\u02BC' or '\u2032' or '`' => '\'',
                _ => char.ToLowerInvariant(c),
            });
        }
        return builder.ToString().Normalize(NormalizationForm.FormC);
    }

    /// <summary>The normalized name split into words, for surname and acronym matching.</summary>
    public static IReadOnlyList<string> Words(string normalizedName) =>
        normalizedName.Split(' ', StringSplitOptions.RemoveEmptyEntries);
}
