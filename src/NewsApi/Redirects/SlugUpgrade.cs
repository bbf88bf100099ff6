using System.Text.RegularExpressions;
using NewsApi.Data.Naming;

namespace NewsApi.Redirects;

/// <summary>
/// Moves slugs made by the old rule (letters without a decomposition dropped: "ukasz-wisniewski-k-os") to the transliterated
/// one ("lukasz-wisniewski-klos") and keeps each old slug as a redirect. Runs at startup after the migrations and before
/// seeding, under the seeding lock, so that seeding and ingest only ever meet the new slugs. Idempotent: once moved, a slug
/// is no longer what the old rule makes, and a slug an editor chose or kept through a rename is never touched.
/// </summary>
public static partial class SlugUpgrade
{
    public static async Task<int> RunAsync(NewsDbContext db, ILogger logger, CancellationToken ct)
    {
        var moved = await UpgradeAsync(db, db.Articles, nameof(Article.Headline), Change.Article, Article.SlugMaxLength, ct)
            + await UpgradeAsync(db, db.People, nameof(Person.Name), Change.Person, Person.SlugMaxLength, ct)
            + await UpgradeAsync(db, db.Organizations, nameof(Organization.Name), Change.Organization, Organization.SlugMaxLength, ct)
            + await UpgradeAsync(db, db.Tags, nameof(Tag.Name), Change.Tag, Tag.SlugMaxLength, ct);
        if (moved > 0)
        {
            logger.LogInformation("Moved {Count} slugs to the transliterated form; the old ones redirect to the new", moved);
        }
        return moved;
    }

    private sealed record Row(int Id, string Slug, string Name);

    private static async Task<int> UpgradeAsync<T>(NewsDbContext db, DbSet<T> set, string nameProperty, string resourceType, int maxLength, CancellationToken ct)
        where T : class
    {
        // Only a name with a character outside ASCII can slugify differently under the two rules; SQL cannot tell which
        // those are the same way on both providers, so the three columns are read and the names looked at here.
        var rows = await set.AsNoTracking()
            .Select(e => new Row(EF.Property<int>(e, "Id"), EF.Property<string>(e, "Slug"), EF.Property<string>(e, nameProperty)))
            .ToListAsync(ct);
        var moves = rows
            .Where(r => r.Name.Any(c => c > '\u007F'))
            .Select(r => (Row: r, Legacy: SlugFormatter.LegacySlugify(r.Name, maxLength), Fresh: SlugFormatter.Slugify(r.Name, maxLength)))
            .Where(m => m.Legacy != m.Fresh && MadeFrom(m.Row.Slug, m.Legacy))
            .ToList();
        if (moves.Count == 0)
        {
            return 0;
        }

        var redirects = await db.SlugRedirects.Where(r => r.ResourceType == resourceType).ToDictionaryAsync(r => r.OldSlug, StringComparer.Ordinal, ct);
        // Old slugs stay taken, so that a redirect never starts answering for another resource.
        var taken = rows.Select(r => r.Slug).Concat(redirects.Keys).ToHashSet(StringComparer.Ordinal);
        foreach (var (row, _, fresh) in moves)
        {
            var slug = SlugFormatter.MakeUnique(fresh, maxLength, taken.Contains);
            taken.Add(slug);
            var entity = await set.FindAsync([row.Id], ct) ?? throw new InvalidOperationException($"{resourceType} {row.Id} vanished during the slug upgrade.");
            db.Entry(entity).Property<string>("Slug").CurrentValue = slug;
            if (redirects.TryGetValue(row.Slug, out var existing))
            {
                // The slug was some other resource's before it became this one's: the latest holder is the one to find.
                existing.ResourceId = row.Id;
            }
            else
            {
                db.SlugRedirects.Add(new SlugRedirect { ResourceType = resourceType, OldSlug = row.Slug, ResourceId = row.Id });
            }
        }
        await db.SaveChangesAsync(ct);
        db.ChangeTracker.Clear();
        return moves.Count;
    }

    /// <summary>The old rule's slug itself, or it with the numeric suffix (and the shortened stem) that made it unique.</summary>
    private static bool MadeFrom(string slug, string legacy)
    {
        if (slug == legacy)
        {
            return true;
        }
        var suffixed = SuffixedSlug().Match(slug);
        return suffixed.Success && legacy.StartsWith(suffixed.Groups["stem"].Value, StringComparison.Ordinal);
    }

    [GeneratedRegex("^(?<stem>[a-z0-9-]*[a-z0-9])-[0-9]+$")]
    private static partial Regex SuffixedSlug();
}
