using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
using NewsApi.Data.Entities;

namespace NewsApi.Data;

public sealed class NewsDbContext(DbContextOptions<NewsDbContext> options) : DbContext(options)
{
    public DbSet<Article> Articles => Set<Article>();
    public DbSet<Person> People => Set<Person>();
    public DbSet<Organization> Organizations => Set<Organization>();
    public DbSet<Tag> Tags => Set<Tag>();
    public DbSet<ArticlePerson> ArticlePeople => Set<ArticlePerson>();
    public DbSet<ArticleOrganization> ArticleOrganizations => Set<ArticleOrganization>();
    public DbSet<ArticleTag> ArticleTags => Set<ArticleTag>();
    public DbSet<Quote> Quotes => Set<Quote>();
    public DbSet<Image> Images => Set<Image>();
    public DbSet<RelatedHeadline> RelatedHeadlines => Set<RelatedHeadline>();
    public DbSet<Change> Changes => Set<Change>();
    public DbSet<SlugRedirect> SlugRedirects => Set<SlugRedirect>();

    public override int SaveChanges(bool acceptAllChangesOnSuccess)
    {
        using var detected = DetectChangesOnce();
        RenewConcurrencyTokens();
        var pending = PendingChanges();
        if (pending.Count == 0)
        {
            return base.SaveChanges(acceptAllChangesOnSuccess);
        }
        // The write and its change rows commit together: inside the caller's transaction, or in one of our own.
        using var ownTransaction = Database.CurrentTransaction is null ? Database.BeginTransaction() : null;
        var written = base.SaveChanges(acceptAllChangesOnSuccess);
        var rows = ChangeRows(pending);
        new BulkRowWriter(this).Insert(rows);
        ownTransaction?.Commit();
        return written + rows.Count;
    }

    public override async Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        using var detected = DetectChangesOnce();
        RenewConcurrencyTokens();
        var pending = PendingChanges();
        if (pending.Count == 0)
        {
            return await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
        }
        await using var ownTransaction = Database.CurrentTransaction is null ? await Database.BeginTransactionAsync(cancellationToken) : null;
        var written = await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
        var rows = ChangeRows(pending);
        await new BulkRowWriter(this).InsertAsync(rows, cancellationToken);
        if (ownTransaction is not null)
        {
            await ownTransaction.CommitAsync(cancellationToken);
        }
        return written + rows.Count;
    }

    /// <summary>
    /// Saves what <see cref="SaveChangesAsync(bool, CancellationToken)"/> would if <paramref name="newRows"/> had been added to
    /// the context (the same rows and change rows, the change rows in the same order), but inserts the new rows with
    /// <see cref="BulkRowWriter"/> (keys read back with RETURNING) without ever tracking them: for a batch ingest of thousands
    /// of new rows, EF's tracking, command batching and per-row statements were most of the writer's time. Inside the
    /// caller's transaction. A tracked row that points at a new one is saved pointing at its key, and that new row is then
    /// tracked as Unchanged, as it would be after EF's own save; the others stay untracked.
    /// </summary>
    public async Task<int> SaveChangesInBulkAsync(NewRows newRows, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(newRows);
        _ = Database.CurrentTransaction ?? throw new InvalidOperationException("New rows are written inside the caller's transaction.");
        foreach (var row in newRows.InOrder)
        {
            SetVersion(row, Guid.NewGuid());
        }
        // Inserted before DetectChanges, so that a tracked row pointing at a new one finds it stored, with its key; else EF
        // would start tracking it there, as a row to insert.
        var written = await BulkInserts.InsertAsync(this, newRows, ct);
        var autoDetect = ChangeTracker.AutoDetectChangesEnabled;
        ChangeTracker.AutoDetectChangesEnabled = false;
        try
        {
            AttachPointedAt(newRows);
            ChangeTracker.DetectChanges();
            RenewConcurrencyTokens();
            var pending = newRows.InOrder.Select(row => new PendingChange(row, ResourceTypeOf(row)!, Change.Created)).Concat(PendingChanges()).ToList();
            written += await base.SaveChangesAsync(acceptAllChangesOnSuccess: true, ct);
            var rows = ChangeRows(pending);
            await new BulkRowWriter(this).InsertAsync(rows, ct);
            return written + rows.Count;
        }
        finally
        {
            ChangeTracker.AutoDetectChangesEnabled = autoDetect;
        }
    }

    /// <summary>The new rows that tracked people and organizations point at (an existing person's new affiliation, an existing organization's new parent), tracked as stored.</summary>
    private void AttachPointedAt(NewRows newRows)
    {
        var pointedAt = new List<object>();
        foreach (var entry in ChangeTracker.Entries())
        {
            var target = entry.Entity switch
            {
                Person { Affiliation: { } affiliation } => affiliation,
                Organization { Parent: { } parent } => (object)parent,
                _ => null,
            };
            if (target is not null && newRows.Contains(target))
            {
                pointedAt.Add(target);
            }
        }
        foreach (var row in pointedAt)
        {
            var entry = Entry(row);
            if (entry.State == EntityState.Detached)
            {
                entry.State = EntityState.Unchanged;
            }
        }
    }

    private static void SetVersion(object row, Guid version)
    {
        switch (row)
        {
            case Article a: a.Version = version; break;
            case Person p: p.Version = version; break;
            case Organization o: o.Version = version; break;
            case Tag t: t.Version = version; break;
            default: throw new InvalidOperationException($"No version on {row.GetType().Name}.");
        }
    }

    private static string? ResourceTypeOf(object entity) => entity switch
    {
        Article => Change.Article,
        Person => Change.Person,
        Organization => Change.Organization,
        Tag => Change.Tag,
        _ => null,
    };

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        // SQLite stores DateTimeOffset as text with an offset, which sorts and compares wrongly; UTC ticks order and filter as plain integers everywhere.
        configurationBuilder.Properties<DateTimeOffset>().HaveConversion<UtcTicksConverter>();
    }

    /// <summary>
    /// The Npgsql EF Core provider's name, as <see cref="Microsoft.EntityFrameworkCore.Infrastructure.DatabaseFacade.ProviderName"/> reports it.
    /// The PostgreSQL-only parts of the model (collation, index NULL order) live with its migrations, in PostgresModelCustomizer.
    /// </summary>
    public const string NpgsqlProviderName = "Npgsql.EntityFrameworkCore.PostgreSQL";

    protected override void OnModelCreating(ModelBuilder modelBuilder) =>
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(NewsDbContext).Assembly);

    /// <summary>What the coming save creates, updates or deletes, read before the save: afterwards every entry is Unchanged or gone.</summary>
    private List<PendingChange> PendingChanges()
    {
        var pending = new List<PendingChange>();
        foreach (var entry in ChangeTracker.Entries())
        {
            var kind = entry.State switch
            {
                EntityState.Added => Change.Created,
                EntityState.Modified => Change.Updated,
                EntityState.Deleted => Change.Deleted,
                _ => null,
            };
            var resourceType = ResourceTypeOf(entry.Entity);
            if (kind is not null && resourceType is not null)
            {
                pending.Add(new PendingChange(entry.Entity, resourceType, kind));
            }
        }
        return pending;
    }

    /// <summary>
    /// The change rows, made once the save has given new resources their ids and written untracked: a batch ingest makes
    /// thousands, and EF's tracking and command batching of them cost more than the INSERTs.
    /// </summary>
    private static List<Change> ChangeRows(List<PendingChange> pending)
    {
        var at = DateTimeOffset.UtcNow;
        return [.. pending.Select(p => new Change
        {
            ResourceType = p.ResourceType,
            ResourceId = p.Entity switch
            {
                Article a => a.Id,
                Person x => x.Id,
                Organization o => o.Id,
                Tag t => t.Id,
                _ => throw new InvalidOperationException($"No change feed for {p.Entity.GetType().Name}."),
            },
            Slug = p.Entity switch
            {
                Article a => a.Slug,
                Person x => x.Slug,
                Organization o => o.Slug,
                Tag t => t.Slug,
                _ => throw new InvalidOperationException($"No change feed for {p.Entity.GetType().Name}."),
            },
            Kind = p.Kind,
            At = at,
        })];
    }

    private sealed record PendingChange(object Entity, string ResourceType, string Kind);

    /// <summary>
    /// One DetectChanges for the whole save: each <c>ChangeTracker.Entries()</c> here, in the interceptors and in the base save
    /// would otherwise walk every tracked entity again, and a batch ingest tracks thousands. Until disposed, changes must go
    /// through the change tracker (as <see cref="RenewConcurrencyTokens"/> does), which sees them without detecting.
    /// </summary>
    private AutoDetectScope? DetectChangesOnce()
    {
        if (!ChangeTracker.AutoDetectChangesEnabled)
        {
            return null;
        }
        ChangeTracker.DetectChanges();
        ChangeTracker.AutoDetectChangesEnabled = false;
        return new AutoDetectScope(ChangeTracker);
    }

    private sealed class AutoDetectScope(ChangeTracker tracker) : IDisposable
    {
        public void Dispose() => tracker.AutoDetectChangesEnabled = true;
    }

    private void RenewConcurrencyTokens()
    {
        foreach (var entry in ChangeTracker.Entries())
        {
            if (entry.State is (EntityState.Added or EntityState.Modified) && entry.Entity is Article or Person or Organization or Tag)
            {
                // Through the entry, so that the new value is marked modified without another DetectChanges.
                entry.Property(nameof(Article.Version)).CurrentValue = Guid.NewGuid();
            }
        }
    }

    private sealed class UtcTicksConverter() : ValueConverter<DateTimeOffset, long>(
        value => value.UtcTicks,
        ticks => new DateTimeOffset(ticks, TimeSpan.Zero));
}
