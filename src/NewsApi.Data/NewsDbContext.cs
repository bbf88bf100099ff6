using Microsoft.EntityFrameworkCore;
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

    public override int SaveChanges(bool acceptAllChangesOnSuccess)
    {
        RenewConcurrencyTokens();
        return base.SaveChanges(acceptAllChangesOnSuccess);
    }

    public override Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        RenewConcurrencyTokens();
        return base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        // SQLite stores DateTimeOffset as text with an offset, which sorts and compares wrongly; UTC ticks order and filter as plain integers everywhere.
        configurationBuilder.Properties<DateTimeOffset>().HaveConversion<UtcTicksConverter>();
    }

    protected override void OnModelCreating(ModelBuilder modelBuilder) =>
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(NewsDbContext).Assembly);

    private void RenewConcurrencyTokens()
    {
        foreach (var entry in ChangeTracker.Entries())
        {
            if (entry.State is not (EntityState.Added or EntityState.Modified))
            {
                continue;
            }
            switch (entry.Entity)
            {
                case Article article:
                    article.Version = Guid.NewGuid();
                    break;
                case Person person:
                    person.Version = Guid.NewGuid();
                    break;
                case Organization organization:
                    organization.Version = Guid.NewGuid();
                    break;
                case Tag tag:
                    tag.Version = Guid.NewGuid();
                    break;
            }
        }
    }

    private sealed class UtcTicksConverter() : ValueConverter<DateTimeOffset, long>(
        value => value.UtcTicks,
        ticks => new DateTimeOffset(ticks, TimeSpan.Zero));
}
