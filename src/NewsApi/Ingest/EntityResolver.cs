using NewsApi.Data.Naming;
using NewsApi.Ingestion;

namespace NewsApi.Ingest;

/// <summary>
/// Finds the existing person, organization or tag a name from a draft refers to, or creates it, for one upsert.
/// Names are matched on <see cref="NameNormalizer"/> keys; a lone surname or an acronym joins an existing row only when exactly one row fits.
/// Stored rows are found through the <see cref="EntityNameCache"/> directories, which hold every row that could match.
/// New rows go to <paramref name="newRows"/>, not to the change tracker.
/// </summary>
internal sealed class EntityResolver(NewsDbContext db, EntityNameCache.NameDirectory people, EntityNameCache.NameDirectory organizations, NewRows newRows)
{
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
    private readonly CandidateSet<Person> _people = new(people);
    private readonly CandidateSet<Organization> _organizations = new(organizations);

    /// <summary>The people and organizations this upsert created or changed, to publish to the cache once committed.</summary>
    public IEnumerable<Person> TouchedPeople => _people.Entities;

    public IEnumerable<Organization> TouchedOrganizations => _organizations.Entities;

    public Task<string> UniqueArticleSlugAsync(string headline, CancellationToken ct) => _articleSlugs.ClaimAsync(headline, ct);

    /// <summary>
    /// Starts the next document of a batch: it resolves its names as if the earlier ones had been ingested one at a time before
    /// it, so a name one document resolved does not stick for the next (that document would look the name up again).
    /// </summary>
    public void BeginDocument()
    {
        _resolvedPeople.Clear();
        _resolvedOrganizations.Clear();
        _people.RefreshChanged(p => (p.Name, p.NormalizedName, p.Aliases));
        _organizations.RefreshChanged(o => (o.Name, o.NormalizedName, o.Aliases));
    }

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
            _people.MarkChanged(known);
            return known;
        }

        var match = _people.FindMatch(key, NameMatching.PersonLookups(key), (_, candidateKey, candidateAliasKeys) => NameMatching.IsShortFormOf(key, candidateKey, candidateAliasKeys));
        Person person;
        if (match is not null)
        {
            person = match.Entity ??= _prefetchedPeople.GetValueOrDefault(match.Id) ?? await db.People.SingleAsync(p => p.Id == match.Id, ct);
            AddAliases(person, match.Key == key ? aliases : [name, .. aliases]);
            _people.Refresh(match, person.Name, person.NormalizedName, person.Aliases);
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
            newRows.Add(person);
            _people.AddCreated(person, person.Name, key, person.Aliases.Select(NameNormalizer.Normalize));
        }

        _resolvedPeople[key] = person;
        return person;
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
            var match = _organizations.FindMatch(key, NameMatching.OrganizationLookups(name, key, aliasKeys),
                (candidateName, candidateKey, candidateAliasKeys) => NameMatching.IsSameOrganization(name, key, aliasKeys, candidateName, candidateKey, candidateAliasKeys));
            if (match is not null)
            {
                organization = match.Entity ??= _prefetchedOrganizations.GetValueOrDefault(match.Id) ?? await db.Organizations.SingleAsync(o => o.Id == match.Id, ct);
                if (match.Key != key && NameMatching.IsAcronym(organization.Name) && !NameMatching.IsAcronym(name))
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
                _organizations.Refresh(match, organization.Name, organization.NormalizedName, organization.Aliases);
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
                newRows.Add(organization);
                _organizations.AddCreated(organization, organization.Name, key, organization.Aliases.Select(NameNormalizer.Normalize));
            }
            _resolvedOrganizations[key] = organization;
        }
        else
        {
            AddAliases(organization, aliases);
            _organizations.MarkChanged(organization);
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
                newRows.Add(tag);
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
        foreach (var tag in await db.Tags.Where(t => EF.Parameter(missing).Contains(t.NormalizedName)).ToListAsync(ct))
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

        var personIds = new HashSet<int>();
        foreach (var key in personNames.Select(NameNormalizer.Normalize).Where(k => k.Length > 0).Distinct(StringComparer.Ordinal))
        {
            personIds.UnionWith(UsableMatch(people, key, NameMatching.PersonLookups(key), entry => NameMatching.IsShortFormOf(key, entry.Key, entry.AliasKeys)));
        }
        personIds.ExceptWith(_prefetchedPeople.Keys);
        if (personIds.Count > 0)
        {
            var ids = personIds.ToList();
            foreach (var person in await db.People.Where(p => EF.Parameter(ids).Contains(p.Id)).ToListAsync(ct))
            {
                _prefetchedPeople[person.Id] = person;
            }
        }

        var organizationIds = new HashSet<int>();
        foreach (var name in organizationNames.Distinct(StringComparer.Ordinal))
        {
            var key = NameNormalizer.Normalize(name);
            if (key.Length == 0)
            {
                continue;
            }
            // Aliases of the draft widen the match, but the rows they find are also found under the alias's own name, which is in the list.
            HashSet<string> noAliases = [];
            organizationIds.UnionWith(UsableMatch(organizations, key, NameMatching.OrganizationLookups(name, key, noAliases),
                entry => NameMatching.IsSameOrganization(name, key, noAliases, entry.Name, entry.Key, entry.AliasKeys)));
        }
        organizationIds.ExceptWith(_prefetchedOrganizations.Keys);
        if (organizationIds.Count > 0)
        {
            var ids = organizationIds.ToList();
            foreach (var organization in await db.Organizations.Where(o => EF.Parameter(ids).Contains(o.Id)).ToListAsync(ct))
            {
                _prefetchedOrganizations[organization.Id] = organization;
            }
        }
    }

    /// <summary>
    /// The stored row a name can resolve to, as <see cref="CandidateSet{T}.FindMatch"/> decides: the row with the name's key, else
    /// the one row the lookups accept. A name that two stored rows or more accept resolves to none of them, so they are not
    /// loaded: a two-letter acronym is the alias of dozens of organizations, and loading them all made the prefetch read most
    /// of the table every batch. Only what is loaded ahead changes; a row missed here is read when it is resolved.
    /// </summary>
    private static IEnumerable<int> UsableMatch(EntityNameCache.NameDirectory directory, string key, IEnumerable<(EntityNameCache.LookupKind Kind, string Term)> lookups, Func<EntityNameCache.NameEntry, bool> isMatch)
    {
        if (directory.Find(EntityNameCache.LookupKind.Key, key).FirstOrDefault() is { } exact)
        {
            return [exact.Id];
        }
        var matches = lookups.SelectMany(lookup => directory.Find(lookup.Kind, lookup.Term)).Where(isMatch).Select(entry => entry.Id).Distinct().Take(2).ToList();
        return matches.Count == 1 ? matches : [];
    }
}
