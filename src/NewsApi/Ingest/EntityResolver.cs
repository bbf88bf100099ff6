using Microsoft.EntityFrameworkCore;
using NewsApi.Data;
using NewsApi.Data.Entities;
using NewsApi.Data.Naming;

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
    private readonly HashSet<string> _claimedArticleSlugs = [];
    private readonly HashSet<string> _claimedPersonSlugs = [];
    private readonly HashSet<string> _claimedOrganizationSlugs = [];
    private readonly HashSet<string> _claimedTagSlugs = [];
    private readonly Dictionary<int, Candidate<Person>> _loadedPeople = [];
    private readonly List<Candidate<Person>> _createdPeople = [];
    private readonly Dictionary<int, Candidate<Organization>> _loadedOrganizations = [];
    private readonly List<Candidate<Organization>> _createdOrganizations = [];

    /// <summary>The people and organizations this upsert created or changed, to publish to the cache once committed.</summary>
    public IEnumerable<Person> TouchedPeople => _createdPeople.Concat(_loadedPeople.Values).Select(c => c.Entity).OfType<Person>();

    public IEnumerable<Organization> TouchedOrganizations => _createdOrganizations.Concat(_loadedOrganizations.Values).Select(c => c.Entity).OfType<Organization>();

    public Task<string> UniqueArticleSlugAsync(string headline, CancellationToken ct) =>
        UniqueSlugAsync(db.Articles.Select(a => a.Slug), _claimedArticleSlugs, headline, Article.SlugMaxLength, ct);

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
            person = match.Entity ??= await db.People.SingleAsync(p => p.Id == match.Id, ct);
            AddAliases(person, match.Key == key ? aliases : [name, .. aliases]);
            match.Refresh(person.Name, person.NormalizedName, person.Aliases);
        }
        else
        {
            person = new Person
            {
                Name = name,
                NormalizedName = key,
                Slug = await UniqueSlugAsync(db.People.Select(p => p.Slug), _claimedPersonSlugs, name, Person.SlugMaxLength, ct),
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
            var words = NameNormalizer.Words(key);
            var found = people.Find(EntityNameCache.LookupKind.Key, key)
                .Concat(people.Find(EntityNameCache.LookupKind.Alias, key))
                .Concat(words.Count == 1 ? people.Find(EntityNameCache.LookupKind.FirstWord, key) : [])
                .Concat(words.Count > 0 ? people.Find(EntityNameCache.LookupKind.LastWord, words[^1]) : []);
            foreach (var entry in found)
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
                organization = match.Entity ??= await db.Organizations.SingleAsync(o => o.Id == match.Id, ct);
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
                    Slug = await UniqueSlugAsync(db.Organizations.Select(o => o.Slug), _claimedOrganizationSlugs, name, Organization.SlugMaxLength, ct),
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
            var terms = aliasKeys.Prepend(key).ToList();
            var found = terms.SelectMany(term => organizations.Find(EntityNameCache.LookupKind.Key, term).Concat(organizations.Find(EntityNameCache.LookupKind.Alias, term)))
                .Concat(IsAcronym(name) ? organizations.Find(EntityNameCache.LookupKind.Initials, key) : [])
                .Concat(organizations.Find(EntityNameCache.LookupKind.Key, Initials(key)));
            foreach (var entry in found)
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

        var keys = wanted.Keys.ToList();
        var stored = await db.Tags.Where(t => keys.Contains(t.NormalizedName)).ToDictionaryAsync(t => t.NormalizedName, ct);
        var tags = new List<Tag>(wanted.Count);
        foreach (var (key, (name, kind)) in wanted)
        {
            if (stored.TryGetValue(key, out var tag))
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
                    Slug = await UniqueSlugAsync(db.Tags.Select(t => t.Slug), _claimedTagSlugs, name, Tag.SlugMaxLength, ct),
                };
                db.Tags.Add(tag);
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

    private async Task<string> UniqueSlugAsync(IQueryable<string> slugs, HashSet<string> claimed, string name, int maxLength, CancellationToken ct)
    {
        var baseSlug = SlugFormatter.Slugify(name, maxLength);

        // A suffixed slug may have had its stem shortened to fit, so look up everything that shares the shortest possible stem.
        var prefix = baseSlug[..Math.Min(baseSlug.Length, Math.Max(1, maxLength - 8))];
        // A range on the slug's unique index instead of StartsWith: SQLite's LIKE ignores case and so cannot use that index,
        // and scanning every slug for each new row made seeding slower with every document stored.
        var upperBound = prefix + char.MaxValue;
        var taken = (await slugs.Where(s => string.Compare(s, prefix) >= 0 && string.Compare(s, upperBound) < 0).ToListAsync(ct)).ToHashSet(StringComparer.Ordinal);
        taken.UnionWith(claimed);
        var slug = SlugFormatter.MakeUnique(baseSlug, maxLength, taken.Contains);
        claimed.Add(slug);
        return slug;
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
