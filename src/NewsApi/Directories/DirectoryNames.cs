using NewsApi.Data.Naming;

namespace NewsApi.Directories;

/// <summary>Slugs and aliases of the rows people, organizations and tags write.</summary>
public static class DirectoryNames
{
    /// <summary>The slug for a new row: the name slugified, with the first free numeric suffix when the base is taken.</summary>
    public static async Task<string> UniqueSlugAsync(IQueryable<string> slugs, string name, int maxLength, CancellationToken ct)
    {
        var baseSlug = SlugFormatter.Slugify(name, maxLength);

        // A suffixed slug may have had its stem shortened to fit, so look up everything that shares the shortest possible stem.
        var prefix = baseSlug[..Math.Min(baseSlug.Length, Math.Max(1, maxLength - 12))];
        var taken = (await slugs.Where(s => s.StartsWith(prefix)).ToListAsync(ct)).ToHashSet(StringComparer.Ordinal);
        return SlugFormatter.MakeUnique(baseSlug, maxLength, taken.Contains);
    }

    /// <summary>Aliases trimmed, without blanks, without repeats and without the name itself (compared as normalized names).</summary>
    public static List<string> CleanAliases(string name, IEnumerable<string>? aliases)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal) { NameNormalizer.Normalize(name) };
        var cleaned = new List<string>();
        foreach (var alias in aliases ?? [])
        {
            var trimmed = alias.Trim();
            if (trimmed.Length > 0 && seen.Add(NameNormalizer.Normalize(trimmed)))
            {
                cleaned.Add(trimmed);
            }
        }
        return cleaned;
    }
}
