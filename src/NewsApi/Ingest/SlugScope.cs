using System.Linq.Expressions;
using NewsApi.Data.Naming;

namespace NewsApi.Ingest;

/// <summary>
/// Slugs of one table for one upsert or batch: the taken ones are read by the prefix a new slug could share (a range on the
/// slug's unique index), many prefixes in one query when a batch is prefetched, and every slug handed out is claimed.
/// A prefetched batch first asks only whether its base slugs are taken: most are not, and a free base slug is the slug
/// (<see cref="SlugFormatter.MakeUnique"/> looks no further), so only the taken ones need their ranges read.
/// </summary>
internal sealed class SlugScope(IQueryable<string> slugs, int maxLength)
{
    private readonly HashSet<string> _claimed = new(StringComparer.Ordinal);
    private readonly Dictionary<string, HashSet<string>> _takenByPrefix = new(StringComparer.Ordinal);
    private readonly HashSet<string> _freeBaseSlugs = new(StringComparer.Ordinal);

    // Enough ranges per query to make a batch a few queries, few enough to keep each statement small.
    private const int PrefixesPerQuery = 200;

    public async Task<string> ClaimAsync(string name, CancellationToken ct)
    {
        var baseSlug = SlugFormatter.Slugify(name, maxLength);
        if (_freeBaseSlugs.Contains(baseSlug) && _claimed.Add(baseSlug))
        {
            return baseSlug;
        }
        var prefix = PrefixOf(baseSlug);
        if (!_takenByPrefix.TryGetValue(prefix, out var taken))
        {
            await LoadAsync([prefix], ct);
            taken = _takenByPrefix[prefix];
        }
        var slug = SlugFormatter.MakeUnique(baseSlug, maxLength, candidate => taken.Contains(candidate) || _claimed.Contains(candidate));
        _claimed.Add(slug);
        return slug;
    }

    public async Task PrefetchAsync(IEnumerable<string> names, CancellationToken ct)
    {
        var baseSlugs = names.Where(name => !string.IsNullOrWhiteSpace(name))
            .Select(name => SlugFormatter.Slugify(name, maxLength))
            .Where(baseSlug => !_freeBaseSlugs.Contains(baseSlug) && !_takenByPrefix.ContainsKey(PrefixOf(baseSlug)))
            .Distinct(StringComparer.Ordinal)
            .ToList();
        if (baseSlugs.Count == 0)
        {
            return;
        }
        // One query of one shape (a list parameter), where ORed ranges made a new, large query to translate for every chunk.
        // The ranges of the taken ones are left to ClaimAsync: most are names of stored rows that the batch matches rather
        // than creates again, and there are more of them the more is stored.
        var taken = (await slugs.Where(slug => EF.Parameter(baseSlugs).Contains(slug)).ToListAsync(ct)).ToHashSet(StringComparer.Ordinal);
        _freeBaseSlugs.UnionWith(baseSlugs.Where(baseSlug => !taken.Contains(baseSlug)));
    }

    // A suffixed slug may have had its stem shortened to fit, so look up everything that shares the shortest possible stem.
    private string PrefixOf(string baseSlug) => baseSlug[..Math.Min(baseSlug.Length, Math.Max(1, maxLength - 8))];

    /// <summary>
    /// A range on the slug's unique index per prefix, ORed, instead of StartsWith: SQLite's LIKE ignores case and so cannot
    /// use that index, and scanning every slug for each new row made seeding slower with every document stored.
    /// </summary>
    private async Task LoadAsync(IReadOnlyList<string> prefixes, CancellationToken ct)
    {
        var slug = Expression.Parameter(typeof(string), "slug");
        var compare = typeof(string).GetMethod(nameof(string.Compare), [typeof(string), typeof(string)])!;
        Expression? any = null;
        foreach (var prefix in prefixes)
        {
            _takenByPrefix[prefix] = new HashSet<string>(StringComparer.Ordinal);
            var inRange = Expression.AndAlso(
                Expression.GreaterThanOrEqual(Expression.Call(compare, slug, Bound(prefix)), Expression.Constant(0)),
                Expression.LessThan(Expression.Call(compare, slug, Bound(prefix + char.MaxValue)), Expression.Constant(0)));
            any = any is null ? inRange : Expression.OrElse(any, inRange);
        }
        if (any is null)
        {
            return;
        }
        var found = await slugs.Where(Expression.Lambda<Func<string, bool>>(any, slug)).ToListAsync(ct);
        foreach (var taken in found)
        {
            foreach (var prefix in prefixes)
            {
                if (taken.StartsWith(prefix, StringComparison.Ordinal))
                {
                    _takenByPrefix[prefix].Add(taken);
                }
            }
        }
    }

    /// <summary>A captured value rather than a constant, so that EF sends it as a parameter, never spliced into the SQL.</summary>
    private static MemberExpression Bound(string value) =>
        Expression.Property(Expression.Constant(new BoundValue(value)), nameof(BoundValue.Value));

    private sealed record BoundValue(string Value);
}
