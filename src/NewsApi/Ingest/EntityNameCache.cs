using Microsoft.EntityFrameworkCore.Diagnostics;
using NewsApi.Data.Naming;

namespace NewsApi.Ingest;

/// <summary>
/// The names of every stored person and organization, indexed the ways <see cref="EntityResolver"/> matches them (whole key,
/// alias, first word, last word, initials), so that an upsert looks candidates up instead of scanning the tables: without it
/// every upsert read all organizations and ran suffix LIKEs over all people, and seeding slowed down with every document stored.
/// The upsert that holds the <see cref="UpsertGate"/> loads it, checks it against the tables' row count and highest id (which
/// catches rows another process added or deleted), and publishes what it created or changed after its commit. Any other write
/// to a person or organization through EF (the API's edits, merges, deletes) empties it; the next upsert loads it again.
/// A rename made by another process is not seen until this process writes a person or organization itself or restarts.
/// </summary>
public sealed class EntityNameCache
{
    private readonly Lock _sync = new();
    private long _generation;
    private NameDirectory? _people;
    private NameDirectory? _organizations;
    private DbContext? _upsertContext;

    /// <summary>The context of the running upsert: its own saves are published with <see cref="Publish"/>, not treated as outside writes.</summary>
    internal void BeginUpsert(DbContext context)
    {
        lock (_sync)
        {
            _upsertContext = context;
        }
    }

    internal void EndUpsert()
    {
        lock (_sync)
        {
            _upsertContext = null;
        }
    }

    /// <summary>Forgets everything; the next upsert reads the tables again.</summary>
    public void Invalidate()
    {
        lock (_sync)
        {
            _generation++;
            _people = null;
            _organizations = null;
        }
    }

    internal void NoteSave(DbContext context)
    {
        lock (_sync)
        {
            if (ReferenceEquals(context, _upsertContext))
            {
                return;
            }
        }
        Invalidate();
    }

    /// <summary>The directories for this upsert, loaded or reloaded when missing or when the tables hold other rows than they do.</summary>
    internal async Task<(NameDirectory People, NameDirectory Organizations, long Generation)> CurrentAsync(NewsDbContext db, CancellationToken ct)
    {
        NameDirectory? people, organizations;
        long generation;
        lock (_sync)
        {
            (people, organizations, generation) = (_people, _organizations, _generation);
        }

        var peopleStamp = new TableStamp(await db.People.CountAsync(ct), await db.People.MaxAsync(p => (int?)p.Id, ct) ?? 0);
        var organizationStamp = new TableStamp(await db.Organizations.CountAsync(ct), await db.Organizations.MaxAsync(o => (int?)o.Id, ct) ?? 0);
        if (people is null || people.Stamp != peopleStamp)
        {
            people = new NameDirectory(await db.People.AsNoTracking()
                .Select(p => new NameEntry(p.Id, p.Name, p.NormalizedName, p.Aliases))
                .ToListAsync(ct));
        }
        if (organizations is null || organizations.Stamp != organizationStamp)
        {
            organizations = new NameDirectory(await db.Organizations.AsNoTracking()
                .Select(o => new NameEntry(o.Id, o.Name, o.NormalizedName, o.Aliases))
                .ToListAsync(ct));
        }

        lock (_sync)
        {
            if (generation == _generation)
            {
                (_people, _organizations) = (people, organizations);
            }
            return (people, organizations, _generation);
        }
    }

    /// <summary>After a commit: the people and organizations the upsert created or changed, as stored.</summary>
    internal void Publish(long generation, IEnumerable<Person> people, IEnumerable<Organization> organizations)
    {
        lock (_sync)
        {
            if (generation != _generation || _people is null || _organizations is null)
            {
                // Someone else wrote in between; what we know may be stale, so load again next time.
                _generation++;
                _people = null;
                _organizations = null;
                return;
            }
            foreach (var person in people)
            {
                _people.Put(new NameEntry(person.Id, person.Name, person.NormalizedName, person.Aliases));
            }
            foreach (var organization in organizations)
            {
                _organizations.Put(new NameEntry(organization.Id, organization.Name, organization.NormalizedName, organization.Aliases));
            }
        }
    }

    internal readonly record struct TableStamp(int Count, int MaxId);

    internal sealed record NameEntry(int Id, string Name, string Key, IReadOnlyList<string> Aliases)
    {
        public HashSet<string> AliasKeys { get; } = Aliases.Select(NameNormalizer.Normalize).Where(a => a.Length > 0).ToHashSet();
    }

    /// <summary>One table's names with lookups by key, alias key, first word, last word and initials. Not thread-safe: used under the cache's lock or the upsert gate.</summary>
    internal sealed class NameDirectory
    {
        private readonly Dictionary<int, NameEntry> _entries = [];
        private readonly Dictionary<string, HashSet<int>> _index = new(StringComparer.Ordinal);

        public NameDirectory(IEnumerable<NameEntry> entries)
        {
            foreach (var entry in entries)
            {
                Put(entry);
            }
        }

        public TableStamp Stamp { get; private set; }

        public void Put(NameEntry entry)
        {
            if (_entries.Remove(entry.Id, out var old))
            {
                foreach (var term in Terms(old))
                {
                    if (_index.TryGetValue(term, out var ids))
                    {
                        ids.Remove(old.Id);
                    }
                }
            }
            _entries[entry.Id] = entry;
            foreach (var term in Terms(entry))
            {
                if (!_index.TryGetValue(term, out var ids))
                {
                    _index[term] = ids = [];
                }
                ids.Add(entry.Id);
            }
            Stamp = new TableStamp(_entries.Count, Math.Max(Stamp.MaxId, entry.Id));
        }

        /// <summary>Entries with this whole key, alias key, first word, last word or initials.</summary>
        public IEnumerable<NameEntry> Find(LookupKind kind, string term)
        {
            if (term.Length == 0 || !_index.TryGetValue(Term(kind, term), out var ids))
            {
                return [];
            }
            return ids.Select(id => _entries[id]).ToList();
        }

        private static IEnumerable<string> Terms(NameEntry entry) => Terms(entry.Key, entry.AliasKeys);

        /// <summary>Every lookup a name with this key and these alias keys is found under, as index terms.</summary>
        internal static IEnumerable<string> Terms(string key, IEnumerable<string> aliasKeys)
        {
            yield return Term(LookupKind.Key, key);
            foreach (var alias in aliasKeys)
            {
                yield return Term(LookupKind.Alias, alias);
            }
            var words = NameNormalizer.Words(key);
            if (words.Count > 0)
            {
                yield return Term(LookupKind.FirstWord, words[0]);
                yield return Term(LookupKind.LastWord, words[^1]);
            }
            var initials = NameMatching.Initials(key);
            if (initials.Length > 0)
            {
                yield return Term(LookupKind.Initials, initials);
            }
        }

        internal static string Term(LookupKind kind, string term) => kind switch
        {
            LookupKind.Key => "k:",
            LookupKind.Alias => "a:",
            LookupKind.FirstWord => "f:",
            LookupKind.LastWord => "l:",
            _ => "i:",
        } + term;
    }

    internal enum LookupKind
    {
        Key,
        Alias,
        FirstWord,
        LastWord,
        Initials,
    }
}

/// <summary>Empties the <see cref="EntityNameCache"/> when anything but the running upsert saves a person or organization.</summary>
internal sealed class EntityNameCacheInvalidator(EntityNameCache cache) : SaveChangesInterceptor
{
    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        NoteSave(eventData.Context);
        return result;
    }

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        NoteSave(eventData.Context);
        return ValueTask.FromResult(result);
    }

    private void NoteSave(DbContext? context)
    {
        if (context is not null && context.ChangeTracker.Entries().Any(e => e.Entity is Person or Organization && e.State is EntityState.Added or EntityState.Modified or EntityState.Deleted))
        {
            cache.NoteSave(context);
        }
    }
}
