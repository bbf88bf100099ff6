using System.Text;
using AnyAscii;

namespace NewsApi.Data.Naming;

/// <summary>URL slugs: lower-case ASCII letters and digits joined by single hyphens.</summary>
public static class SlugFormatter
{
    /// <summary>
    /// Every letter transliterated (AnyAscii: ł→l, þ→th, æ→ae, ß→ss, ж→zh, 北京→beijing) rather than dropped when it has
    /// no decomposition, so that "Łukasz Þórsson-Ærø" is lukasz-thorsson-aero and not ukasz-orsson-r.
    /// </summary>
    public static string Slugify(string text, int maxLength) =>
        Join(Transliteration.Transliterate(text.Normalize(NormalizationForm.FormC)).ToLowerInvariant(), maxLength);

    /// <summary>
    /// The rule before transliteration: letters without a decomposition were dropped. Kept only to recognize the slugs it
    /// made, so that a database that has them can move them to <see cref="Slugify"/>'s and redirect the old ones.
    /// </summary>
    public static string LegacySlugify(string text, int maxLength) => Join(NameNormalizer.Normalize(text), maxLength);

    private static string Join(string normalized, int maxLength)
    {
        var builder = new StringBuilder(normalized.Length);
        foreach (var c in normalized)
        {
            if (c is >= 'a' and <= 'z' or >= '0' and <= '9')
            {
                builder.Append(c);
            }
            // "Moldova's" reads better as "moldovas" than "moldova-s"
            else if (c != '\'' && builder.Length > 0 && builder[^1] != '-')
            {
                builder.Append('-');
            }
        }

        var slug = builder.ToString().Trim('-');
        if (slug.Length > maxLength)
        {
            slug = slug[..maxLength].TrimEnd('-');
        }
        return slug.Length == 0 ? "item" : slug;
    }

    /// <summary>The slug with the first free numeric suffix (-2, -3...) when the base is taken; leaves room for the suffix within the maximum length.</summary>
    public static string MakeUnique(string baseSlug, int maxLength, Func<string, bool> isTaken)
    {
        if (!isTaken(baseSlug))
        {
            return baseSlug;
        }
        for (var n = 2; ; n++)
        {
            var suffix = "-" + n.ToString(System.Globalization.CultureInfo.InvariantCulture);
            var stem = baseSlug.Length + suffix.Length > maxLength ? baseSlug[..(maxLength - suffix.Length)].TrimEnd('-') : baseSlug;
            var candidate = stem + suffix;
            if (!isTaken(candidate))
            {
                return candidate;
            }
        }
    }
}
