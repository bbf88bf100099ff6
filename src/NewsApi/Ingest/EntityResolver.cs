using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using NewsApi.Data;
using NewsApi.Data.Entities;
using NewsApi.Data.Naming;
using NewsApi.Ingestion;

namespace NewsApi.Ingest;

/// <summary>
/// Finds the existing person, organization or tag a name from a draft refers to, or creates it, for one upsert.
/// Names are matched on <see cref="NameNormalizer"/> keys; a lone surname or an acronym joins an existing row only when exactly one row fits.
/// Stored rows are found through the <see cref="EntityNameCache"/> directories, which hold every row that could match.
/// </summary>
internal sealed class EntityResolver(NewsDbContext db, EntityNameCache.NameDirectory? people = null, EntityNameCache.NameDirectory? organizations = null)
{
    private static readonly HashSet<string> AcronymStopWords = ["of", "and", "for", "the", "on", "in", "at", "to", "de", "la", "du", "des", "&"];

    private readonly Dictionary<string, Person> _resolvedPeople = [];
    private readonly Dictionary<string, Organization> _resolvedOrganizations = [];
    private readonly SlugScope _articleSlugs = new(db.Articles.Select(a => a.Slug), Article.SlugMaxLength);
    private readonly SlugScope _personSlugs = new(db.People.Select(p => p.Slug), Person.SlugMaxLength);
    private readonly SlugScope _organizationSlugs = new(db.Organizations.Select(o => o.Slug), Organization.SlugMaxLength);
    private readonly SlugScope _tagSlugs = new(db.Tags.Select(t => t.Slug), Tag.SlugMaxLength);
    private readonly Dictionary<string, Tag> _knownTags = new(StringComparer.Ordinal);
    private readonly HashSet<string> _lookedUpTagKeys = new(StringComparer.Ordinal);
    private readonly Dictionary<int, Person> _prefetchedPeople = [];
    private readonly Dictionary<int, Organization> _prefetchedOrganizations = [];
    private readonly Dictionary<int, Candidate<Person>> _loadedPeople = [];
    private readonly List<Candidate<Person>> _createdPeople = [];
    private readonly Dictionary<int, Candidate<Organization>> _loadedOrganizations = [];
    private readonly List<Candidate<Organization>> _createdOrganizations = [];

    /// <summary>The people and organizations this upsert created or changed, to publish to the cache once committed.</summary>
    public IEnumerable<Person> TouchedPeople => _createdPeople.Concat(_loadedPeople.Values).Select(c => c.Entity).OfType<Person>();

    public IEnumerable<Organization> TouchedOrganizations => _createdOrganizations.Concat(_loadedOrganizations.Values).Select(c => c.Entity).OfType<Organization>();

    public Task<string> UniqueArticleSlugAsync(string headline, CancellationToken ct) => _articleSlugs.ClaimAsync(headline, ct);

    public async Task<Person?> ResolvePersonAsync(string name, IReadOnlyList<string> aliases, CancellationToken ct)
    {
        name = Clip(name, Person.NameMaxLength);
        var key = NameNormalizer.Normalize(name);
        if (key.Length == 0)
        {
            return null;
        }
        if (_resolvedPeople.TryGetValue(key, out var known))
        {
            AddAliases(known, aliases);
            return known;
        }

        var candidates = await PersonCandidatesAsync(key, ct);
        var match = candidates.FirstOrDefault(c => c.Key == key) ?? SingleOrNone(candidates.Where(c => IsShortFormOf(key, c)));
        Person person;
        if (match is not null)
        {
            person = match.Entity ??= _prefetchedPeople.GetValueOrDefault(match.Id) ?? await db.People.SingleAsync(p => p.Id == match.Id, ct);
            AddAliases(person, match.Key == key ? aliases : [name, .. aliases]);
            match.Refresh(person.Name, person.NormalizedName, person.Aliases);
        }
        else
        {
            person = new Person
            {
                Name = name,
                NormalizedName = key,
                Slug = await _personSlugs.ClaimAsync(name, ct),
            };
            AddAliases(person, aliases);
            db.People.Add(person);
            _createdPeople.Add(new Candidate<Person>(0, person.Name, key, person.Aliases.Select(NameNormalizer.Normalize)) { Entity = person });
        }

        _resolvedPeople[key] = person;
        return person;
    }

    /// <summary>
    /// The people a key could refer to: SQL narrows the table down to names that end with (or, for one word, start with) the key and
    /// aliases equal to it; the exact rules then run in memory, together with everyone this upsert has already created or looked at.
    /// </summary>
    private async Task<List<Candidate<Person>>> PersonCandidatesAsync(string key, CancellationToken ct)
    {
        if (people is not null)
        {
            foreach (var entry in FindPeople(key))
            {
                _loadedPeople.TryAdd(entry.Id, new Candidate<Person>(entry.Id, entry.Name, entry.Key, entry.AliasKeys));
            }
            return [.. _createdPeople, .. _loadedPeople.Values];
        }

        var escaped = key.Replace(@"\", @"\\", StringComparison.Ordinal).Replace("%", @"\%", StringComparison.Ordinal).Replace("_", @"\_", StringComparison.Ordinal);
        var endsWith = "% " + escaped;
        var startsWith = key.Contains(' ', StringComparison.Ordinal) ? endsWith : escaped + " %";
        var rows = await db.People.AsNoTracking()
            .Where(p => p.NormalizedName == key
                || EF.Functions.Like(p.NormalizedName, endsWith, @"\")
                || EF.Functions.Like(p.NormalizedName, startsWith, @"\")
                // lower() and the key's case: SQLite's LIKE ignores ASCII case, PostgreSQL's does not; lower() is ASCII-only on both (BINARY, "C").
                || p.Aliases.Any(alias => EF.Functions.Like(alias.ToLower(), escaped, @"\")))
            .Select(p => new { p.Id, p.Name, p.NormalizedName, p.Aliases })
            .ToListAsync(ct);
        foreach (var row in rows)
        {
            _loadedPeople.TryAdd(row.Id, new Candidate<Person>(row.Id, row.Name, row.NormalizedName, row.Aliases.Select(NameNormalizer.Normalize)));
        }
        return [.. _createdPeople, .. _loadedPeople.Values];
    }

    /// <summary>The directory's people a key could refer to: same key or alias, the first word of a one-word key, the last word.</summary>
    private IEnumerable<EntityNameCache.NameEntry> FindPeople(string key)
    {
        var words = NameNormalizer.Words(key);
        return people!.Find(EntityNameCache.LookupKind.Key, key)
            .Concat(people.Find(EntityNameCache.LookupKind.Alias, key))
            .Concat(words.Count == 1 ? people.Find(EntityNameCache.LookupKind.FirstWord, key) : [])
            .Concat(words.Count > 0 ? people.Find(EntityNameCache.LookupKind.LastWord, words[^1]) : []);
    }

    /// <summary>The directory's organizations a name could refer to: by key or alias of the name and its aliases, and by initials either way.</summary>
    private IEnumerable<EntityNameCache.NameEntry> FindOrganizations(string name, string key, HashSet<string> aliasKeys) =>
        aliasKeys.Prepend(key).SelectMany(term => organizations!.Find(EntityNameCache.LookupKind.Key, term).Concat(organizations.Find(EntityNameCache.LookupKind.Alias, term)))
            .Concat(IsAcronym(name) ? organizations!.Find(EntityNameCache.LookupKind.Initials, key) : [])
            .Concat(organizations!.Find(EntityNameCache.LookupKind.Key, Initials(key)));

    public async Task<Organization?> ResolveOrganizationAsync(string name, IReadOnlyList<string> aliases, string? kind, string? parentName, CancellationToken ct)
    {
        name = Clip(name, Organization.NameMaxLength);
        var key = NameNormalizer.Normalize(name);
        if (key.Length == 0)
        {
            return null;
        }

        if (!_resolvedOrganizations.TryGetValue(key, out var organization))
        {
            var aliasKeys = aliases.Select(NameNormalizer.Normalize).Where(a => a.Length > 0).ToHashSet();
            var candidates = await OrganizationCandidatesAsync(name, key, aliasKeys, ct);
            var match = candidates.FirstOrDefault(c => c.Key == key)
                ?? SingleOrNone(candidates.Where(c => IsSameOrganization(name, key, aliasKeys, c)));
            if (match is not null)
            {
                organization = match.Entity ??= _prefetchedOrganizations.GetValueOrDefault(match.Id) ?? await db.Organizations.SingleAsync(o => o.Id == match.Id, ct);
                if (match.Key != key && IsAcronym(organization.Name) && !IsAcronym(name))
                {
                    // The row was created from an acronym alone; the full name is the better display name, the slug stays.
                    AddAliases(organization, [organization.Name]);
                    organization.Name = name;
                    organization.NormalizedName = key;
                }
                else if (match.Key != key)
                {
                    AddAliases(organization, [name]);
                }
                AddAliases(organization, aliases);
                match.Refresh(organization.Name, organization.NormalizedName, organization.Aliases);
            }
            else
            {
                organization = new Organization
                {
                    Name = name,
                    NormalizedName = key,
                    Slug = await _organizationSlugs.ClaimAsync(name, ct),
                };
                AddAliases(organization, aliases);
                db.Organizations.Add(organization);
                _createdOrganizations.Add(new Candidate<Organization>(0, organization.Name, key, organization.Aliases.Select(NameNormalizer.Normalize)) { Entity = organization });
            }
            _resolvedOrganizations[key] = organization;
        }
        else
        {
            AddAliases(organization, aliases);
        }

        if (organization.Kind is null && !string.IsNullOrWhiteSpace(kind))
        {
            organization.Kind = Clip(kind.Trim(), Organization.KindMaxLength);
        }
        if (organization.ParentId is null && organization.Parent is null && !string.IsNullOrWhiteSpace(parentName))
        {
            var parent = await ResolveOrganizationAsync(parentName, [], null, null, ct);
            if (parent is not null && !await IsSelfOrDescendantAsync(parent, organization, ct))
            {
                organization.Parent = parent;
            }
        }
        return organization;
    }

    /// <summary>
    /// The organizations a name could refer to: every one that <see cref="IsSameOrganization"/> could accept is under one of the
    /// directory's lookups (its key, its aliases, its initials, the name's initials), together with those this upsert already holds.
    /// Without a directory, the whole table.
    /// </summary>
    private async Task<List<Candidate<Organization>>> OrganizationCandidatesAsync(string name, string key, HashSet<string> aliasKeys, CancellationToken ct)
    {
        if (organizations is not null)
        {
            foreach (var entry in FindOrganizations(name, key, aliasKeys))
            {
                _loadedOrganizations.TryAdd(entry.Id, new Candidate<Organization>(entry.Id, entry.Name, entry.Key, entry.AliasKeys));
            }
        }
        else if (_loadedOrganizations.Count == 0)
        {
            foreach (var row in await db.Organizations.AsNoTracking().Select(o => new { o.Id, o.Name, o.NormalizedName, o.Aliases }).ToListAsync(ct))
            {
                _loadedOrganizations.TryAdd(row.Id, new Candidate<Organization>(row.Id, row.Name, row.NormalizedName, row.Aliases.Select(NameNormalizer.Normalize)));
            }
        }
        return [.. _loadedOrganizations.Values, .. _createdOrganizations];
    }

    /// <summary>One tag per normalized name; a name the parser found as a place makes a place tag even when the tag line also carries it.</summary>
    public async Task<IReadOnlyList<Tag>> ResolveTagsAsync(IReadOnlyList<(string Name, TagKind Kind)> names, CancellationToken ct)
    {
        var wanted = new Dictionary<string, (string Name, TagKind Kind)>();
        foreach (var (rawName, kind) in names)
        {
            var name = Clip(rawName.Trim(), Tag.NameMaxLength);
            var key = NameNormalizer.Normalize(name);
            if (key.Length == 0)
            {
                continue;
            }
            if (!wanted.TryGetValue(key, out var existing))
            {
                wanted[key] = (name, kind);
            }
            else if (kind == TagKind.Place && existing.Kind != TagKind.Place)
            {
                wanted[key] = (existing.Name, TagKind.Place);
            }
        }

        await LoadTagsAsync(wanted.Keys, ct);
        var tags = new List<Tag>(wanted.Count);
        foreach (var (key, (name, kind)) in wanted)
        {
            if (_knownTags.TryGetValue(key, out var tag))
            {
                if (kind == TagKind.Place && tag.Kind != TagKind.Place)
                {
                    tag.Kind = TagKind.Place;
                }
            }
            else
            {
                tag = new Tag
                {
                    Name = name,
                    NormalizedName = key,
                    Kind = kind,
                    Slug = await _tagSlugs.ClaimAsync(name, ct),
                };
                db.Tags.Add(tag);
                // Not saved yet, so a query would not find it: the next article of the batch must.
                _knownTags[key] = tag;
            }
            tags.Add(tag);
        }
        return tags;
    }

    /// <summary>Documents can contradict each other ("A, part of B" and "B, a unit of A"); the first word wins rather than making a cycle.</summary>
    private async Task<bool> IsSelfOrDescendantAsync(Organization candidateParent, Organization organization, CancellationToken ct)
    {
        var current = candidateParent;
        for (var depth = 0; current is not null && depth < 64; depth++)
        {
            if (ReferenceEquals(current, organization))
            {
                return true;
            }
            current = current.Parent ?? (current.ParentId is int parentId ? await db.Organizations.FindAsync([parentId], ct) : null);
        }
        return current is not null;
    }

    public static string Clip(string value, int maxLength) => value.Length <= maxLength ? value : value[..maxLength].TrimEnd();

    /// <summary>
    /// A known alias; "Wen" for "Wen Haolin" or "Haolin Wen" (a single word that is the first or last word of a longer name);
    /// or "Leal Sampaio" for "Bernardo Leal Sampaio" (the last words of a longer name, as with double surnames).
    /// </summary>
    private static bool IsShortFormOf(string key, Candidate<Person> candidate)
    {
        if (candidate.AliasKeys.Contains(key))
        {
            return true;
        }
        var words = NameNormalizer.Words(candidate.Key);
        var keyWords = NameNormalizer.Words(key);
        if (words.Count <= keyWords.Count)
        {
            return false;
        }
        return keyWords.Count == 1
            ? words[0] == key || words[^1] == key
            : words.Skip(words.Count - keyWords.Count).SequenceEqual(keyWords, StringComparer.Ordinal);
    }

    private static bool IsSameOrganization(string name, string key, HashSet<string> aliasKeys, Candidate<Organization> candidate) =>
        candidate.AliasKeys.Contains(key)
        || aliasKeys.Contains(candidate.Key)
        || candidate.AliasKeys.Overlaps(aliasKeys)
        || (IsAcronym(name) && Initials(candidate.Key) == key)
        || (IsAcronym(candidate.Name) && Initials(key) == candidate.Key);

    private static bool IsAcronym(string name) =>
        name.Length is >= 2 and <= 10
        && name.All(c => char.IsUpper(c) || c == '&')
        && name.Count(char.IsLetter) >= 2;

    internal static string Initials(string key)
    {
        var words = NameNormalizer.Words(key).Where(w => !AcronymStopWords.Contains(w)).ToList();
        return words.Count < 2 ? "" : string.Concat(words.Select(w => w[0]));
    }

    private static Candidate<T>? SingleOrNone<T>(IEnumerable<Candidate<T>> candidates)
        where T : class
    {
        var distinct = candidates.Distinct().Take(2).ToList();
        return distinct.Count == 1 ? distinct[0] : null;
    }

    private static void AddAliases(Person person, IEnumerable<string> aliases) =>
        person.Aliases = MergeAliases(person.Name, person.Aliases, aliases, Person.AliasMaxLength);

    private static void AddAliases(Organization organization, IEnumerable<string> aliases) =>
        organization.Aliases = MergeAliases(organization.Name, organization.Aliases, aliases, Organization.AliasMaxLength);

    /// <summary>A new list only when something was added, so that EF sees a change only when there is one.</summary>
    private static List<string> MergeAliases(string name, List<string> current, IEnumerable<string> additions, int maxLength)
    {
        var keys = current.Select(NameNormalizer.Normalize).Append(NameNormalizer.Normalize(name)).ToHashSet();
        List<string>? merged = null;
        foreach (var alias in additions)
        {
            var clipped = Clip(alias.Trim(), maxLength);
            var key = NameNormalizer.Normalize(clipped);
            if (key.Length > 0 && keys.Add(key))
            {
                merged ??= [.. current];
                merged.Add(clipped);
            }
        }
        return merged ?? current;
    }

    /// <summary>Stored tags with these keys, in one query for the keys not looked up before.</summary>
    private async Task LoadTagsAsync(IEnumerable<string> keys, CancellationToken ct)
    {
        var missing = keys.Where(_lookedUpTagKeys.Add).ToList();
        if (missing.Count == 0)
        {
            return;
        }
        foreach (var tag in await db.Tags.Where(t => missing.Contains(t.NormalizedName)).ToListAsync(ct))
        {
            _knownTags.TryAdd(tag.NormalizedName, tag);
        }
    }

    /// <summary>
    /// Everything a batch of drafts will look up, read in one query per kind: the tags they name, the taken slugs their
    /// headlines and names could collide with, and the stored people and organizations their names match. Resolving the
    /// drafts afterwards then asks the database nothing in the common case, instead of one round trip per name.
    /// </summary>
    public async Task PrefetchAsync(IReadOnlyCollection<ArticleDraft> drafts, CancellationToken ct)
    {
        var personNames = drafts.SelectMany(d => d.People.Select(p => p.Name)
                .Concat(d.Byline)
                .Concat(d.Contributors.Select(c => c.Name))
                .Concat(d.Quotes.Select(q => q.Speaker)))
            .OfType<string>()
            .Select(name => Clip(name, Person.NameMaxLength))
            .ToList();
        var organizationNames = drafts.SelectMany(d => d.Organizations.SelectMany(o => o.Aliases.Prepend(o.Name).Append(o.Parent))
                .Concat(d.People.Select(p => p.Organization)))
            .OfType<string>()
            .Where(name => !string.IsNullOrWhiteSpace(name))
            .Select(name => Clip(name, Organization.NameMaxLength))
            .ToList();
        var tagNames = drafts.SelectMany(d => d.Places.Concat(d.Tags)).Select(name => Clip(name.Trim(), Tag.NameMaxLength)).ToList();

        await LoadTagsAsync(tagNames.Select(NameNormalizer.Normalize).Where(key => key.Length > 0), ct);
        await _articleSlugs.PrefetchAsync(drafts.Select(d => d.Headline), ct);
        await _personSlugs.PrefetchAsync(personNames, ct);
        await _organizationSlugs.PrefetchAsync(organizationNames, ct);
        await _tagSlugs.PrefetchAsync(tagNames.Where(name => !_knownTags.ContainsKey(NameNormalizer.Normalize(name))), ct);

        if (people is not null)
        {
            var ids = new HashSet<int>();
            foreach (var key in personNames.Select(NameNormalizer.Normalize).Where(k => k.Length > 0).Distinct(StringComparer.Ordinal))
            {
                foreach (var entry in FindPeople(key))
                {
                    var candidate = new Candidate<Person>(entry.Id, entry.Name, entry.Key, entry.AliasKeys);
                    if (candidate.Key == key || IsShortFormOf(key, candidate))
                    {
                        ids.Add(entry.Id);
                    }
                }
            }
            ids.ExceptWith(_prefetchedPeople.Keys);
            if (ids.Count > 0)
            {
                foreach (var person in await db.People.Where(p => ids.Contains(p.Id)).ToListAsync(ct))
                {
                    _prefetchedPeople[person.Id] = person;
                }
            }
        }
        if (organizations is not null)
        {
            var ids = new HashSet<int>();
            foreach (var name in organizationNames.Distinct(StringComparer.Ordinal))
            {
                var key = NameNormalizer.Normalize(name);
                if (key.Length == 0)
                {
                    continue;
                }
                // Aliases of the draft widen the match, but the rows they find are also found under the alias's own name, which is in the list.
                HashSet<string> noAliases = [];
                foreach (var entry in FindOrganizations(name, key, noAliases))
                {
                    var candidate = new Candidate<Organization>(entry.Id, entry.Name, entry.Key, entry.AliasKeys);
                    if (candidate.Key == key || IsSameOrganization(name, key, noAliases, candidate))
                    {
                        ids.Add(entry.Id);
                    }
                }
            }
            ids.ExceptWith(_prefetchedOrganizations.Keys);
            if (ids.Count > 0)
            {
                foreach (var organization in await db.Organizations.Where(o => ids.Contains(o.Id)).ToListAsync(ct))
                {
                    _prefetchedOrganizations[organization.Id] = organization;
                }
            }
        }
    }

    /// <summary>
    /// Slugs of one table for one upsert or batch: the taken ones are read by the prefix a new slug could share (a range on the
    /// slug's unique index), many prefixes in one query when a batch is prefetched, and every slug handed out is claimed.
    /// </summary>
    private sealed class SlugScope(IQueryable<string> slugs, int maxLength)
    {
        private readonly HashSet<string> _claimed = new(StringComparer.Ordinal);
        private readonly Dictionary<string, HashSet<string>> _takenByPrefix = new(StringComparer.Ordinal);

        // Enough ranges per query to make a batch a few queries, few enough to keep each statement small.
        private const int PrefixesPerQuery = 200;

        public async Task<string> ClaimAsync(string name, CancellationToken ct)
        {
            var baseSlug = SlugFormatter.Slugify(name, maxLength);
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
            var prefixes = names.Where(name => !string.IsNullOrWhiteSpace(name))
                .Select(name => PrefixOf(SlugFormatter.Slugify(name, maxLength)))
                .Where(prefix => !_takenByPrefix.ContainsKey(prefix))
                .Distinct(StringComparer.Ordinal)
                .ToList();
            foreach (var chunk in prefixes.Chunk(PrefixesPerQuery))
            {
                await LoadAsync(chunk, ct);
            }
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

    /// <summary>A stored or new row as matching sees it; <paramref name="aliasKeys"/> are already normalized.</summary>
    private sealed class Candidate<T>(int id, string name, string key, IEnumerable<string> aliasKeys)
        where T : class
    {
        public int Id { get; } = id;

        public string Name { get; private set; } = name;

        public string Key { get; private set; } = key;

        public HashSet<string> AliasKeys { get; private set; } = aliasKeys.ToHashSet();

        public T? Entity { get; set; }

        public void Refresh(string name, string key, IEnumerable<string> aliases)
        {
            Name = name;
            Key = key;
            AliasKeys = aliases.Select(NameNormalizer.Normalize).ToHashSet();
        }
    }
}
