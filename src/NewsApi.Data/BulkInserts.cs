using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using NewsApi.Data.Entities;

namespace NewsApi.Data;

/// <summary>
/// The added articles, people, organizations and tags of a save, inserted by <see cref="BulkRowWriter"/> before EF saves the
/// rest: each row gets its key through its change-tracker entry, which also hands the key to the rows that point at it
/// (an existing person's new affiliation), and is then Unchanged, as EF's own save would leave it.
/// </summary>
internal static class BulkInserts
{
    /// <summary>Inserts every added entity of the four kinds, referenced rows first; returns how many.</summary>
    public static async Task<int> InsertAddedAsync(NewsDbContext db, CancellationToken ct)
    {
        var tags = new List<EntityEntry>();
        var organizations = new List<EntityEntry>();
        var people = new List<EntityEntry>();
        var articles = new List<EntityEntry>();
        foreach (var entry in db.ChangeTracker.Entries())
        {
            if (entry.State != EntityState.Added)
            {
                continue;
            }
            switch (entry.Entity)
            {
                case Tag: tags.Add(entry); break;
                case Organization: organizations.Add(entry); break;
                case Person: people.Add(entry); break;
                case Article: articles.Add(entry); break;
            }
        }
        var added = tags.Count + organizations.Count + people.Count + articles.Count;
        if (added == 0)
        {
            return 0;
        }

        var writer = new BulkRowWriter(db);
        await InsertAsync<Tag>(writer, tags, ct);
        // A new organization's new parent goes in first, so that its key is there to point at.
        var waiting = organizations;
        while (waiting.Count > 0)
        {
            var inWaiting = waiting.Select(e => e.Entity).ToHashSet(ReferenceEqualityComparer.Instance);
            var ready = waiting.Where(e => ((Organization)e.Entity).Parent is not { } parent || !inWaiting.Contains(parent)).ToList();
            if (ready.Count == 0)
            {
                throw new InvalidOperationException("New organizations are each other's parents.");
            }
            foreach (var entry in ready)
            {
                if (((Organization)entry.Entity).Parent is { } parent)
                {
                    entry.Property(nameof(Organization.ParentId)).CurrentValue = parent.Id;
                }
            }
            await InsertAsync<Organization>(writer, ready, ct);
            waiting = [.. waiting.Except(ready)];
        }
        foreach (var entry in people)
        {
            if (((Person)entry.Entity).Affiliation is { } affiliation)
            {
                entry.Property(nameof(Person.AffiliationId)).CurrentValue = affiliation.Id;
            }
        }
        await InsertAsync<Person>(writer, people, ct);
        await InsertAsync<Article>(writer, articles, ct);
        return added;
    }

    private static async Task InsertAsync<T>(BulkRowWriter writer, List<EntityEntry> entries, CancellationToken ct)
        where T : class
    {
        if (entries.Count == 0)
        {
            return;
        }
        var entryOf = new Dictionary<T, EntityEntry>(entries.Count, ReferenceEqualityComparer.Instance);
        foreach (var entry in entries)
        {
            entryOf.Add((T)entry.Entity, entry);
        }
        // Every one of the four has a unique slug, which is what matches a returned key to its row.
        await writer.InsertReturningKeysAsync([.. entryOf.Keys], "Slug", (row, key) => entryOf[row].Property("Id").CurrentValue = key, ct);
        foreach (var entry in entries)
        {
            entry.State = EntityState.Unchanged;
        }
    }
}
