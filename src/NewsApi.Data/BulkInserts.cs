using NewsApi.Data.Entities;

namespace NewsApi.Data;

/// <summary>
/// The new articles, people, organizations and tags of a batch save, inserted by <see cref="BulkRowWriter"/> before EF saves
/// the rest: each row gets its key from RETURNING, and its foreign keys from its navigations (a new organization's new parent
/// goes in first).
/// </summary>
internal static class BulkInserts
{
    /// <summary>Inserts every new row, referenced rows first; returns how many.</summary>
    public static async Task<int> InsertAsync(NewsDbContext db, NewRows rows, CancellationToken ct)
    {
        var writer = new BulkRowWriter(db);
        // Every one of the four has a unique slug, which is what matches a returned key to its row.
        await writer.InsertReturningKeysAsync(rows.Tags, "Slug", (tag, key) => tag.Id = key, ct);
        var waiting = rows.Organizations;
        while (waiting.Count > 0)
        {
            var inWaiting = waiting.ToHashSet(ReferenceEqualityComparer.Instance);
            var ready = waiting.Where(o => o.Parent is not { } parent || !inWaiting.Contains(parent)).ToList();
            if (ready.Count == 0)
            {
                throw new InvalidOperationException("New organizations are each other's parents.");
            }
            foreach (var organization in ready)
            {
                if (organization.Parent is { } parent)
                {
                    organization.ParentId = parent.Id;
                }
            }
            await writer.InsertReturningKeysAsync(ready, "Slug", (organization, key) => organization.Id = key, ct);
            waiting = [.. waiting.Except(ready)];
        }
        foreach (var person in rows.People)
        {
            if (person.Affiliation is { } affiliation)
            {
                person.AffiliationId = affiliation.Id;
            }
        }
        await writer.InsertReturningKeysAsync(rows.People, "Slug", (person, key) => person.Id = key, ct);
        await writer.InsertReturningKeysAsync(rows.Articles, "Slug", (article, key) => article.Id = key, ct);
        return rows.Count;
    }
}
