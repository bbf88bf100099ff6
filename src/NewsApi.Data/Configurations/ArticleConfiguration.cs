using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using NewsApi.Data.Entities;

namespace NewsApi.Data.Configurations;

internal sealed class ArticleConfiguration : IEntityTypeConfiguration<Article>
{
    public void Configure(EntityTypeBuilder<Article> builder)
    {
        builder.Property(a => a.Slug).HasMaxLength(Article.SlugMaxLength);
        builder.Property(a => a.Headline).HasMaxLength(Article.HeadlineMaxLength);
        builder.Property(a => a.Standfirst).HasMaxLength(Article.StandfirstMaxLength);
        builder.Property(a => a.Section).HasMaxLength(Article.SectionMaxLength);
        builder.Property(a => a.Source).HasMaxLength(Article.SourceMaxLength);
        builder.Property(a => a.Dateline).HasMaxLength(Article.DatelineMaxLength);
        builder.Property(a => a.SourceDocumentName).HasMaxLength(Article.SourceDocumentNameMaxLength);
        builder.Property(a => a.ContentHash).HasMaxLength(Article.ContentHashLength).IsFixedLength();
        builder.Property(a => a.ParserVersion).HasMaxLength(Article.ParserVersionMaxLength);
        builder.Property(a => a.CanonicalUrl).HasMaxLength(Article.CanonicalUrlMaxLength);
        builder.PrimitiveCollection(a => a.Body);
        builder.Property(a => a.Version).IsConcurrencyToken();

        builder.HasIndex(a => a.Slug).IsUnique();
        builder.HasIndex(a => a.ContentHash).IsUnique();
        builder.HasIndex(a => a.SourceDocumentName).IsUnique();
        builder.HasIndex(a => a.PublishedAt);

        builder.HasMany(a => a.People).WithOne(l => l.Article).HasForeignKey(l => l.ArticleId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(a => a.Organizations).WithOne(l => l.Article).HasForeignKey(l => l.ArticleId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(a => a.Tags).WithOne(l => l.Article).HasForeignKey(l => l.ArticleId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(a => a.Quotes).WithOne(q => q.Article).HasForeignKey(q => q.ArticleId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(a => a.Images).WithOne(i => i.Article).HasForeignKey(i => i.ArticleId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(a => a.RelatedHeadlines).WithOne(r => r.Article).HasForeignKey(r => r.ArticleId).OnDelete(DeleteBehavior.Cascade);
    }
}
