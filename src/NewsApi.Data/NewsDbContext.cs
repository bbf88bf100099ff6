using Microsoft.EntityFrameworkCore;
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

    protected override void OnModelCreating(ModelBuilder modelBuilder) =>
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(NewsDbContext).Assembly);
}
