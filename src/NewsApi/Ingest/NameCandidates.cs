using NewsApi.Data.Naming;

namespace NewsApi.Ingest;

/// <summary>
/// When a name refers to a known person or organization. Every rule can only accept a row that one of the
/// <see cref="EntityNameCache.LookupKind"/> lookups of the name finds, which is what lets the resolver look candidates up
/// instead of testing every row it holds.
/// </summary>
internal static class NameMatching
{
    private static readonly HashSet<string> AcronymStopWords = new(["of", "and", "for", "the", "on", "in", "at", "to", "de", "la", "du", "des", "&"], StringComparer.Ordinal);
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> AcronymStopWordSpans = AcronymStopWords.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>The lookups under which every person <see cref="IsShortFormOf"/> could accept for this key is found (the key itself included).</summary>
    public static IReadOnlyList<(EntityNameCache.LookupKind Kind, string Term)> PersonLookups(string key)
    {
        var words = NameNormalizer.Words(key);
        List<(EntityNameCache.LookupKind, string)> lookups = [(EntityNameCache.LookupKind.Key, key), (EntityNameCache.LookupKind.Alias, key)];
        if (words.Count == 1)
        {
            lookups.Add((EntityNameCache.LookupKind.FirstWord, key));
        }
        if (words.Count > 0)
        {
            lookups.Add((EntityNameCache.LookupKind.LastWord, words[^1]));
        }
        return lookups;
    }

    /// <summary>The lookups under which every organization <see cref="IsSameOrganization"/> could accept is found: key and alias of the name and its aliases, initials either way.</summary>
    public static IReadOnlyList<(EntityNameCache.LookupKind Kind, string Term)> OrganizationLookups(string name, string key, IReadOnlySet<string> aliasKeys)
    {
        var lookups = new List<(EntityNameCache.LookupKind, string)>();
        foreach (var term in aliasKeys.Prepend(key))
        {
            lookups.Add((EntityNameCache.LookupKind.Key, term));
            lookups.Add((EntityNameCache.LookupKind.Alias, term));
        }
        if (IsAcronym(name))
        {
            lookups.Add((EntityNameCache.LookupKind.Initials, key));
        }
        lookups.Add((EntityNameCache.LookupKind.Key, Initials(key)));
        return lookups;
    }

    /// <summary>
    /// A known alias; "Wen" for "Wen Haolin" or "Haolin Wen" (a single word that is the first or last word of a longer name);
    /// or "Leal Sampaio" for "Bernardo Leal Sampaio" (the last words of a longer name, as with double surnames).
    /// </summary>
    public static bool IsShortFormOf(string key, string candidateKey, IReadOnlySet<string> candidateAliasKeys)
    {
        if (candidateAliasKeys.Contains(key))
        {
            return true;
        }
        var words = NameNormalizer.Words(candidateKey);
        var keyWords = NameNormalizer.Words(key);
        if (words.Count <= keyWords.Count)
        {
            return false;
        }
        return keyWords.Count == 1
            ? words[0] == key || words[^1] == key
            : words.Skip(words.Count - keyWords.Count).SequenceEqual(keyWords, StringComparer.Ordinal);
    }

    public static bool IsSameOrganization(string name, string key, IReadOnlySet<string> aliasKeys, string candidateName, string candidateKey, IReadOnlySet<string> candidateAliasKeys) =>
        candidateAliasKeys.Contains(key)
        || aliasKeys.Contains(candidateKey)
        || candidateAliasKeys.Overlaps(aliasKeys)
        || (IsAcronym(name) && Initials(candidateKey) == key)
        || (IsAcronym(candidateName) && Initials(key) == candidateKey);

    public static bool IsAcronym(string name) =>
        name.Length is >= 2 and <= 10
        && name.All(c => char.IsUpper(c) || c == '&')
        && name.Count(char.IsLetter) >= 2;

    /// <summary>The first letters of the key's words other than stop words; empty for fewer than two such words.</summary>
    public static string Initials(string key)
    {
        ArgumentNullException.ThrowIfNull(key);
        // On spans: every name indexed, looked up or published asks for its initials, and the word lists it allocated were a
        // twentieth of the writer's time, much of it in the garbage collections they brought on.
        var text = key.AsSpan();
        Span<char> initials = text.Length <= 256 ? stackalloc char[text.Length] : new char[text.Length];
        var count = 0;
        foreach (var range in text.Split(' '))
        {
            var word = text[range];
            if (word.Length > 0 && !AcronymStopWordSpans.Contains(word))
            {
                initials[count++] = word[0];
            }
        }
        return count < 2 ? "" : new string(initials[..count]);
    }
}

/// <summary>A stored or new row as matching sees it during one upsert; <see cref="AliasKeys"/> are already normalized.</summary>
internal sealed class Candidate<T>(int id, string name, string key, IEnumerable<string> aliasKeys)
    where T : class
{
    public int Id { get; } = id;

    public string Name { get; private set; } = name;

    public string Key { get; private set; } = key;

    public HashSet<string> AliasKeys { get; private set; } = aliasKeys.ToHashSet();

    public T? Entity { get; set; }

    internal void Refresh(string name, string key, IEnumerable<string> aliases)
    {
        Name = name;
        Key = key;
        AliasKeys = aliases.Select(NameNormalizer.Normalize).ToHashSet();
    }
}

/// <summary>
/// The rows of one table that an upsert has matched or created, indexed by the same terms as the <see cref="EntityNameCache"/>
/// directory, beside which they are looked up: the directory says how rows were at the start of the upsert, these how they
/// are now. A batch holds thousands of them; a name looks up its few possible matches in both instead of testing every one.
/// </summary>
internal sealed class CandidateSet<T>(EntityNameCache.NameDirectory directory)
    where T : class
{
    private readonly Dictionary<int, Candidate<T>> _stored = [];
    private readonly List<Candidate<T>> _created = [];
    private readonly Dictionary<string, HashSet<Candidate<T>>> _byTerm = new(StringComparer.Ordinal);
    private readonly Dictionary<T, Candidate<T>> _byEntity = new(ReferenceEqualityComparer.Instance);
    private readonly HashSet<T> _changed = new(ReferenceEqualityComparer.Instance);

    /// <summary>The entities created or matched, to publish to the cache once committed.</summary>
    public IEnumerable<T> Entities => _created.Concat(_stored.Values).Select(c => c.Entity).OfType<T>();

    /// <summary>
    /// The row with this key, else the one row among the lookups' that <paramref name="isMatch"/> accepts (given name, key and
    /// alias keys), else null. A stored row counts as the upsert holds it when it does, as the directory has it otherwise.
    /// </summary>
    public Candidate<T>? FindMatch(string key, IReadOnlyList<(EntityNameCache.LookupKind Kind, string Term)> lookups, Func<string, string, IReadOnlySet<string>, bool> isMatch)
    {
        if (Find(EntityNameCache.LookupKind.Key, key).FirstOrDefault() is { } held)
        {
            return held;
        }
        if (directory.Find(EntityNameCache.LookupKind.Key, key).FirstOrDefault(e => !_stored.ContainsKey(e.Id)) is { } stored)
        {
            return Hold(stored);
        }

        Candidate<T>? heldMatch = null;
        EntityNameCache.NameEntry? storedMatch = null;
        var matches = 0;
        var seenHeld = new HashSet<Candidate<T>>();
        var seenStored = new HashSet<int>();
        foreach (var (kind, term) in lookups)
        {
            foreach (var candidate in Find(kind, term))
            {
                if (seenHeld.Add(candidate) && isMatch(candidate.Name, candidate.Key, candidate.AliasKeys))
                {
                    heldMatch = candidate;
                    matches++;
                }
            }
            foreach (var entry in directory.Find(kind, term))
            {
                if (!_stored.ContainsKey(entry.Id) && seenStored.Add(entry.Id) && isMatch(entry.Name, entry.Key, entry.AliasKeys))
                {
                    storedMatch = entry;
                    matches++;
                }
            }
            if (matches > 1)
            {
                return null;
            }
        }
        return matches == 0 ? null : heldMatch ?? Hold(storedMatch!);
    }

    public void AddCreated(T entity, string name, string key, IEnumerable<string> aliasKeys)
    {
        var candidate = new Candidate<T>(0, name, key, aliasKeys) { Entity = entity };
        _created.Add(candidate);
        _byEntity[entity] = candidate;
        Index(candidate);
    }

    /// <summary>The candidate's row changed (aliases added, renamed): indexed again under its new terms.</summary>
    public void Refresh(Candidate<T> candidate, string name, string key, IEnumerable<string> aliases)
    {
        foreach (var term in EntityNameCache.NameDirectory.Terms(candidate.Key, candidate.AliasKeys))
        {
            _byTerm[term].Remove(candidate);
        }
        candidate.Refresh(name, key, aliases);
        Index(candidate);
        if (candidate.Entity is { } entity)
        {
            _byEntity[entity] = candidate;
        }
    }

    /// <summary>The entity changed (aliases added) without its candidate following, as within one document it does not.</summary>
    public void MarkChanged(T entity) => _changed.Add(entity);

    /// <summary>
    /// Between documents: the changed entities' candidates take their current state, as the next document would find them stored
    /// had the documents been ingested one at a time.
    /// </summary>
    public void RefreshChanged(Func<T, (string Name, string Key, IEnumerable<string> Aliases)> stateOf)
    {
        foreach (var entity in _changed)
        {
            if (_byEntity.TryGetValue(entity, out var candidate))
            {
                var (name, key, aliases) = stateOf(entity);
                Refresh(candidate, name, key, aliases);
            }
        }
        _changed.Clear();
    }

    private Candidate<T> Hold(EntityNameCache.NameEntry entry)
    {
        var candidate = new Candidate<T>(entry.Id, entry.Name, entry.Key, entry.AliasKeys);
        _stored.Add(entry.Id, candidate);
        Index(candidate);
        return candidate;
    }

    private IEnumerable<Candidate<T>> Find(EntityNameCache.LookupKind kind, string term) =>
        term.Length > 0 && _byTerm.TryGetValue(EntityNameCache.NameDirectory.Term(kind, term), out var found) ? found : [];

    private void Index(Candidate<T> candidate)
    {
        foreach (var term in EntityNameCache.NameDirectory.Terms(candidate.Key, candidate.AliasKeys))
        {
            if (!_byTerm.TryGetValue(term, out var holders))
            {
                _byTerm[term] = holders = new HashSet<Candidate<T>>();
            }
            holders.Add(candidate);
        }
    }
}
