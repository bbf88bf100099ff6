using Microsoft.EntityFrameworkCore;
using NewsApi.Data;
using NewsApi.Data.Entities;
using NewsApi.Data.Naming;

namespace NewsApi.Ingest;

/// <summary>
/// Finds the existing person, organization or tag a name from a draft refers to, or creates it, for one upsert.
/// Names are matched on <see cref="NameNormalizer"/> keys; a lone surname or an acronym joins an existing row only when exactly one row fits.
/// </summary>
internal sealed class EntityResolver(NewsDbContext db)
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
    private List<Candidate<Organization>>? _organizations;

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
            _createdPeople.Add(new Candidate<Person>(0, person.Name, key, person.Aliases) { Entity = person });
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
        var escaped = key.Replace(@"\", @"\\", StringComparison.Ordinal).Replace("%", @"\%", StringComparison.Ordinal).Replace("_", @"\_", StringComparison.Ordinal);
        var endsWith = "% " + escaped;
        var startsWith = key.Contains(' ', StringComparison.Ordinal) ? endsWith : escaped + " %";
        var rows = await db.People.AsNoTracking()
            .Where(p => p.NormalizedName == key
                || EF.Functions.Like(p.NormalizedName, endsWith, @"\")
                || EF.Functions.Like(p.NormalizedName, startsWith, @"\")
                || p.Aliases.Any(alias => EF.Functions.Like(alias, escaped, @"\")))
            .Select(p => new { p.Id, p.Name, p.NormalizedName, p.Aliases })
            .ToListAsync(ct);
        foreach (var row in rows)
        {
            _loadedPeople.TryAdd(row.Id, new Candidate<Person>(row.Id, row.Name, row.NormalizedName, row.Aliases));
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
            _organizations ??= (await db.Organizations.AsNoTracking()
                    .Select(o => new { o.Id, o.Name, o.NormalizedName, o.Aliases })
                    .ToListAsync(ct))
                .Select(o => new Candidate<Organization>(o.Id, o.Name, o.NormalizedName, o.Aliases))
                .ToList();

            var aliasKeys = aliases.Select(NameNormalizer.Normalize).Where(a => a.Length > 0).ToHashSet();
            var match = _organizations.FirstOrDefault(c => c.Key == key)
                ?? SingleOrNone(_organizations.Where(c => IsSameOrganization(name, key, aliasKeys, c)));
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
                _organizations.Add(new Candidate<Organization>(0, organization.Name, key, organization.Aliases) { Entity = organization });
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
    /// A known alias; "Guan" for "Guan Youfei" or "Youfei Guan" (a single word that is the first or last word of a longer name);
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

    private static string Initials(string key)
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
        var taken = (await slugs.Where(s => s.StartsWith(prefix)).ToListAsync(ct)).ToHashSet(StringComparer.Ordinal);
        taken.UnionWith(claimed);
        var slug = SlugFormatter.MakeUnique(baseSlug, maxLength, taken.Contains);
        claimed.Add(slug);
        return slug;
    }

    private sealed class Candidate<T>(int id, string name, string key, IEnumerable<string> aliases)
        where T : class
    {
        public int Id { get; } = id;

        public string Name { get; private set; } = name;

        public string Key { get; private set; } = key;

        public HashSet<string> AliasKeys { get; private set; } = aliases.Select(NameNormalizer.Normalize).ToHashSet();

        public T? Entity { get; set; }

        public void Refresh(string name, string key, IEnumerable<string> aliases)
        {
            Name = name;
            Key = key;
            AliasKeys = aliases.Select(NameNormalizer.Normalize).ToHashSet();
        }
    }
}
