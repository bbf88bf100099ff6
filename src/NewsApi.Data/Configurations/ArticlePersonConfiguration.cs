using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using NewsApi.Data.Entities;

namespace NewsApi.Data.Configurations;

internal sealed class ArticlePersonConfiguration : IEntityTypeConfiguration<ArticlePerson>
{
    public void Configure(EntityTypeBuilder<ArticlePerson> builder)
    {
        builder.HasKey(l => new { l.ArticleId, l.PersonId });
        builder.Property(l => l.Title).HasMaxLength(ArticlePerson.TitleMaxLength);
        builder.Property(l => l.Contribution).HasMaxLength(ArticlePerson.ContributionMaxLength);

        // The reverse key: "articles of this person".
        builder.HasIndex(l => l.PersonId);
    }
}
